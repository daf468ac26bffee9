"""Which actor a participant stands for, and the dependency look-ups roles are read with.

A relative pronoun stands for its antecedent ("a man who attacked"); a weapon or event noun for
the group behind it ("an IED planted by X", "a police raid"); "they", "the group" or "the
militants" for the named subject before them; the head of a partitive for the named groups it
coordinates ("members of X and Y").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "ACTOR_NOUNS",
    "EVENT_NOUNS",
    "by_agent",
    "conjuncts",
    "dep_child",
    "is_participant",
    "named",
    "names_kind_of_sides",
    "noun_agent",
    "passive_agent",
    "prep_object",
    "refine",
    "words",
]


def words(text: str) -> frozenset[str]:
    """A word list written as one string ("clash fight battle")."""
    return frozenset(text.split())


# Nouns naming an armed or organised actor when they modify an event noun ("a police raid").
ACTOR_NOUNS = words(
    "police army military militia rebel insurgent militant gang troop soldier government "
    "mob jihadist terrorist gunman bandit pirate coalition navy regime officer policeman "
    "trooper guard fighter attacker assailant vigilante personnel force"
)
# Heads that stand for the named group after "of" ("members of X", "fighters of X").
PARTITIVE_NOUNS = words(
    "member fighter militant element activist cadre unit wing faction chief leader "
    "commander gunman operative rebel"
)
_RELATIVE = frozenset({"who", "which", "that"})
_BACK_REFERENCES = frozenset({"they", "he", "she"})
# Nouns that, after "the", name an actor mentioned before ("the militants", "the group").
_GENERIC_ACTORS = words("group militant attacker assailant gunman insurgent fighter jihadist")
# Participles whose hyphenated name made or used the thing ("a Taliban-planted mine"), unlike
# "Palestinian-owned" or "Turkish-backed".
_MAKER_VERBS = words("plant lay place make launch fire set drop throw carry conduct lead stage")
# Event nouns that may stand as the subject of a consequence ("a police raid killed two").
EVENT_NOUNS = words(
    "raid attack operation assault offensive strike airstrike ambush bombing shelling "
    "explosion blast bomb crackdown gunfire fire"
)


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """The nouns coordinated after ``tok`` ("X, Y and Z": Y and Z for X)."""
    return tuple(c for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON"))


def dep_child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` with one of the dependency labels that may be a participant."""
    return next((c for c in tok.children if c.dep_ in deps and is_participant(c)), None)


def is_participant(tok: Token) -> bool:
    """Dates, times and numbers are never actors ("On 3 May", "at 5 pm")."""
    if tok.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY"):
        return False
    return not (tok.pos_ == "NUM" and tok.ent_type_ in ("CARDINAL", "ORDINAL"))


def prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first of ``tok``'s prepositions in ``preps`` ("attack on X": X)."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = dep_child(child, "pobj")
            if obj is not None and is_participant(obj):
                return obj
    return None


def passive_agent(tok: Token) -> Token | None:
    """The "by X" of a passive verb, or of a verb coordinated with it ("shot and killed by X")."""
    for verb in (tok, *(c for c in tok.conjuncts if c.tag_ == "VBN")):
        agent = dep_child(verb, "agent")
        pobj = dep_child(agent, "pobj") if agent is not None else None
        if pobj is not None:
            return pobj
    return None


def named(tok: Token) -> bool:
    """Whether the token is (part of) a name ("Hamas", "Kenyan")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "NORP", "GPE")


def by_agent(tok: Token) -> Token | None:
    """The actor behind an event or weapon noun: "an IED planted by X", "operations by X",
    "a Taliban-planted bomb"."""
    for child in tok.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = passive_agent(child)
            if agent is not None:
                return agent
        elif child.dep_ == "prep" and child.lower_ == "by":
            pobj = dep_child(child, "pobj")
            if pobj is not None:
                return pobj
        elif child.dep_ == "amod" and child.lemma_.lower() in _MAKER_VERBS and child.i < tok.i:
            # "Taliban-planted": the name hangs on the participle.
            name = next((g for g in child.lefts if named(g) and g.dep_ != "det"), None)
            if name is not None:
                return name
    return None


def _antecedent(tok: Token) -> Token | None:
    """The actor a pronoun, "the group" or "the militants" refers back to: the nearest named
    subject before it in its sentence (or, for a noun, in the sentence before)."""
    sent = tok.sent
    # A pronoun opening a sentence of its own adds to the event before ("They also burned
    # a car."); the pipeline reads it so, and it stays a pronoun.
    before = tok.doc[sent.start - 1].sent if sent.start > 0 and tok.pos_ != "PRON" else None
    lo = before.start if before is not None else sent.start
    for i in range(tok.i - 1, lo - 1, -1):
        cand = tok.doc[i]
        if cand.dep_ == "nsubj" and (
            named(cand) or any(c.dep_ == "compound" and named(c) for c in cand.lefts)
        ):
            return cand
    return None


def refine(tok: Token | None) -> Token | None:
    """The actor a participant stands for: the antecedent of a relative pronoun ("a man who
    attacked"), the group behind a weapon or event noun ("an IED planted by X exploded"), the
    named group of a partitive ("members of X")."""
    if tok is None:
        return None
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lower_ in _BACK_REFERENCES or (
        tok.lemma_.lower() in _GENERIC_ACTORS and [c.lower_ for c in tok.lefts] == ["the"]
    ):
        return _antecedent(tok) or tok
    if tok.pos_ == "NOUN" and tok.lemma_.lower() not in ACTOR_NOUNS:
        behind = noun_agent(tok) if tok.lemma_.lower() in EVENT_NOUNS else by_agent(tok)
        if behind is not None:
            return behind
    if tok.lemma_.lower() in PARTITIVE_NOUNS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = dep_child(child, "pobj")
                # Only for coordination ("members of X and Y clashed": X against Y); the
                # dictionary reads "members of X" itself.
                if pobj is not None and named(pobj) and conjuncts(pobj):
                    return pobj
    return tok


def noun_agent(tok: Token) -> Token | None:
    """The agent of an event noun: "attack by X", "X's attack", "a Taliban attack", "a police
    raid", "an IED planted by X"."""
    agent = prep_object(tok, frozenset({"by"})) or dep_child(tok, "poss") or by_agent(tok)
    if agent is None:
        agent = next(
            (
                c
                for c in tok.lefts
                if (c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in _UNITS)
                or (c.dep_ == "compound" and c.lemma_.lower() in ACTOR_NOUNS)
                or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "ORG", "GPE"))
            ),
            None,
        )
    return agent


# Units of a calibre the parser may read as a name ("82mm mortars", "120 mm shells").
_UNITS = words("mm cm km kg lb cal calibre caliber")
# Modifiers of a fight noun that say what both sides are ("intercommunal clashes").
_SIDE_KINDS = words("communal intercommunal ethnic interethnic tribal intertribal clan interclan")


def names_kind_of_sides(tok: Token) -> bool:
    """Whether a fight noun names what both its sides are ("ethnic clashes", "inter-clan
    fighting")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _SIDE_KINDS for c in tok.lefts)
