"""End-to-end tests of the web app in headless Chromium: Today, Ask, Topics, Map, Import, Practice,
Progress and Mock."""
import pathlib

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURE_NOTES = ROOT / "Tests" / "CoachCoreTests" / "Fixtures" / "notes"

PAGES = [
    ("home", "/", "Practise ML and LLM interviews, offline"),
    ("ask", "/ask", "Ask about a question"),
    ("topics", "/topics", "Topics"),
    ("topic-rag", "/topics/rag", "Retrieval-augmented generation"),
    ("map", "/map", "Map of the topics"),
    ("import", "/import", "Import your notes"),
    ("progress", "/progress", "Your progress"),
    ("mock", "/mock", "Mock interview"),
]


def wait(driver, seconds=15):
    return WebDriverWait(driver, seconds)


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def test_every_page_opens(driver, base_url, screenshot):
    for name, path, title in PAGES:
        driver.get(base_url + path)
        assert title in heading(driver), path
        assert driver.find_element(By.CSS_SELECTOR, "main#main")
        assert driver.find_element(By.CSS_SELECTOR, "link[rel=stylesheet]")
        # The stylesheet loaded: the body has the theme's background, not the browser default.
        background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), path
        screenshot(name)


def test_topic_page_links_to_a_practice_page(driver, base_url, screenshot):
    driver.get(base_url + "/topics/rag")
    link = driver.find_element(By.CSS_SELECTOR, ".question-list a")
    text = link.text
    link.click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "answer")))
    assert heading(driver) == text
    answer = driver.find_element(By.ID, "answer")
    answer.send_keys("The goal is to keep facts whole. Overlap keeps a fact that crosses a chunk boundary inside one chunk, "
                     "so retrieval still finds it; the cost is a larger index.")
    timer = driver.find_element(By.ID, "timer")
    wait(driver).until(lambda d: "left" in timer.text)
    words = driver.find_element(By.ID, "answer-words").text
    assert "words" in words
    answer.send_keys(Keys.CONTROL, Keys.ENTER)
    wait(driver).until(EC.presence_of_element_located((By.ID, "grade")))
    assert "How this answer would land" in driver.find_element(By.ID, "grade").text
    screenshot("practice-graded")


def test_ask_a_question(driver, base_url, screenshot):
    driver.get(base_url + "/ask")
    box = driver.find_element(By.ID, "question")
    box.send_keys("Design a retrieval-augmented assistant for customer support <b>tickets</b>")
    wait(driver).until(lambda d: "words" in d.find_element(By.ID, "question-words").text)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "results")))
    archetype = driver.find_element(By.CSS_SELECTOR, ".archetype-name").text
    assert "design" in archetype.lower()
    topics = driver.find_elements(By.CSS_SELECTOR, ".topic-scores li a")
    assert len(topics) >= 5
    assert any("Retrieval-augmented generation" in topic.text for topic in topics)
    assert "Structure your answer" in driver.page_source
    # The question comes back as text, never as markup.
    assert driver.find_element(By.ID, "question").get_attribute("value").endswith("<b>tickets</b>")
    assert not driver.find_elements(By.CSS_SELECTOR, "main b")
    screenshot("ask-results")


def test_import_the_fixture_notes(driver, base_url, screenshot):
    driver.get(base_url + "/import")
    field = driver.find_element(By.ID, "directory")
    field.send_keys(str(FIXTURE_NOTES))
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    summary = wait(driver).until(EC.presence_of_element_located((By.ID, "import-summary")))
    assert "Imported" in summary.find_element(By.TAG_NAME, "h2").text
    assert "new topic" in summary.text
    assert summary.find_elements(By.CSS_SELECTOR, ".issue-list li"), "the fixture's warnings are listed"
    screenshot("import-summary")
    # The imported topic is part of the library at once.
    driver.get(base_url + "/topics/91")
    assert "91" in heading(driver)
    screenshot("topic-imported")
    # Imported question ids hold "/" and "#": their links still reach the question.
    link = driver.find_element(By.CSS_SELECTOR, ".question-list a")
    text = link.text
    assert "%2F" in link.get_attribute("href")
    link.click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "answer")))
    assert heading(driver) == text


def test_keyboard_reaches_the_skip_link_first(driver, base_url):
    driver.get(base_url + "/topics")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    active.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == "main"


def test_small_screens_do_not_scroll_sideways(driver, base_url, screenshot):
    driver.set_window_size(375, 812)
    try:
        for name, path, _ in PAGES:
            driver.get(base_url + path)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} is {overflow}px wider than a 375px screen"
            screenshot(f"mobile-{name}")
    finally:
        driver.set_window_size(1280, 900)


def test_dark_theme(driver, base_url, screenshot):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        for name, path in [("home", "/"), ("topic-rag", "/topics/rag"), ("map", "/map"), ("progress", "/progress")]:
            driver.get(base_url + path)
            background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
            assert background == "rgb(19, 21, 24)", background
            screenshot(f"dark-{name}")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def attempts_counted(driver, base_url):
    driver.get(base_url + "/progress")
    return int(driver.find_element(By.ID, "attempt-count").text)


def test_practice_saves_highlights_rates_and_counts(driver, base_url, screenshot):
    before = attempts_counted(driver, base_url)
    driver.get(base_url + "/practice")
    answer = wait(driver).until(EC.presence_of_element_located((By.ID, "answer")))
    assert "/practice/" in driver.current_url
    assert driver.find_element(By.CSS_SELECTOR, "nav a[aria-current=page]").text == "Practice"
    screenshot("practice-question")
    answer.send_keys("The goal is to serve the business metric, not a proxy <i>only</i>. "
                     "A simple baseline comes first, and I would measure it offline and online. "
                     "It fails when the data drifts, so I would monitor it and retrain. "
                     "So in conclusion I would ship the baseline and iterate on the worst errors.")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "answer-marked")))
    marks = driver.find_elements(By.CSS_SELECTOR, "#answer-marked mark")
    assert marks, "the answer comes back with marked sentences"
    assert not driver.find_elements(By.CSS_SELECTOR, "#answer-marked i"), "the answer is text, never markup"
    assert "<i>only</i>" in driver.find_element(By.ID, "answer-marked").text
    proposed = driver.find_element(By.ID, "proposed-rating").text
    assert proposed in ("Again", "Hard", "Good", "Easy")
    screenshot("practice-feedback")
    driver.find_element(By.ID, "accept-rating").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "next-due")))
    assert f"Rated {proposed}" in driver.find_element(By.ID, "rated").text
    screenshot("practice-rated")
    after = attempts_counted(driver, base_url)
    assert after == before + 1
    assert int(driver.find_element(By.ID, "review-count").text) >= 1
    assert driver.find_elements(By.CSS_SELECTOR, "svg#chart-scores circle.dot")
    assert driver.find_elements(By.CSS_SELECTOR, "svg#chart-calendar rect.day.level-1, svg#chart-calendar rect.day.level-2, "
                                                  "svg#chart-calendar rect.day.level-3, svg#chart-calendar rect.day.level-4")
    for svg in driver.find_elements(By.CSS_SELECTOR, "main svg"):
        assert svg.get_attribute("aria-label"), "every chart is labelled"
    screenshot("progress-with-data")


def test_today_starts_practising(driver, base_url, screenshot):
    driver.get(base_url + "/")
    today = driver.find_element(By.ID, "today")
    assert "reviews due now" in today.text
    assert driver.find_elements(By.CSS_SELECTOR, "#today-plan li")
    screenshot("today")
    driver.find_element(By.ID, "start-practising").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "answer")))
    assert "/practice/" in driver.current_url


def test_a_mock_interview(driver, base_url, screenshot):
    driver.get(base_url + "/mock")
    minutes = driver.find_element(By.ID, "minutes")
    minutes.clear()
    minutes.send_keys("20")
    driver.find_element(By.CSS_SELECTOR, "#start-mock button[type=submit]").click()
    answer = wait(driver).until(EC.presence_of_element_located((By.ID, "answer")))
    timer = driver.find_element(By.ID, "timer")
    assert "starts when you type" in timer.text  # the script took over the "Time budget" text
    answer.send_keys("The goal is to ship a simple baseline first and measure it. It fails when data drifts, so monitor it.")
    wait(driver).until(lambda d: "left" in timer.text)
    screenshot("mock-question")
    driver.find_element(By.CSS_SELECTOR, "form button.primary[type=submit]").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "answer")))
    assert "Interviewer follow-up" in driver.page_source
    screenshot("mock-follow-up")
    driver.find_element(By.CSS_SELECTOR, "button[name=end]").click()
    scorecard = wait(driver).until(EC.presence_of_element_located((By.ID, "scorecard")))
    assert "Overall" in scorecard.text
    screenshot("mock-scorecard")
    driver.get(base_url + "/mock")
    assert driver.find_elements(By.CSS_SELECTOR, "#past-mocks tbody tr")
