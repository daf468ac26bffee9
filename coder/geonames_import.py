"""Importing a GeoNames dump (``allCountries.txt`` or one country's file) for village coverage.

The embedded gazetteer holds places of 500+ inhabitants. ``import_geonames`` streams a dump in the
GeoNames tab-separated format line by line (the 1.5 GB ``allCountries.txt`` is never held in
memory), keeps populated places (feature class P) and second-level divisions (ADM2) that the
embedded index lacks, gives each the ACLED-style admin1 name (from ``admin1CodesASCII.txt`` when
given, else from the nearest embedded town of the same country) and its admin2 from that town, and
writes them to a second cached index in the cache folder. ``merge_imported`` adds that index to
the embedded one; ``Gazetteer.load`` calls it, so every later run uses the imported places.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coder.errors import GazetteerError, InputFileError
from coder.gazetteer import INDEX_FORMAT, Gazetteer
from coder.gazetteer_build import display_admin
from coder.geo_names import normalize

IMPORT_FILE = f"gazetteer-import-f{INDEX_FORMAT}.pkl"
_COLUMNS = ("names", "lat", "lon", "iso2", "population", "feature", "admin1", "admin2", "geonameid")
_KEPT_ADMIN = frozenset({"ADM2"})
_N_FIELDS = 15  # geonameid ... population; later columns are not needed


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did.

    Attributes:
        read: data lines read from the dump.
        added: places added to the imported index by this import.
        total: places in the imported index after this import.
        path: the imported index file.
    """

    read: int
    added: int
    total: int
    path: Path


def import_path(cache_dir: Path) -> Path:
    """File of the imported index inside a cache folder."""
    return Path(cache_dir) / IMPORT_FILE


def _lines(path: Path) -> Iterator[list[str]]:
    try:
        fh = path.open(encoding="utf-8", newline="\n")
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc}") from exc
    with fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\r\n").split("\t")


def read_admin1_codes(path: Path) -> dict[tuple[str, str], str]:
    """Read ``admin1CodesASCII.txt`` ("CC.code<TAB>name<TAB>asciiname<TAB>geonameid").

    Args:
        path: the file.

    Returns:
        (ISO2, admin1 code) -> ACLED-style admin1 name.

    Raises:
        InputFileError: the file cannot be read or a line is malformed.
    """
    out: dict[tuple[str, str], str] = {}
    for n, fields in enumerate(_lines(path), start=1):
        if len(fields) < 2 or "." not in fields[0]:
            raise InputFileError(f"{path}: line {n} is not in the admin1CodesASCII format")
        iso2, code = fields[0].split(".", 1)
        name = fields[2] if len(fields) > 2 and fields[2] else fields[1]
        out[(iso2, code)] = display_admin(name, iso2)
    return out


def _load_import(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            data: dict[str, Any] = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError) as exc:
        raise GazetteerError(f"cannot read the imported gazetteer {path}: {exc}") from exc
    return data


def import_geonames(
    dump: Path, cache_dir: Path, *, base: Gazetteer, admin_codes: Path | None = None
) -> ImportSummary:
    """Add the places of a GeoNames dump to the imported index in ``cache_dir``.

    Importing again adds to what earlier imports stored; a place (by geonameid) is stored once.

    Args:
        dump: a GeoNames dump file (``allCountries.txt``, ``SY.txt``, ...), tab-separated.
        cache_dir: the cache folder the gazetteer loads from.
        base: the embedded gazetteer (without imports) that gives admin names and skips dupes.
        admin_codes: ``admin1CodesASCII.txt`` for admin1 names; else the nearest embedded town's.

    Returns:
        Counts and the index file.

    Raises:
        InputFileError: the dump cannot be read or a line is malformed.
        GazetteerError: the index cannot be written.
    """
    import numpy as np
    from scipy.spatial import cKDTree

    a1_names = read_admin1_codes(admin_codes) if admin_codes is not None else {}
    target = import_path(cache_dir)
    old = _load_import(target) or {**{c: [] for c in _COLUMNS}, "alternates": []}
    seen = set(base.geonameid) | set(old["geonameid"])
    base_adm2 = {
        (base.iso2[r], normalize(base.names[r]))
        for r in range(len(base.names))
        if base.feature[r] == "ADM2"
    }
    new: dict[str, list[Any]] = {c: [] for c in (*_COLUMNS, "alternates", "a1code")}
    read = 0
    for n, fields in enumerate(_lines(dump), start=1):
        read += 1
        if len(fields) < _N_FIELDS:
            raise InputFileError(f"{dump}: line {n} has {len(fields)} columns, not GeoNames's 19")
        fclass, fcode, iso2 = fields[6], fields[7], fields[8]
        if not (fclass == "P" or fcode in _KEPT_ADMIN) or not iso2:
            continue
        try:
            gid, lat, lon = int(fields[0]), float(fields[4]), float(fields[5])
            pop = int(fields[14] or 0)
        except ValueError as exc:
            raise InputFileError(f"{dump}: line {n}: {exc}") from exc
        name = fields[1]
        if gid in seen or (fcode == "ADM2" and (iso2, normalize(name)) in base_adm2):
            continue
        seen.add(gid)
        feature = "ADM2" if fcode == "ADM2" else "PPLC" if fcode == "PPLC" else "PPL"
        alternates = sorted({a for a in (fields[2], *fields[3].split(",")) if _usable(a)})
        for col, value in zip(
            (*_COLUMNS, "alternates", "a1code"),
            (name, lat, lon, iso2, pop, feature, "", "", gid, alternates, fields[10]),
            strict=True,
        ):
            new[col].append(value)

    if new["names"]:
        towns = [r for r in range(len(base.names)) if base.feature[r] in ("PPL", "PPLC")]
        tree = cKDTree(np.array([(base.lat[r], base.lon[r]) for r in towns]))
        _, nearest = tree.query(
            np.array(list(zip(new["lat"], new["lon"], strict=True))), k=min(8, len(towns))
        )
        nearest = np.atleast_2d(nearest)
        for i, iso2 in enumerate(new["iso2"]):
            town = next((towns[j] for j in nearest[i] if base.iso2[towns[j]] == iso2), None)
            a1 = a1_names.get((iso2, new["a1code"][i]), "")
            if town is not None:
                a1 = a1 or base.admin1[town]
                if base.admin1[town] == a1:
                    new["admin2"][i] = base.admin2[town]
            new["admin1"][i] = a1
            if new["feature"][i] == "ADM2":
                new["admin2"][i] = display_admin(new["names"][i], "")
    data = {c: old[c] + new[c] for c in (*_COLUMNS, "alternates")}
    _write(target, data)
    return ImportSummary(read=read, added=len(new["names"]), total=len(data["names"]), path=target)


def _usable(name: str) -> bool:
    # Same filter as the embedded index: Latin script, no codes ("SNA") or numbers.
    return (
        len(normalize(name)) > 3
        and all(ord(ch) < 0x250 for ch in name)
        and not any(ch.isdigit() for ch in name)
        and not name.isupper()
    )


def _write(path: Path, data: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        raise GazetteerError(f"cannot write the imported gazetteer {path}: {exc}") from exc


def merge_imported(gaz: Gazetteer, cache_dir: Path | None) -> Gazetteer:
    """The gazetteer plus the places imported into ``cache_dir`` (itself when there are none).

    Args:
        gaz: the embedded gazetteer.
        cache_dir: the cache folder (None: no imports).

    Returns:
        A gazetteer whose ``by_name`` also finds the imported places (their names and alternates).

    Raises:
        GazetteerError: the imported index cannot be read.
    """
    data = _load_import(import_path(cache_dir)) if cache_dir is not None else None
    if not data or not data["names"]:
        return gaz
    offset = len(gaz.names)
    cols: dict[str, Any] = {c: [*getattr(gaz, c), *data[c]] for c in _COLUMNS}
    by_name = dict(gaz.by_name)
    pops = cols["population"]
    added: dict[str, set[int]] = {}
    for i, (name, alternates) in enumerate(zip(data["names"], data["alternates"], strict=True)):
        for key in {normalize(name), *(normalize(a) for a in alternates)}:
            if key:
                added.setdefault(key, set()).add(offset + i)
    for key, rows in added.items():
        by_name[key] = tuple(sorted({*by_name.get(key, ()), *rows}, key=lambda r: -pops[r]))
    return replace(gaz, by_name=by_name, **cols)
