"""Negation, modality and attribution of a trigger, read off the dependency parse.

A trigger that is negated ("did not attack", "no clashes"), hypothetical or intended ("will
protest", "threatened to attack", "plans to protest", "called for a strike"), denied or prevented
("denied attacking", "foiled an attack") is not coded: :func:`trigger_modality` returns None.
An attributed trigger is kept with its modality: "claimed", "alleged" or "reported".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from coder.backdrop import holds_protest, in_backdrop_phrase, is_backdrop
from coder.descriptions import describes_the_bereaved
from coder.modality_words import (
    ALLEGE,
    ANNOUNCE,
    CALL_OFF,
    CLAIM,
    CONDITIONAL,
    COURT,
    DENIAL,
    HELD,
    INTENT,
    MODAL_AUX,
    NEGATORS,
    PLANNED_NOUNS,
    PREVENTED,
    PROTEST_HEADS,
    PROTESTER_NOUNS,
    REASON_MARKS,
    REASON_PREPS,
    REASON_VERBS,
    RECALLED,
    REPORT,
    SCHEDULED,
    STATEMENTS,
    TESTIMONY,
)
from coder.models import Modality

_STATES = frozenset({"war", "conflict", "feud", "insurgency", "rivalry", "dispute"})
_LONG_RUNNING = frozenset(
    {"long-running", "protracted", "decades-long", "years-long", "long", "simmering", "ongoing"}
)
# Dependencies that lead out of the trigger's own clause into an independent one.
_CLAUSE_BREAK = frozenset({"relcl", "parataxis", "advcl", "ROOT"})
_MAX_DEPTH = 6


def _negated(tok: Token, own: bool = False) -> bool:
    """Whether a word on the trigger's path is negated; a subject with "no" negates only the
    trigger's own verb ("no explosive had been found"), not a clause that tells of it ("IS
    attacked Iraqi forces, no information on casualties was reported")."""
    for child in tok.children:
        if child.dep_ == "neg" and child.lower_ in NEGATORS:
            return True
        if child.dep_ in ("cc", "preconj") and child.lower_ in ("nor", "neither"):
            return True  # "Nor did they agree to extend the truce"
        if child.dep_ == "det" and child.lower_ == "no":
            return True
        if (
            own
            and child.dep_ in ("nsubj", "nsubjpass")
            and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):
            return True  # "no explosive had been found", "no weapons were seized"
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL:
            return True
        if child.dep_ == "mark" and child.lower_ == "until" and _existential(tok):
            return True  # "will keep up its attacks until there is a ceasefire": none yet
    return False


def _existential(tok: Token) -> bool:
    """Whether a verb is "there is/are" ("until there is a ceasefire")."""
    return tok.lemma_ == "be" and any(c.dep_ == "expl" for c in tok.children)


def _is_reason_clause(tok: Token) -> bool:
    """Whether the clause is the reason of a protest ("marched after a man was killed")."""
    if tok.dep_ != "advcl" or not ({tok.head.lemma_.lower(), tok.head.lower_} & REASON_VERBS):
        return False
    return any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in tok.children)


def _has_particle(tok: Token, word: str) -> bool:
    """Whether a verb has this particle: "carried out an attack" is doing, not holding."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in tok.children)


def _under_condition(tok: Token) -> bool:
    """Whether a verb's clause holds only under a condition ("If we don't pay, they shoot"), or
    tells what came before the news ("ten years since gunmen stormed the school")."""
    marks = (
        {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if tok.pos_ in ("VERB", "AUX")
        else set()
    )
    if "since" in marks:
        return True
    if "after" in marks and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month", "decade")
        for c in tok.head.children
    ):
        return True  # "a prayer ten years after gunmen stormed the school"
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL for m in c.children)
        for c in tok.children
    )


def _ongoing_clause(tok: Token) -> bool:
    """Whether a relative clause tells what someone has been doing ("militiamen who have been
    fighting the army"): a description of the actor, not an event."""
    if tok.dep_ != "relcl" or tok.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children)


# fighting words whose bare infinitive tells a purpose ("troops sent to fight the rebels");
# protest words are left out: "hundreds gathered to protest" is a protest
_PURPOSE_FIGHTS = frozenset({"fight", "attack", "combat", "battle", "kill", "clash", "target"})


def _purpose(trigger: Token) -> bool:
    """Whether a fighting verb is only what something is for ("a new intelligence unit to fight
    gangs", "troops deployed to fight the militants"); "used sticks to attack" tells the deed."""
    if trigger.lemma_.lower() not in _PURPOSE_FIGHTS or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        return False
    if any(t.lemma_.lower() in ("use", "employ") for t in trigger.ancestors):
        return False  # "used clubs and whips to attack the marchers": a weapon, not a purpose
    if trigger.dep_ == "acl":
        return trigger.head.pos_ == "NOUN"
    return trigger.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children
    )


def _intended_infinitive(tok: Token) -> bool:
    """Whether a clause is what someone intends or threatens ("threatened on Monday to
    attack": the parser may attach the infinitive as a clause of its own), or what a thing is
    for ("a new intelligence unit to fight gangs")."""
    if tok.dep_ not in ("advcl", "xcomp", "ccomp") or tok.head.i == tok.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.head.lower_ in SCHEDULED or any(
        c.dep_ == "acomp" and c.lower_ in SCHEDULED for c in tok.head.children
    ):
        return True  # "negotiators are due to meet the rebels next week"
    return bool({tok.head.lemma_.lower(), tok.head.lower_} & INTENT)


def _called_off(verb: Token) -> bool:
    """Whether a verb calls off what it governs ("postponed the march", "called off the strike")."""
    lemma = verb.lemma_.lower()
    return lemma in CALL_OFF or (lemma == "call" and _has_particle(verb, "off"))


def _has_modal_aux(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_AUX:
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and tok.head.lower_ == "going":
            return True
    return False


# Words whose object or complement is a reason or a demand ("demanded the release of ...",
# "condemned the killing"), and the dependencies that lead into it.
_DEMAND_HEADS = (REASON_VERBS - {"protest", "demonstrate", "rally", "march"}) | {"call"}
_STATEMENT_VERBS = frozenset({"condemn", "denounce", "deplore", "decry"})
_DEMAND_ARGS = frozenset({"dobj", "prep", "pobj", "ccomp", "xcomp", "attr", "acomp", "npadvmod"})
# A protest's direct object is its reason ("protested the arrest"); its other complements tell
# how it went ("demonstrated, setting fire to tyres").
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally", "march"})
_PROTEST_REASON_PREPS = REASON_PREPS | {"for", "after"}
_PROTEST_NOUNS = frozenset(
    {"protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march"}
)


def _demanding_protest(tok: Token) -> bool:
    """Whether a protest word is the one that demands ("their demonstration demanding the
    government's resignation", which the parser may hang below "demanding"): the protest is
    what happened, not what is demanded."""
    return tok.i < tok.head.i and bool({tok.lemma_.lower(), tok.lower_} & _PROTEST_NOUNS)


def _protest_before(tok: Token) -> bool:
    """Whether a protest word names a protest that came before the news ("burned shops
    following the demonstrations"): violence after a protest is not the protest itself."""
    if not ({tok.lemma_.lower(), tok.lower_} & _PROTEST_NOUNS):
        return False
    if tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj" and prep.lower_ == "following" and prep.dep_ in ("prep", "acl", "advcl")
    )


def counts_as_context(tok: Token) -> bool:
    """Whether a word tells what happened, so a rule's context condition may count it.

    A word that is the reason or the demand of a protest ("protested against the arrest of ...",
    "demanding the release of students detained by police") does not report an event of the
    text, nor does a protest that came before the news ("following the demonstrations").
    (Negated words still count: rules look for "no clashes" on purpose.)
    """
    if _protest_before(tok):
        return False
    dated_clause = False
    for _ in range(_MAX_DEPTH + 1):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return True
        if tok.dep_ == "relcl" and any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
            dated_clause = True  # "the killing of X, who was shot dead ... on Saturday 5 July"
        keys = {head.lemma_.lower(), head.lower_}
        if dated_clause and keys & _STATEMENT_VERBS:
            return True  # a rights group's statement tells the killing it condemns
        if (
            tok.dep_ == "prep"
            and tok.lower_ in _PROTEST_REASON_PREPS
            and (keys & PROTEST_HEADS or holds_protest(head))
        ):
            return False
        if _is_reason_clause(tok):
            return False
        if tok.dep_ in _DEMAND_ARGS and keys & _DEMAND_HEADS and not _demanding_protest(tok):
            return False
        if tok.dep_ == "dobj" and keys & _PROTEST_VERBS:
            return False
        tok = head
    return True


_RUMOUR_SOURCES = frozenset(
    {"post", "posts", "account", "accounts", "user", "users", "rumour", "rumours", "rumor"}
    | {"rumors", "message", "messages", "video", "videos", "handle", "handles", "page", "pages"}
    | {"caption", "captions"}
)


def _rumour_source(verb: Token) -> bool:
    """Whether a verb of saying has social-media posts or rumours for its speaker: what they
    claim is hearsay the report goes on to weigh (or deny), not an event it tells."""
    if verb.dep_ in ("acl", "relcl") and verb.head.lower_ in _RUMOUR_SOURCES:
        return True  # "videos ... with captions claiming that a car bomb had gone off"
    for node in (verb, verb.head):  # the parser may hang "had claimed" on "posts shared"
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                words = {t.lower_ for t in c.subtree}
                return bool(words & _RUMOUR_SOURCES) or {"social", "media"} <= words
    return False


def trigger_modality(trigger: Token, sent: Span) -> Modality | None:
    """Decide whether a trigger reports an event that happened, and how the text asserts it.

    Args:
        trigger: the trigger's head token.
        sent: its sentence.

    Returns:
        "asserted", "reported", "claimed" or "alleged"; None when the event is negated,
        hypothetical, intended, threatened, denied or prevented (then nothing is coded).
    """
    attribution: Modality = "asserted"
    tok = trigger
    prev: Token | None = None
    verb_seen = via_conj = False
    if any(
        (c.dep_ == "amod" and c.lower_ in RECALLED)
        or (c.dep_ == "advmod" and c.lower_ == "recently")
        for c in trigger.children
    ) or describes_the_bereaved(trigger):
        return None
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        return None  # "talks ended without an agreement"
    if _purpose(trigger):
        return None
    if (
        trigger.dep_ == "attr"
        and trigger.head.tag_ == "VBZ"
        and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in trigger.head.children
        )
    ):
        return None  # "This is a clash we did not ask for": a name for something, not an event
    if trigger.lemma_.lower() in _STATES and any(
        c.dep_ == "amod" and c.lower_ in _LONG_RUNNING for c in trigger.children
    ):
        return None  # "the long-running war between the cartels": a state of affairs
    for depth in range(_MAX_DEPTH):
        lemma = tok.lemma_.lower()
        keys = {lemma, tok.lower_}
        if depth > 0:
            if keys & REASON_VERBS:
                return None
            if lemma == "charge" and prev is not None and prev.lower_ == "with":
                return None  # "officers charged with murdering a student": a court's business
            if (
                lemma == "follow"
                and tok.tag_ in ("VBZ", "VBD", "VBP")
                and prev is not None
                and prev.dep_ == "dobj"
            ):
                return None  # "The protest follows last week's demonstrations, during which ..."
            if lemma == "rule" and _has_particle(tok, "out"):
                return None  # "ruled out negotiating"
            if (
                keys & ANNOUNCE
                and trigger.pos_ == "NOUN"
                and trigger.lemma_.lower() in PLANNED_NOUNS
            ):
                return None  # "announced a march next Saturday"
            if keys & TESTIMONY or (
                keys & REPORT and any(c.lemma_.lower() in COURT for c in tok.children)
            ):
                return None  # "Prosecutors told the court that ... a crowd clashed with police"
            if (
                prev is trigger
                and trigger.dep_ == "nsubj"
                and trigger.lemma_.lower() in PROTESTER_NOUNS
                and keys & STATEMENTS
            ):
                return None  # "The protesters announced a sit-in", "Demonstrators blame ..."
            if prev is trigger and trigger.dep_ in ("dobj", "nsubjpass") and _called_off(tok):
                return None  # "the march had been postponed", "organisers called off the rally"
            if keys & HELD and trigger.pos_ == "NOUN" and not _has_particle(tok, "out"):
                return None
            if tok.dep_ == "prep" and (
                tok.lower_ == "against"
                or (tok.lower_ in REASON_PREPS and tok.head.lemma_.lower() in PROTEST_HEADS)
            ):
                return None
            intent = keys & INTENT
            if lemma == "tell" and prev is not None and prev.dep_ != "xcomp":
                intent = set()  # "..., police told reporters": a report; "told them to leave"
            if intent or keys & DENIAL or keys & PREVENTED or is_backdrop(tok):
                return None
            if describes_the_bereaved(tok):
                return None  # "a boy killed in the fighting": the fighting of his death
            if lemma in ALLEGE and trigger.tag_ == "NNS":
                return None  # "accused of killings and kidnappings": a charge, not an event
            if (keys & CLAIM or keys & REPORT or keys & ALLEGE) and _rumour_source(tok):
                return None  # "Posts shared on social media claimed that soldiers had been killed"
            if lemma in CLAIM:
                attribution = "claimed"
            elif lemma in ALLEGE and attribution == "asserted":
                attribution = "alleged"
            elif lemma in REPORT and attribution == "asserted":
                attribution = "reported"
        if _negated(tok, own=tok.i == trigger.i) or _under_condition(tok) or _ongoing_clause(tok):
            return None
        if _intended_infinitive(tok):
            return None
        if (not verb_seen or via_conj) and _has_modal_aux(tok):
            return None  # "will pull back ... and hand over": the modal governs both verbs
        if tok.pos_ in ("VERB", "AUX"):
            verb_seen = True
        via_conj = tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
        if _is_reason_clause(tok):
            return None
        if tok.dep_ in _CLAUSE_BREAK or tok.head.i == tok.i:
            if _intended_infinitive(tok):
                return None
            if tok.dep_ == "relcl" and in_backdrop_phrase(tok.head):
                return None  # "ten years since the attack that killed 140", "since the
                # massacre in Solhan, where more than 130 people were killed"
            break
        prev = tok
        tok = tok.head
    # Attribution adverbs and "according to" anywhere in the sentence.
    for t in sent:
        low = t.lower_
        if low in ("allegedly", "purportedly"):
            return "alleged" if attribution == "asserted" else attribution
        if attribution == "asserted" and (
            low == "reportedly"
            or (low == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to")
        ):
            attribution = "reported"
    return attribution
