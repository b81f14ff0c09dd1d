/// Word lists the grader reads answers with. They describe how people talk, not any question.
enum AnswerLexicon {
    /// Words that make a clause a claim: verbs, comparisons and relations. A list of nouns with
    /// none of these ("BM25 dense hybrid rerank chunk overlap") states nothing.
    static let relationWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did",
        "can", "could", "will", "would", "should", "must", "may", "might", "shall",
        "because", "so", "since", "therefore", "hence", "thus", "than", "when", "whenever", "if", "unless",
        "which", "that", "where", "while", "whereas", "by", "via", "into", "to", "from", "without", "per",
        "makes", "make", "made", "lets", "let", "allows", "allow", "enables", "enable", "causes", "cause",
        "means", "mean", "gives", "give", "takes", "take", "keeps", "keep", "needs", "need", "uses", "use",
        "reduces", "reduce", "increases", "increase", "improves", "improve", "helps", "help", "avoids", "avoid",
        "prevents", "prevent", "trades", "trade", "costs", "cost", "scales", "scale", "grows", "grow",
        "works", "work", "fails", "fail", "breaks", "break", "learns", "learn", "predicts", "predict",
        "matches", "match", "measures", "measure", "depends", "computes", "compute", "stores", "store",
        "saves", "save", "drops", "drop", "adds", "add", "removes", "remove", "splits", "split", "becomes",
        "become", "stays", "stay", "wins", "win", "beats", "beat", "loses", "lose", "requires", "require",
        "treats", "treat", "weights", "puts", "put", "pushes", "push", "pulls", "pull", "encodes", "encode",
        "captures", "capture", "ignores", "ignore", "compares", "compare", "optimizes", "optimize",
        "minimizes", "minimize", "maximizes", "maximize", "penalizes", "penalize", "controls", "control",
    ]

    /// Verbs that open an instruction ("Start with 512 tokens and tune on an eval set."): a
    /// sentence that begins with one states what to do, which is a claim.
    static let imperatives: Set<String> = [
        "start", "begin", "use", "pick", "choose", "tune", "add", "train", "measure", "split", "keep", "avoid", "set",
        "check", "compare", "try", "run", "drop", "remove", "cap", "log", "monitor", "evaluate", "normalize", "scale",
        "filter", "prefer", "default", "cache", "shard", "batch", "quantize", "retrain", "ship", "test", "clip", "lower",
        "raise", "increase", "reduce", "freeze", "fine-tune", "sample", "rank", "rerank", "index", "embed", "chunk",
    ]

    /// The suffixes of inflected verbs ("retrieves", "ranked", "tokenizing") when no list has them.
    static func looksLikeVerb(_ word: String) -> Bool {
        guard word.count > 4 else { return false }
        return word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("izes") || word.hasSuffix("ises")
    }

    static let fillers: [String] = [
        "um", "uh", "erm", "like", "basically", "actually", "you know", "sort of", "kind of", "literally",
        "i mean", "so yeah", "right so", "obviously",
    ]

    static let hedges: [String] = [
        "maybe", "perhaps", "probably", "possibly", "i think", "i guess", "i suppose", "i believe", "might",
        "could be", "somewhat", "it depends", "not sure", "more or less", "in some sense",
    ]

    /// Phrases of an answer that says nothing: it depends, trade-offs exist, try things.
    static let evasions: [String] = [
        "it depends", "depends on", "trade-off", "trade-offs", "tradeoffs", "experiment and see", "try and see",
        "see what works", "see which works", "many factors", "various factors", "case by case", "no one answer",
        "no single answer", "it varies", "there are pros and cons", "pros and cons", "hard to say",
    ]

    /// Ties to users, product, revenue or risk to people: the outcome someone outside the team feels.
    static let business: [String] = [
        "user", "users", "customer", "customers", "the product", "our product", "product team", "product metric",
        "product goal", "revenue", "business", "profit", "margin", "conversion", "retention", "churn", "satisfaction",
        "dollar", "dollars", "money", "roi", "sla", "sales", "advertiser", "advertisers", "merchant", "merchants",
        "patient", "patients", "clinician", "doctors", "chargeback", "chargebacks", "complaint", "complaints",
        "support tickets", "liability", "legal", "compliance", "regulator", "regulators", "reputation", "brand",
        "subscribers", "buyers", "sellers", "shoppers", "riders", "drivers", "readers", "viewers", "listeners",
        "people", "someone", "members", "clients", "employees", "inspectors", "analysts", "agents",
        "warranty", "returns", "refunds", "fraud losses", "lost sales", "user experience", "user-facing",
    ]

    /// Product metrics that tie to the business only when more than one appears.
    static let businessMetrics: [String] = [
        "engagement", "click-through", "ctr", "gmv", "bookings", "purchases", "sessions", "watch time", "dwell time",
        "adoption", "growth", "market",
    ]

    /// Machinery that is heavy to build first.
    static let heavyMachinery: [String] = [
        "graph neural network", "gnn", "multi-tower", "cross-attention", "mixture of experts", "reinforcement learning",
        "rlhf", "custom transformer", "train from scratch", "pretrain from scratch", "knowledge graph", "ensemble of",
        "multi-task", "multi-agent", "neural architecture search", "bespoke", "diffusion model", "federated",
        "meta-learning", "custom chip", "real-time streaming", "online learning", "contextual bandit", "platform",
        "company-wide", "from day one", "from the start", "self-host", "self-hosted", "continued pre-training",
        "continued pretraining", "in-house", "build our own", "from scratch",
        "deep reinforcement", "hypernetwork", "multi-modal transformer", "end-to-end deep",
    ]

    /// Words that show a risk being named.
    static let risk: [String] = [
        "offensive", "harmful", "toxic", "privacy", "private information", "abuse", "unsafe", "misuse",
        "fail", "fails", "failure", "failures", "risk", "risks", "could go wrong", "goes wrong", "break", "breaks",
        "drift", "degrade", "degrades", "regress", "regression", "leak", "leakage", "bias", "biased", "overfit",
        "hallucinate", "hallucination", "attack", "abuse", "outage", "cold start", "feedback loop", "stale",
        "collapse", "spike", "worst case", "edge case", "pitfall", "danger", "watch out", "watch for", "caveat",
    ]

    /// Words that show a risk being handled.
    static let mitigation: [String] = [
        "we'd need", "we would need", "need a", "so we", "so i'd", "so only", "blocklist", "block list", "filter",
        "filtering", "classifier on", "takedown", "restrict", "holdout", "hold out", "compare against", "check",
        "mitigate", "mitigation", "guard", "guardrail", "fallback", "fall back", "monitor", "monitoring", "alert",
        "rollback", "roll back", "canary", "shadow", "cap", "limit", "retrain", "recalibrate", "detect", "catch",
        "audit", "review", "human review", "kill switch", "circuit breaker", "backstop", "to counter", "to handle",
        "to prevent", "to avoid", "so that", "i'd add", "i would add", "dashboard", "threshold",
    ]
}
