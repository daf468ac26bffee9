"""Places the packaged GeoNames extracts lack that conflict reporting names all the time.

``cities500`` holds towns of 500+ people as separate places, but not the districts and quarters
of the large cities where much unrest happens (Kibera in Nairobi, Hodan in Mogadishu, Shahbagh
in Dhaka), nor some districts with no town of their name (Pakistan's former tribal agencies),
and Somalia has only 76 places in it. This table adds such places, each with the point of its
centre (quarters) or of its seat (districts), an approximate population (so that a large city
quarter outranks a hamlet of the same name elsewhere, while the article's country still decides
between namesakes) and the spellings the press uses. The gazetteer build gives each the first-
and second-level division of the nearest town in its country.

Facts only: names, countries, coordinates (rounded, good to a kilometre or two for quarters),
rough populations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Locality:
    """One added place.

    Attributes:
        name: display name.
        iso2: its country.
        lat, lon: its centre (a quarter, a town) or its seat (a district).
        population: a rough population, used to rank namesakes.
        district: True for a district (coded like a GeoNames ADM2), False for a quarter or town.
        aliases: other spellings.
        admin1: its first-level division, when the nearest packaged town lies in another.
    """

    name: str
    iso2: str
    lat: float
    lon: float
    population: int
    district: bool = False
    aliases: tuple[str, ...] = ()
    admin1: str = ""


def _q(name: str, iso2: str, lat: float, lon: float, pop: int, *aliases: str) -> Locality:
    return Locality(name, iso2, lat, lon, pop, False, aliases)


def _t(name: str, admin1: str, lat: float, lon: float, pop: int, *aliases: str) -> Locality:
    """A Somali town, with its region (the packaged Somali towns are too sparse to infer it)."""
    return Locality(name, "SO", lat, lon, pop, False, aliases, admin1)


def _d(name: str, iso2: str, lat: float, lon: float, pop: int, *aliases: str) -> Locality:
    return Locality(name, iso2, lat, lon, pop, True, aliases)


LOCALITIES: tuple[Locality, ...] = (
    # Nairobi: estates, slums and markets
    _q("Kibera", "KE", -1.313, 36.787, 185_000, "Kibra"),
    _q("Mathare", "KE", -1.260, 36.859, 200_000, "Mathare Valley"),
    _q("Eastleigh", "KE", -1.274, 36.850, 200_000),
    _q("Kawangware", "KE", -1.285, 36.749, 130_000),
    _q("Dandora", "KE", -1.246, 36.899, 150_000),
    _q("Kariobangi", "KE", -1.255, 36.884, 60_000),
    _q("Korogocho", "KE", -1.249, 36.885, 40_000),
    _q("Baba Dogo", "KE", -1.245, 36.886, 30_000, "Babadogo"),
    _q("Mukuru", "KE", -1.315, 36.878, 100_000, "Mukuru kwa Njenga", "Mukuru kwa Reuben"),
    _q("Huruma", "KE", -1.258, 36.873, 80_000),
    _q("Kayole", "KE", -1.276, 36.915, 100_000),
    _q("Kangemi", "KE", -1.266, 36.745, 90_000),
    _q("Embakasi", "KE", -1.318, 36.902, 100_000),
    _q("Kasarani", "KE", -1.222, 36.898, 80_000),
    _q("Githurai", "KE", -1.202, 36.915, 80_000),
    _q("Kamukunji", "KE", -1.282, 36.844, 50_000),
    _q("Gikomba", "KE", -1.285, 36.837, 10_000, "Gikomba Market"),
    _q("Pangani", "KE", -1.268, 36.838, 30_000),
    _q("Makadara", "KE", -1.295, 36.867, 60_000),
    _q("Kileleshwa", "KE", -1.280, 36.784, 40_000),
    _q("Ruaraka", "KE", -1.243, 36.874, 40_000),
    _q("Mlango Kubwa", "KE", -1.261, 36.854, 20_000),
    _q("Kariokor", "KE", -1.277, 36.833, 10_000),
    _q("Shauri Moyo", "KE", -1.286, 36.848, 10_000),
    _q("Uhuru Park", "KE", -1.289, 36.817, 1_000),
    # Mombasa
    _q("Likoni", "KE", -4.083, 39.667, 90_000),
    _q("Kisauni", "KE", -4.010, 39.700, 100_000),
    _q("Changamwe", "KE", -4.025, 39.631, 60_000),
    _q("Kongowea", "KE", -4.030, 39.692, 20_000),
    _q("Mtongwe", "KE", -4.090, 39.640, 20_000),
    # Mogadishu's districts
    _q("Hamar Weyne", "SO", 2.035, 45.344, 50_000, "Hamarweyne", "Xamar Weyne", "Hamar-Weyne"),
    _q("Hamar Jajab", "SO", 2.029, 45.338, 50_000, "Hamarjajab", "Xamar Jajab"),
    _q("Shangani", "SO", 2.040, 45.352, 30_000, "Shingani"),
    _q("Bondhere", "SO", 2.044, 45.354, 60_000, "Boondheere", "Bondhere district"),
    _q("Abdiaziz", "SO", 2.050, 45.364, 60_000, "Cabdicasiis", "Abdi Aziz"),
    _q("Shibis", "SO", 2.052, 45.345, 60_000, "Shibbis"),
    _q("Kaaraan", "SO", 2.068, 45.356, 100_000, "Karaan"),
    _q("Yaqshid", "SO", 2.062, 45.342, 100_000, "Yaaqshiid", "Yaqshiid"),
    _q("Heliwa", "SO", 2.090, 45.377, 100_000, "Hiliwaa", "Huriwa", "Huriwaa"),
    _q("Hawl Wadaag", "SO", 2.042, 45.327, 100_000, "Hawlwadaag", "Hawlwadag", "Howlwadaag"),
    _q("Wardhigley", "SO", 2.048, 45.333, 100_000, "Wardhiigleey", "Warta Dhigley"),
    _q("Hodan", "SO", 2.032, 45.303, 200_000, "Hodon"),
    _q("Wadajir", "SO", 2.014, 45.302, 100_000, "Wadajiir"),
    _q("Waberi", "SO", 2.027, 45.320, 100_000, "Waaberi"),
    _q("Dharkenley", "SO", 2.017, 45.285, 100_000, "Dharkeynley", "Darkenley"),
    _q("Daynile", "SO", 2.067, 45.286, 100_000, "Dayniile", "Deyniile", "Deynile"),
    _q("Kaxda", "SO", 2.021, 45.263, 50_000, "Kahda"),
    _q("Bakara Market", "SO", 2.046, 45.329, 10_000, "Bakaara Market", "Bakaaraha"),
    _t("Elasha Biyaha", "Lower Shabelle", 2.083, 45.222, 50_000, "Ceelasha Biyaha"),
    # Somali towns missing from cities500
    _t("Balcad", "Middle Shabelle", 2.359, 45.388, 30_000, "Balad", "Balcad town"),
    _t("Baraawe", "Lower Shabelle", 1.113, 44.030, 30_000, "Barawe", "Brava", "Barawa"),
    _t("Afmadow", "Lower Juba", 0.515, 42.070, 20_000, "Afmadow town", "Afmadoow"),
    _t("Janaale", "Lower Shabelle", 1.810, 44.700, 10_000, "Janale"),
    _t("Awdheegle", "Lower Shabelle", 1.980, 44.840, 10_000, "Aw Dheegle", "Awdhegle"),
    _t("Kurtunwaarey", "Lower Shabelle", 1.620, 44.330, 10_000, "Kurtun Waarey", "Kurtunwarey"),
    _t("Dolow", "Gedo", 4.164, 42.078, 30_000, "Doolow", "Dolo"),
    _t("Guriceel", "Galgaduud", 5.310, 45.880, 20_000, "Guri Ceel", "Guriel"),
    _t("Qardho", "Bari", 9.500, 49.085, 40_000, "Qardo", "Gardo"),
    _t("Taleex", "Sool", 9.150, 48.420, 10_000, "Taleh"),
    _t("Ceel Barde", "Bakool", 4.830, 43.660, 10_000, "El Barde", "Ceelbarde"),
    _t("Ceel Waaq", "Gedo", 2.800, 41.030, 10_000, "El Waaq", "Ceelwaaq"),
    _t("Warsheikh", "Middle Shabelle", 2.300, 45.800, 10_000, "Warshiikh"),
    # Pakistan's former tribal agencies, now districts of Khyber Pakhtunkhwa (at their seats)
    _d("Bajaur", "PK", 34.730, 71.520, 1_000_000, "Bajaur Agency", "Bajaur District"),
    _d("Mohmand", "PK", 34.330, 71.390, 400_000, "Mohmand Agency"),
    _d("Khyber", "PK", 34.000, 71.380, 900_000, "Khyber Agency", "Khyber District"),
    _d("Kurram", "PK", 33.899, 70.101, 600_000, "Kurram Agency", "Kurram District"),
    _d("Orakzai", "PK", 33.670, 71.050, 250_000, "Orakzai Agency", "Orakzai District"),
    _d("North Waziristan", "PK", 33.000, 70.070, 500_000, "North Waziristan Agency"),
    _d("South Waziristan", "PK", 32.299, 69.573, 600_000, "South Waziristan Agency"),
    # Karachi's towns
    _q("Lyari", "PK", 24.865, 66.995, 600_000, "Lyari Town"),
    _q("Orangi", "PK", 24.950, 66.990, 1_000_000, "Orangi Town"),
    _q("Korangi", "PK", 24.830, 67.130, 800_000, "Korangi Town"),
    _q("Baldia", "PK", 24.920, 66.960, 500_000, "Baldia Town"),
    _q("Gulshan-e-Iqbal", "PK", 24.920, 67.090, 900_000, "Gulshan-i-Iqbal", "Gulshan e Iqbal"),
    # Baghdad
    _q("Adhamiya", "IQ", 33.370, 44.360, 300_000, "Adhamiyah", "Al-Adhamiya", "Azamiyah"),
    _q("Kadhimiya", "IQ", 33.380, 44.340, 300_000, "Kadhimiyah", "Kazimiyah", "Al-Kadhimiya"),
    _q("Karrada", "IQ", 33.300, 44.430, 300_000, "Karada", "Al-Karrada"),
    # Dhaka's thanas and landmarks
    _q("Uttara", "BD", 23.874, 90.396, 400_000),
    _q("Shahbagh", "BD", 23.738, 90.396, 100_000, "Shahbag"),
    _q("Jatrabari", "BD", 23.710, 90.434, 300_000),
    _q("Badda", "BD", 23.780, 90.426, 300_000),
    _q("Tejgaon", "BD", 23.763, 90.392, 200_000),
    _q("Khilgaon", "BD", 23.752, 90.427, 200_000),
    _q("Lalbagh", "BD", 23.719, 90.388, 200_000),
    _q("Gulistan", "BD", 23.724, 90.411, 50_000),
    _q("Mirpur", "BD", 23.806, 90.368, 100_000),
    _q("Rampura", "BD", 23.760, 90.420, 200_000),
    _q("Mohakhali", "BD", 23.778, 90.405, 100_000),
    _q("Gabtoli", "BD", 23.783, 90.344, 50_000, "Gabtali"),
    _q("Sadarghat", "BD", 23.707, 90.407, 50_000, "Sadar Ghat"),
    _q("Kamrangirchar", "BD", 23.714, 90.370, 100_000),
    _q("Shyamoli", "BD", 23.774, 90.365, 50_000),
    _q("Farmgate", "BD", 23.757, 90.389, 50_000, "Farm Gate"),
    _q("Banglamotor", "BD", 23.746, 90.394, 20_000, "Bangla Motor"),
    _q("Naya Paltan", "BD", 23.735, 90.415, 50_000, "Nayapaltan"),
    _q("Bijoynagar", "BD", 23.736, 90.411, 20_000),
    _q("Kakrail", "BD", 23.739, 90.407, 20_000),
    _q("Bangshal", "BD", 23.716, 90.402, 50_000),
    _q("Khilkhet", "BD", 23.830, 90.420, 100_000),
    _q("Bashundhara", "BD", 23.815, 90.430, 100_000),
    _q("Vatara", "BD", 23.800, 90.427, 100_000),
    _q("Pallabi", "BD", 23.825, 90.364, 300_000),
    _q("Kafrul", "BD", 23.790, 90.385, 200_000),
    # Kenya's former provinces, still named in reports ("in Nyanza region"), at their old capitals
    _d("Nyanza", "KE", -0.092, 34.768, 5_400_000, "Nyanza Province"),
)

# Spellings the press uses for packaged towns that GeoNames lacks, by (country, GeoNames name):
# Somali district seats as ACLED's notes write them ("Bulo Burto, Hiraan").
TOWN_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("SO", "Buulobarde"): ("Bulo Burto", "Buulo Barde", "Bulo Burti", "Bulobarde", "Bulo Barde"),
    ("SO", "Beledweyne"): ("Beletweyne", "Belet Weyne", "Beled Weyne", "Belet Uen"),
    ("SO", "Buurhakaba"): ("Buur Hakaba", "Bur Hakaba", "Burhakaba", "Buurhakabo"),
    ("SO", "Wanlaweyn"): ("Wanla Weyn", "Wanle Weyne", "Wanlaweyne"),
    ("SO", "Bosaso"): ("Bossaso", "Boosaaso", "Bosasso"),
    ("SO", "Mahaddayweyne"): ("Mahaday", "Mahaday Weyne"),
    ("SO", "Garbahaarrey"): ("Garbaharey", "Garbahaarey", "Garbahare"),
    ("SO", "Baardheere"): ("Bardera", "Bardhere"),
    ("SO", "Beled Hawo"): ("Belet Hawo", "Beled Xaawo", "Bulo Hawo", "Belet Xaawo"),
    ("SO", "Saacow"): ("Saakow", "Sakow"),
    ("SO", "Ceelbuur"): ("Ceel Buur", "El Bur", "Elbur", "Ceel Bur"),
    ("SO", "Ceeldheer"): ("Ceel Dheer", "El Dher", "Ceel Dheere"),
    ("SO", "Xarardheere"): ("Harardhere", "Haradheere", "Xaradheere"),
    ("SO", "Dhuusamarreeb"): ("Dhusamareeb", "Dhuusamareeb"),
    ("SO", "Cabudwaaq"): ("Abudwak", "Abudwaq", "Cabudwaq"),
    ("SO", "Gaalkacyo"): ("Galkacyo", "Galkaio"),
    ("SO", "Laascaanood"): ("Las Anod", "Las Canood", "Laas Caanood"),
    ("SO", "Tayeeglow"): ("Tiyeeglow", "Tieglow"),
    ("SO", "Waajid"): ("Wajid", "Waajiid"),
    ("SO", "Qoryooley"): ("Qoryoley",),
    ("SO", "Diinsoor"): ("Dinsoor", "Dinsor"),
    ("LB", "Tyre"): ("Tyr",),  # as the French-language press writes it
}
