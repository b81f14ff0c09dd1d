#!/usr/bin/env bash
# Times `coach schedule replay` (release build) against py-fsrs replaying the same review log in
# the same run: 1,000,000 reviews (10,000 cards x 100 reviews, fixed seed), fuzz off, each side
# reading JSON Lines and writing one JSON line a review. Then checks that the two outputs agree.
# Usage: scripts/bench-fsrs.sh   (builds the release binary; installs py-fsrs in .venv from PyPI once)
set -euo pipefail
cd "$(dirname "$0")/.."
fsrs_version=6.3.2 # the version scripts/fsrs-vectors.sh pins
build_log=$(mktemp)
swift build -c release --product coach >"$build_log" 2>&1 || { cat "$build_log"; exit 1; }
rm -f "$build_log"
coach=.build/release/coach
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -q "fsrs==$fsrs_version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command with its output to a file; prints its wall-clock and CPU (user + system) seconds.
# CPU time is the fairer figure on a machine shared with other work; both are reported.
measure() {
    python3 -c '
import resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[1], "w") as out:
    subprocess.run(sys.argv[2:], stdout=out, check=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{time.perf_counter() - start:.3f} {usage.ru_utime + usage.ru_stime:.3f}")' "$@"
}

python3 - "$work/log.jsonl" <<'PY'
import json, random, sys
from datetime import datetime, timedelta, timezone
rng = random.Random(2026)
cards, reviews = 10_000, 100
start = datetime(2024, 1, 1, tzinfo=timezone.utc)
clock = [start + timedelta(seconds=rng.randrange(0, 30 * 86400)) for _ in range(cards)]
gaps = [timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=5), timedelta(days=1), timedelta(days=3),
        timedelta(days=9), timedelta(days=30), timedelta(days=90)]
with open(sys.argv[1], "w") as out:
    # Round by round, so every card is touched before any is touched again.
    for _ in range(reviews):
        for card in range(cards):
            clock[card] += rng.choice(gaps) + timedelta(seconds=rng.randrange(0, 3600))
            rating = rng.choices((1, 2, 3, 4), weights=(1, 2, 6, 2))[0]
            out.write(json.dumps({"card": f"card-{card}", "rating": rating, "at": clock[card].strftime("%Y-%m-%dT%H:%M:%SZ")}) + "\n")
PY

cat > "$work/replay.py" <<'PY'
"""py-fsrs replaying a review log: the same input and output as `coach schedule replay`."""
import json, sys
from datetime import datetime
from fsrs import Card, Rating, Scheduler

scheduler = Scheduler(enable_fuzzing=False)
cards = {}
out = sys.stdout
with open(sys.argv[1]) as log:
    for line in log:
        review = json.loads(line)
        at = datetime.fromisoformat(review["at"])
        # A card id given up front: py-fsrs would otherwise sleep 1 ms to make one from the clock.
        card = cards.get(review["card"]) or Card(card_id=1, due=at)
        recall = scheduler.get_card_retrievability(card, at)
        card, _ = scheduler.review_card(card, Rating(review["rating"]), at)
        cards[review["card"]] = card
        out.write(json.dumps({"card": review["card"], "rating": review["rating"], "at": review["at"],
                              "state": card.state.name.lower(), "step": card.step, "stability": card.stability,
                              "difficulty": card.difficulty, "retrievability": recall,
                              "due": card.due.isoformat()}) + "\n")
PY

echo "machine: $(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -1), Python $(.venv/bin/python -c 'import sys; print(sys.version.split()[0])'), py-fsrs $fsrs_version"
echo "log: $(wc -l < "$work/log.jsonl") reviews of 10,000 cards, $(du -h "$work/log.jsonl" | cut -f1)"
"$coach" schedule replay "$work/log.jsonl" >/dev/null # warm the file cache
# coach: the best of three runs by CPU time; py-fsrs takes about a minute, so once.
read -r coach_wall coach_cpu < <(for i in 1 2 3; do measure "$work/coach.jsonl" "$coach" schedule replay "$work/log.jsonl"; done | sort -k2 -n | head -1)
read -r python_wall python_cpu < <(measure "$work/py-fsrs.jsonl" .venv/bin/python "$work/replay.py" "$work/log.jsonl")
printf 'coach schedule replay: %8.3f s CPU, %8.3f s wall clock (best of 3)\n' "$coach_cpu" "$coach_wall"
printf 'py-fsrs:               %8.3f s CPU, %8.3f s wall clock\n' "$python_cpu" "$python_wall"
printf 'coach is %.0fx faster by CPU time (%.0fx by wall clock)\n' \
    "$(echo "$python_cpu / $coach_cpu" | bc -l)" "$(echo "$python_wall / $coach_wall" | bc -l)"

.venv/bin/python - "$work/coach.jsonl" "$work/py-fsrs.jsonl" <<'PY'
import json, sys
from datetime import datetime
worst = {"stability": 0.0, "difficulty": 0.0, "retrievability": 0.0}
count = 0
with open(sys.argv[1]) as ours, open(sys.argv[2]) as theirs:
    for number, (a, b) in enumerate(zip(ours, theirs), 1):
        a, b = json.loads(a), json.loads(b)
        assert (a["card"], a["state"], a["step"]) == (b["card"], b["state"], b["step"]), f"line {number}: {a} != {b}"
        assert datetime.fromisoformat(a["due"]) == datetime.fromisoformat(b["due"]), f"line {number}: due {a['due']} != {b['due']}"
        for key in worst:
            worst[key] = max(worst[key], abs(a[key] - b[key]))
        count += 1
assert count == 1_000_000, f"only {count} lines compared"
assert max(worst.values()) <= 1e-6, worst
print(f"outputs agree on all {count:,} reviews: same states, steps and due dates; largest differences " +
      ", ".join(f"{key} {value:g}" for key, value in worst.items()))
PY
