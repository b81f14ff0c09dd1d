"""Writes FSRS-6 reference vectors from py-fsrs for CoachCore's conformance tests.

Run through scripts/fsrs-vectors.sh, which installs the pinned py-fsrs in .venv first.
Usage: fsrs_vectors.py OUTPUT.json

Every sequence is one card reviewed under one scheduler configuration, fuzz off. The review
times are chosen by a pattern (on time, early, late, several a day, lapses, day boundaries, …)
from a seeded generator, so the file is the same on every run. Each review is one row:

    [rating, at_ms, state, step, stability, difficulty, retrievability, due_ms]

with times in milliseconds since the Unix epoch (UTC), the card's state *after* the review
(1 learning, 2 review, 3 relearning, as py-fsrs numbers them), its step (null in review),
stability and difficulty after the review, and retrievability at the review time *before* it.
"""

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from importlib.metadata import version

from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MILLISECOND = timedelta(milliseconds=1)
DAY = timedelta(days=1)


def milliseconds(moment):
    whole, rest = divmod(moment - EPOCH, MILLISECOND)
    assert rest == timedelta(0), f"{moment} is not a whole millisecond"
    return whole


def to_millisecond(span):
    """A scaled timedelta rounded to a whole millisecond, so every time in the file is exact."""
    return round(span / MILLISECOND) * MILLISECOND


def weights_within_bounds(rng):
    """A valid weight vector unlike the defaults: each weight drawn between its bounds, away
    from the extremes, which would make every interval a day or a century."""
    weights = []
    for low, high, default in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, DEFAULT_PARAMETERS):
        spread = min(high - low, max(default, 0.05) * 2)
        weights.append(round(min(high, max(low, default + rng.uniform(-0.5, 0.5) * spread)), 4))
    return weights


def configurations():
    minutes = lambda *values: [timedelta(minutes=v) for v in values]
    seconds = lambda *values: [timedelta(seconds=v) for v in values]
    rng = random.Random(20260101)
    varied = [weights_within_bounds(rng) for _ in range(3)]
    slow_decay = list(DEFAULT_PARAMETERS)
    slow_decay[20] = 0.5  # a steeper forgetting curve than the default decay
    edges = list(DEFAULT_PARAMETERS)
    edges[7], edges[15], edges[16], edges[19] = 0.75, 0.0, 6.0, 0.8
    return {
        "default": {},
        "retention-0.8": {"desired_retention": 0.8},
        "retention-0.95": {"desired_retention": 0.95},
        "retention-0.7": {"desired_retention": 0.7},
        "learning-four-steps": {"learning_steps": minutes(1, 5, 30, 60), "relearning_steps": minutes(5, 60)},
        "learning-one-step": {"learning_steps": minutes(10), "relearning_steps": minutes(30)},
        "no-steps": {"learning_steps": [], "relearning_steps": []},
        "no-relearning-steps": {"relearning_steps": []},
        "odd-second-steps": {"learning_steps": seconds(7, 45), "relearning_steps": seconds(13)},
        "steps-over-a-day": {"learning_steps": [timedelta(hours=1), timedelta(days=1)], "relearning_steps": [timedelta(days=2)]},
        "maximum-interval-30": {"maximum_interval": 30},
        "maximum-interval-365-retention-0.95": {"maximum_interval": 365, "desired_retention": 0.95},
        "weights-varied-1": {"parameters": varied[0]},
        "weights-varied-2": {"parameters": varied[1], "desired_retention": 0.85},
        "weights-varied-3": {"parameters": varied[2], "learning_steps": minutes(2)},
        "weights-decay-0.5": {"parameters": slow_decay},
        "weights-at-edges": {"parameters": edges, "maximum_interval": 3650},
    }


def rating(rng, weights=(1, 2, 6, 2)):
    return Rating(rng.choices((1, 2, 3, 4), weights=weights)[0])


def jitter(rng):
    """Some reviews fall on whole seconds, others carry milliseconds."""
    return timedelta(milliseconds=rng.randrange(1000)) if rng.random() < 0.3 else timedelta(0)


# Each pattern yields (rating, time) given the card so far; `card.due` is when it falls due.
def on_time(rng, card, now, index):
    return rating(rng), max(now, card.due) + timedelta(seconds=rng.randrange(0, 600)) + jitter(rng)


def early(rng, card, now, index):
    wait = max(card.due - now, timedelta(seconds=1))
    return rating(rng), now + to_millisecond(wait * rng.uniform(0.05, 0.9))


def late(rng, card, now, index):
    # Up to six intervals late, but no more than three years, or the dates outrun the calendar.
    wait = min(max(card.due - now, timedelta(minutes=1)) * rng.uniform(0.2, 6.0), 3 * 365 * DAY)
    return rating(rng), card.due + to_millisecond(wait)


def same_day(rng, card, now, index):
    # Bursts of reviews minutes apart, then a day or more off.
    if index % 4:
        return rating(rng), now + timedelta(minutes=rng.randrange(1, 180)) + jitter(rng)
    return rating(rng), now + timedelta(days=rng.randrange(1, 20), seconds=rng.randrange(86400))


def lapses(rng, card, now, index):
    return rating(rng, (5, 2, 3, 1)), max(now, card.due) + timedelta(hours=rng.randrange(0, 72))


def anything(rng, card, now, index):
    gap = rng.choice([timedelta(seconds=rng.randrange(1, 3600)), timedelta(hours=rng.uniform(1, 48)),
                      timedelta(days=rng.uniform(1, 400))])
    return Rating(rng.randrange(1, 5)), now + to_millisecond(gap)


def day_boundaries(rng, card, now, index):
    # Gaps a millisecond either side of whole days: elapsed days are floored, not rounded.
    days = rng.randrange(0, 4) if index % 3 else rng.randrange(4, 60)
    offset = rng.choice([-MILLISECOND, timedelta(0), MILLISECOND, -timedelta(seconds=1)])
    return rating(rng), now + max(days * DAY + offset, MILLISECOND)


def easy_streak(rng, card, now, index):
    return (Rating.Easy if index % 9 else Rating.Good), max(now, card.due)


def hard_streak(rng, card, now, index):
    return (Rating.Hard if index % 7 else Rating.Again), max(now, card.due) + timedelta(hours=rng.randrange(0, 30))


PATTERNS = {
    "on-time": (on_time, 30),
    "early": (early, 25),
    "late": (late, 25),
    "same-day": (same_day, 30),
    "lapses": (lapses, 25),
    "anything": (anything, 30),
    "day-boundaries": (day_boundaries, 25),
    "easy-streak": (easy_streak, 30),
    "hard-streak": (hard_streak, 20),
}

SEEDS_PER_PAIR = 3


def replay(scheduler, pattern, length, rng):
    now = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(days=rng.randrange(0, 700), seconds=rng.randrange(86400))
    card = Card(card_id=1, due=now)
    rows = []
    for index in range(length):
        grade, now = pattern(rng, card, now, index)
        recall = scheduler.get_card_retrievability(card, now)
        card, _ = scheduler.review_card(card, grade, now)
        rows.append([int(grade), milliseconds(now), int(card.state), card.step, card.stability,
                     card.difficulty, recall, milliseconds(card.due)])
    return rows


def main(output):
    sequences = []
    for config_name, options in configurations().items():
        scheduler = Scheduler(enable_fuzzing=False, **options)
        settings = scheduler.to_dict()
        del settings["enable_fuzzing"]
        for pattern_name, (pattern, length) in PATTERNS.items():
            for seed in range(SEEDS_PER_PAIR):
                rng = random.Random(f"{config_name}/{pattern_name}/{seed}")
                sequences.append({
                    "name": f"{config_name}/{pattern_name}/{seed}",
                    "scheduler": settings,
                    "reviews": replay(scheduler, pattern, length, rng),
                })
    document = {
        "generator": "scripts/fsrs-vectors.sh",
        "fsrs_version": version("fsrs"),
        "columns": ["rating", "at_ms", "state", "step", "stability", "difficulty", "retrievability", "due_ms"],
        "sequences": sequences,
    }
    with open(output, "w") as file:
        # One sequence a line: compact, yet a change shows up as a readable diff.
        file.write("{\n")
        for key in ("generator", "fsrs_version", "columns"):
            file.write(f'"{key}": {json.dumps(document[key])},\n')
        file.write('"sequences": [\n')
        file.write(",\n".join(json.dumps(sequence, separators=(",", ":")) for sequence in sequences))
        file.write("\n]}\n")
    reviews = sum(len(sequence["reviews"]) for sequence in sequences)
    print(f"{output}: {len(sequences)} sequences, {reviews} reviews (py-fsrs {document['fsrs_version']})")


if __name__ == "__main__":
    main(sys.argv[1])
