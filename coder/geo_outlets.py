"""Home countries of news outlets whose names do not say it, and outlets with no home country.

Many national outlets carry no country, demonym or capital in their name ("Prothom Alo",
"Radio Okapi", "El Nashra"); international agencies and broadcasters cover every country, even
when their name holds one ("France 24", "Voice of America", "Washington Post"). These are facts
about outlets, kept here as a table: ``coder.geo_sources`` consults it before reading the name.
Keys are normalized by ``outlet_key``; an outlet whose name is shared by papers of several
countries ("El Universal", "The Nation", "Daily Star") is left out.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

_NON_WORD_RE = re.compile(r"[^a-z0-9]+")


def outlet_key(name: str) -> str:
    """Normalized lookup key of an outlet name: lower case ASCII words, no leading "the".

    Args:
        name: the outlet's name as a source list gives it ("L'Observateur Paalga").

    Returns:
        The key ("l observateur paalga").
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    key = _NON_WORD_RE.sub(" ", ascii_name.lower()).strip()
    return key[4:] if key.startswith("the ") else key


# names of each country's outlets, separated by "|"
_BY_COUNTRY: dict[str, str] = {
    "AFG": (
        "Voice of Jihad|Khaama Press|TOLO News|Tolonews|Pajhwok|Pajhwok Afghan News|"
        "Bakhtar News Agency|Noor TV|Ariana News|Shamshad TV|Salam Watandar|Hasht-e Subh|"
        "Etilaatroz|Amu TV"
    ),
    "ARG": "Diario El Chubut|El Diario de la Republica|Clarin|Pagina 12|Infobae",
    "AZE": "Azertac|Report.az|Trend News Agency",
    "ARM": "Armenpress|Artsakhpress|News.am|Azatutyun",
    "BDI": (
        "SOS Medias|SOS Medias Burundi|Humura|Iwacu|Radio Publique Africaine|Isanganiro|Ikiriho"
    ),
    "BEN": (
        "Banouto|L'investigateur|Daabaaru|Kisal|Acotonou|La Nouvelle Tribune|Fraternite|"
        "Matin Libre|Le Matinal|ORTB|24 Heures au Benin"
    ),
    "BFA": "L'Observateur Paalga|Lefaso.net|Burkina24|Infowakat|Sidwaya|Wakat Sera|Le Pays",
    "BGD": (
        "Prothom Alo|BDnews24|Daily Manab Zamin|Manab Zamin|New Age|Jugantor|Kaler Kantho|"
        "Samakal|Daily Ittefaq|Bangla Tribune|Jagonews24|Risingbd|Daily Inqilab|Naya Diganta|"
        "Banglanews24|Daily Sun|Dhaka Tribune"
    ),
    "BLR": "Viasna|Charter-97|Charter 97|Nasha Niva|Tut.by|Belsat|Zerkalo",
    "BOL": "Los Tiempos|El Deber|Pagina Siete|Correo del Sur|Erbol",
    "BRA": (
        "G1|O Sao Goncalo|OTT-RJ|Onde Tem Tiroteio|Crimes News RJ|Midiamax|O Liberal|"
        "A Critica|Gazeta Digital|Folha de S.Paulo|Folha de Sao Paulo|O Globo|Estadao|UOL|"
        "Correio Braziliense|Metropoles|R7|Gazeta do Povo|Fogo Cruzado|Jornal do Commercio|"
        "Diario de Pernambuco"
    ),
    "CAF": "Corbeau News|Corbeau News Centrafrique|Radio Ndeke Luka|Oubangui Medias|RJDH",
    "CHL": (
        "La Estrella Concepcion|El Mercurio|La Tercera|Cooperativa|Emol|El Mostrador|La Cuarta"
    ),
    "CIV": "Fraternite Matin|Koaci|Linfodrome|Connectionivoirienne",
    "CMR": (
        "Mimi Mefo|Mimi Mefo Info|The Guardian Post|Journal du Cameroun|Actu Cameroun|"
        "Mutations|Equinoxe TV|CRTV"
    ),
    "COD": (
        "Radio Okapi|Actualite|Actualite.cd|7 Sur 7|7sur7.cd|Kivu Security Tracker|"
        "La Prunelle|Mediacongo|Politico.cd|Radio Moto|Le Potentiel|Desk Eco|Radio Maendeleo"
    ),
    "COL": "El Colombiano|El Espectador|Semana|Caracol Radio|RCN Radio|Blu Radio|Indepaz",
    "DZA": "Ennahar|Ennahar Online|El Watan|TSA Algerie|El Khabar|Echorouk",
    "ECU": "El Universo|Primicias|Teleamazonas",
    "EGY": "Al-Ahram|Ahram Online|Al-Masry Al-Youm|Mada Masr|Youm7|Al Shorouk",
    "ETH": "Fana Broadcasting Corporate|Fana|Borkena|Addis Fortune",
    "GHA": (
        "Joy FM|Joy News|MyJoyOnline|Citi FM|Graphic Online|Daily Graphic|GNA|Adom FM|Starr FM"
    ),
    "GIN": "Guineenews|Africaguinee|Guinee360|Mosaiqueguinee",
    "GRC": (
        "To Vima|To Pontiki|I Avgi|Avgi|Kathimerini|Ekathimerini|Efsyn|Ta Nea|Proto Thema|"
        "Naftemporiki|Rizospastis|Eleftheros Typos"
    ),
    "GTM": "Noticiero El Vigilante|Prensa Libre|Soy502|Nuestro Diario",
    "HND": "Proceso Digital|Criterio.hn",
    "HTI": "Le Nouvelliste|Rezo Nodwes|Radio Kiskeya|Loop Haiti",
    "IDN": "Kompas|Tempo.co|Detik|Jubi|Suara Papua|Antara|Tribunnews|Republika",
    "IND": (
        "The Hindu|Daily Excelsior|Chandigarh Tribune|Hindustan Times|Deccan Herald|"
        "Deccan Chronicle|Asian News International|ANI|Tripura Infoway|Siliguri Times|"
        "Northeast Now|Greater Kashmir|Kashmir Observer|Rising Kashmir|Kashmir Times|"
        "Kashmir Life|Press Trust of India|PTI|NDTV|Assam Tribune|Sentinel Assam|"
        "Imphal Free Press|Nagaland Post|Morung Express|Eastern Mirror|Arunachal Times|"
        "Dainik Bhaskar|Dainik Jagran|Amar Ujala|Lokmat|Free Press Journal|The Statesman|"
        "Orissa Post"
    ),
    "IRN": (
        "IRNA|Islamic Republic News Agency|ISNA|Tasnim|Fars News|Mehr News|HRANA|Hengaw|"
        "Kurdistan Human Rights Network|Halvash|Ettehad"
    ),
    "IRQ": (
        "Al Maloomah|Al Mirbad|NRT News|NRT|Rudaw|Kurdistan 24|Kurdistan24|Shafaq News|"
        "Al Sumaria|Alsumaria News|Al Mada|Basnews"
    ),
    "ISR": "Haaretz|Ynet|Israel Hayom|Maariv|Walla",
    "KEN": (
        "Daily Nation|East African Standard|Capital FM|Citizen TV|Citizen Digital|KBC|"
        "Kenya Broadcasting Corporation|NTV Kenya|K24|The People|Nairobi News|Tuko|Taifa Leo|"
        "Peace Net"
    ),
    "LBN": (
        "El Nashra|An-Nahar|Annahar|Murr TV|MTV Lebanon|LBCI|Al Manar|AlManar TV|Al Jadeed|"
        "L'Orient-Le Jour|L'Orient Today|Al Akhbar|Naharnet|Lebanon24|Al Nour"
    ),
    "LKA": "Ada Derana|Tamilnet|Tamil Guardian|Newsfirst|Ceylon Today",
    "LBY": "Libya Al Ahrar|218 News|Alwasat",
    "MAR": "Hespress|Dalil Rif|Le360|Alyaoum24|Lakome|Barlamane",
    "MEX": (
        "Milenio|El Sol de Acapulco|El Norte|La Silla Rota|Imagen del Golfo|"
        "Entorno Informativo|MiMorelia|El Blog del Narco|Tribuna Campeche|"
        "La Voz de Michoacan|La Jornada|Zona Franca|Diario Contra Poder en Chiapas|Quadratin|"
        "Quadratin Oaxaca|Reforma|Excelsior|Proceso|Animal Politico|Aristegui Noticias|"
        "El Siglo de Torreon|El Siglo de Durango|Noroeste|Zeta Tijuana"
    ),
    "MLI": "Maliweb|Studio Tamani|L'Essor|Kibaru|Malijet",
    "MMR": (
        "Development Media Group|Irrawaddy|Mizzima|Democratic Voice of Burma|DVB|"
        "Frontier Myanmar|Eleven Media|Karen Information Center|Kachin News Group|"
        "Shan Herald Agency for News|Khit Thit Media|Narinjara"
    ),
    "MOZ": "Carta de Mocambique|Pinnacle News|Zitamar|Club of Mozambique",
    "NER": "ActuNiger|Tamtaminfo|Air Info Agadez",
    "NGA": (
        "New Telegraph|Legit|Legit.ng|Sahara Reporters|News Chronicle|Punch|Premium Times|"
        "Vanguard|Daily Trust|Leadership|ThisDay|Channels TV|Blueprint|Ripples Nigeria"
    ),
    "NIC": "Confidencial|100% Noticias",
    "NPL": "Himalayan Times|Republica|My Republica|Setopati|Onlinekhabar|Kantipur",
    "PAK": (
        "Dawn|Express Tribune|Geo News|ARY News|Business Recorder|Frontier Post|"
        "Balochistan Post|Daily Jang|Samaa|Dunya News"
    ),
    "PER": "RPP Noticias|Peru21",
    "PHL": (
        "ABS CBN|ABS-CBN|Philippine Daily Inquirer|Inquirer|Rappler|GMA News|"
        "Mindanao Examiner|SunStar|MindaNews"
    ),
    "PSE": (
        "Arab 48|Arab48|WAFA|Ma'an News|Ma'an News Agency|Quds News Network|Al Quds|Palinfo|"
        "B'Tselem"
    ),
    "PRY": "ABC Color",
    "RUS": (
        "TASS|RIA Novosti|Kommersant|Novaya Gazeta|Meduza|OVD-Info|Mediazona|Kavkaz Uzel|"
        "Caucasian Knot"
    ),
    "SDN": "Radio Dabanga|Al Rakoba|Darfur 24|Al Taghyeer|SUNA",
    "SLV": "La Prensa Grafica|El Diario de Hoy|El Faro",
    "SOM": (
        "Radio Kulmiye|Calamada|Caasimada|Radio Risala|Shabelle Media Network|Radio Shabelle|"
        "Goobjoob|Radio Dalsan|Horseed Media|Puntland Post|Garowe Online|Baidoa News Agency|"
        "Hiiraan Online|Radio Mogadishu|SONNA|Halqabsi|Radio Andalus|Al Furqaan|"
        "Mustaqbal Media|Somali Guardian|Allbanaadir|Saxafi|Hadhwanaag"
    ),
    "SRB": "Danas|Blic|Vecernje Novosti|Politika|Kurir|B92|Nova.rs|Tanjug|Insajder",
    "SSD": "Radio Tamazuj|Eye Radio|Sudans Post|Radio Miraya",
    "SYR": (
        "SOHR|SHAM|Sham Network|SNHR|SANA|Enab Baladi|Smart News|Step News|Orient News|"
        "Deir Ezzor 24|Horan Free League|Suwayda 24|Halab Today|Nedaa Syria|"
        "North Press Agency|Hawar News|ANHA|Baladi News"
    ),
    "TCD": "Alwihda|Tchadinfos",
    "THA": "Isranews|Deep South Watch|Prachatai|Matichon|Khaosod",
    "TUN": "Mosaique FM|Kapitalis|Nawaat|Shems FM|Diwan FM|Assabah|FTDES",
    "TUR": (
        "Hurriyet|Sabah|Cumhuriyet|Milliyet|Bianet|Evrensel|Sozcu|Daily Sabah|Gazete Duvar|"
        "Mezopotamya Agency|Yeni Safak"
    ),
    "UGA": "New Vision|Nile Post|ChimpReports",
    "UKR": (
        "JFO HQ press centre|DPR Armed Forces Press Service|Ukrainska Pravda|Ukrinform|UNIAN|"
        "Hromadske|Suspilne|Donetsk News Agency|Lug-info|Luganskinformcenter"
    ),
    "VEN": (
        "El Pitazo|La Patilla|Efecto Cocuyo|Tal Cual|El Carabobeno|Runrunes|OVCS|Provea|"
        "El Impulso|Ultimas Noticias"
    ),
    "YEM": (
        "Al Masirah|Al Amaliqah|Aden al Ghad|Crater Sky|26 September News|"
        "26 September News - Pro-Hadi|Al Mandeb|Aden Lang|Saba|Saba News Agency|Al Sahwa|"
        "Al Mawqea Post|Al Masdar Online|Belqees TV|South24|Ansar Allah"
    ),
    "ZAF": (
        "News24|Daily Maverick|Times Live|TimesLIVE|IOL|SABC|Eyewitness News|Sowetan|"
        "Mail & Guardian"
    ),
    "ZMB": "Zambia Daily Mail|Mwebantu",
    "ZWE": "ZimLive|New Zimbabwe",
}

# agencies, broadcasters and papers of record that report on every country: no home hint
_INTERNATIONAL = (
    "AFP|Agence France-Presse|Reuters|AP|Associated Press|Xinhua|BBC|BBC News|VOA|"
    "Voice of America|RFI|Radio France Internationale|France 24|France24|Deutsche Welle|"
    "DW|Al Jazeera|Al Arabiya|Asharq Al-Awsat|Al Quds Al Arabi|New Arab|Middle East Eye|"
    "Anadolu Agency|Anadolu|EFE|Sputnik|RT|Euronews|Washington Post|New York Times|"
    "Guardian|Jeune Afrique|All Africa|AllAfrica|Africanews|IRIN|The New Humanitarian|"
    "HRW|Human Rights Watch|Amnesty International|Liveuamap|Long War Journal|"
    "Radio Free Europe|Radio Free Europe/Radio Liberty|Twitter|Facebook|Whatsapp"
)

OUTLET_COUNTRY: MappingProxyType[str, str | None] = MappingProxyType(
    {
        **{
            outlet_key(name): iso3
            for iso3, names in _BY_COUNTRY.items()
            for name in names.split("|")
        },
        **{outlet_key(name): None for name in _INTERNATIONAL.split("|")},
    }
)
"""Outlet key (``outlet_key``) -> ISO3 of its home country, or None for an outlet that reports
on every country."""
