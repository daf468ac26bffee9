"""Words that look like event triggers but name no event where they stand.

"Three of the wounded died" (people), "ISWAP claimed the blast" (an event told before), "the
fight against poverty" (a speech), "residents gathered near the well" (who was hit), "the crowd
dispersed by noon" (nobody broke it up), "shell-shocked" (a description). ``find_triggers`` asks
``no_event_word`` of every word before it looks the word up in the codebook.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from coder.modality_words import SPEECH
from coder.side_clauses import tells_another_time
from coder.word_senses import other_sense

__all__ = ["acts_alone", "no_event_word", "opens_compound_adjective"]


def no_event_word(tok: Token, lemma: str, low: str) -> bool:
    """Whether a word that looks like a trigger names no event of its own here (people, a
    claim, a speech's struggle, a description): the sentence is read without it.

    Args:
        tok: the word.
        lemma, low: its lemma and lower-cased form (``token_keys``).

    Returns:
        True when the word is no trigger in this sentence.
    """
    if low in _PEOPLE_ADJECTIVES and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return True  # "three of the wounded died overnight": people, no new event
    if low == "recruits" and tok.tag_ == "NNS":
        return True  # "killed hundreds of air force recruits": people, not recruitment
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "disperse" and acts_alone(tok.head):
        return True  # "after the protesters had dispersed": the end of the protest told
    if lemma == "disperse" and acts_alone(tok):
        return True  # "the crowd dispersed by noon": nobody broke it up
    if lemma in _HARM and _names_victims(tok):
        return True  # "the mother of one of the young men killed": who they were
    if tok.tag_ == "NN" and tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH:
        return True  # "said one protester, a day labourer": a speaker, not a protest
    if _claimed(tok):
        return True  # "ISWAP claimed the blast the following day": the event told before
    if lemma in _STRUGGLE and _against_an_ill(tok):
        return True  # "a long fight against ignorance and poverty"
    if lemma == "displace" and tok.dep_ == "acl":
        return True  # "home to four million people, many of them displaced": who they are
    if lemma == "displace" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _WARS for c in tok.children
    ):
        return True  # "Sudan's war has displaced more than 11 million people": a tally
    if (
        lemma in ("kill", "displace")
        and tok.dep_ == "relcl"
        and any(t.lemma_.lower() in _WARS for t in tok.head.subtree if t.i < tok.i)
    ):
        return True  # "nearly 14 years of war, which killed hundreds of thousands": a tally
    if _over_a_period(tok) or (tok.dep_ == "pobj" and _over_a_period(tok.head.head)):
        return True  # "another week of shootouts, arrests and fear", "a wave of attacks"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("after", "since")
        and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "decade", "month")
            for c in tok.head.children
        )
    ):
        return True  # "Seventeen years after the peace accord, victims still wait"
    if tells_another_time(tok):
        return True  # "two days before troops and rebels clashed", "the 2004 raid, in which ..."
    if _hearsay(tok):
        return True  # "spreading fake news about an attack on an Army establishment"
    if other_sense(tok, lemma, low):
        return True  # "head torches", "demonstrates its commitment", "executed the plan"
    if lemma in ("wound", "injury") and tok.pos_ == "NOUN":
        return True  # "two who succumbed to their wounds": a harm, told with its event
    if (tok.tag_ == "NNS" or (tok.tag_ == "VBN" and tok.dep_ == "acl")) and _counted(tok):
        return True  # "brings to 41 the number of civilians killed in attacks on Idlib": a tally
    if _since_a_year(tok):
        return True  # "the RDF, which has deployed troops in Cabo Delgado since 2021": a state
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _TOPICS:
        return True  # "the issue of kidnapping still divides the two sides": a topic
    if tok.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children):
        return True  # "With the army also fighting Fano militias in Amhara, ...": a circumstance
    if _habitual(tok):
        return True  # "TTP fighters who carry out attacks inside Pakistan": what they do
    if tok.dep_ == "poss" and lemma in _PROTESTERS:
        return True  # "he understood the protesters' anger": people, not a protest
    if _in_quotes(tok):
        return True  # describing the cuts as a "ceasefire" on spending: a word quoted
    if _topic_of_copula(tok):
        return True  # "Extortion has become the top security concern": a topic
    if tok.dep_ == "xcomp" and tok.head.lemma_ in _LEARNING:
        return True  # "He learned to fight on those roads": a skill, no event
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in _LEARNING:
        return True  # "Our soldiers are trained for combat": a skill, no event
    if _repeated(tok):
        return True  # "Zawiya has seen repeated outbreaks of fighting": a history
    if tok.pos_ == "NOUN" and lemma not in _GATHERINGS and _COMMEMORATION_RE.search(tok.sent.text):
        return True  # "A minute of silence was observed at 3.20 pm, the time the blast struck"
    if lemma in _STRUGGLE and _to_rescue(tok):
        return True  # "volunteers battled for hours to pull survivors from the debris"
    if _told_in_court(tok):
        return True  # "Five men were charged in connection with the attack"
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP"):
        return True  # "Every noise is a shootout": what something is like, no event
    # "fired on residents gathered near the well": who was hit; "gathering information"
    return lemma in _GATHERING and (
        _describes_object(tok) or any(c.lower_ in _GATHERED_THINGS for c in tok.children)
    )


def opens_compound_adjective(tok: Token) -> bool:
    """Whether a word opens a hyphenated adjective: "shell-shocked", "war-torn"."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].lower_ in _DESCRIBING_HALVES
    )


_WARS = frozenset({"war", "conflict", "fighting", "violence", "crisis", "insurgency"})
# "a week of shootouts", "a wave of attacks": many events summed up, none told
_PERIODS = frozenset({"week", "weeks", "month", "months", "year", "years", "days", "night"})
_SERIES = frozenset({"wave", "string", "spate", "spree", "series", "cycle", "campaign"})
_TRENDS = frozenset({"surge", "rise", "increase", "uptick", "spike", "upsurge", "decline", "drop"})
_COURT_VERBS = frozenset(
    {"charge", "convict", "sentence", "try", "indict", "acquit", "jail", "arraign", "prosecute"}
)


def _over_a_period(tok: Token) -> bool:
    """Whether an event noun is what a period or a series was made of ("another week of
    shootouts", "a wave of attacks with explosives")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "conj"):
        return False
    head = tok
    while head.dep_ == "conj":
        head = head.head
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lower_ in _TRENDS:
        return True  # "a surge in militant violence this year": a trend, no event
    if head.dep_ != "pobj" or prep.lower_ != "of":
        return False
    holder = prep.head.lower_
    return holder in _SERIES or (holder in _PERIODS and tok.tag_ == "NNS")


# a remembrance of an event: its words name the event remembered
_COMMEMORATION_RE = re.compile(
    r"(?i)\b(?:minute'?s?\s+(?:of\s+)?silence|moment\s+of\s+silence|commemorat\w*|"
    r"memorial\s+(?:service|ceremony|prayers?)|laid\s+wreaths?|anniversary\s+of|in\s+memory\s+of|"
    r"black\s+armbands?)\b"
)
# a protest held to remember is still a protest ("a demonstration was staged to commemorate")
_GATHERINGS = frozenset(
    {"demonstration", "protest", "rally", "march", "vigil", "sit-in", "gathering", "procession"}
)
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_NAMING = frozenset({"so-called", "called", "dubbed", "termed", "branded", "labelled", "labeled"})
_LEARNING = frozenset({"learn", "teach", "train", "like", "love"})
_RESCUE_VERBS = frozenset(
    {"pull", "save", "rescue", "contain", "extinguish", "put", "control", "recover", "evacuate"}
    | {"reach", "find", "free", "treat", "keep", "restore", "clear", "douse"}
)


def _in_quotes(tok: Token) -> bool:
    """Whether a word stands alone between quotation marks as what something is called
    ("describing the cuts as a "ceasefire"", "a so-called "war""): a word quoted, not an event
    (students who went on "rampage" still rioted)."""
    doc = tok.doc
    if not (0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in _QUOTES):
        return False
    if doc[tok.i + 1].text not in _QUOTES:
        return False
    before = doc[max(0, tok.i - 4) : tok.i - 1]
    return (tok.head.lower_ == "as" and tok.dep_ == "pobj") or any(
        t.lower_ in _NAMING for t in before
    )


def _topic_of_copula(tok: Token) -> bool:
    """Whether a bare event noun is the subject of "is/has become/remains" + a noun: what it is
    ("Extortion has become the top security concern"), not that it happened."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "nsubj" or tok.lower_.endswith("ing"):
        return False  # "Several fighting with Douze were Batwa": fighters, misparsed
    if tok.head.lemma_ not in ("be", "become", "remain"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False  # "The attack was the deadliest ...": that attack
    return any(c.dep_ == "attr" for c in tok.head.children)


def _to_rescue(tok: Token) -> bool:
    """Whether a fighting verb has a rescue as its purpose ("battled to pull survivors from the
    debris", "fought to contain the blaze"): a struggle, no fight."""
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in _RESCUE_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


_TOPICS = frozenset({"issue", "question", "problem", "topic", "practice", "scourge", "menace"})


def _habitual(tok: Token) -> bool:
    """Whether an event word is what a relative clause in the simple present says people do
    ("fighters who carry out attacks inside Pakistan", "a gang that extorts traders"), in a
    sentence told in the past or the perfect: a description of the people, no event."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    root = verb.sent.root
    perfect = root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in root.children
    )
    return root.tag_ == "VBD" or perfect


_HEARSAY = frozenset({"news", "rumour", "rumours", "rumor", "rumors", "reports", "claims"})
_FALSE = frozenset({"fake", "false", "baseless", "unfounded", "untrue", "fabricated"})


def _hearsay(tok: Token) -> bool:
    """Whether an event noun is what false news or rumours are about."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("about", "of"):
        return False
    holder = tok.head.head
    if holder.pos_ == "VERB":  # "spreading fake news about an attack": "about" hangs on the verb
        holder = next((c for c in holder.children if c.dep_ == "dobj"), holder)
    return holder.lower_ in _HEARSAY and (
        holder.lower_.startswith("rum") or any(c.lower_ in _FALSE for c in holder.children)
    )


def _told_in_court(tok: Token) -> bool:
    """Whether a definite event noun is what someone is charged or tried for."""
    if tok.pos_ != "NOUN" or not any(c.lower_ in ("the", "that", "this") for c in tok.children):
        return False
    node = tok
    for _ in range(4):
        node = node.head
        if node.lemma_.lower() in _COURT_VERBS:
            return True
        if node.head.i == node.i:
            break
    return False


_GATHERING = frozenset({"gather", "assemble", "congregate"})
_GATHERED_THINGS = frozenset({"information", "intelligence", "evidence", "data", "signatures"})
_PEOPLE_ADJECTIVES = frozenset({"wounded", "injured", "dead", "abducted", "kidnapped"})


_HARM = frozenset({"kill", "injure", "wound", "abduct", "kidnap", "detain", "arrest"})


def _names_victims(tok: Token) -> bool:
    """Whether a participle only says who people are: "one of the men killed", "families of
    those detained"."""
    noun = tok.head
    return tok.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "of"


_STRUGGLE = frozenset({"fight", "battle", "war", "struggle", "combat"})
# what one fights only in speeches: "the fight against poverty", "fighting on many fronts at once:
# against poverty, against inequality"
_ILLS = frozenset(
    {
        "poverty",
        "corruption",
        "inequality",
        "ignorance",
        "hunger",
        "disease",
        "inflation",
        "unemployment",
        "impunity",
        "terrorism",
        "extremism",
        "insecurity",
        "banditry",
        "drugs",
        "illiteracy",
        "malaria",
        "climate",
    }
)


_PRIZES = frozenset(
    {"seat", "nomination", "ticket", "votes", "presidency", "governorship", "title", "trophy"}
)


def _against_an_ill(tok: Token) -> bool:
    """Whether a fight word is aimed at an ill, not at people ("the fight against poverty")."""
    sent = tok.sent
    window = sent.doc[tok.i : min(sent.end, tok.i + 12)]
    if any(t.lower_ in _PRIZES for t in window[:8]) and any(t.lower_ == "for" for t in window[:4]):
        return True  # "fighting for the Ikinu ward seat": a candidate, not a fighter
    return any(
        t.lower_ == "against" and t.i + 1 < sent.end and sent.doc[t.i + 1].lower_ in _ILLS
        for t in window
    )


_BARE = frozenset({"det", "poss", "amod", "compound", "case"})


def _claimed(tok: Token) -> bool:
    """Whether an event noun is what a group claimed or an official confirmed ("claimed the
    attack", "claimed responsibility for the blast", "confirmed the abduction"): the claim
    points back to an event already told."""
    if tok.pos_ != "NOUN" or any(c.dep_ not in _BARE for c in tok.children):
        return False  # "claimed the kidnapping of two engineers near Lere", "claimed a
        # landmine that destroyed an army vehicle": the claim tells the event
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "for" and head.head.lemma_ == "responsibility":
        head = head.head.head
    return head.lemma_ in ("claim", "confirm") and tok.dep_ in ("dobj", "pobj")


def acts_alone(verb: Token) -> bool:
    """Whether a verb is used without an object or agent, its subject acting alone."""
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"dobj", "agent", "nsubjpass"}


def _describes_object(tok: Token) -> bool:
    """Whether a participle describes the object of another verb or preposition ("opened fire
    on residents gathered near the well"), not a subject ("Hundreds of miners gathered")."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and noun.dep_ in ("dobj", "pobj")
        and not (noun.dep_ == "pobj" and noun.head.lower_ == "of")
    )


# second halves of hyphenated adjectives that describe, never report: "shell-shocked"
_DESCRIBING_HALVES = frozenset(
    {"shocked", "torn", "hardened", "scarred", "weary", "ravaged", "stricken", "proof", "damaged"}
)


def _since_a_year(verb: Token) -> bool:
    """Whether a verb in the perfect runs "since" a year: what has held for years ("has
    deployed troops since 2021", "have killed thousands since 2017"), not the day's news."""
    if verb.pos_ != "VERB" or not any(c.lower_ in ("has", "have") for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(g.like_num and len(g.text) == 4 and g.text[:2] in ("19", "20") for g in c.children)
        for c in verb.children
    )


def _counted(tok: Token) -> bool:
    """Whether a word lies under "the number of ..." ("the number of people killed in attacks by
    bandits has risen to 420"): plural events are counted, not told."""
    for anc in list(tok.ancestors)[:8]:
        if anc.lemma_.lower() == "number" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in anc.children
        ):
            return True
    return False


_REPEATED = frozenset({"repeated", "frequent", "recurring", "recurrent", "regular", "periodic"})


def _repeated(tok: Token) -> bool:
    """Whether an event word is told as recurring ("repeated outbreaks of fighting", "frequent
    attacks"): a history of the place, no event of the day."""
    nouns = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        nouns.append(tok.head.head)  # "outbreaks of fighting"
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        nouns.extend(g for g in agent.children if g.dep_ == "pobj")  # "hit by repeated attacks"
    return any(c.dep_ == "amod" and c.lower_ in _REPEATED for n in nouns for c in n.children)
