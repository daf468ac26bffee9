"""Event rows in the layout of GDELT 2.0's event table (61 tab-separated columns).

Fields the coder does not produce stay empty (never 0), so a GDELT script can tell "unknown"
from a value. Only the event location (ActionGeo) is coded; the actors' own places stay empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

import polars as pl

from coder.regions import CountryCodes

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
"""GDELT 2.0 event columns, in GDELT's order."""

# CAMEO root code -> QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal
# conflict, 4 material conflict).
QUAD_CLASS: Mapping[str, int] = MappingProxyType(
    {
        f"{root:02d}": 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        for root in range(1, 21)
    }
)

# Goldstein scores of the CAMEO root codes; a finer code gets its root's score (an approximation:
# GDELT scores each code, and the root's score is the usual one for its family).
GOLDSTEIN_BY_ROOT: Mapping[str, float] = MappingProxyType(
    {
        "01": 0.0,
        "02": 3.0,
        "03": 4.0,
        "04": 1.0,
        "05": 3.5,
        "06": 6.0,
        "07": 7.0,
        "08": 5.0,
        "09": -2.0,
        "10": -5.0,
        "11": -2.0,
        "12": -4.0,
        "13": -4.4,
        "14": -6.5,
        "15": -7.2,
        "16": -4.0,
        "17": -5.0,
        "18": -9.0,
        "19": -10.0,
        "20": -10.0,
    }
)

# GDELT geographic resolution codes.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5


def global_event_id(event_id: str) -> int:
    """Map an event id to a stable positive int64 (GDELT's GLOBALEVENTID).

    Args:
        event_id: the coder's event id.

    Returns:
        An integer in 1 .. 2**60 - 1: the first 15 hex digits of the (hex) event id, the same
        value the ``gdelt_events`` view computes in SQL; a non-hex id is hashed first.
    """
    head = event_id[:15]
    try:
        value = int(head, 16)
    except ValueError:
        value = int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)
    return value or 1


def fraction_date(day: date) -> str:
    """GDELT's YYYY.FFFF: the year plus the fraction of it completed by that day."""
    fraction = min(day.timetuple().tm_yday / 365, 0.9999)
    return f"{day.year + fraction:.4f}"


def _text(value: Any) -> str | None:
    """A field as GDELT text: no tabs or line breaks inside; None stays empty."""
    if value is None:
        return None
    text = str(value)
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text


def actor_fields(
    prefix: str, code: str | None, name: str | None, codes: CountryCodes
) -> dict[str, Any]:
    """Split a CAMEO-style actor code ("SYRMIL") into GDELT's actor columns.

    Args:
        prefix: ``"Actor1"`` or ``"Actor2"``.
        code: the actor code; its first three letters are the country when they are an ISO3.
        name: the actor's name.
        codes: country tables.

    Returns:
        The ten actor columns (None where unknown).
    """
    fields: dict[str, Any] = {f"{prefix}{f}": None for f in _ACTOR_FIELDS}
    fields[f"{prefix}Name"] = _text(name)
    if not code:
        return fields
    fields[f"{prefix}Code"] = code
    if codes.is_iso3(code[:3]):
        fields[f"{prefix}CountryCode"] = code[:3]
        chunks = [code[i : i + 3] for i in range(3, min(len(code), 12), 3)]
    else:
        chunks = [code[:3]]
    for n, chunk in enumerate(chunks, start=1):
        fields[f"{prefix}Type{n}Code"] = chunk or None
    return fields


def geo_type(row: Mapping[str, Any]) -> int | None:
    """GDELT's geographic resolution of an event's location (None when there is no place)."""
    if row.get("latitude") is None and row.get("country") is None:
        return None
    us = row.get("iso3") == "USA"
    if not row.get("location") or row.get("location") == row.get("country"):
        return GEO_COUNTRY
    if row.get("geo_precision") == 3:
        return GEO_US_STATE if us else GEO_WORLD_STATE
    return GEO_US_CITY if us else GEO_WORLD_CITY


def action_geo_fields(row: Mapping[str, Any], codes: CountryCodes) -> dict[str, Any]:
    """The ActionGeo columns of an event (the other two geo blocks stay empty)."""
    fields: dict[str, Any] = {
        f"{p}Geo_{f}": None for p in ("Actor1", "Actor2", "Action") for f in _GEO_FIELDS
    }
    kind = geo_type(row)
    if kind is None:
        return fields
    fips = codes.fips.get(row.get("iso3") or "")
    parts: list[str] = []
    names = (
        [row.get("country")]
        if kind == GEO_COUNTRY
        else [
            row.get("location"),
            row.get("admin1"),
            row.get("country"),
        ]
    )
    for part in names:
        if part and part not in parts:
            parts.append(str(part))
    fields.update(
        {
            "ActionGeo_Type": kind,
            "ActionGeo_FullName": _text(", ".join(parts)) or None,
            "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": fips if kind == GEO_COUNTRY else None,
            "ActionGeo_Lat": row.get("latitude"),
            "ActionGeo_Long": row.get("longitude"),
            "ActionGeo_FeatureID": row.get("geonameid"),
        }
    )
    return fields


def gdelt_record(
    row: Mapping[str, Any], added: datetime | None, codes: CountryCodes
) -> dict[str, Any]:
    """Turn one events-table row into one GDELT 2.0 event record.

    Args:
        row: an event row (columns of ``EVENT_COLUMNS``).
        added: when the run that coded it started (DATEADDED).
        codes: country tables.

    Returns:
        Column -> value for every column of ``GDELT_COLUMNS`` (None where unknown).
    """
    day: date | None = row.get("event_date")
    cameo: str | None = row.get("cameo_code") or None
    root = cameo[:2] if cameo else None
    # the row's own per-code scale (CAMEO scales table) first; the root's typical value otherwise
    goldstein = row.get("goldstein")
    if goldstein is None:
        goldstein = GOLDSTEIN_BY_ROOT.get(root or "")
    quad = row.get("quad_class") or QUAD_CLASS.get(root or "")
    record: dict[str, Any] = {
        "GLOBALEVENTID": global_event_id(row["event_id"]),
        "SQLDATE": day.strftime("%Y%m%d") if day else None,
        "MonthYear": day.strftime("%Y%m") if day else None,
        "Year": day.year if day else None,
        "FractionDate": fraction_date(day) if day else None,
        "IsRootEvent": None,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3] if cameo else None,
        "EventRootCode": root,
        "QuadClass": quad,
        "GoldsteinScale": None if goldstein is None else f"{goldstein:.1f}",
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "AvgTone": None,
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else None,
        "SOURCEURL": _text(row.get("source_url")),
    }
    record |= actor_fields("Actor1", row.get("actor1_code"), row.get("actor1"), codes)
    record |= actor_fields("Actor2", row.get("actor2_code"), row.get("actor2"), codes)
    record |= action_geo_fields(row, codes)
    return record


def gdelt_frame(
    events: pl.DataFrame, run_times: Mapping[str, datetime], codes: CountryCodes
) -> pl.DataFrame:
    """Build the GDELT 2.0 table of some events, every column as text (empty = null).

    Args:
        events: rows of the events table.
        run_times: run id -> start time (UTC), for DATEADDED.
        codes: country tables.

    Returns:
        A frame with exactly the columns of ``GDELT_COLUMNS``, in order.
    """
    records = [
        gdelt_record(row, run_times.get(row["run_id"]), codes)
        for row in events.iter_rows(named=True)
    ]
    schema = dict.fromkeys(GDELT_COLUMNS, pl.String())
    return pl.DataFrame(
        [
            {k: None if record[k] is None else str(record[k]) for k in GDELT_COLUMNS}
            for record in records
        ],
        schema=schema,
    )
