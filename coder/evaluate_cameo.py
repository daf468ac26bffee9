"""Score CAMEO codings against a CAMEO gold set (``tests/data/cameo_gold.jsonl``).

A gold record is one text with its publication date and the CAMEO events it reports::

    {"text": "...", "publication_date": "2024-06-10",
     "gold": {"cameo_events": [{"source": "RUSMIL", "target": "UKR", "eventcode": "194"}]}}

An empty list says the text reports no event (negations, forecasts, plain news). Per text, gold
and predicted events are compared as multisets of codes, at two levels: the root ("19") and the
full code ("194"). A gold event without an equal predicted code is a false negative, a predicted
code without an equal gold one a false positive; precision, recall and F1 are micro-averaged over
all texts. The *dyad* figure asks more: the codes agree at root level and so do the actors, where
an actor agrees when one code extends the other ("RUS" and "RUSMIL") or the gold leaves it empty.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from coder.errors import InputFileError
from coder.models import Article, EventRow

__all__ = [
    "CameoEvent",
    "CameoGoldText",
    "CameoPredictor",
    "CameoReport",
    "Prf",
    "evaluate_cameo",
    "load_cameo_gold",
    "predictions_from_rows",
]

CameoPrediction = tuple[str, str | None, str | None]
"""A predicted event: (eventcode, source actor code, target actor code)."""

CameoPredictor = Callable[[list[Article]], list[list[CameoPrediction]]]
"""Codes articles; returns, per article and in order, its predicted CAMEO events."""

ROOT_TARGET_F1 = 0.75
CODE_TARGET_F1 = 0.55


@dataclass(frozen=True, slots=True)
class CameoEvent:
    """One gold CAMEO event."""

    eventcode: str
    source: str | None = None
    target: str | None = None

    @property
    def root(self) -> str:
        """The two-digit root of the event code ("0874" -> "08")."""
        return self.eventcode[:2]


@dataclass(frozen=True, slots=True)
class CameoGoldText:
    """A gold text with its events (an empty tuple: the text reports no event)."""

    id: str
    text: str
    publication_date: date | None
    events: tuple[CameoEvent, ...]

    def article(self) -> Article:
        """The text as an article to code."""
        return Article(id=self.id, text=self.text, publication_date=self.publication_date)


def _code(value: Any, where: str) -> str:
    # Codes are strings: an integer would already have lost the leading zero of "0874".
    if not isinstance(value, str) or not value.isdigit() or not 2 <= len(value) <= 4:
        raise InputFileError(f"{where}: eventcode must be a string of 2-4 digits, got {value!r}")
    if not 1 <= int(value[:2]) <= 20:
        raise InputFileError(f"{where}: eventcode {value!r} has no CAMEO root 01-20")
    return value


def _actor(value: Any, where: str, role: str) -> str | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return value.strip().upper() if isinstance(value, str) else None
    raise InputFileError(f"{where}: {role} must be a CAMEO actor code or null, got {value!r}")


def _record(data: Any, where: str, index: int) -> CameoGoldText:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"]:
        raise InputFileError(f'{where}: a record needs a non-empty "text"')
    gold = data.get("gold")
    events = gold.get("cameo_events") if isinstance(gold, dict) else None
    if not isinstance(events, list):
        raise InputFileError(f'{where}: "gold" needs a "cameo_events" list')
    published = data.get("publication_date")
    try:
        pub = date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        raise InputFileError(f"{where}: publication_date {published!r} is no ISO date") from None
    parsed = []
    for k, ev in enumerate(events):
        at = f"{where}: cameo_events[{k}]"
        if not isinstance(ev, dict):
            raise InputFileError(f"{at}: an event is an object")
        parsed.append(
            CameoEvent(
                _code(ev.get("eventcode"), at),
                _actor(ev.get("source"), at, "source"),
                _actor(ev.get("target"), at, "target"),
            )
        )
    return CameoGoldText(str(data.get("id") or f"cameo:{index}"), data["text"], pub, tuple(parsed))


def load_cameo_gold(path: str | Path) -> list[CameoGoldText]:
    """Read a CAMEO gold JSONL file.

    Args:
        path: one JSON record per line (blank lines are skipped).

    Returns:
        The gold texts in file order.

    Raises:
        InputFileError: the file cannot be read, or a line is not a valid record (the message
            names file and line).
    """
    file = Path(path)
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputFileError(f"{file}: cannot read: {exc}") from exc
    out: list[CameoGoldText] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{file.name}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(f"{where}: invalid JSON: {exc.msg}") from None
        out.append(_record(data, where, n))
    return out


def predictions_from_rows(rows: Sequence[EventRow]) -> list[CameoPrediction]:
    """The CAMEO events of coded rows (rows without a ``cameo_code`` are left out)."""
    return [(r.cameo_code, r.actor1_code, r.actor2_code) for r in rows if r.cameo_code]


@dataclass(frozen=True, slots=True)
class Prf:
    """True positives, false positives and false negatives, with the derived figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0 when there is no gold event."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Prf) -> Prf:
        return Prf(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class CameoReport:
    """The outcome of a CAMEO evaluation.

    Attributes:
        n_texts: gold texts scored.
        n_gold: gold events.
        n_predicted: predicted events.
        root: micro figures on the two-digit root.
        code: micro figures on the full event code.
        dyad: micro figures on root plus agreeing source and target.
        per_root: root ("01" ... "20") -> its figures at root level.
        confusions: (gold root, predicted root) -> count, for texts where they differ.
    """

    n_texts: int
    n_gold: int
    n_predicted: int
    root: Prf
    code: Prf
    dyad: Prf
    per_root: dict[str, Prf] = field(default_factory=dict)
    confusions: dict[tuple[str, str], int] = field(default_factory=dict)

    def to_text(self) -> str:
        """A plain-text report: the three micro figures, then one line per root."""

        def line(name: str, s: Prf, target: float | None = None) -> str:
            goal = f"  (target {target:.2f})" if target is not None else ""
            return (
                f"{name:<22} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                f"  [tp {s.tp} fp {s.fp} fn {s.fn}]{goal}"
            )

        out = [
            f"CAMEO evaluation: {self.n_texts} texts, {self.n_gold} gold events, "
            f"{self.n_predicted} predicted",
            line("root-level micro", self.root, ROOT_TARGET_F1),
            line("full-code micro", self.code, CODE_TARGET_F1),
            line("root + actors (dyad)", self.dyad),
            "",
            "per root:",
        ]
        out += [line(f"  {root}", s) for root, s in sorted(self.per_root.items())]
        if self.confusions:
            worst = sorted(self.confusions.items(), key=lambda kv: -kv[1])[:10]
            out += ["", "most frequent confusions (gold -> predicted):"]
            out += [f"  {g} -> {p}: {n}" for (g, p), n in worst]
        return "\n".join(out)


def _multiset(gold: Sequence[str], pred: Sequence[str]) -> Prf:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return Prf(tp, len(pred) - tp, len(gold) - tp)


def _actor_agrees(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return True
    return pred is not None and (pred.startswith(gold) or gold.startswith(pred))


def _dyad(gold: Sequence[CameoEvent], pred: Sequence[CameoPrediction]) -> Prf:
    left = list(pred)
    tp = 0
    for ev in gold:
        for i, (code, src, tgt) in enumerate(left):
            if (
                code[:2] == ev.root
                and _actor_agrees(ev.source, src)
                and _actor_agrees(ev.target, tgt)
            ):
                tp += 1
                del left[i]
                break
    return Prf(tp, len(pred) - tp, len(gold) - tp)


def _confusions(gold: Sequence[str], pred: Sequence[str]) -> list[tuple[str, str]]:
    missed = list((Counter(gold) - Counter(pred)).elements())
    extra = list((Counter(pred) - Counter(gold)).elements())
    pairs = list(zip(missed, extra, strict=False))
    pairs += [(g, "-") for g in missed[len(pairs) :]]
    pairs += [("-", p) for p in extra[len(pairs) :]]
    return pairs


def evaluate_cameo(gold: Sequence[CameoGoldText], predict: CameoPredictor) -> CameoReport:
    """Code the gold texts with ``predict`` and score the result.

    Args:
        gold: the gold texts (``load_cameo_gold``).
        predict: codes a list of articles; returns the predicted events of each, in order.

    Returns:
        The report with root-level, full-code and dyad micro figures and per-root figures.

    Raises:
        ValueError: ``predict`` returned a different number of results than articles given.
    """
    predictions = predict([g.article() for g in gold])
    if len(predictions) != len(gold):
        raise ValueError(f"predict returned {len(predictions)} results for {len(gold)} texts")
    root = code = dyad = Prf()
    per_root: dict[str, Prf] = {}
    confusions: Counter[tuple[str, str]] = Counter()
    for text, pred in zip(gold, predictions, strict=True):
        g_codes = [e.eventcode for e in text.events]
        p_codes = [c for c, _, _ in pred]
        g_roots, p_roots = [c[:2] for c in g_codes], [c[:2] for c in p_codes]
        code += _multiset(g_codes, p_codes)
        root += _multiset(g_roots, p_roots)
        dyad += _dyad(text.events, pred)
        for r in set(g_roots) | set(p_roots):
            per_root[r] = per_root.get(r, Prf()) + _multiset(
                [x for x in g_roots if x == r], [x for x in p_roots if x == r]
            )
        confusions.update(_confusions(g_roots, p_roots))
    return CameoReport(
        n_texts=len(gold),
        n_gold=sum(len(g.events) for g in gold),
        n_predicted=sum(len(p) for p in predictions),
        root=root,
        code=code,
        dyad=dyad,
        per_root=per_root,
        confusions=dict(confusions),
    )
