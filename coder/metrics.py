"""Scores and the evaluation report: name normalization, distance, per-field and per-class figures.

``coder/evaluate.py`` pairs predicted events with gold events; this module holds the values it
fills in (``FieldScore``, ``ClassScore``, ``EvalReport``) and the small comparison rules it uses.

Two denominators appear throughout, and the report names them:

- *per gold event*: correct / all gold events; a gold event with no paired prediction counts as
  wrong (this is what a researcher gets from the coder end to end);
- *among matched*: correct / gold events that were paired with a prediction (how good the coder
  is at a field once it has found the event).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from coder.models import Place
from coder.report_text import render_report

EARTH_RADIUS_KM = 6371.0088
LOCATION_TOLERANCE_KM = 25.0

# ACLED appends the years of a government or force to its actor names: "(2000-)", "(2014-2021)".
_PERIOD_SUFFIX = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)\s*$")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# Generic words that gazetteers and ACLED add to or drop from first-level region names.
_ADMIN_WORDS = frozenset(
    {
        "province",
        "provincia",
        "state",
        "region",
        "governorate",
        "department",
        "departamento",
        "district",
        "oblast",
        "county",
        "division",
        "territory",
        "municipality",
        "prefecture",
        "of",
    }
)


def normalize_name(name: str | None) -> str:
    """Normalize an actor or place name for a lenient comparison.

    The rule: drop a trailing period suffix such as ``(2000-)`` or ``(2014-2021)``, fold accents
    (NFKD, combining marks removed), casefold, replace every run of punctuation or whitespace with
    one space, and trim. ``None`` becomes the empty string, so two missing names are equal.

    Args:
        name: the name as coded, or None.

    Returns:
        The normalized name, e.g. ``"military forces of syria"`` for
        ``"Military Forces of Syria (2000-)"``.
    """
    if not name:
        return ""
    text = _PERIOD_SUFFIX.sub("", name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def normalize_admin1(name: str | None) -> str:
    """Normalize a first-level region name: ``normalize_name`` plus generic words dropped.

    "Province", "State", "Region", "Governorate", "Oblast" and similar words (and "of") are removed,
    so "Kandahar Province" == "Kandahar" and "Borno State" == "Borno".

    Args:
        name: the region name, or None.

    Returns:
        The normalized name (falls back to ``normalize_name`` if only generic words remain).
    """
    base = normalize_name(name)
    kept = [word for word in base.split() if word not in _ADMIN_WORDS]
    return " ".join(kept) if kept else base


def strict_name(name: str | None) -> str:
    """The strict form of a name: exactly as written, surrounding whitespace trimmed."""
    return (name or "").strip()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres.

    Args:
        lat1: latitude of the first point in degrees.
        lon1: longitude of the first point in degrees.
        lat2: latitude of the second point in degrees.
        lon2: longitude of the second point in degrees.

    Returns:
        The distance in kilometres.
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def place_km(a: Place, b: Place) -> float | None:
    """Distance between two places in kilometres, None when either has no coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def within_km(
    gold_lat: float | None,
    gold_lon: float | None,
    pred_lat: float | None,
    pred_lon: float | None,
    km: float = LOCATION_TOLERANCE_KM,
) -> bool:
    """True when both points are known and at most ``km`` apart (a missing point is a miss)."""
    if gold_lat is None or gold_lon is None or pred_lat is None or pred_lon is None:
        return False
    return haversine_km(gold_lat, gold_lon, pred_lat, pred_lon) <= km


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class FieldScore:
    """How often one field of the paired events agrees with gold.

    Attributes:
        name: the field, e.g. ``"actor1"`` or ``"actor1_strict"``.
        correct: paired events whose field agrees with gold.
        n_matched: gold events paired with a prediction.
        n_gold: all gold events.
        rule: how agreement is decided, in a few words.
    """

    name: str
    correct: int
    n_matched: int
    n_gold: int
    rule: str = ""

    @property
    def among_matched(self) -> float | None:
        """Correct / paired gold events (None when nothing was paired)."""
        return _ratio(self.correct, self.n_matched)

    @property
    def per_gold(self) -> float | None:
        """Correct / all gold events; a missed gold event counts as wrong."""
        return _ratio(self.correct, self.n_gold)


@dataclass(frozen=True)
class ClassScore:
    """Precision, recall and F1 of one class (an event type or a sub-event type).

    Attributes:
        label: the class.
        support: gold events of the class.
        predicted: predicted events of the class (paired or not).
        true_positive: paired events where gold and prediction are both of the class.
    """

    label: str
    support: int
    predicted: int
    true_positive: int

    @property
    def precision(self) -> float | None:
        """True positives / predicted events of the class."""
        return _ratio(self.true_positive, self.predicted)

    @property
    def recall(self) -> float | None:
        """True positives / gold events of the class (missed gold events count as wrong)."""
        return _ratio(self.true_positive, self.support)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (0 when the class was never predicted)."""
        if self.support and not self.predicted:
            return 0.0
        return _f1(self.precision, self.recall)


def weighted_f1(classes: list[ClassScore]) -> float | None:
    """Support-weighted mean F1 over the gold classes (classes absent from gold weigh nothing)."""
    total = sum(c.support for c in classes)
    if not total:
        return None
    return sum((c.f1 or 0.0) * c.support for c in classes) / total


@dataclass(frozen=True)
class TextOutcome:
    """How one gold text was scored: the pairs, the missed gold events, the extra predictions.

    Attributes:
        key: the id of the gold text (the id of its first gold record).
        pairs: (gold index, prediction index) pairs.
        missed: indices of gold events with no paired prediction.
        false_positives: indices of predictions paired with no gold event.
    """

    key: str
    pairs: tuple[tuple[int, int], ...]
    missed: tuple[int, ...]
    false_positives: tuple[int, ...]


@dataclass(frozen=True)
class EvalReport:
    """Every figure of one evaluation run.

    Attributes:
        n_texts: gold texts scored.
        n_gold: gold events.
        n_pred: predicted events.
        n_matched: gold events paired one-to-one with a prediction (any type).
        n_type_matched: paired events whose event_type agrees.
        fields: per-field scores keyed by field name.
        event_types: per-class scores of event_type.
        sub_event_types: per-class scores of sub_event_type.
        outcomes: per-text pairing, for inspecting mistakes.
        settings: how the run was made (shift_days, half).
    """

    n_texts: int
    n_gold: int
    n_pred: int
    n_matched: int
    n_type_matched: int
    fields: dict[str, FieldScore]
    event_types: list[ClassScore]
    sub_event_types: list[ClassScore]
    outcomes: list[TextOutcome] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def detection_recall(self) -> float | None:
        """Gold events paired with some prediction / gold events."""
        return _ratio(self.n_matched, self.n_gold)

    @property
    def detection_precision(self) -> float | None:
        """Predictions paired with some gold event / predictions."""
        return _ratio(self.n_matched, self.n_pred)

    @property
    def detection_f1(self) -> float | None:
        """F1 of detection precision and recall."""
        return _f1(self.detection_precision, self.detection_recall)

    @property
    def event_precision(self) -> float | None:
        """Predictions paired with a gold event of the same event_type / predictions."""
        return _ratio(self.n_type_matched, self.n_pred)

    @property
    def event_type_accuracy(self) -> float | None:
        """event_type correct per gold event (missed counts as wrong)."""
        return self.fields["event_type"].per_gold

    @property
    def sub_event_type_accuracy(self) -> float | None:
        """sub_event_type correct per gold event (missed counts as wrong)."""
        return self.fields["sub_event_type"].per_gold

    @property
    def sub_event_type_weighted_f1(self) -> float | None:
        """Support-weighted F1 over gold sub-event types (missed counts as wrong)."""
        return weighted_f1(self.sub_event_types)

    @property
    def event_type_weighted_f1(self) -> float | None:
        """Support-weighted F1 over gold event types (missed counts as wrong)."""
        return weighted_f1(self.event_types)

    def to_dict(self) -> dict[str, Any]:
        """The figures as plain JSON-ready values (per-text outcomes left out)."""
        return {
            "settings": dict(self.settings),
            "counts": {
                "texts": self.n_texts,
                "gold_events": self.n_gold,
                "predicted_events": self.n_pred,
                "matched": self.n_matched,
                "type_matched": self.n_type_matched,
            },
            "detection": {
                "recall": self.detection_recall,
                "precision": self.detection_precision,
                "f1": self.detection_f1,
                "event_precision": self.event_precision,
            },
            "event_type_accuracy": self.event_type_accuracy,
            "event_type_weighted_f1": self.event_type_weighted_f1,
            "sub_event_type_accuracy": self.sub_event_type_accuracy,
            "sub_event_type_weighted_f1": self.sub_event_type_weighted_f1,
            "fields": {
                name: {
                    "correct": s.correct,
                    "among_matched": s.among_matched,
                    "per_gold": s.per_gold,
                    "rule": s.rule,
                }
                for name, s in self.fields.items()
            },
            "event_types": [_class_dict(c) for c in self.event_types],
            "sub_event_types": [_class_dict(c) for c in self.sub_event_types],
        }

    def to_text(self) -> str:
        """A readable plain-text report (fixed-width tables)."""
        return render_report(self)


def _class_dict(c: ClassScore) -> dict[str, Any]:
    return {
        "label": c.label,
        "support": c.support,
        "predicted": c.predicted,
        "true_positive": c.true_positive,
        "precision": c.precision,
        "recall": c.recall,
        "f1": c.f1,
    }
