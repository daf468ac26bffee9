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


# ACLED's spelling of first-level divisions where GeoNames (after affix stripping) differs,
# keyed by (ISO2 country code, normalized GeoNames name).
ACLED_ADMIN1: MappingProxyType[tuple[str, str], str] = MappingProxyType(
    {
        ("KE", "nairobi"): "Nairobi",
        ("KE", "marakwet"): "Elgeyo-Marakwet",
        ("KE", "tharaka"): "Tharaka-Nithi",
        ("SO", "lower shabeelle"): "Lower Shabelle",
        ("SO", "middle shabele"): "Middle Shabelle",
        ("SO", "banaadir"): "Banadir",
        ("SO", "hiiraan"): "Hiraan",
        ("SO", "galguduud"): "Galgaduud",
        ("BJ", "atakora"): "Atacora",
        ("BJ", "kouffo"): "Couffo",
        ("BJ", "queme"): "Oueme",
        ("BD", "rangpur"): "Rangpur",
        ("SY", "idlib"): "Idleb",
        ("SY", "al hasakah"): "Al-Hasakeh",
        ("SY", "ar raqqah"): "Ar-Raqqa",
        ("SY", "daraa"): "Dar'a",
        ("SY", "dimashq"): "Damascus",
        ("SY", "rif dimashq"): "Rural Damascus",
        ("SY", "deir ez zor"): "Deir-ez-Zor",
        ("SY", "as suwayda"): "As-Sweida",
        ("SY", "latakia"): "Lattakia",
        ("YE", "al hudaydah"): "Al Hudaydah",
        ("YE", "al bayda"): "Al Bayda",
        ("YE", "hadramawt"): "Hadramawt",
        ("YE", "soqatra"): "Suqutra",
        ("YE", "ad dali"): "Ad Dali",
        ("YE", "amanat al asimah"): "Amanat al Asimah",
        ("YE", "omran"): "Amran",
        ("IN", "kashmir"): "Jammu and Kashmir",
        ("IN", "nct"): "Delhi",
        ("PK", "azad kashmir"): "Azad Jammu and Kashmir",
        ("LB", "beyrouth"): "Beirut",
        ("LB", "liban nord"): "North",
        ("LB", "liban sud"): "South",
        ("LB", "beqaa"): "Bekaa",
        ("LB", "mont liban"): "Mount Lebanon",
        ("LB", "aakkar"): "Akkar",
        ("AF", "lowgar"): "Logar",
        ("AF", "konar"): "Kunar",
        ("AF", "oruzgan"): "Urozgan",
        ("AF", "ghowr"): "Ghor",
        ("AF", "vardak"): "Wardak",
        ("AF", "khowst"): "Khost",
        ("AF", "parvan"): "Parwan",
        ("AF", "bamian"): "Bamyan",
        ("AF", "nurestan"): "Nuristan",
        ("LY", "al marqab"): "Almargeb",
        ("LY", "al jafarah"): "Aljfara",
        ("LY", "misratah"): "Misrata",
        ("LY", "surt"): "Sirt",
        ("LY", "banghazi"): "Benghazi",
        ("UA", "kyiv"): "Kiev City",
        ("UA", "kiev"): "Kyiv",
        ("UA", "odessa"): "Odesa",
        ("UA", "misto sevastopol"): "Sevastopol",
        ("MX", "mexico city"): "Distrito Federal",
        ("IQ", "as sulaymaniyah"): "Sulaymaniyah",
        ("IQ", "salah ad din"): "Sala al-Din",
        ("CD", "south kivu"): "Sud-Kivu",
        ("CD", "north kivu"): "Nord-Kivu",
        ("CM", "north west"): "Nord-Ouest",
        ("CM", "far north"): "Extreme-Nord",
        ("CM", "west"): "Ouest",
        ("AZ", "fuezuli"): "Fizuli",
        ("AZ", "terter"): "Tartar",
        ("AZ", "xocavand"): "Khojavend",
        ("AZ", "baki"): "Baku",
        ("EG", "shamal sina"): "North Sinai",
        ("EG", "janub sina"): "South Sinai",
        ("RS", "autonomna pokrajina vojvodina"): "Vojvodina",
        ("HR", "istarska"): "Istria",
        ("MA", "grand casablanca"): "Casablanca-Settat",
        ("MA", "tanger tetouan"): "Tanger-Tetouan-Al Hoceima",
        ("TN", "sidi bu zayd"): "Sidi Bou Zid",
        ("TN", "al qasrayn"): "Kasserine",
        ("TN", "silyanah"): "Siliana",
        ("TN", "bajah"): "Beja",
        ("BO", "el beni"): "Beni",
        ("CL", "santiago metropolitan"): "Metropolitana",
        ("GE", "ajaria"): "Autonomous Republic of Adjara",
        ("ID", "sulawesi barat"): "West Sulawesi",
        ("IQ", "arbil"): "Erbil",
        ("KZ", "almaty oblysy"): "Almaty",
        ("SD", "al qadarif"): "Gedaref",
        ("PH", "metro manila"): "National Capital Region",
        ("PH", "cordillera"): "Cordillera Administrative Region",
        (
            "PH",
            "autonomous region in muslim mindanao",
        ): "Bangsamoro Autonomous Region in Muslim Mindanao",
    }
)

# Country names as ACLED writes them, where GeoNames' short name differs (keyed by ISO3).
ACLED_COUNTRY: MappingProxyType[str, str] = MappingProxyType(
    {
        "COD": "Democratic Republic of Congo",
        "COG": "Republic of Congo",
        "CIV": "Ivory Coast",
        "PSE": "Palestine",
        "SWZ": "eSwatini",
        "CZE": "Czech Republic",
        "MKD": "North Macedonia",
        "TUR": "Turkey",
        "CPV": "Cape Verde",
        "VAT": "Vatican City",
        "TLS": "East Timor",
        "MMR": "Myanmar",
        "FSM": "Micronesia",
    }
)

# Further names by which a country is written in news text (keyed by ISO3).
# The point GeoNames gives a country (its PCLI feature), used where a text names only the
# country; elsewhere a country sits at the middle of its towns.
COUNTRY_POINTS: MappingProxyType[str, tuple[float, float]] = MappingProxyType(
    {
        "USA": (39.76, -98.5),
        "CHN": (35.0, 105.0),
        "MEX": (23.0, -102.0),
        "RUS": (60.0, 100.0),
        "CAN": (60.10867, -113.64258),
        "EGY": (27.0, 30.0),
        "GBR": (54.75844, -2.69531),
        "IDN": (-5.0, 120.0),
        "KEN": (1.0, 38.0),
        "SAU": (25.0, 45.0),
        "SDN": (16.0, 30.0),
        "AUS": (-25.0, 135.0),
        "JPN": (35.68536, 139.75309),
        "SWE": (62.0, 15.0),
        "IND": (22.0, 79.0),
        "ARG": (-34.0, -64.0),
        "AFG": (33.0, 66.0),
        "TUR": (39.0, 35.0),
        "NGA": (10.0, 8.0),
        "ETH": (9.0, 39.5),
        "MYS": (2.5, 112.5),
        "THA": (15.5, 101.0),
        "BRA": (-10.0, -55.0),
        "CHL": (-30.0, -71.0),
        "BWA": (-22.0, 24.0),
        "MOZ": (-18.25, 35.0),
        "LBN": (33.83333, 35.83333),
        "FRA": (46.0, 2.0),
        "DEU": (51.5, 10.5),
        "PAK": (30.0, 70.0),
        "IRN": (32.0, 53.0),
        "IRQ": (33.0, 44.0),
        "SYR": (35.0, 38.0),
        "ZAF": (-29.0, 24.0),
        "UKR": (49.0, 32.0),
        "PHL": (13.0, 122.0),
        "NZL": (-42.0, 174.0),
        "ESP": (40.0, -4.0),
        "ITA": (42.83333, 12.83333),
    }
)

COUNTRY_ALIASES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "USA": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
        "GBR": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
        "COD": ("DRC", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"),
        "COG": ("Congo-Brazzaville", "Republic of the Congo"),
        "CIV": ("Cote d'Ivoire", "Côte d'Ivoire"),
        "PSE": ("Palestinian Territories", "Gaza Strip", "Gaza", "West Bank"),
        "MMR": ("Burma",),
        "TUR": ("Türkiye", "Turkiye"),
        "CZE": ("Czechia",),
        "KOR": ("South Korea",),
        "PRK": ("North Korea",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "ARE": ("UAE", "U.A.E.", "Emirates"),
        "SWZ": ("Swaziland", "Eswatini"),
        "VNM": ("Viet Nam",),
        "LAO": ("Laos",),
        "BOL": ("Bolivia",),
        "VEN": ("Venezuela",),
        "TZA": ("Tanzania",),
        "MDA": ("Moldova",),
        "CAF": ("CAR",),
    }
)

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


# Abbreviations of first-level divisions common in news text: (ISO2, GeoNames-based name) -> names.
ADMIN1_ALIASES: MappingProxyType[tuple[str, str], tuple[str, ...]] = MappingProxyType(
    {
        ("US", "Washington, D.C."): ("D.C.", "District of Columbia"),
        ("CA", "British Columbia"): ("B.C.",),
        ("GB", "England"): ("England",),
        ("AE", "Dubai"): ("Dubai",),
        ("IN", "NCT"): ("Delhi", "New Delhi"),
    }
)

# AP-style abbreviations of US states as written after a town ("Alexandria, La.").
US_STATE_ABBREVIATIONS: MappingProxyType[str, str] = MappingProxyType(
    {
        "Ala.": "Alabama",
        "Ariz.": "Arizona",
        "Ark.": "Arkansas",
        "Calif.": "California",
        "Colo.": "Colorado",
        "Conn.": "Connecticut",
        "Del.": "Delaware",
        "Fla.": "Florida",
        "Ga.": "Georgia",
        "Ill.": "Illinois",
        "Ind.": "Indiana",
        "Kan.": "Kansas",
        "Kans.": "Kansas",
        "Ky.": "Kentucky",
        "La.": "Louisiana",
        "Md.": "Maryland",
        "Mass.": "Massachusetts",
        "Mich.": "Michigan",
        "Minn.": "Minnesota",
        "Miss.": "Mississippi",
        "Mo.": "Missouri",
        "Mont.": "Montana",
        "Neb.": "Nebraska",
        "Nebr.": "Nebraska",
        "Nev.": "Nevada",
        "N.H.": "New Hampshire",
        "N.J.": "New Jersey",
        "N.M.": "New Mexico",
        "N.Y.": "New York",
        "N.C.": "North Carolina",
        "N.D.": "North Dakota",
        "Okla.": "Oklahoma",
        "Ore.": "Oregon",
        "Pa.": "Pennsylvania",
        "R.I.": "Rhode Island",
        "S.C.": "South Carolina",
        "S.D.": "South Dakota",
        "Tenn.": "Tennessee",
        "Tex.": "Texas",
        "Vt.": "Vermont",
        "Va.": "Virginia",
        "Wash.": "Washington",
        "W.Va.": "West Virginia",
        "W. Va.": "West Virginia",
        "Wis.": "Wisconsin",
        "Wyo.": "Wyoming",
    }
)
