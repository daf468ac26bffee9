"""The other side of an event whose rule found only one: the other parties its sentences name,
a fight between two of one kind, the victims of a one-sided assault, and "forces of X and Y"."""

from __future__ import annotations

from datetime import date

from coder.models import ActorRef, Article, EventRow
from coder.nlp import ParsedDoc
from coder.other_side import pick_side
from coder.pipeline import Coder

_ARMY = ActorRef("Military Forces of Somalia (2017-)", 1, "SOMMIL", "SOM")
_INTELLIGENCE = ActorRef("Military Forces of Somalia (2017-) NISA", 1, "SOMMIL", "SOM")
_SHABAAB = ActorRef("Al Shabaab", 2, "SOMINS", "SOM")
_GOVERNMENT = ActorRef("Government of Somalia (2017-)", 1, "SOMGOV", "SOM")
_CIVILIANS = ActorRef("Civilians (Somalia)", 7, "SOMCVL", "SOM")


def _rows(coder: Coder, text: str) -> list[EventRow]:
    article = Article(id="t", text=text, publication_date=date(2021, 3, 10))
    return coder.code_parsed(ParsedDoc(article, coder.parser.parse_text(text)), run_id="t").rows


def _sides(rows: list[EventRow], sub_event_type: str) -> tuple[str | None, str | None]:
    row = next(r for r in rows if r.sub_event_type == sub_event_type)
    return row.actor1, row.actor2


def test_a_battles_other_side_is_the_first_armed_party_that_is_no_ally() -> None:
    parties = [None, _CIVILIANS, _INTELLIGENCE, _SHABAAB]

    assert pick_side(parties, "Battles", "Armed clash", _ARMY) == _SHABAAB


def test_a_riots_other_side_is_state_forces_never_a_government() -> None:
    parties = [_GOVERNMENT, _SHABAAB, _ARMY]

    assert pick_side(parties, "Riots", "Violent demonstration", None) == _ARMY
    assert pick_side(parties[:2], "Riots", "Violent demonstration", None) is None


def test_police_acting_in_the_riot_sentence_are_the_second_actor(coder: Coder) -> None:
    text = "In Kisumu, Kenya, rioters burned tyres and blocked the road as police fired tear gas."

    rows = _rows(coder, text)

    actor1, actor2 = _sides(rows, "Violent demonstration")

    assert actor1 is not None and actor1.startswith("Rioters (Kenya)")
    assert actor2 is not None and actor2.startswith("Police Forces of Kenya")


def test_a_government_named_as_a_grievance_is_not_the_second_actor(coder: Coder) -> None:
    text = (
        "In Kisumu, Kenya, rioters burned tyres on the main road, demanding the resignation of "
        "the county government."
    )

    rows = _rows(coder, text)

    assert _sides(rows, "Violent demonstration")[1] is None


def test_police_who_only_report_a_riot_are_not_the_second_actor(coder: Coder) -> None:
    text = "In Kisumu, Kenya, rioters burned tyres on the main road, police said."

    rows = _rows(coder, text)

    assert _sides(rows, "Violent demonstration")[1] is None


def test_an_armed_group_named_anywhere_in_a_battle_sentence_is_the_other_side(
    coder: Coder,
) -> None:
    # the parser attaches the gang to the place list, outside the clause of "exchanged fire"
    text = (
        "On 3 May 2021, in Feira, Bahia, armed drug dealers and officers of the civil police "
        "traded gunfire in a raid."
    )

    rows = _rows(coder, text)

    actor1, actor2 = _sides(rows, "Armed clash")
    assert {actor1, actor2} >= {"Unidentified Gang (Brazil)"}


def test_rival_factions_that_clash_are_rioters_on_both_sides(coder: Coder) -> None:
    text = "In Sylhet, Bangladesh, members of two rival student factions clashed on Tuesday."

    rows = _rows(coder, text)

    assert _sides(rows, "Mob violence") == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")


def test_supporters_beaten_by_a_crowd_are_civilians(coder: Coder) -> None:
    text = (
        "In Sylhet, Bangladesh, a crowd of party supporters beat three supporters of a rival "
        "candidate with sticks on Tuesday."
    )

    rows = _rows(coder, text)

    assert _sides(rows, "Mob violence") == ("Rioters (Bangladesh)", "Civilians (Bangladesh)")


def test_forces_of_two_countries_that_exchange_fire_are_one_side_each(coder: Coder) -> None:
    text = "On 2 May 2021, soldiers of India and Pakistan exchanged fire over the frontier."

    rows = _rows(coder, text)

    actor1, actor2 = _sides(rows, "Armed clash")
    assert actor1 is not None and actor1.startswith("Military Forces of India")
    assert actor2 is not None and actor2.startswith("Military Forces of Pakistan")


def test_the_other_side_of_a_fight_takes_the_first_sides_role(coder: Coder) -> None:
    # the rule finds one side; "transport workers" are civilians until the fight makes them
    # rioters like the traders
    text = "In Rangpur, Bangladesh, a group of traders clashed with local transport workers."

    rows = _rows(coder, text)

    assert _sides(rows, "Mob violence") == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")


def test_the_side_an_armed_group_surrenders_to_is_the_second_actor(coder: Coder) -> None:
    text = "On 2 June 2021, four Al Shabaab fighters surrendered to the Somali army in Baidoa."

    rows = _rows(coder, text)

    actor1, actor2 = _sides(rows, "Agreement")
    assert actor1 == "Al Shabaab"
    assert actor2 is not None and actor2.startswith("Military Forces of Somalia")


def test_the_group_territory_is_taken_from_is_the_second_actor(coder: Coder) -> None:
    text = (
        "On 9 June 2021, Al Shabaab took control of Bulo Burde village in Hiraan, Somalia, from "
        "a clan militia without a fight."
    )

    rows = _rows(coder, text)

    assert _sides(rows, "Non-violent transfer of territory") == (
        "Al Shabaab",
        "Unidentified Clan Militia (Somalia)",
    )


def test_police_named_in_a_riots_cause_are_not_its_second_actor(coder: Coder) -> None:
    text = "In Molo, Kenya, youths rioted and burned tyres on Monday after police shot a trader."

    rows = _rows(coder, text)

    assert _sides(rows, "Violent demonstration")[1] is None


def test_police_misread_as_part_of_the_object_still_intervene(coder: Coder) -> None:
    # the parser reads "stones and police" as one object of "pelted"
    text = "In Kisumu, Kenya, rioters pelted stones and police fired tear gas on Monday."

    rows = _rows(coder, text)

    actor2 = _sides(rows, "Violent demonstration")[1]
    assert actor2 is not None and actor2.startswith("Police Forces of Kenya")


def test_a_calibre_is_never_the_actor_that_fires(coder: Coder) -> None:
    text = (
        "On 3 June 2021, the rebel forces fired 82mm mortars and grenade launchers at the "
        "government positions near Popasna, Ukraine."
    )

    rows = _rows(coder, text)

    actor1 = _sides(rows, "Shelling/artillery/missile attack")[0]
    assert actor1 is not None and actor1.startswith("Opposition Rebels")


def test_the_home_countrys_forces_come_first_when_two_countries_exchange_fire(
    coder: Coder,
) -> None:
    text = (
        "On 30 April 2021, soldiers of India and Pakistan exchanged gunfire along the line of "
        "control in Kotli district, Azad Kashmir."
    )

    rows = _rows(coder, text)

    actor1, actor2 = _sides(rows, "Armed clash")
    assert actor1 is not None and actor1.startswith("Military Forces of Pakistan")
    assert actor2 is not None and actor2.startswith("Military Forces of India")


def test_forces_and_a_named_group_in_one_phrase_are_the_two_sides(coder: Coder) -> None:
    # the parser reads "the army and Taliban" as two modifiers of "militants"
    text = (
        "On 4 June 2021, clashes between the army and Taliban militants left three dead in "
        "Tagab district, Kapisa."
    )

    rows = _rows(coder, text)

    actor1, actor2 = _sides(rows, "Armed clash")
    assert actor1 is not None and actor1.startswith("Military Forces of Afghanistan")
    assert actor2 == "Taliban"
