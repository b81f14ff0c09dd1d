"""The benchmark suite: times the release build of coach on every path that matters, each beside
a peer measured in the same run, and writes a Markdown report (median, min-max spread, ratios).

Run it through scripts/bench.sh, which builds the release binary and prepares .venv.
"""
import json, os, random, re, resource, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COACH = str(ROOT / ".build/release/coach")
SHARED = ROOT.parent / "shared"
WORK = Path(tempfile.mkdtemp(prefix="coach-bench-"))
ENV = dict(os.environ, COACH_DB=str(WORK / "bench.sqlite"), XDG_CACHE_HOME=str(WORK / "cache"), NO_COLOR="1")
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def run(args, stdin=None):
    """Wall and CPU seconds of one process, its output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=open(stdin) if stdin else subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0 and os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"failed: {' '.join(args)}")
    return wall, usage.ru_utime + usage.ru_stime


def repeat(args, runs=RUNS, stdin=None):
    walls, cpus = zip(*(run(args, stdin) for _ in range(runs)))
    return sorted(walls), sorted(cpus)


def fmt(values, scale=1000, unit="ms"):
    med = statistics.median(values) * scale
    return f"{med:.2f} {unit} ({min(values) * scale:.2f}–{max(values) * scale:.2f})"


report = []
def say(line=""):
    print(line, flush=True)
    report.append(line)


random.seed(7)
SENTENCES = [
    "The goal is to cut fraud losses without blocking honest customers, because false declines cost sales.",
    "I'd start with a gradient boosted tree on transaction features as a baseline, since it is fast and strong on tabular data.",
    "The constraint is latency: the decision must come back within about one hundred milliseconds at peak.",
    "One risk is drift as fraudsters adapt, so I'd monitor the score distribution and retrain every week.",
    "Then I'd add graph features on shared devices and cards, which catch rings that single transactions hide.",
    "Labels arrive late through chargebacks, so evaluation has to use a matured window to avoid optimistic metrics.",
]
REFERENCE = "Cost asymmetry drives the threshold. Start with gradient boosted trees. Monitor drift and retrain."

def answer(words):
    out = []
    while sum(len(s.split()) for s in out) < words:
        out.append(random.choice(SENTENCES))
    return " ".join(out)

def overlap_grade(reference, text):
    """The floor: share of the reference's content words that the answer uses."""
    tok = lambda s: set(w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 3)
    ref = tok(reference)
    return len(ref & tok(text)) / max(1, len(ref))

say(f"Machine: {os.cpu_count()} cores, {os.uname().machine}, load average {os.getloadavg()[0]:.1f} at start; "
    f"{subprocess.run(['swift', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}")
say(f"Each figure: median of {RUNS} runs (min–max). CPU = user + system time of the process.")
say()

# Start-up and whole processes.
subprocess.run([COACH, "topics"], stdout=subprocess.DEVNULL, env=ENV)  # build the pack cache once
say("## Whole processes")
say("| command | wall | CPU |")
say("|---|---|---|")
floor = repeat([COACH, "--version"])
say(f"| `coach --version` (process floor) | {fmt(floor[0])} | {fmt(floor[1])} |")
topics = repeat([COACH, "topics", "--format", "json"])
say(f"| `coach topics` (loads the built-in pack from its cache) | {fmt(topics[0])} | {fmt(topics[1])} |")
ask = repeat([COACH, "ask", "Why does attention scale quadratically with sequence length?", "--format", "json"])
say(f"| `coach ask QUESTION` | {fmt(ask[0])} | {fmt(ask[1])} |")
corpus = SHARED / "corpus/ml_and_llm_learning"
if corpus.exists():
    imp = repeat([COACH, "import", str(corpus), "--dry-run", "--format", "json"], runs=5)
    say(f"| `coach import` the whole corpus (254 files, 3,223 questions; --dry-run) | {fmt(imp[0])} | {fmt(imp[1])} |")
say()

# Grading, per answer, start-up subtracted; the Python overlap grader on the same answers.
say("## Grading, per answer (batch; the time of an empty batch subtracted)")
say("| answer length | coach wall | coach CPU | word-overlap grader (Python) | overlap ÷ coach |")
say("|---|---|---|---|---|")
(WORK / "grade-0.jsonl").write_text(json.dumps({"question": "Design a fraud detector.", "answer": "Short."}) + "\n")
empty = repeat([COACH, "grade", "--batch", str(WORK / "grade-0.jsonl")])
growth = []
for words, count in [(100, 400), (700, 200), (1000, 150), (2800, 60), (10000, 20)]:
    answers = [answer(words) for _ in range(count)]
    path = WORK / f"grade-{words}.jsonl"
    path.write_text("".join(json.dumps({"question": "Design a fraud detector for card payments.", "reference": REFERENCE,
                                        "answer": a}) + "\n" for a in answers))
    walls, cpus = repeat([COACH, "grade", "--batch", str(path)], runs=5)
    per_wall = [(w - statistics.median(empty[0])) / count for w in walls]
    per_cpu = [(c - statistics.median(empty[1])) / count for c in cpus]
    peer = []
    for _ in range(5):
        start = time.perf_counter()
        for a in answers:
            overlap_grade(REFERENCE, a)
        peer.append((time.perf_counter() - start) / count)
    growth.append((words, statistics.median(per_wall) * 1000))
    say(f"| {words:,} words | {fmt(per_wall)} | {fmt(per_cpu)} | {fmt(sorted(peer))} | "
        f"{statistics.median(peer) / statistics.median(per_wall):.2f}× |")
base_words, base_ms = growth[0]
say()
say("Cost per word (wall, median): " + ", ".join(f"{w:,} words {ms / w * 1000:.2f} µs" for w, ms in growth))
say()

# Quality per millisecond: the overlap grader's ordering on the coverage development set.
coverage = SHARED / "eval/coverage-dev.jsonl"
if coverage.exists():
    items = [json.loads(l) for l in open(coverage)]
    pairs = good = 0
    for item in items:
        s = {k: overlap_grade(item["reference"], v) for k, v in item["answers"].items()}
        for hi, lo in [("full", "partial"), ("partial", "offtopic"), ("partial", "salad"), ("partial", "nonanswer"),
                       ("full", "offtopic"), ("full", "salad"), ("full", "nonanswer")]:
            pairs += 1
            good += s[hi] > s[lo]
    say(f"Word-overlap grader on `eval/coverage-dev.jsonl`: orders {good}/{pairs} answer pairs correctly "
        f"({good / pairs:.3f}); `coach eval grader` reports its own figure on the same set.")
    say()

# Routing.
say("## Routing")
topics_ = ["attention", "KV cache", "RAG chunking", "A/B test power", "LoRA rank", "loss spikes", "tokenizer", "calibration"]
forms = ["Why does {} matter?", "Design a system around {} for a large product.", "Our metric dropped after changing {}. Investigate.",
         "{} or a simpler alternative: which and when?", "Walk me through training with {}."]
questions = [forms[i % len(forms)].format(topics_[(i // 5) % len(topics_)]) for i in range(10000)]
(WORK / "ask.txt").write_text("\n".join(questions) + "\n")
(WORK / "ask-1.txt").write_text(questions[0] + "\n")
batch = repeat([COACH, "ask", "--batch", str(WORK / "ask.txt")], runs=3)
one = repeat([COACH, "ask", "--batch", str(WORK / "ask-1.txt")], runs=5)
rates = [10000 / (w - statistics.median(one[0])) for w in batch[0]]
say(f"- coach, 10,000 questions in one batch (JSON Lines out, start-up subtracted): "
    f"{statistics.median(rates):,.0f} questions/s ({min(rates):,.0f}–{max(rates):,.0f})")
try:
    import yaml
    from rank_bm25 import BM25Okapi
    pack = ROOT / "Sources/CoachCore/Pack"
    docs = {}
    for path in sorted((pack / "topics").glob("*.yaml")):
        t = yaml.safe_load(open(path))
        names = [n for c in t["concepts"] for n in [c["term"], *(c.get("abbreviations") or []), *(c.get("synonyms") or [])]]
        docs[t["number"]] = [t["title"], t["summary"], *names]
    for path in (pack / "questions").glob("*.yaml"):
        for q in yaml.safe_load(open(path))["questions"]:
            docs.setdefault(q["topics"][0], []).append(q["text"])
    tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())
    numbers = sorted(docs)
    bm25 = BM25Okapi([tok(" ".join(docs[n])) for n in numbers])
    peer_rates = []
    for _ in range(3):
        start = time.perf_counter()
        for q in questions:
            scores = bm25.get_scores(tok(q))
            sorted(range(len(numbers)), key=lambda i: -scores[i])[:5]
        peer_rates.append(len(questions) / (time.perf_counter() - start))
    say(f"- rank-bm25 (Python) over the same topic documents, in process, top 5 only: "
        f"{statistics.median(peer_rates):,.0f} questions/s — coach routes "
        f"{statistics.median(rates) / statistics.median(peer_rates):.2f}× as many while also classifying the archetype, "
        f"building the scaffold and writing JSON.")
except ImportError as error:
    say(f"- rank-bm25 peer skipped: {error}")
say()
Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "artifacts/bench.md").write_text("\n".join(report) + "\n")
