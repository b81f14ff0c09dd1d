"""Shared fixtures for the browser tests: one headless Chromium for the session, the server's
URL, screenshots, and a check after every test that the page logged no JavaScript error."""
import os
import pathlib

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("COACH_URL")
    if not url:
        pytest.fail("COACH_URL is not set; run these tests through scripts/browser-tests.sh")
    return url.rstrip("/")


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                     "--disable-gpu", "--lang=en-US", "--force-color-profile=srgb", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.implicitly_wait(0)
    yield browser
    browser.quit()


@pytest.fixture(autouse=True)
def no_console_errors(driver):
    driver.get_log("browser")  # drop whatever an earlier test left
    yield
    errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    assert not errors, f"JavaScript console errors: {errors}"


@pytest.fixture
def screenshot(driver):
    """Saves the whole page (not just the window) as artifacts/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        width = driver.get_window_size()["width"]
        height = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        driver.set_window_size(width, min(max(height + 40, 600), 6000))
        driver.execute_script("window.scrollTo(0, 0)")
        path = SCREENSHOTS / f"{name}.png"
        driver.save_screenshot(str(path))
        driver.set_window_size(width, 900)
        return path

    return take
