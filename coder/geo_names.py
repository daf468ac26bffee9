"""Place-name normalization and the small name tables the gazetteer adds to GeoNames.

GeoNames spells many first-level divisions the way the national administration does
("Muhafazat al Hudaydah", "Wilayat-e Baghlan", "Rangpur Division"); ACLED uses short common
English names ("Al Hudaydah", "Baghlan", "Rangpur"). This module strips the administrative
affixes and maps the remaining differences, and it turns demonyms ("Syrian") into countries.
All tables are read-only facts (``MappingProxyType``), never program state.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

from coder.geo_name_tables import (
    ACLED_ADMIN1,
    ACLED_COUNTRY,
    ADMIN1_ALIASES,
    ADMIN1_BY_CODE,
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    NOTE_DIVISION_ABBREVIATIONS,
    US_STATE_ABBREVIATIONS,
)

__all__ = [
    "ACLED_ADMIN1",
    "ACLED_COUNTRY",
    "ADMIN1_ALIASES",
    "ADMIN1_BY_CODE",
    "ADMIN1_WORDS",
    "ADMIN2_WORDS",
    "ADMIN_WORDS",
    "COUNTRY_ALIASES",
    "COUNTRY_POINTS",
    "IRREGULAR_DEMONYMS",
    "NOTE_DIVISION_ABBREVIATIONS",
    "US_STATE_ABBREVIATIONS",
    "demonym_country_names",
    "demonym_iso3",
    "normalize",
    "spelling_key",
    "strip_admin_affixes",
]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = str.maketrans("", "", "'`’‘ʼʻ")


def normalize(name: str) -> str:
    """Return the lookup key of a place name.

    Lower case, accents removed, apostrophes dropped, any other punctuation turned into one space
    ("Deir ez-Zor" and "Deir-ez-Zor" both become "deir ez zor"; "Ma'rib" becomes "marib").

    Args:
        name: a place name as written.

    Returns:
        The normalized key ("" when nothing alphanumeric is left).
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.lower().translate(_APOSTROPHES)
    return " ".join(_NON_ALNUM.sub(" ", lowered).split())


# Arabic articles as transliterations write them before a sun letter ("ash Sham", "ez-Zor").
_ARABIC_ARTICLES = frozenset(
    {"al", "el", "ul", "il", "as", "es", "ash", "esh", "ech", "ad", "ed", "adh", "ar", "er"}
    | {"at", "et", "ath", "an", "en", "az", "ez", "us", "ush", "ur", "ud", "uz"}
)


def spelling_key(key: str) -> str:
    """A looser key of a normalized name, for names the press spells otherwise than GeoNames.

    Doubled letters are written once ("Garbatulla" = "Garba Tula", "Baramulla" = "Baramula"),
    an Arabic article inside a name is "al" whatever its assimilation ("Busra Esh-Sham" =
    "Busra ash Sham"), "ayn" is "ain" ("Ain al Arab" = "Ayn al Arab"), and spaces go. Only a
    last resort when no name matches exactly: the key is prefixed "~" so it never meets one.

    Args:
        key: a normalized name (see ``normalize``).

    Returns:
        The loose key, or "" for names too short to compare loosely.
    """
    words = key.split()
    words = [
        "al" if 0 < k < len(words) - 1 and w in _ARABIC_ARTICLES else w for k, w in enumerate(words)
    ]
    loose = re.sub(r"(.)\1", r"\1", "".join(words).replace("ayn", "ain"))
    return "~" + loose if len(loose) >= 6 else ""


# Words that name an administrative level; "X Province" and "Province of X" both mean X.
ADMIN_WORDS: frozenset[str] = frozenset(
    {
        "province",
        "provinces",
        "district",
        "districts",
        "governorate",
        "governorates",
        "region",
        "regions",
        "state",
        "states",
        "county",
        "counties",
        "division",
        "divisions",
        "oblast",
        "oblasts",
        "department",
        "departement",
        "prefecture",
        "municipality",
        "rayon",
        "rayonu",
        "raion",
        "area",
        "territory",
        "wilayat",
        "wilaya",
        "muhafazat",
        "muhafazah",
        "shabiyat",
        "subcounty",
        "sub",
        "upazila",
        "zila",
        "lga",
        "zone",
        "commune",
        "city",
        "emirate",
        "canton",
        "parish",
        "mohafazat",
        "vilayeti",
    }
)

# Level implied by a following word: "Khwahan district" is an ADM2, "Kunar province" an ADM1.
ADMIN1_WORDS: frozenset[str] = frozenset(
    {
        "province",
        "governorate",
        "region",
        "state",
        "oblast",
        "division",
        "department",
        "prefecture",
        "wilaya",
        "emirate",
    }
)
ADMIN2_WORDS: frozenset[str] = frozenset(
    {"district", "county", "rayon", "raion", "municipality", "upazila", "subcounty", "commune"}
    | {"lga"}
)

_PREFIXES: tuple[str, ...] = (
    "muhafazat ",
    "mohafazat ",
    "wilayat e ",
    "wilayat ",
    "sha biyat ",
    "shabiyat ",
    "province of ",
    "state of ",
    "departement du ",
    "departement de ",
)


def strip_admin_affixes(key: str) -> str:
    """Remove administrative words around a normalized admin name ("rangpur division" -> "rangpur").

    Args:
        key: a normalized name (see ``normalize``).

    Returns:
        The bare name; the input itself when stripping would leave nothing.
    """
    out = key
    for prefix in _PREFIXES:
        if out.startswith(prefix):
            out = out[len(prefix) :]
            break
    words = out.split()
    while len(words) > 1 and words[-1] in ADMIN_WORDS:
        words.pop()
    return " ".join(words) or key


# Demonyms the suffix rules in ``demonym_country_names`` cannot derive.
IRREGULAR_DEMONYMS: MappingProxyType[str, str] = MappingProxyType(
    {
        "afghan": "AFG",
        "british": "GBR",
        "french": "FRA",
        "dutch": "NLD",
        "swiss": "CHE",
        "turkish": "TUR",
        "israeli": "ISR",
        "emirati": "ARE",
        "saudi": "SAU",
        "filipino": "PHL",
        "burkinabe": "BFA",
        "nigerien": "NER",
        "ivorian": "CIV",
        "congolese": "COD",
        "american": "USA",
        "palestinian": "PSE",
        "yemeni": "YEM",
        "iraqi": "IRQ",
        "pakistani": "PAK",
        "bangladeshi": "BGD",
        "azerbaijani": "AZE",
        "azeri": "AZE",
        "somali": "SOM",
        "kuwaiti": "KWT",
        "qatari": "QAT",
        "omani": "OMN",
        "bahraini": "BHR",
        "danish": "DNK",
        "swedish": "SWE",
        "finnish": "FIN",
        "polish": "POL",
        "spanish": "ESP",
        "greek": "GRC",
        "irish": "IRL",
        "welsh": "GBR",
        "scottish": "GBR",
        "english": "GBR",
        "malagasy": "MDG",
        "thai": "THA",
        "lao": "LAO",
        "nepali": "NPL",
        "nepalese": "NPL",
        "kenyan": "KEN",
        "ugandan": "UGA",
        "beninese": "BEN",
        "togolese": "TGO",
        "sudanese": "SDN",
        "lebanese": "LBN",
        "chinese": "CHN",
        "japanese": "JPN",
        "vietnamese": "VNM",
        "senegalese": "SEN",
        "malian": "MLI",
        "chadian": "TCD",
        "libyan": "LBY",
        "syrian": "SYR",
        "russian": "RUS",
        "ukrainian": "UKR",
        "mexican": "MEX",
        "brazilian": "BRA",
        "argentine": "ARG",
        "argentinian": "ARG",
        "chilean": "CHL",
        "peruvian": "PER",
        "colombian": "COL",
        "venezuelan": "VEN",
        "indian": "IND",
        "iranian": "IRN",
        "egyptian": "EGY",
        "tunisian": "TUN",
        "algerian": "DZA",
        "moroccan": "MAR",
        "nigerian": "NGA",
        "ethiopian": "ETH",
        "eritrean": "ERI",
        "cameroonian": "CMR",
        "mozambican": "MOZ",
        "zimbabwean": "ZWE",
        "south african": "ZAF",
        "german": "DEU",
        "serbian": "SRB",
        "serb": "SRB",
        "croatian": "HRV",
        "armenian": "ARM",
        "georgian": "GEO",
        "kurdish": "",
        "burmese": "MMR",
        "rohingya": "",
        "uzbek": "UZB",
        "tajik": "TJK",
        "kazakh": "KAZ",
        "kyrgyz": "KGZ",
        "turkmen": "TKM",
        "indonesian": "IDN",
        "malaysian": "MYS",
        "haitian": "HTI",
        "cuban": "CUB",
        "nicaraguan": "NIC",
        "honduran": "HND",
        "guatemalan": "GTM",
        "salvadoran": "SLV",
        "bolivian": "BOL",
        "ecuadorian": "ECU",
        "paraguayan": "PRY",
        "uruguayan": "URY",
        "jordanian": "JOR",
        "tanzanian": "TZA",
        "rwandan": "RWA",
        "burundian": "BDI",
        "ghanaian": "GHA",
        "liberian": "LBR",
        "guinean": "GIN",
        "mauritanian": "MRT",
        "nigerien ": "NER",
        "zambian": "ZMB",
        "malawian": "MWI",
        "angolan": "AGO",
        "namibian": "NAM",
        "sri lankan": "LKA",
        "belarusian": "BLR",
        "moldovan": "MDA",
        "romanian": "ROU",
        "hungarian": "HUN",
        "bulgarian": "BGR",
        "italian": "ITA",
        "portuguese": "PRT",
        "canadian": "CAN",
        "australian": "AUS",
        "korean": "KOR",
        "north korean": "PRK",
        "south korean": "KOR",
        "south sudanese": "SSD",
        "bosnian": "BIH",
        "kosovar": "XKX",
        "albanian": "ALB",
        "montenegrin": "MNE",
        "macedonian": "MKD",
        "slovak": "SVK",
        "czech": "CZE",
        "austrian": "AUT",
        "belgian": "BEL",
        "norwegian": "NOR",
        "icelandic": "ISL",
    }
)


def demonym_iso3(word: str) -> str | None:
    """Return the ISO3 code a demonym points to ("Syrian" -> "SYR"), or None.

    Only the irregular table is consulted here; the gazetteer adds suffix rules on top of it
    (it knows the country names).

    Args:
        word: a demonym as written.

    Returns:
        The ISO3 code, or None (also for ethnic groups without a country, such as "Kurdish").
    """
    iso3 = IRREGULAR_DEMONYMS.get(normalize(word))
    return iso3 or None


def demonym_country_names(key: str) -> tuple[str, ...]:
    """Country-name keys a regular demonym may come from ("kenyan" -> "kenya", ...).

    Args:
        key: a normalized demonym.

    Returns:
        Candidate normalized country names, most likely first.
    """
    out: list[str] = []
    for suffix, repl in (
        ("ian", "ia"),
        ("ian", "e"),
        ("ian", ""),
        ("an", "a"),
        ("an", ""),
        ("ese", ""),
        ("ese", "a"),
        ("ese", "o"),
        ("ese", "on"),
        ("i", ""),
        ("ish", ""),
    ):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            out.append(key[: -len(suffix)] + repl)
    return tuple(out)
