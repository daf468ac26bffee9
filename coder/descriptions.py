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
