#!/usr/bin/env bash
# The benchmark suite: builds the release binary, prepares the Python peers in .venv (rank-bm25,
# PyYAML, py-fsrs from PyPI, once), then times every path beside its peer in the same run:
# whole processes (start-up, pack load, ask, corpus import), grading by answer length beside a
# word-overlap grader, routing in batch beside rank-bm25, and FSRS replay beside py-fsrs.
# Writes artifacts/bench.md. Usage: scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product coach >/dev/null
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -q rank-bm25 pyyaml
mkdir -p artifacts
echo "## In process (coach bench, release build)"
.build/release/coach bench | tee artifacts/bench-inprocess.txt
echo
.venv/bin/python scripts/bench.py artifacts/bench.md
echo
echo "## FSRS replay"
scripts/bench-fsrs.sh | tee artifacts/bench-fsrs.txt
