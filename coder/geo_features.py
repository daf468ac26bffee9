"""Places beyond towns and divisions: continents, regions, seas, rivers, mountains, airports.

The packaged GeoNames extracts hold populated places only, yet news names these too ("fighting
in Darfur", "migrants crossing the Mediterranean", "flights at Heathrow"). This table adds the
well-known ones as places of their own, each at a representative point (for water bodies and
ranges: a central point, as GeoNames gives it), plus extra names for existing divisions
("NSW", "South Darfur"). Facts only: names, feature codes, countries, coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Feature:
    """One non-populated place.

    Attributes:
        name: display name.
        code: GeoNames feature code (CONT, RGN, SEA, OCN, GULF, STM, LK, MTS, MT, ISL, AIRP).
        iso2: the country it lies in, "" when it spans several.
        lat, lon: a representative point.
        geonameid: the GeoNames id when known, else 0.
        aliases: other names it goes by.
    """

    name: str
    code: str
    iso2: str
    lat: float
    lon: float
    geonameid: int = 0
    aliases: tuple[str, ...] = ()


# Population stand-ins: the resolver ranks candidates partly by population, and a famous region
# should outrank a hamlet of the same name ("Sinai", "Patagonia").
FEATURE_WEIGHT = MappingProxyType(
    {
        "CONT": 1_000_000_000,
        "OCN": 100_000_000,
        "SEA": 50_000_000,
        "GULF": 20_000_000,
        "RGN": 5_000_000,
        "MTS": 2_000_000,
        "STM": 2_000_000,
        "LK": 1_000_000,
        "ISL": 1_000_000,
        "MT": 200_000,
        "AIRP": 200_000,
    }
)

# GeoNames feature class of each code (A: division, L: area, H: water, T: terrain, S: spot).
FEATURE_CLASS = MappingProxyType(
    {
        "CONT": "L",
        "RGN": "L",
        "OCN": "H",
        "SEA": "H",
        "GULF": "H",
        "STM": "H",
        "LK": "H",
        "MTS": "T",
        "MT": "T",
        "ISL": "T",
        "AIRP": "S",
    }
)

FEATURES: tuple[Feature, ...] = (
    # continents
    Feature("Africa", "CONT", "", 7.19, 21.09, 6255146),
    Feature("Asia", "CONT", "", 29.84, 89.30, 6255147),
    Feature("Europe", "CONT", "", 48.69, 9.14, 6255148),
    Feature("North America", "CONT", "", 46.07, -100.55, 6255149),
    Feature("South America", "CONT", "", -14.60, -57.66, 6255150),
    Feature("Oceania", "CONT", "", -18.31, 138.52, 6255151),
    # regions spanning several countries
    Feature("Middle East", "RGN", "", 29.0, 41.0, aliases=("Mideast",)),
    Feature("Southeast Asia", "RGN", "", 6.0, 110.0, aliases=("South-East Asia",)),
    Feature("South Asia", "RGN", "", 22.0, 79.0),
    Feature("Central Asia", "RGN", "", 43.0, 65.0),
    Feature("East Asia", "RGN", "", 35.0, 115.0),
    Feature("West Africa", "RGN", "", 12.0, -3.0),
    Feature("East Africa", "RGN", "", 1.0, 36.0),
    Feature("North Africa", "RGN", "", 27.0, 14.0),
    Feature("Central Africa", "RGN", "", 2.0, 20.0),
    Feature("Southern Africa", "RGN", "", -25.0, 25.0),
    Feature("Sub-Saharan Africa", "RGN", "", 2.0, 20.0),
    Feature("Horn of Africa", "RGN", "", 8.0, 45.0),
    Feature("Sahel", "RGN", "", 15.0, 5.0),
    Feature("Sahara", "RGN", "", 23.0, 13.0, aliases=("Sahara Desert",)),
    Feature("Maghreb", "RGN", "", 31.0, 3.0),
    Feature("Latin America", "RGN", "", -5.0, -65.0),
    Feature("Central America", "RGN", "", 13.0, -86.0),
    Feature("Caribbean", "RGN", "", 17.0, -72.0),
    Feature("Balkans", "RGN", "", 43.0, 21.0),
    Feature("Caucasus", "RGN", "", 42.5, 44.5, aliases=("Caucasus Mountains",)),
    Feature("Scandinavia", "RGN", "", 63.0, 15.0),
    Feature("Eastern Europe", "RGN", "", 50.0, 30.0),
    Feature("Western Europe", "RGN", "", 48.0, 5.0),
    Feature("Arabian Peninsula", "RGN", "", 23.0, 46.0),
    Feature("Levant", "RGN", "", 33.5, 36.0),
    Feature("Kurdistan", "RGN", "", 36.5, 44.0),
    Feature("Borneo", "ISL", "", 0.5, 114.0),
    Feature("New Guinea", "ISL", "", -5.5, 141.0),
    # regions within one country
    Feature("Darfur", "RGN", "SD", 13.5, 24.0),
    Feature("Kordofan", "RGN", "SD", 12.5, 29.5),
    Feature("Eastern Ghouta", "RGN", "SY", 33.55, 36.43, aliases=("Ghouta", "East Ghouta")),
    Feature("Golan Heights", "RGN", "SY", 33.0, 35.75, aliases=("Golan",)),
    Feature("Sinai", "RGN", "EG", 29.5, 33.8, aliases=("Sinai Peninsula",)),
    Feature("Nile Delta", "RGN", "EG", 30.9, 31.1),
    Feature("Donbas", "RGN", "UA", 48.0, 38.5, aliases=("Donbass",)),
    Feature("Anatolia", "RGN", "TR", 39.0, 34.0),
    Feature("Siberia", "RGN", "RU", 60.0, 100.0),
    Feature("Patagonia", "RGN", "AR", -44.0, -68.5),
    Feature("Svaneti", "RGN", "GE", 43.0, 42.6),
    Feature("Jutland", "RGN", "DK", 56.0, 9.2),
    Feature("Yorkshire", "RGN", "GB", 53.95, -1.25),
    Feature("Midlands", "RGN", "GB", 52.6, -1.6),
    Feature("Mindanao", "ISL", "PH", 7.5, 125.0),
    Feature("Luzon", "ISL", "PH", 16.0, 121.0),
    Feature("Sumatra", "ISL", "ID", 0.0, 102.0),
    Feature("Java", "ISL", "ID", -7.5, 110.0),
    Feature("Punjab region", "RGN", "", 30.5, 73.5),
    # oceans, seas and gulfs
    Feature("Atlantic Ocean", "OCN", "", 10.0, -30.0, aliases=("Atlantic",)),
    Feature("Pacific Ocean", "OCN", "", 0.0, -160.0, aliases=("Pacific",)),
    Feature("Indian Ocean", "OCN", "", -20.0, 80.0),
    Feature("Arctic Ocean", "OCN", "", 85.0, 0.0, aliases=("Arctic",)),
    Feature("Mediterranean Sea", "SEA", "", 35.0, 18.0, aliases=("Mediterranean",)),
    Feature("Black Sea", "SEA", "", 43.0, 35.0),
    Feature("Caspian Sea", "SEA", "", 41.9, 50.6),
    Feature("North Sea", "SEA", "", 56.0, 3.0),
    Feature("Baltic Sea", "SEA", "", 58.0, 20.0),
    Feature("South China Sea", "SEA", "", 12.0, 113.0),
    Feature("East China Sea", "SEA", "", 29.0, 125.0),
    Feature("Aegean Sea", "SEA", "", 39.0, 25.0, aliases=("Aegean",)),
    Feature("Adriatic Sea", "SEA", "", 43.0, 15.0, aliases=("Adriatic",)),
    Feature("Arabian Sea", "SEA", "", 15.0, 65.0),
    Feature("Red Sea", "SEA", "", 20.0, 38.5),
    Feature("Caribbean Sea", "SEA", "", 15.0, -75.0),
    Feature("English Channel", "SEA", "", 50.2, -1.0),
    Feature("Persian Gulf", "GULF", "", 26.5, 52.0, aliases=("Arabian Gulf",)),
    Feature("Gulf of Aden", "GULF", "", 12.5, 48.0),
    Feature("Gulf of Mexico", "GULF", "", 25.0, -90.0),
    Feature("Gulf of Guinea", "GULF", "", 2.0, 3.0),
    Feature("Bay of Bengal", "GULF", "", 15.0, 88.0),
    Feature("Strait of Hormuz", "GULF", "", 26.6, 56.3),
    # lakes and rivers (rivers at a central reach)
    Feature("Lake Victoria", "LK", "", -1.0, 33.0),
    Feature("Lake Chad", "LK", "", 13.0, 14.0),
    Feature("Lake Tanganyika", "LK", "", -6.0, 29.5),
    Feature("Lake Erie", "LK", "", 42.2, -81.2),
    Feature("Lake Michigan", "LK", "", 44.0, -87.0),
    Feature("Lake Ontario", "LK", "", 43.7, -77.9),
    Feature("Lake Huron", "LK", "", 44.8, -82.4),
    Feature("Lake Superior", "LK", "", 47.7, -87.5),
    Feature("Great Lakes", "LK", "", 45.0, -84.0),
    Feature("Nile", "STM", "", 22.0, 31.5, aliases=("Nile River", "River Nile")),
    Feature("Mississippi River", "STM", "US", 35.0, -90.1),
    Feature("Missouri River", "STM", "US", 41.5, -96.0),
    Feature("Ohio River", "STM", "US", 38.7, -85.2),
    Feature("Rio Grande", "STM", "", 29.5, -104.0),
    Feature("Amazon River", "STM", "BR", -3.3, -60.0),
    Feature("Congo River", "STM", "", -1.5, 17.5),
    Feature("Niger River", "STM", "", 13.5, -3.5),
    Feature("Euphrates", "STM", "", 34.5, 40.9, aliases=("Euphrates River",)),
    Feature("Tigris", "STM", "IQ", 34.5, 43.6, aliases=("Tigris River",)),
    Feature("Jordan River", "STM", "", 32.3, 35.55),
    Feature("Danube", "STM", "", 45.2, 28.0, aliases=("Danube River", "River Danube")),
    Feature("Rhine", "STM", "", 50.5, 7.5, aliases=("Rhine River", "River Rhine")),
    Feature("Thames", "STM", "GB", 51.5, -0.6, aliases=("River Thames", "Thames River")),
    Feature("Mekong", "STM", "", 15.0, 105.8, aliases=("Mekong River",)),
    Feature("Ganges", "STM", "IN", 25.3, 83.0, aliases=("Ganges River", "Ganga")),
    Feature("Indus", "STM", "PK", 28.0, 69.0, aliases=("Indus River",)),
    Feature("Yangtze", "STM", "CN", 30.0, 112.0, aliases=("Yangtze River",)),
    # mountains
    Feature("Alps", "MTS", "", 46.4, 9.5),
    Feature("Himalayas", "MTS", "", 28.5, 84.0, aliases=("Himalaya",)),
    Feature("Andes", "MTS", "", -20.0, -67.0),
    Feature("Rocky Mountains", "MTS", "", 42.0, -109.0, aliases=("Rockies",)),
    Feature("Appalachians", "MTS", "US", 38.0, -80.0, aliases=("Appalachian Mountains",)),
    Feature("Hindu Kush", "MTS", "AF", 35.5, 70.5),
    Feature("Atlas Mountains", "MTS", "MA", 31.5, -6.5),
    Feature("Pyrenees", "MTS", "", 42.7, 0.5),
    Feature("Mount Everest", "MT", "NP", 27.99, 86.93, aliases=("Everest",)),
    Feature("Mount Kilimanjaro", "MT", "TZ", -3.07, 37.35),
    Feature("Mount Kenya", "MT", "KE", -0.15, 37.31),
    Feature("Ushba", "MT", "GE", 43.13, 42.66, aliases=("Mount Ushba",)),
    # airports
    Feature("Heathrow Airport", "AIRP", "GB", 51.47, -0.454, aliases=("Heathrow",)),
    Feature("Gatwick Airport", "AIRP", "GB", 51.148, -0.19, aliases=("Gatwick",)),
    Feature("Schiphol Airport", "AIRP", "NL", 52.31, 4.76, aliases=("Schiphol",)),
    Feature("Charles de Gaulle Airport", "AIRP", "FR", 49.01, 2.55),
    Feature(
        "John F. Kennedy International Airport",
        "AIRP",
        "US",
        40.64,
        -73.78,
        aliases=("JFK Airport",),
    ),
    Feature("LaGuardia Airport", "AIRP", "US", 40.77, -73.87, aliases=("LaGuardia",)),
    Feature("O'Hare International Airport", "AIRP", "US", 41.98, -87.9, aliases=("O'Hare",)),
    Feature("Dulles International Airport", "AIRP", "US", 38.95, -77.46, aliases=("Dulles",)),
    Feature(
        "Pearson International Airport", "AIRP", "CA", 43.68, -79.63, aliases=("Pearson Airport",)
    ),
)

# Extra names of existing first-level divisions: (iso2, division as indexed) -> names.
DIVISION_ALIASES: MappingProxyType[tuple[str, str], tuple[str, ...]] = MappingProxyType(
    {
        ("AU", "New South Wales"): ("NSW",),
        ("AU", "Queensland"): ("QLD",),
        ("SD", "Southern Darfur"): ("South Darfur",),
        ("SD", "Northern Darfur"): ("North Darfur",),
        ("SD", "Western Darfur"): ("West Darfur",),
        ("SD", "Eastern Darfur"): ("East Darfur",),
    }
)

# Representative points of large first-level divisions, as GeoNames gives them: the median point
# of a big province's towns lies far from its centre (Ontario's towns crowd its southern tip).
# (iso2, division as indexed) -> (lat, lon).
DIVISION_POINTS: MappingProxyType[tuple[str, str], tuple[float, float]] = MappingProxyType(
    {
        ("CA", "Ontario"): (49.2501, -84.4998),
        ("CA", "Quebec"): (52.00017, -71.99907),
        ("CA", "British Columbia"): (53.99983, -125.0032),
        ("CA", "Alberta"): (52.28333, -117.469),
        ("CA", "Manitoba"): (55.00019, -97.00049),
        ("CA", "Saskatchewan"): (54.00014, -106.00099),
        ("AU", "Queensland"): (-20.0, 145.0),
        ("AU", "New South Wales"): (-33.0, 146.0),
        ("AU", "Victoria"): (-37.0, 144.0),
        ("AU", "Western Australia"): (-25.0, 122.0),
        ("AU", "South Australia"): (-30.0, 135.0),
        ("AU", "Northern Territory"): (-20.0, 134.0),
        ("US", "Alaska"): (64.00028, -150.00028),
        ("US", "California"): (37.25022, -119.75126),
        ("US", "Texas"): (31.25044, -99.25061),
        ("US", "Florida"): (28.75054, -82.5001),
        ("US", "New York"): (43.00035, -75.4999),
        ("US", "Georgia"): (32.75042, -83.50018),
        ("US", "Washington"): (47.50012, -120.50147),
        ("US", "Oregon"): (44.00013, -120.50139),
        ("US", "Montana"): (47.00025, -109.75102),
        ("US", "Nevada"): (39.25021, -116.75119),
        ("US", "Arizona"): (34.5003, -111.50098),
        ("US", "Colorado"): (39.00027, -105.50083),
        ("US", "Michigan"): (44.25029, -85.50033),
        ("US", "Illinois"): (40.00032, -89.25037),
        ("US", "Ohio"): (40.25034, -83.00018),
        ("US", "North Carolina"): (35.50069, -80.00032),
        ("US", "Virginia"): (37.54812, -77.44675),
        ("US", "Minnesota"): (46.25024, -94.25055),
        ("US", "Wisconsin"): (44.50024, -90.00041),
        ("US", "Kentucky"): (38.20042, -84.87762),
        ("US", "Tennessee"): (35.75035, -86.25027),
        ("US", "Louisiana"): (31.00047, -92.00042),
        ("US", "Missouri"): (38.25031, -92.50046),
        ("US", "Kansas"): (38.50029, -98.50063),
        ("US", "Nebraska"): (41.50028, -99.75067),
        ("US", "Iowa"): (42.00027, -93.50049),
        ("US", "Indiana"): (40.00032, -86.25027),
        ("US", "South Carolina"): (34.00043, -81.00009),
        ("US", "West Virginia"): (38.50038, -80.50009),
        ("US", "Utah"): (39.25024, -111.75103),
        ("US", "New Mexico"): (34.50034, -106.00085),
        ("US", "Oklahoma"): (35.49209, -97.50328),
        ("US", "Alabama"): (32.75041, -86.75026),
        ("US", "Mississippi"): (32.75041, -89.75036),
        ("US", "Arkansas"): (34.75037, -92.50044),
        ("US", "Idaho"): (44.5002, -114.25118),
        ("US", "Wyoming"): (43.00024, -107.5009),
        ("US", "North Dakota"): (47.50027, -100.50057),
        ("US", "South Dakota"): (44.50026, -100.25068),
        ("US", "Maine"): (45.50032, -69.24977),
        ("US", "Hawaii"): (20.75028, -156.50028),
    }
)

# Adjectives of regions that span countries, read as a mention of the region ("European
# leaders"). Adjectives of continents that also name ethnic groups ("African", "Asian") are left
# out.
REGION_ADJECTIVES: MappingProxyType[str, str] = MappingProxyType(
    {
        "european": "Europe",
        "scandinavian": "Scandinavia",
        "middle eastern": "Middle East",
        "latin american": "Latin America",
        "balkan": "Balkans",
    }
)
