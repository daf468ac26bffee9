"""Score predicted event rows against human-coded gold events (ACLED-style gold JSONL).

Gold records sharing the same text form one *gold text*; its gold events are scored as a set.
Per text, predicted and gold events are paired one-to-one by a maximum-weight assignment whose
weights put event_type agreement first, then sub_event_type, then event date and location, then
actors. A gold event left without a partner is *missed*; a prediction left without one is a
*false positive*. The figures and their denominators are described in ``coder/metrics.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from coder.errors import CoderError
from coder.gold import GoldEvent, GoldText, Half, articles_for, load_gold, select_half
from coder.metrics import (
    LOCATION_TOLERANCE_KM,
    ClassScore,
    EvalReport,
    FieldScore,
    TextOutcome,
    normalize_admin1,
    normalize_name,
    strict_name,
    within_km,
)
from coder.models import Article, EventRow

__all__ = [
    "EvalReport",
    "GoldEvent",
    "GoldText",
    "Predictor",
    "articles_for",
    "evaluate",
    "load_gold",
    "match_text",
    "max_weight_pairs",
    "score",
    "select_half",
]

Predictor = Callable[[list[Article]], list[list[EventRow]]]

# Pairing weights: each tier outweighs the sum of all the tiers below it, so the assignment prefers
# agreement on event_type first, then sub_event_type, then date and place, then actors; the minor
# fields only break ties between otherwise identical events of one text.
_W_PAIR = 1
_W_MINOR = 2
_W_ACTOR2 = 16
_W_ACTOR1 = 32
_W_DATE = 64
_W_PLACE = 64
_W_SUB = 256
_W_TYPE = 1024
_MINOR_FIELDS = (
    "location_name",
    "fatalities",
    "geo_precision",
    "time_precision",
    "inter1",
    "inter2",
)


def _place_agrees(gold: GoldEvent, pred: EventRow) -> bool:
    return within_km(gold.latitude, gold.longitude, pred.latitude, pred.longitude)


def _pair_weight(gold: GoldEvent, pred: EventRow) -> int:
    weight = _W_PAIR
    if gold.event_type == pred.event_type:
        weight += _W_TYPE
    if gold.sub_event_type == pred.sub_event_type:
        weight += _W_SUB
    if gold.event_date is not None and gold.event_date == pred.event_date:
        weight += _W_DATE
    if _place_agrees(gold, pred):
        weight += _W_PLACE
    if normalize_name(gold.actor1) == normalize_name(pred.actor1):
        weight += _W_ACTOR1
    if normalize_name(gold.actor2) == normalize_name(pred.actor2):
        weight += _W_ACTOR2
    for name in _MINOR_FIELDS:
        if _FIELD_RULES[name][1](gold, pred):
            weight += _W_MINOR
    return weight


def max_weight_pairs(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pair rows with columns one-to-one, maximizing the total weight (Hungarian algorithm).

    Args:
        weights: a rows x columns matrix of positive weights.

    Returns:
        (row, column) pairs, as many as the smaller dimension, sorted by row.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    transposed = n_rows > n_cols
    cost = (
        [[-weights[r][c] for r in range(n_rows)] for c in range(n_cols)]
        if transposed
        else [[-w for w in row] for row in weights]
    )
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) assigned to column j, 0 = none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    if transposed:
        pairs = [(c, r) for r, c in pairs]
    return sorted(pairs)


def match_text(gold: GoldText, predicted: Sequence[EventRow]) -> TextOutcome:
    """Pair the predictions for one text with its gold events.

    Args:
        gold: the gold text.
        predicted: the predicted rows for that text.

    Returns:
        The pairs (gold index, prediction index), the missed gold events and the false positives.
    """
    weights = [[_pair_weight(g, p) for p in predicted] for g in gold.events]
    pairs = max_weight_pairs(weights) if predicted else []
    paired_gold = {gi for gi, _ in pairs}
    paired_pred = {pi for _, pi in pairs}
    return TextOutcome(
        key=gold.key,
        pairs=tuple(pairs),
        missed=tuple(i for i in range(len(gold.events)) if i not in paired_gold),
        false_positives=tuple(i for i in range(len(predicted)) if i not in paired_pred),
    )


def _casefold(value: str | None) -> str:
    return (value or "").strip().casefold()


# field name -> (rule shown in the report, agreement test)
# the gold key a field is read from, where it differs from the field's name
_GOLD_KEY = {
    "actor1_strict": "actor1",
    "actor2_strict": "actor2",
    "location": "latitude",
    "location_name": "location",
}
_FIELD_RULES: dict[str, tuple[str, Callable[[GoldEvent, EventRow], bool]]] = {
    "event_type": ("exact", lambda g, p: g.event_type == p.event_type),
    "sub_event_type": ("exact", lambda g, p: g.sub_event_type == p.sub_event_type),
    "actor1": (
        "normalized name",
        lambda g, p: normalize_name(g.actor1) == normalize_name(p.actor1),
    ),
    "actor1_strict": ("exact name", lambda g, p: strict_name(g.actor1) == strict_name(p.actor1)),
    "actor2": (
        "normalized name (both empty agree)",
        lambda g, p: normalize_name(g.actor2) == normalize_name(p.actor2),
    ),
    "actor2_strict": ("exact name", lambda g, p: strict_name(g.actor2) == strict_name(p.actor2)),
    "inter1": ("exact (null = 0)", lambda g, p: (g.inter1 or 0) == (p.inter1 or 0)),
    "inter2": ("exact (null = 0)", lambda g, p: (g.inter2 or 0) == (p.inter2 or 0)),
    "iso3": ("exact, case-insensitive", lambda g, p: _casefold(g.iso3) == _casefold(p.iso3)),
    "admin1": (
        "normalized name",
        lambda g, p: normalize_admin1(g.admin1) == normalize_admin1(p.admin1),
    ),
    "location": (f"within {LOCATION_TOLERANCE_KM:g} km of gold lat/lon", _place_agrees),
    "location_name": (
        "normalized name",
        lambda g, p: normalize_name(g.location) == normalize_name(p.location),
    ),
    "geo_precision": ("exact", lambda g, p: g.geo_precision == p.geo_precision),
    "event_date": (
        "exact day",
        lambda g, p: g.event_date is not None and g.event_date == p.event_date,
    ),
    "time_precision": ("exact", lambda g, p: g.time_precision == p.time_precision),
    "fatalities": (
        "exact (predicted null = 0)",
        lambda g, p: (g.fatalities or 0) == (p.fatalities or 0),
    ),
}


def _class_scores(
    gold_labels: list[str], pred_labels: list[str], paired: list[tuple[str, str]]
) -> list[ClassScore]:
    support = Counter(gold_labels)
    predicted = Counter(pred_labels)
    hits = Counter(g for g, p in paired if g == p)
    labels = sorted(set(support) | set(predicted), key=lambda lab: (-support[lab], lab))
    return [ClassScore(lab, support[lab], predicted[lab], hits[lab]) for lab in labels]


def score(
    gold: Sequence[GoldText],
    predictions: Sequence[Sequence[EventRow]],
    *,
    settings: dict[str, Any] | None = None,
) -> EvalReport:
    """Score given predictions (one list per gold text, same order) against the gold texts.

    Args:
        gold: the gold texts.
        predictions: for each gold text, its predicted rows.
        settings: how the predictions were made, recorded in the report.

    Returns:
        The evaluation report.

    Raises:
        CoderError: the number of prediction lists differs from the number of gold texts.
    """
    if len(predictions) != len(gold):
        raise CoderError(
            f"the predictor returned {len(predictions)} lists for {len(gold)} articles"
        )
    outcomes: list[TextOutcome] = []
    correct: Counter[str] = Counter()
    matched: Counter[str] = Counter()  # paired gold events that code the field
    coded: Counter[str] = Counter()  # gold events that code the field
    n_gold = n_pred = n_matched = n_type_matched = 0
    gold_types: list[str] = []
    gold_subs: list[str] = []
    pred_types: list[str] = []
    pred_subs: list[str] = []
    paired_types: list[tuple[str, str]] = []
    paired_subs: list[tuple[str, str]] = []
    for text, preds in zip(gold, predictions, strict=True):
        outcome = match_text(text, preds)
        outcomes.append(outcome)
        n_gold += len(text.events)
        n_pred += len(preds)
        n_matched += len(outcome.pairs)
        gold_types += [e.event_type for e in text.events]
        gold_subs += [e.sub_event_type for e in text.events]
        pred_types += [p.event_type for p in preds]
        pred_subs += [p.sub_event_type for p in preds]
        for gi, pi in outcome.pairs:
            g, p = text.events[gi], preds[pi]
            paired_types.append((g.event_type, p.event_type))
            paired_subs.append((g.sub_event_type, p.sub_event_type))
            n_type_matched += g.event_type == p.event_type
            for name, (_, agrees) in _FIELD_RULES.items():
                if g.codes(_GOLD_KEY.get(name, name)):
                    correct[name] += agrees(g, p)
                    matched[name] += 1
        for g in text.events:
            for name in _FIELD_RULES:
                coded[name] += g.codes(_GOLD_KEY.get(name, name))
    fields = {
        name: FieldScore(name, correct[name], matched[name], coded[name], rule)
        for name, (rule, _) in _FIELD_RULES.items()
    }
    return EvalReport(
        n_texts=len(gold),
        n_gold=n_gold,
        n_pred=n_pred,
        n_matched=n_matched,
        n_type_matched=n_type_matched,
        fields=fields,
        event_types=_class_scores(gold_types, pred_types, paired_types),
        sub_event_types=_class_scores(gold_subs, pred_subs, paired_subs),
        outcomes=outcomes,
        settings=dict(settings or {}),
    )


def evaluate(
    gold: Sequence[GoldText],
    predict: Predictor,
    *,
    shift_days: int | None = None,
    half: Half = "all",
) -> EvalReport:
    """Run a predictor over the gold texts and score its event rows.

    Args:
        gold: the gold texts (from ``load_gold``).
        predict: receives the articles (id, text, source_name, publication_date) and returns,
            per article and in the same order, its predicted event rows.
        shift_days: publication date = the text's latest gold event date + this many days
            (None: the record's own publication date).
        half: "odd" or "even" keeps the texts at odd or even 1-based positions in the file (tune
            on one half, check on the other); "all" keeps every text.

    Returns:
        The evaluation report.
    """
    chosen = select_half(gold, half)
    articles = articles_for(chosen, shift_days=shift_days)
    predictions = predict(articles)
    return score(chosen, predictions, settings={"shift_days": shift_days, "half": half})
