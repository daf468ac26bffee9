"""Accuracy of the geography stage against human-coded data (geoparsing corpora, ACLED notes).

Both evaluators read JSON lines and return plain figures; nothing here prints. ``parity`` selects
the odd (1st, 3rd, ...) or even lines so that tuning and checking can use separate halves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from coder.errors import InputFileError
from coder.geo import Geocoder
from coder.geo_names import normalize, strip_admin_affixes
from coder.metrics import haversine_km
from coder.models import TextSpan

__all__ = ["admin_key", "evaluate_geoparse", "evaluate_locations", "haversine_km"]

Parity = Literal["odd", "even"] | None


def _records(path: Path, parity: Parity, limit: int | None) -> Iterator[dict[str, Any]]:
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc}") from exc
    with fh:
        taken = 0
        for n, line in enumerate(fh, start=1):
            if (parity == "odd" and n % 2 == 0) or (parity == "even" and n % 2 == 1):
                continue
            if limit is not None and taken >= limit:
                return
            taken += 1
            yield json.loads(line)


def evaluate_geoparse(
    path: Path,
    geocoder: Geocoder,
    nlp: Language,
    *,
    parity: Parity = None,
    limit: int | None = None,
) -> dict[str, float]:
    """Toponym recall/precision and resolution accuracy on a geoparsing corpus.

    The geocoder reports every toponym (``every_toponym``): the corpora count demonyms and
    place names inside organization names as toponyms.

    Args:
        path: JSON lines with ``text`` and ``gold.toponyms`` [{start, end, lat, lon, geonameid}].
        geocoder: the geocoder under test.
        nlp: a loaded spaCy pipeline.
        parity: only odd or even lines (None = all).
        limit: at most this many documents.

    Returns:
        recall (of all gold toponyms), recall_with_coords (of those the gold could place: streets
        and buildings without coordinates are outside a town gazetteer's reach), precision,
        within_161km and geonameid_match (shares of found toponyms with gold coordinates), counts.
    """
    gold_n = found = pred_n = pred_ok = with_coords = near = exact = 0
    gold_coords = found_coords = 0
    for rec in _records(path, parity, limit):
        places = geocoder.geoparse(nlp(rec["text"]), every_toponym=True)
        spans = [(p.span.start, p.span.end, p) for p in places if p.span is not None]
        golds = rec["gold"]["toponyms"]
        pred_n += len(spans)
        pred_ok += sum(
            1 for s, e, _ in spans if any(s < g["end"] and g["start"] < e for g in golds)
        )
        for g in golds:
            gold_n += 1
            gold_coords += g.get("lat") is not None
            hit = next((p for s, e, p in spans if s < g["end"] and g["start"] < e), None)
            if hit is None:
                continue
            found_coords += g.get("lat") is not None
            found += 1
            if g.get("lat") is None or hit.latitude is None or hit.longitude is None:
                continue
            with_coords += 1
            if haversine_km(g["lat"], g["lon"], hit.latitude, hit.longitude) <= 161:
                near += 1
            if g.get("geonameid") and str(hit.geonameid) == str(g["geonameid"]):
                exact += 1
    return {
        "recall": found / gold_n if gold_n else 0.0,
        "recall_with_coords": found_coords / gold_coords if gold_coords else 0.0,
        "precision": pred_ok / pred_n if pred_n else 0.0,
        "within_161km": near / with_coords if with_coords else 0.0,
        "geonameid_match": exact / with_coords if with_coords else 0.0,
        "gold_toponyms": float(gold_n),
        "predicted": float(pred_n),
    }


def admin_key(name: str | None) -> str:
    """Comparison key of an admin name: normalized, affixes stripped, hyphens/spaces ignored."""
    return strip_admin_affixes(normalize(name or "")).replace(" ", "")


def _demonym_hints(doc: Doc, geocoder: Geocoder) -> list[str]:
    """Country hints as the actors stage gives them: ISO3 codes of demonyms ("Afghan soldiers")."""
    hints: list[str] = []
    for ent in doc.ents:
        if ent.label_ == "NORP":
            iso3 = geocoder.gazetteer.iso3_for_demonym(ent.text)
            if iso3 and iso3 not in hints:
                hints.append(iso3)
    return hints


def evaluate_locations(
    path: Path,
    geocoder: Geocoder,
    nlp: Language,
    *,
    parity: Parity = None,
    limit: int | None = None,
) -> dict[str, float]:
    """Event-location accuracy on ACLED notes (the whole note is the event's sentence).

    Country hints are the demonyms of the note, standing in for what the actors stage passes.

    Args:
        path: JSON lines with ``text`` and ``gold`` {iso3, admin1, latitude, longitude,
            geo_precision}.
        geocoder: the geocoder under test.
        nlp: a loaded spaCy pipeline.
        parity: only odd or even lines (None = all).
        limit: at most this many notes.

    Returns:
        iso3, admin1, within_25km and geo_precision accuracies over all notes (a note with no
        location counts as wrong), plus ``located`` (share with a location) and ``n``.
    """
    n = located = iso_ok = a1_ok = near = prec_ok = 0
    for rec in _records(path, parity, limit):
        n += 1
        text, gold = rec["text"], rec["gold"]
        doc = nlp(text)
        hints = _demonym_hints(doc, geocoder)
        places = geocoder.geoparse(doc, country_hints=hints)
        place = geocoder.locate(TextSpan(0, len(text), text), places, country_hints=hints)
        if place is None:
            continue
        located += 1
        iso_ok += place.iso3 == gold.get("iso3")
        a1_ok += bool(gold.get("admin1")) and admin_key(
            place.admin1 or (place.name if place.feature_code == "ADM1" else None)
        ) == admin_key(gold["admin1"])
        prec_ok += place.geo_precision == gold.get("geo_precision")
        if (
            gold.get("latitude") is not None
            and place.latitude is not None
            and place.longitude is not None
        ):
            near += (
                haversine_km(gold["latitude"], gold["longitude"], place.latitude, place.longitude)
                <= 25
            )
    return {
        "iso3": iso_ok / n if n else 0.0,
        "admin1": a1_ok / n if n else 0.0,
        "within_25km": near / n if n else 0.0,
        "geo_precision": prec_ok / n if n else 0.0,
        "located": located / n if n else 0.0,
        "n": float(n),
    }
