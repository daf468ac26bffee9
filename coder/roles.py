"""Who did what to whom: the agent and target noun phrases of a trigger.

Verbs: the agent is the subject (or the "by X" agent of a passive), inherited from the governing
verb for infinitives, conjuncts and participle clauses ("clashed ..., killing"); the target is the
object, the passive subject, or the object of "on/against/at/targeting", and of "with" for
symmetric verbs ("clashed with police"). Nouns: "attack by X", "X's attack", "Taliban attack",
"attack on X", "abduction of X", "clashes between X and Y", and the subject of a light verb
("launched an attack", "staged a protest"). Coordinated actors become associates.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from coder.role_phrase import phrase
from coder.role_refs import (
    ACTOR_NOUNS,
    EVENT_NOUNS,
    conjuncts,
    dep_child,
    is_participant,
    named,
    names_kind_of_sides,
    noun_agent,
    passive_agent,
    prep_object,
    refine,
    words,
)

__all__ = ["INSTRUMENT_VERBS", "LIGHT_VERBS", "SYMMETRIC", "Roles", "find_roles", "phrase"]


_TARGET_PREPS = words("on against at upon targeting toward towards")
# Verbs whose "with" object is the other side, and whose coordinated subjects oppose each other.
SYMMETRIC = words(
    "clash fight scuffle skirmish exchange battle engage brawl confront clashes fighting "
    "confrontation gunfight firefight shootout agreement deal truce ceasefire accord pact"
)
# Verbs that carry a noun trigger as their object: "launched an attack", "staged a protest".
LIGHT_VERBS = words(
    "launch carry conduct stage hold organize organise mount perpetrate commit execute "
    "make lead initiate start begin continue resume join participate engage take unleash "
    "claim orchestrate wage reach sign seal conclude broker exchange bring send dispatch "
    "impose enforce establish erect set increase intensify step"
)
# Verbs whose object is the weapon ("fired mortars at X"): the target is the prepositional object.
INSTRUMENT_VERBS = words("fire launch throw hurl drop detonate explode plant use")
_INHERIT_DEPS = words("xcomp conj advcl pcomp ccomp")
# Events whose "against X" names a grievance, not a participant ("protested against the mayor").
PROTEST_LEMMAS = words("protest demonstrate demonstration rally march riot picket")
# Passive verbs whose subject is the actor of the event reported ("fighters were seen").
SELF_PASSIVE = words("see observe spot sight deploy redeploy mobilize mobilise station")
LESS_LETHAL = words("tear teargas rubber sound warning stun smoke water pepper plastic")
# Heads of a "with" object that is a weapon, not a side ("clashed with machetes").
WEAPON_WORDS = words(
    "fire gunfire weapon gun rifle artillery mortar rocket knife machete stick stone rock "
    "brickbat bat club arrow spear bomb grenade ammunition bullet shell missile"
)
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Verbs whose object is the other side's attack ("repelled an attack by X").
REPEL_VERBS = words("repel repulse thwart foil counter fend resist")


@dataclass(frozen=True, slots=True)
class Roles:
    """The participants found around one trigger (head tokens; spans via :func:`phrase`)."""

    agent: Token | None = None
    target: Token | None = None
    assoc_agents: tuple[Token, ...] = ()
    assoc_targets: tuple[Token, ...] = ()
    # Other plausible targets, best first, for when the parser attached the target oddly.
    target_options: tuple[Token, ...] = ()


def _same(a: Token | None, b: Token | None) -> bool:
    """Token identity (spaCy makes a new Token object on every access, so ``is`` fails)."""
    return a is not None and b is not None and a.i == b.i


def _subject(verb: Token) -> Token | None:
    """The verb's agent, inherited up infinitive, conjunct and participle chains."""
    tok = verb
    for _ in range(4):
        # "in Tijuana, Baja California, armed men attacked": the subject nearest the verb.
        subjects = [c for c in tok.lefts if c.dep_ == "nsubj" and is_participant(c)]
        subj = subjects[-1] if subjects else dep_child(tok, "nsubj")
        if subj is not None:
            return subj
        if dep_child(tok, "nsubjpass") is not None:
            return passive_agent(tok)
        if tok.dep_ == "conj" and tok.tag_ == "VBN" and dep_child(tok, "agent") is not None:
            return passive_agent(tok)
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "ROOT":
            # "a Taliban sniper shot and killed": the parser took "shot" for a noun.
            compounds = [c for c in tok.head.lefts if c.dep_ == "compound"]
            names = [c for c in compounds if named(c)]
            picks = names or compounds
            return picks[0] if picks else None
        if _verbless_subject(tok):
            return tok.head  # "IS snipers targeted and wounded two policemen": no root verb
        if tok.dep_ not in _INHERIT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _verbless_subject(tok: Token) -> bool:
    """Whether the parser hung an active verb with an object on its subject, as if the sentence
    were a noun phrase ("snipers [who] targeted and wounded two policemen", with no root verb)."""
    if tok.dep_ != "acl" or tok.head.dep_ != "ROOT" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if dep_child(tok, "agent") is not None or tok.tag_ not in ("VBD", "VBN"):
        return False
    return any(dep_child(v, "dobj") is not None for v in (tok, *tok.conjuncts))


def _nominal_agent(verb: Token, inside: range) -> Token | None:
    """The agent of a related event noun in the same sentence, for a verb that names none.

    "Two guards died following an attack by Taliban fighters": the deaths have no
    agent of their own; the attack that caused them has one.
    """
    for tok in verb.sent:
        nominal = tok.head.pos_ == "NOUN" or (tok.head.tag_ == "VBG" and tok.head.dep_ == "pobj")
        if tok.lower_ != "by" or not nominal or tok.head.i in inside:
            continue
        pobj = dep_child(tok, "pobj")
        if pobj is not None and pobj.i != verb.i:
            return pobj
    return None


def _consequence_victims(verb: Token) -> Token | None:
    """The victims named in the main clause: "two men died when a bomb exploded"."""
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return None
    return dep_child(verb.head, "nsubjpass")


def _event_agent(verb: Token) -> Token | None:
    """The agent of the event a consequence happened in: "killed during a police raid"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        event = dep_child(prep, "pobj")
        if event is not None and event.lemma_.lower() in EVENT_NOUNS:
            agent = noun_agent(event)
            if agent is not None:
                return agent
    return None


def _between(tok: Token) -> tuple[Token, Token | None] | None:
    first = prep_object(tok, frozenset({"between", "among", "amongst"}))
    if first is None:
        return None
    others = conjuncts(first)
    return first, (others[0] if others else None)


def _passive_subject(tok: Token) -> Token | None:
    """The passive subject of the verb, or of the passive verb it is coordinated with
    ("two men were shot and killed": "killed" shares "two men")."""
    subj = dep_child(tok, "nsubjpass")
    if (
        subj is None
        and tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and dep_child(tok, "nsubj") is None
    ):
        subj = dep_child(tok.head, "nsubjpass")
    return subj


def _targeting(tok: Token) -> Token | None:
    """The object of a "targeting X" participle hanging on the trigger."""
    for child in tok.children:
        if child.dep_ in ("advcl", "xcomp", "acl") and child.lemma_.lower() == "target":
            return dep_child(child, "dobj")
    return None


def _object_option(tok: Token) -> Token | None:
    """The object as a fallback target, unless it is the weapon ("fired mortar shells")."""
    return None if tok.lemma_.lower() in INSTRUMENT_VERBS else dep_child(tok, "dobj")


def _verb_roles(tok: Token, symmetric: bool, inside: range) -> Roles:
    agent: Token | None
    target: Token | None
    preps = _target_preps(tok, symmetric)
    passive_subj = _passive_subject(tok)
    if (
        passive_subj is not None
        and tok.lemma_.lower() in SELF_PASSIVE
        and passive_agent(tok) is None
    ):
        # "militants were seen near the town", "troops were deployed": the group itself acts.
        agent, target, passive_subj = passive_subj, None, None
    elif passive_subj is not None:
        agent, target = passive_agent(tok), passive_subj
        if agent is None and not _same(passive_subj, dep_child(tok, "nsubjpass")):
            agent = _subject(tok)
    else:
        agent = _subject(tok)
        obj, pobj = dep_child(tok, "dobj", "dative"), prep_object(tok, preps)
        if obj is not None and obj.i in inside:
            obj = None  # "exchanged fire": the object is part of the trigger phrase
        if (obj is None and any(tok.doc[i].lemma_ in WEAPON_WORDS for i in inside)) or (
            obj is not None and obj.lemma_.lower() in WEAPON_WORDS
        ):
            # "set fire to a bus", "pelted stones at police": the object is what was thrown.
            obj, pobj = None, pobj or prep_object(tok, preps | {"to"})
        if tok.lemma_.lower() in INSTRUMENT_VERBS:
            # "fired mortar shells at X": the object is the weapon, never the target.
            target = pobj or (prep_object(obj, preps) if obj is not None else None)
        else:
            target = obj or pobj
        if target is None:
            # "killed and mutilated a guard": conjoined verbs share the object.
            for conj in tok.conjuncts:
                if conj.pos_ == "VERB" and conj.i > tok.i:
                    target = dep_child(conj, "dobj") or prep_object(conj, preps)
                    if target is not None:
                        break
        if target is None and symmetric:
            # "exchanged fire with X": the "with" may hang on a word of the trigger phrase.
            for word in (tok, *(tok.doc[i] for i in inside)):
                target = target or _side_with(word)
        if target is None:
            target = _targeting(tok) or _consequence_victims(tok)
    pair = _between(tok)
    if agent is None and pair is not None:
        agent, target = pair
    if agent is None:
        agent = _event_agent(tok) or _nominal_agent(tok, inside)
    if tok.lemma_.lower() in REPEL_VERBS and target is not None and target.pos_ == "NOUN":
        # "troops repelled an attack by rebels": the attackers are the first side.
        attacker = noun_agent(target)
        if attacker is not None:
            agent, target = attacker, agent
    roles = _with_associates(refine(agent), target, symmetric)
    options = tuple(
        t
        for t in (_targeting(tok), _object_option(tok), prep_object(tok, preps), passive_subj)
        if t is not None
        and not _same(t, roles.target)
        and not _same(t, roles.agent)
        and t.i not in inside
    )
    return Roles(roles.agent, roles.target, roles.assoc_agents, roles.assoc_targets, options)


def _target_preps(tok: Token, symmetric: bool) -> frozenset[str]:
    """Prepositions that may introduce the target: a protest's "against X" is its grievance,
    and a clash "at X" or "on X" is a place."""
    if symmetric:
        return frozenset({"against"})
    if tok.lemma_.lower() in PROTEST_LEMMAS:
        return _TARGET_PREPS - {"against"}
    return _TARGET_PREPS


def _side_with(tok: Token) -> Token | None:
    """The other side of a symmetric event ("clashed with X"), unless "with" names the weapon
    ("clashed with heavy artillery fire")."""
    side = prep_object(tok, frozenset({"with"}))
    return None if side is None or side.lemma_.lower() in WEAPON_WORDS else side


def _less_lethal(tok: Token) -> bool:
    """Crowd-control munitions ("fired tear gas shells", "warning shots"): firing them is how
    an intervention is told, not an attack with an attacker of its own."""
    return any(t.lower_ in LESS_LETHAL for t in tok.doc[tok.left_edge.i : tok.i + 1])


def _noun_roles(tok: Token, symmetric: bool) -> Roles:
    agent = noun_agent(tok)
    preps = _target_preps(tok, symmetric) | {"of"}
    target = prep_object(tok, preps)
    if target is None and symmetric:
        target = _side_with(tok)
    if target is None:
        target = _targeting(tok)
    # "clashes broke out between X and Y": the pair may hang on the governing verb.
    pair = _between(tok) or (_between(tok.head) if tok.dep_ == "nsubj" else None)
    if pair is not None and agent is None:
        agent, target = pair
    # A light verb's subject is the noun's agent: "militants launched an attack on X".
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "fired mortars and small arms": the first conjunct's verb
    head = first.head
    if head.dep_ == "prep" and head.head.pos_ == "VERB":
        head = head.head
    if head.dep_ == "conj" and head.pos_ == "VERB" and head.head.lemma_.lower() in INSTRUMENT_VERBS:
        head = head.head  # "fired mortars, grenade launchers": "grenade" misread as a verb
    carrier = head.lemma_.lower() in LIGHT_VERBS or (
        head.lemma_.lower() in INSTRUMENT_VERBS
        and first.dep_ == "dobj"
        and not _less_lethal(tok)
        and not _less_lethal(first)
    )
    if agent is None and head.i != tok.i and carrier:
        agent = _subject(head)
        if agent is not None and agent.i == tok.i:
            agent = None
        if target is None and (symmetric or head.lemma_.lower() in SYMMETRIC):
            target = _side_with(head)
        if target is None:
            target = prep_object(head, preps) or _targeting(head)
    verb = tok.head
    weapon_of = verb.head if verb.lower_ == "with" and verb.dep_ == "prep" else None
    if weapon_of is not None and weapon_of.dep_ == "dobj" and weapon_of.pos_ == "NOUN":
        weapon_of = weapon_of.head  # "blocked the road with burning tyres": "with" on the road
    if (
        agent is None
        and weapon_of is not None
        and weapon_of.pos_ == "VERB"
        and weapon_of.lemma_.lower() not in SYMMETRIC
    ):
        # "militants attacked a convoy with an IED": the weapon's user and victim.
        agent = _subject(weapon_of)
        target = target or dep_child(weapon_of, "dobj") or prep_object(weapon_of, preps)
    if target is None and tok.dep_ == "nsubj" and verb.pos_ == "VERB":
        # "a mob attacked the police": the crowd noun's verb names the target.
        if verb.lemma_.lower() in SYMMETRIC:
            target = _side_with(verb)
        elif not symmetric:
            target = dep_child(verb, "dobj")
            if target is None or target.lemma_.lower() in WEAPON_WORDS:
                target = prep_object(verb, preps | {"to"})
    if target is None and not symmetric and tok.dep_ in ("dobj", "nsubj"):
        # "soldiers were killed when their vehicle hit a landmine"
        target = _consequence_victims(tok.head)
    if (
        target is None
        and not symmetric
        and tok.dep_ == "pobj"
        and tok.head.dep_ in ("agent", "prep")
    ):
        # "two men were killed in an airstrike": the victims of the passive verb.
        target = dep_child(tok.head.head, "nsubjpass")
    elif symmetric and agent is None and target is not None and tok.head.dep_ == "prep":
        # "a soldier was killed in clashes with rebels": the rebels against the soldier's side.
        victims = dep_child(tok.head.head, "nsubjpass")
        if victims is not None:
            agent, target = target, victims
    if symmetric and agent is None and target is None and names_kind_of_sides(tok):
        # "intercommunal clashes broke out": the fight names its two sides' kind.
        return Roles(agent=tok, target=tok)
    return _with_associates(refine(agent), target, symmetric)


def _mutual(tok: Token) -> bool:
    """Whether a plural participant names both sides ("two groups", "rival factions")."""
    return any(c.lower_ in ("two", "2", "both", "rival", "opposing") for c in tok.lefts) or (
        tok.dep_ == "pobj" and _mutual(tok.head.head) if tok.head.lower_ == "of" else False
    )


def _split_modifiers(head: Token) -> tuple[Token, Token] | None:
    """The two names coordinated inside one phrase: "Maasai and Turkana militias", "the army and
    Taliban militants" (never places the parser hung on the phrase: "In Sylhet, Bangladesh,
    members of ...")."""

    def side(tok: Token) -> bool:
        return (named(tok) or tok.lemma_.lower() in ACTOR_NOUNS) and (
            tok.ent_type_ not in _PLACE_ENTITIES
        )

    for child in head.lefts:
        if child.dep_ in ("nmod", "compound", "amod") and side(child):
            others = [c for c in child.children if c.dep_ == "conj" and side(c)]
            if others:
                return child, others[0]
    return None


def _owner(target: Token | None, agent: Token | None) -> Token | None:
    """Whose property was hit: "soldiers died when their vehicle hit a mine" (the soldiers)."""
    if target is None or not any(
        c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in target.children
    ):
        return target
    for i in range(target.i - 1, target.sent.start - 1, -1):
        cand = target.doc[i]
        if cand.dep_ in ("nsubj", "nsubjpass") and cand.pos_ in ("NOUN", "PROPN"):
            return target if _same(cand, agent) else cand
    return target


def _with_associates(agent: Token | None, target: Token | None, symmetric: bool) -> Roles:
    if symmetric and agent is None and target is not None:
        # "a man was killed while exchanging fire with police": the named side comes first.
        agent, target = target, None
    if symmetric and target is None and agent is not None and not conjuncts(agent):
        # "Maasai and Turkana militias clashed": one side each.
        agent, target = _split_modifiers(agent) or (agent, None)
    target = _owner(refine(target), agent)
    assoc1 = conjuncts(agent) if agent is not None else ()
    assoc2 = conjuncts(target) if target is not None else ()
    if symmetric and target is None and assoc1:
        # "X and Y clashed": the two sides oppose each other.
        target, assoc1 = assoc1[0], assoc1[1:]
    assoc1 = tuple(t for t in assoc1 if target is None or t.i != target.i)
    if target is not None and (
        target.lower_ in ("other", "another") or any(c.lower_ == "another" for c in target.children)
    ):
        target = agent  # "fought each other", "clashed with one another"
    elif target is not None and agent is not None and target.i == agent.i:
        target = None
    elif symmetric and target is None and agent is not None and _mutual(agent):
        target = agent  # "two groups of villagers clashed": both sides are villagers
    assoc2 = tuple(t for t in assoc2 if agent is None or t.i != agent.i)
    return Roles(agent=agent, target=target, assoc_agents=assoc1, assoc_targets=assoc2)


def find_roles(trigger: Token, phrase_span: tuple[int, int] | None = None) -> Roles:
    """Find the agent, target and their associates around a trigger token.

    Args:
        trigger: the trigger's head token (a verb or a noun).
        phrase_span: token bounds [start, end) of a multiword trigger ("exchanged fire"); its
            words are never participants.

    Returns:
        The participants' head tokens (any may be missing).
    """
    symmetric = trigger.lemma_.lower() in SYMMETRIC or trigger.lower_ in SYMMETRIC
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        inside = range(*phrase_span) if phrase_span else range(trigger.i, trigger.i + 1)
        return _verb_roles(trigger, symmetric, inside)
    return _noun_roles(trigger, symmetric)
