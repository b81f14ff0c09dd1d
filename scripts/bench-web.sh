#!/usr/bin/env bash
# Load-tests `coach serve` from a release build with wrk (Debian's package): 2 threads,
# 50 connections, 15 seconds each, against POST /api/grade (a 150-word answer) and a page
# (/topics/rag). Prints requests per second and the latency percentiles wrk reports.
# Usage: scripts/bench-web.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
swift build -c release --product coach >/dev/null
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
COACH_DB="$work/web.sqlite" XDG_CACHE_HOME="$work/cache" .build/release/coach serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

python3 - "$work/grade.lua" <<'PY'
import json, sys
answer = ("The goal is to cut fraud losses without blocking honest customers, because false declines cost sales. "
          "I'd start with a gradient boosted tree on transaction features as a baseline, since it is fast and strong on tabular data. "
          "The constraint is latency: the decision must come back within about one hundred milliseconds at peak. "
          "One risk is drift as fraudsters adapt, so I'd monitor the score distribution and retrain every week. "
          "Then I'd add graph features on shared devices and cards, which catch rings that single transactions hide. "
          "So I'd ship the tree first with a threshold set from the cost of each kind of error.")
body = json.dumps({"question": "Design a fraud detector for card payments.", "answer": answer})
open(sys.argv[1], "w").write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' % json.dumps(body))
PY

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg); server and wrk share the machine"
echo
echo "POST /api/grade (150-word answer):"
wrk -t2 -c50 -d15s --latency -s "$work/grade.lua" "http://127.0.0.1:$port/api/grade" | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors"
echo
echo "GET /topics/rag (a server-rendered page):"
wrk -t2 -c50 -d15s --latency "http://127.0.0.1:$port/topics/rag" | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors"
