#!/usr/bin/env bash
# Regenerates the FSRS-6 conformance vectors from py-fsrs, the reference implementation:
# installs the pinned py-fsrs in .venv/ (PyPI, once), then writes
# Tests/CoachCoreTests/Fixtures/fsrs-vectors.json, which the tests replay without PyPI.
# Usage: scripts/fsrs-vectors.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# Raising the pin means regenerating the vectors and checking the scheduler still matches.
fsrs_version=6.3.2
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -q "fsrs==$fsrs_version"
.venv/bin/python scripts/fsrs_vectors.py Tests/CoachCoreTests/Fixtures/fsrs-vectors.json
