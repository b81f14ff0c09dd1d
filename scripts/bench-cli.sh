#!/usr/bin/env bash
# Times the release build's grader and router through the command line, beside a baseline in
# the same run: grading and routing in batch (per-item time = batch time minus an empty batch),
# the whole `coach ask` process, and rank-bm25 (PyPI) over the same topic documents.
# Usage: scripts/bench-cli.sh   (builds the release binary first; needs network for PyPI once)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
coach=.build/release/coach
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export COACH_DB="$work/bench.sqlite"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

python3 - "$work" <<'PY'
import json, random, sys
work = sys.argv[1]
random.seed(7)
sentences = [
    "The goal is to cut fraud losses without blocking honest customers, because false declines cost sales.",
    "I'd start with a gradient boosted tree on transaction features as a baseline, since it is fast and strong on tabular data.",
    "The constraint is latency: the decision must come back within about one hundred milliseconds at peak.",
    "One risk is drift as fraudsters adapt, so I'd monitor the score distribution and retrain every week.",
    "Then I'd add graph features on shared devices and cards, which catch rings that single transactions hide.",
    "Labels arrive late through chargebacks, so evaluation has to use a matured window to avoid optimistic metrics.",
]
def answer(words):
    out = []
    while sum(len(s.split()) for s in out) < words:
        out.append(random.choice(sentences))
    return " ".join(out)
for words, count in [(100, 400), (700, 200), (1000, 150), (2800, 60)]:
    with open(f"{work}/grade-{words}.jsonl", "w") as f:
        for _ in range(count):
            f.write(json.dumps({"question": "Design a fraud detector for card payments.",
                                "reference": "Cost asymmetry drives the threshold. Start with gradient boosted trees. Monitor drift and retrain.",
                                "answer": answer(words)}) + "\n")
with open(f"{work}/grade-0.jsonl", "w") as f:
    f.write(json.dumps({"question": "Design a fraud detector.", "answer": "Short."}) + "\n")
topics = ["attention", "KV cache", "RAG chunking", "A/B test power", "LoRA rank", "loss spikes", "tokenizer", "calibration"]
forms = ["Why does {} matter?", "Design a system around {} for a large product.", "Our metric dropped after changing {}. Investigate.",
         "{} or a simpler alternative: which and when?", "Walk me through training with {}."]
with open(f"{work}/ask.txt", "w") as f:
    for i in range(10000):
        f.write(forms[i % len(forms)].format(topics[(i // 5) % len(topics)]) + "\n")
with open(f"{work}/ask-1.txt", "w") as f:
    f.write("Why does attention scale quadratically?\n")
PY

echo "machine: $(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -1)"
echo
echo "grading (batch of answers, per answer, median of 5 runs, empty-batch start-up subtracted)"
base=$(for i in 1 2 3 4 5; do seconds "$coach" grade --batch "$work/grade-0.jsonl"; done | median)
for words in 100 700 1000 2800; do
    count=$(wc -l < "$work/grade-$words.jsonl")
    total=$(for i in 1 2 3 4 5; do seconds "$coach" grade --batch "$work/grade-$words.jsonl"; done | median)
    echo "  $words words: $(echo "($total - $base) * 1000 / $count" | bc -l | xargs printf '%.3f') ms per answer"
done
echo
echo "routing"
total=$(for i in 1 2 3; do seconds "$coach" ask --batch "$work/ask.txt"; done | median)
one=$(for i in 1 2 3 4 5 6 7; do seconds "$coach" ask --batch "$work/ask-1.txt"; done | median)
echo "  10,000 questions in batch: $(echo "10000 / ($total - $one)" | bc -l | xargs printf '%.0f') questions/s (start-up excluded)"
ask=$(for i in 1 2 3 4 5 6 7; do seconds "$coach" ask "Why does attention scale quadratically?" --format json; done | median)
echo "  one 'coach ask' as a whole process: $(echo "$ask * 1000" | bc -l | xargs printf '%.0f') ms"
version=$(for i in 1 2 3 4 5 6 7; do seconds "$coach" --version; done | median)
echo "  'coach --version' (process floor): $(echo "$version * 1000" | bc -l | xargs printf '%.0f') ms"

echo
echo "baseline: rank-bm25 over the same topic documents (title, summary, concept names, question texts)"
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv && .venv/bin/pip install -q rank-bm25 pyyaml; fi
.venv/bin/python - "$work/ask.txt" <<'PY'
import glob, re, sys, time, yaml
from rank_bm25 import BM25Okapi
pack = "Sources/CoachCore/Pack"
docs, numbers = {}, []
for path in sorted(glob.glob(f"{pack}/topics/*.yaml")):
    t = yaml.safe_load(open(path))
    names = [n for c in t["concepts"] for n in [c["term"], *(c.get("abbreviations") or []), *(c.get("synonyms") or [])]]
    docs[t["number"]] = [t["title"], t["summary"], *names]
for path in glob.glob(f"{pack}/questions/*.yaml"):
    for q in yaml.safe_load(open(path))["questions"]:
        docs.setdefault(q["topics"][0], []).append(q["text"])
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())
numbers = sorted(docs)
bm25 = BM25Okapi([tok(" ".join(docs[n])) for n in numbers])
questions = [l.strip() for l in open(sys.argv[1]) if l.strip()]
start = time.perf_counter()
for q in questions:
    scores = bm25.get_scores(tok(q))
    top = sorted(range(len(numbers)), key=lambda i: -scores[i])[:5]
elapsed = time.perf_counter() - start
print(f"  rank-bm25: {len(questions) / elapsed:.0f} questions/s on the same 10,000 questions")
PY
