"""Reading input records into ``Article`` values; bad records become ``Rejected`` with a reason.

Supported inputs: JSON Lines (``.jsonl``, ``.ndjson``, ``.json`` read as lines, optionally
gzipped as ``.jsonl.gz`` / ``.ndjson.gz``), CSV with a header, parquet, a single ``.txt`` file and
a folder of ``.txt`` files. Records carry ``id``, ``text`` and optionally ``title``, ``url``,
``source_name`` and ``publication_date``; other fields are ignored.

Every reason starts with a stable code word (``invalid_json``, ``not_an_object``,
``missing_text``, ``empty_text``, ``text_not_a_string``, ``invalid_utf8``,
``invalid_publication_date``, ``duplicate_id``, ``text_too_large``, ``invalid_id``), followed by
``": "`` and a human-readable detail where there is one.

A record without an ``id`` gets ``"sha:"`` plus the first 16 hex digits of the SHA-256 of its
UTF-8 text, so the same text always gets the same id.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from coder.errors import InputFileError
from coder.models import Article, Rejected

RAW_EXCERPT_CHARS = 300

_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_OPTIONAL_FIELDS = ("title", "url", "source_name")


def detect_format(path: Path) -> str:
    """Name the input format of a path from its suffix (or that it is a folder).

    Args:
        path: a file or folder.

    Returns:
        One of ``"jsonl"``, ``"jsonl.gz"``, ``"csv"``, ``"parquet"``, ``"txt"``, ``"txt_dir"``.

    Raises:
        InputFileError: the path does not exist or its format is not supported.
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError(f"input not found: {path}")
    if path.is_dir():
        return "txt_dir"
    suffixes = [s.lower() for s in path.suffixes]
    last = suffixes[-1] if suffixes else ""
    if last == ".gz" and len(suffixes) >= 2 and suffixes[-2] in _JSONL_SUFFIXES:
        return "jsonl.gz"
    if last in _JSONL_SUFFIXES:
        return "jsonl"
    if last in {".csv", ".parquet", ".txt"}:
        return last[1:]
    raise InputFileError(
        f"unsupported input format for {path}: expected .jsonl, .ndjson, .json, .jsonl.gz, "
        ".csv, .parquet, .txt or a folder of .txt files"
    )


def read_articles(
    paths: Sequence[Path] | Path,
    *,
    published: date | None = None,
    max_text_bytes: int = 1_000_000,
) -> Iterator[Article | Rejected]:
    """Read articles from files, streaming; bad records are yielded as ``Rejected``.

    Reading always continues after a bad record. Ids must be unique across all ``paths``; the
    second record with an id already seen is rejected.

    Args:
        paths: input files or folders (a single path is accepted too).
        published: publication date for records that carry none (and for ``.txt`` inputs).
        max_text_bytes: records whose text is larger in UTF-8 bytes are rejected.

    Yields:
        An ``Article`` per good record and a ``Rejected`` per bad one, in input order.

    Raises:
        InputFileError: a path does not exist, cannot be read, or has an unsupported format.
    """
    if isinstance(paths, str | Path):
        paths = [Path(paths)]
    formats = [(Path(p), detect_format(Path(p))) for p in paths]  # fail fast before reading
    seen: dict[str, tuple[str, int | None]] = {}
    for path, fmt in formats:
        records = _records(path, fmt)
        for source_file, line, record in records:
            yield _to_article(record, source_file, line, published, max_text_bytes, seen)


# A record is (source_file, line, payload); payload is a mapping or a Rejected already.
_Record = tuple[str, int | None, "Mapping[str, Any] | Rejected"]


def _records(path: Path, fmt: str) -> Iterator[_Record]:
    if fmt == "jsonl":
        with _open_binary(path) as fh:
            yield from _jsonl_records(fh, str(path))
    elif fmt == "jsonl.gz":
        with _open_binary(path) as raw, gzip.GzipFile(fileobj=raw) as fh:
            try:
                yield from _jsonl_records(fh, str(path))
            except (OSError, EOFError) as exc:
                raise InputFileError(f"cannot read gzip file {path}: {exc}") from exc
    elif fmt == "csv":
        yield from _csv_records(path)
    elif fmt == "parquet":
        yield from _parquet_records(path)
    elif fmt == "txt":
        yield from _txt_records([path])
    else:
        yield from _txt_records(sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt"))


def _open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputFileError(f"cannot open {path}: {exc.strerror or exc}") from exc


def _excerpt(raw: bytes | str) -> str:
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    return text.rstrip("\r\n")[:RAW_EXCERPT_CHARS]


def _jsonl_records(fh: Iterable[bytes], source_file: str) -> Iterator[_Record]:
    for line_no, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue  # blank lines separate nothing and are not records
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            reason = f"invalid_utf8: byte 0x{raw[exc.start]:02x} at position {exc.start}"
            yield source_file, line_no, Rejected(source_file, line_no, reason, None, _excerpt(raw))
            continue
        if line_no == 1:
            line = line.removeprefix("\ufeff")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"invalid_json: {exc.msg} at column {exc.colno}"
            yield source_file, line_no, Rejected(source_file, line_no, reason, None, _excerpt(line))
            continue
        if not isinstance(obj, dict):
            reason = f"not_an_object: a JSON {type(obj).__name__} where an object was expected"
            yield source_file, line_no, Rejected(source_file, line_no, reason, None, _excerpt(line))
            continue
        yield source_file, line_no, obj


def _csv_records(path: Path) -> Iterator[_Record]:
    source_file = str(path)
    # Line numbers are those of the file, so a record with a quoted newline has its first line.
    with _open_binary(path) as raw:
        try:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            reader = csv.DictReader(text)
            start = 2
            for row in reader:
                yield source_file, start, {k: v for k, v in row.items() if k is not None}
                start = reader.line_num + 1
        except UnicodeDecodeError as exc:
            raise InputFileError(f"cannot read {path}: not UTF-8 ({exc.reason})") from exc
        except csv.Error as exc:
            raise InputFileError(f"cannot read {path} as CSV: {exc}") from exc


def _parquet_records(path: Path) -> Iterator[_Record]:
    import pyarrow.parquet as pq  # imported here: only parquet input needs it

    source_file = str(path)
    try:
        batches = pq.ParquetFile(path).iter_batches(batch_size=10_000)
    except Exception as exc:  # pyarrow raises several unrelated types for unreadable files
        raise InputFileError(f"cannot read {path} as parquet: {exc}") from exc
    row_no = 0
    for batch in batches:  # streamed in batches: a large file is never loaded whole
        for row in batch.to_pylist():
            row_no += 1
            yield source_file, row_no, row


def _txt_records(files: Sequence[Path]) -> Iterator[_Record]:
    for file in files:
        with _open_binary(file) as fh:
            data = fh.read()
        source_file = str(file)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            reason = f"invalid_utf8: byte 0x{data[exc.start]:02x} at position {exc.start}"
            yield source_file, None, Rejected(source_file, None, reason, file.stem, _excerpt(data))
            continue
        yield source_file, None, {"id": file.stem, "text": text}


def _to_article(
    record: Mapping[str, Any] | Rejected,
    source_file: str,
    line: int | None,
    published: date | None,
    max_text_bytes: int,
    seen: dict[str, tuple[str, int | None]],
) -> Article | Rejected:
    if isinstance(record, Rejected):
        return record
    excerpt = _excerpt(json.dumps(record, ensure_ascii=False, default=str))

    def reject(reason: str, record_id: str | None) -> Rejected:
        return Rejected(source_file, line, reason, record_id, excerpt)

    raw_id = record.get("id")
    record_id: str | None
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        record_id = None
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        record_id = str(raw_id).strip()
    else:
        return reject(f"invalid_id: a {type(raw_id).__name__} where a string was expected", None)

    text = record.get("text")
    if text is None:
        return reject("missing_text", record_id)
    if not isinstance(text, str):
        return reject(f"text_not_a_string: a {type(text).__name__}", record_id)
    if not text.strip():
        return reject("empty_text", record_id)
    n_bytes = len(text.encode("utf-8"))
    if n_bytes > max_text_bytes:
        return reject(f"text_too_large: {n_bytes} bytes > {max_text_bytes}", record_id)

    if record_id is None:
        record_id = "sha:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    pub = record.get("publication_date")
    pub_date: date | None
    if pub is None or (isinstance(pub, str) and not pub.strip()):
        pub_date = published
    else:
        parsed = _parse_date(pub)
        if parsed is None:
            return reject(f"invalid_publication_date: {str(pub)[:40]!r}", record_id)
        pub_date = parsed

    if record_id in seen:
        first_file, first_line = seen[record_id]
        where = f"line {first_line}" if first_line is not None else first_file
        if first_file != source_file and first_line is not None:
            where = f"{first_file} line {first_line}"
        return reject(f"duplicate_id: first seen at {where}", record_id)
    seen[record_id] = (source_file, line)

    extras = {name: _optional_str(record.get(name)) for name in _OPTIONAL_FIELDS}
    return Article(
        id=record_id,
        text=text,
        title=extras["title"],
        url=extras["url"],
        source_name=extras["source_name"],
        publication_date=pub_date,
        source_file=source_file,
        line=line,
    )


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _parse_date(value: Any) -> date | None:
    """Parse an ISO date or datetime (string, or a date/datetime from CSV/parquet readers)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None
