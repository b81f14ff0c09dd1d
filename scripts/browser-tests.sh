#!/usr/bin/env bash
# Browser end-to-end tests: builds coach, serves it on a free port with a throwaway database,
# and drives headless Chromium through the pages with Selenium (Tests/Browser). Screenshots of
# every page land in artifacts/screenshots/. Any JavaScript console error fails a test.
# Needs chromium and chromium-driver (scripts/install-test-deps.sh installs them); Selenium and
# pytest come from PyPI into .venv/ on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in /usr/bin/chromium /usr/bin/chromedriver; do
    [[ -x $tool ]] || { echo "browser-tests: $tool is missing; run scripts/install-test-deps.sh" >&2; exit 1; }
done

if ! .venv/bin/python -c "import selenium, pytest" 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check "selenium>=4.20" "pytest>=8"
fi

swift build --product coach
coach="$(swift build --show-bin-path)/coach"

work=$(mktemp -d)
server=""
stop() {
    if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT

export COACH_DB="$work/coach.sqlite" XDG_CACHE_HOME="$work/cache"
"$coach" serve --host 127.0.0.1 --port 0 >"$work/server.out" 2>"$work/server.err" &
server=$!

url=""
for _ in $(seq 600); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/server.out" 2>/dev/null | head -1 || true)
    [[ -n $url ]] && curl -fsS "${url}health" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { echo "browser-tests: the server did not start:" >&2; cat "$work/server.err" >&2; exit 1; }
    url=""
    sleep 0.1
done
[[ -n $url ]] || { echo "browser-tests: the server did not answer /health within a minute" >&2; exit 1; }
echo "browser-tests: serving at $url"

rm -rf artifacts/screenshots
status=0
COACH_URL="$url" .venv/bin/python -m pytest -q -p no:cacheprovider Tests/Browser || status=$?
if ((status != 0)); then
    echo "browser-tests: server log:" >&2
    cat "$work/server.err" >&2
fi
exit $status
