"""Who someone is, not what happened: a trigger that only describes a person ("the father of a
boy killed in the fighting", "said Ali, a driver who joined the blockade") tells of an event told
before, or of none, and codes nothing of its own."""

from __future__ import annotations

from spacy.tokens import Token

from coder.modality_words import KIN, SPEECH

# verbs by which a speaker is described as a participant: "who joined the protest"
_TAKE_PART = frozenset({"join", "attend"})


def describes_the_bereaved(trigger: Token) -> bool:
    """Whether a participle only says who someone's dead kin were ("the father of a boy killed
    in the fighting", "relatives of those killed"): the death was told, or happened, before."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    noun = trigger.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("of", "for")
        and noun.head.head.lemma_.lower() in KIN
    )  # "a funeral for the soldiers killed in the ambush"


def describes_a_speaker(trigger: Token) -> bool:
    """Whether an event noun only says who a quoted person is ("said Alberto Cossa, a driver who
    joined the blockade", "said a labourer who took part in the march"): the protest is the one
    the article tells, not another."""
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head  # "took part in the march"
        if verb.lower_ == "part":
            verb = verb.head
        if verb.lemma_.lower() != "take":
            return False
    elif trigger.dep_ != "dobj" or verb.lemma_.lower() not in _TAKE_PART:
        return False
    if verb.dep_ != "relcl":
        return False
    person = verb.head
    if person.dep_ == "appos":
        person = person.head
    return person.dep_ in ("nsubj", "dobj") and person.head.lemma_.lower() in SPEECH


# event nouns a report uses again for an event it has told: "during the attack", "the blast"
_TOLD_AGAIN = frozenset(
    {
        "attack",
        "attacks",
        "raid",
        "assault",
        "ambush",
        "bombing",
        "blast",
        "explosion",
        "strike",
        "strikes",
        "airstrike",
        "shelling",
        "clash",
        "clashes",
        "fighting",
        "violence",
        "killing",
        "killings",
        "shooting",
        "massacre",
        "abduction",
        "kidnapping",
    }
)
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their"})
_OWN_MARKS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})


def names_a_told_event(trigger: Token) -> bool:
    """Whether an event noun names an event already told, with nothing of its own ("Police
    blamed the attack on al-Shabaab", "officers withdrew to their station during the attack"):
    "the attack" with no place, day or count of its own, in a sentence that names no new place
    or day."""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in _TOLD_AGAIN:
        return False
    dets = [c for c in trigger.children if c.dep_ in ("det", "poss")]
    if not any(c.lower_ in _BACK_DETERMINERS for c in dets):
        return False
    if any(t.ent_type_ in _OWN_MARKS and not _in_description(t, trigger) for t in trigger.subtree):
        return False  # "the attack on a police post in Bama", "Monday's attack"
    sent = trigger.sent
    earlier = trigger.doc.text[: sent.start_char].lower()
    return not any(
        e.label_ in ("DATE", "TIME")
        or (e.label_ in ("GPE", "LOC", "FAC") and e.text.lower() not in earlier)
        for e in sent.ents
        if not _in_description(e.root, None)  # "the group that has planted bombs in Wajir"
    )


def _in_description(tok: Token, top: Token | None) -> bool:
    """Whether a token lies in a relative clause or an apposition (a description of someone)
    below ``top`` (or anywhere in its sentence)."""
    while tok.head.i != tok.i and tok is not top:
        if tok.dep_ in ("relcl", "acl", "appos"):
            return True
        tok = tok.head
    return False


CROWD_EVENTS = frozenset({"Protests", "Riots"})
_FAMILIES = (
    frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    CROWD_EVENTS,
)


def told_of_its_kind(event_type: str, told: set[str]) -> bool:
    """Whether an event of the same family (armed violence; crowds) has been told already."""
    return any(event_type in f and told & f for f in _FAMILIES) or event_type in told


def heard_by_a_witness(trigger: Token) -> bool:
    """Whether an event noun is what a witness heard or saw ("a resident told us he heard at
    least four huge explosions"): the event the report has told, seen from one place."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in ("hear", "see", "witness")
