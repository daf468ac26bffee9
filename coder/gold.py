"""Gold data for evaluation: human-coded events grouped by the text they were coded from.

The format is the dev gold JSONL (one record per gold event: ``id``, ``text``, ``source_name``,
``publication_date``, ``gold`` {event_date, event_type, ...}). Records that share the same text are
one ``GoldText`` whose events are scored as a set.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from coder.errors import InputFileError, UsageError
from coder.models import Article

Half = Literal["all", "odd", "even"]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One human-coded event (the ``gold`` object of a gold record).

    ``coded`` names the keys the gold object carries (None: all of them). A field the gold
    source does not code (a CASE 2021 record has only the two types) is not scored, while a key
    present with a null value ("no actor2") is.
    """

    id: str
    event_date: date | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    coded: frozenset[str] | None = None

    def codes(self, key: str) -> bool:
        """Whether the gold object carries ``key`` (so a field read from it can be scored)."""
        return self.coded is None or key in self.coded


@dataclass(frozen=True, slots=True)
class GoldText:
    """One distinct text with all the gold events coded from it.

    Attributes:
        key: the id of the first gold record with this text (used as the article id).
        text: the text.
        source_name: the source of the first record.
        publication_date: the publication date of the first record.
        events: the gold events, in file order.
        position: 1-based position of the text among the distinct texts of the file.
    """

    key: str
    text: str
    source_name: str | None
    publication_date: date | None
    events: tuple[GoldEvent, ...]
    position: int


def _parse_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputFileError(f"{where}: bad date {value!r}") from exc


def _opt_int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _opt_float(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


def _gold_event(record_id: str, gold: dict[str, Any], where: str) -> GoldEvent:
    return GoldEvent(
        id=record_id,
        event_date=_parse_date(gold.get("event_date"), where),
        event_type=str(gold.get("event_type") or ""),
        sub_event_type=str(gold.get("sub_event_type") or ""),
        actor1=gold.get("actor1"),
        actor2=gold.get("actor2"),
        inter1=_opt_int(gold.get("inter1")),
        inter2=_opt_int(gold.get("inter2")),
        country=gold.get("country"),
        iso3=gold.get("iso3"),
        admin1=gold.get("admin1"),
        location=gold.get("location"),
        latitude=_opt_float(gold.get("latitude")),
        longitude=_opt_float(gold.get("longitude")),
        geo_precision=_opt_int(gold.get("geo_precision")),
        time_precision=_opt_int(gold.get("time_precision")),
        fatalities=_opt_int(gold.get("fatalities")),
        coded=frozenset(gold),
    )


def _read_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputFileError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputFileError(f"{where}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("gold"), dict):
                raise InputFileError(f"{where}: a gold record needs a 'gold' object")
            if not isinstance(record.get("text"), str) or "id" not in record:
                raise InputFileError(f"{where}: a gold record needs 'id' and 'text'")
            yield where, record


def load_gold(path: Path) -> list[GoldText]:
    """Read a gold JSONL file and group its records by identical text.

    Args:
        path: a file in the dev gold format (``id``, ``text``, ``source_name``,
            ``publication_date``, ``gold`` {...}); an empty ``gold`` object marks a text that
            reports no event, so that whatever is coded from it counts against precision.

    Returns:
        One ``GoldText`` per distinct text, in order of first appearance, each with its events.

    Raises:
        InputFileError: the file cannot be read, or a line is not a valid gold record.
    """
    firsts: dict[str, tuple[str, dict[str, Any]]] = {}
    events: dict[str, list[GoldEvent]] = {}
    for where, record in _read_records(Path(path)):
        text = record["text"]
        if text not in firsts:
            firsts[text] = (where, record)
            events[text] = []
        if not record["gold"]:
            continue  # "gold": {} -- a text that reports no event (its predictions are false)
        try:
            event = _gold_event(str(record["id"]), record["gold"], where)
        except (TypeError, ValueError) as exc:
            raise InputFileError(f"{where}: bad gold value ({exc})") from exc
        events[text].append(event)
    texts = []
    for position, (text, (where, first)) in enumerate(firsts.items(), start=1):
        texts.append(
            GoldText(
                key=str(first["id"]),
                text=text,
                source_name=first.get("source_name"),
                publication_date=_parse_date(first.get("publication_date"), where),
                events=tuple(events[text]),
                position=position,
            )
        )
    return texts


def select_half(gold: Sequence[GoldText], half: Half) -> list[GoldText]:
    """Keep all texts, or those at odd (1st, 3rd, ...) or even (2nd, 4th, ...) positions."""
    if half == "all":
        return list(gold)
    if half not in ("odd", "even"):
        raise UsageError(f"half must be 'all', 'odd' or 'even', not {half!r}")
    remainder = 1 if half == "odd" else 0
    return [g for g in gold if g.position % 2 == remainder]


def articles_for(gold: Sequence[GoldText], *, shift_days: int | None = None) -> list[Article]:
    """Build the articles a predictor receives for the gold texts.

    Args:
        gold: the gold texts.
        shift_days: when given, each article's publication date is the latest gold event date of
            its text plus this many days (so relative dates in the text have to be resolved);
            otherwise the record's own publication date is used.

    Returns:
        One ``Article`` per gold text (id = the text's key).
    """
    articles = []
    for g in gold:
        published = g.publication_date
        if shift_days is not None:
            dates = [e.event_date for e in g.events if e.event_date is not None]
            if dates:
                published = max(dates) + timedelta(days=shift_days)
        articles.append(
            Article(id=g.key, text=g.text, source_name=g.source_name, publication_date=published)
        )
    return articles
