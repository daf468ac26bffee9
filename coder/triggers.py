"""Finding trigger words: which words and phrases of a sentence may fire which codebook rules.

A cheap set lookup of a sentence's lemmas against the codebook's trigger lemmas (and the first
words of multiword triggers) decides whether any further work is done. Dates, words inside proper
names, descriptions ("looted funds") and page furniture (captions, bylines) never trigger.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from coder.codebook import Codebook, CompiledRule
from coder.trigger_filters import no_event_word, opens_compound_adjective
from coder.trigger_words import (
    BUSINESS,
    FIGURATIVE_CONTEXT,
    FIGURATIVE_TRIGGERS,
    SPORT,
)

__all__ = [
    "Trigger",
    "depth",
    "find_triggers",
    "is_date_word",
    "is_name_part",
    "ruled_out_lemmas",
    "token_keys",
]


def token_keys(tok: Token) -> tuple[str, str]:
    """The keys a word is looked up by: its lemma and its lower-cased form."""
    return tok.lemma_.lower(), tok.lower_


Trigger = tuple[Token, int, int, list[CompiledRule]]
# event words that may only qualify a noun, and the nouns they then qualify: "riot police",
# "bomb squad", "protest leaders"
_EVENT_MODIFIERS = frozenset(
    {"riot", "protest", "bomb", "strike", "demonstration", "rally", "raid", "attack"}
    | {"murder", "killing", "kidnapping", "abduction", "shooting", "rape", "terrorism"}
)
_NAMED_BY_EVENT = frozenset(
    {
        "police",
        "policeman",
        "officer",
        "gear",
        "squad",
        "unit",
        "leader",
        "organiser",
        "organizer",
        "movement",
        "control",
        "shield",
        "vehicle",
        "truck",
        "siren",
        "alert",
        "warning",
        "shelter",
        # "murder suspects", "a kidnapping case": the business of courts and police
        "suspect",
        "case",
        "charge",
        "trial",
        "investigation",
        "probe",
        "inquiry",
        "convict",
    }
)


def find_triggers(sent: Span, codebook: Codebook) -> list[Trigger]:
    """Trigger tokens/phrases of a sentence with the rules they may fire (priority order)."""
    found: list[Trigger] = []
    for tok in sent:
        if is_date_word(tok) or is_name_part(tok):
            continue
        if names_who(tok):
            # "riot police", "bomb squad", "protest leaders": who or what, not an event
            _match_phrases(tok, sent, codebook, found)
            continue
        if (tok.dep_ == "amod" and tok.i + 1 < sent.end) or opens_compound_adjective(tok):
            # "looted funds", "a burnt building", "shell-shocked", "battle-hardened": a
            # description, not an event. (Phrases that start with an adjective, "suicide
            # attack", are matched below.)
            _match_phrases(tok, sent, codebook, found)
            continue
        lemma, low = token_keys(tok)
        rules = list(codebook.lemma_index.get(lemma, ()))
        if low != lemma:
            rules += [r for r in codebook.lemma_index.get(low, ()) if r not in rules]
        opens_phrase = lemma in codebook.phrase_index or low in codebook.phrase_index
        if not (rules or opens_phrase) or no_event_word(tok, lemma, low):
            continue  # the filters are asked only of words the codebook knows
        if rules:
            found.append((tok, tok.i, tok.i + 1, rules))
        _match_phrases(tok, sent, codebook, found)
    return found


def _match_phrases(tok: Token, sent: Span, codebook: Codebook, found: list[Trigger]) -> None:
    doc = sent.doc
    for first in set(token_keys(tok)):
        for words, rule in codebook.phrase_index.get(first, ()):
            end = tok.i + len(words)
            if end > sent.end:
                continue
            if all(w in token_keys(doc[tok.i + k]) for k, w in enumerate(words)):
                head = min(doc[tok.i : end], key=lambda t: depth(t))
                if names_who(head) or no_event_word(head, *token_keys(head)):
                    continue  # "air raid sirens", "years after the peace accord"
                found.append((head, tok.i, end, [rule]))


_MONTHS = frozenset({"march", "may"})


def names_who(tok: Token) -> bool:
    """Whether an event word only qualifies who or what ("riot police", "bomb squad")."""
    return (
        tok.dep_ == "compound"
        and tok.tag_ in ("NN", "NNP")  # "attacks police officers": a misparsed verb, no modifier
        and tok.lemma_.lower() in _EVENT_MODIFIERS
        and tok.head.lemma_.lower() in _NAMED_BY_EVENT
    )


def is_date_word(tok: Token) -> bool:
    """Month names and date expressions are never triggers ("On 5 March", "in May")."""
    return tok.ent_type_ in ("DATE", "TIME") or (tok.is_title and tok.lower_ in _MONTHS)


_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})


def is_name_part(tok: Token) -> bool:
    """Words inside a proper name are not triggers ("National Torch Movement", "the Foundation
    for Peace and Reconciliation")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ in _NAME_ENTS:
        return True
    if not tok.is_title or tok.is_sent_start:
        return False
    for k in range(tok.i - 1, max(tok.sent.start, tok.i - 6) - 1, -1):
        left = tok.doc[k]
        if left.lower_ in _NAME_BODIES and left.is_title:
            return True
        if not (left.is_title or left.lower_ in _NAME_LINKS):
            return False
    return False


# the nouns that open an organization's name, and the words that link its parts
_NAME_BODIES = frozenset(
    {"foundation", "commission", "council", "institute", "centre", "center", "committee"}
    | {"ministry", "agency", "office", "network", "forum", "association", "society", "league"}
    | {"coalition", "alliance", "fund", "trust", "programme", "program", "initiative"}
)
_NAME_LINKS = frozenset({"for", "of", "and", "the", "on", "&"})


def depth(tok: Token) -> int:
    """How many arcs separate a token from its sentence's root."""
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


# Words of a match report, shared by the sentence test and the whole-article test below
def sports_article(doc: Doc) -> bool:
    """Whether a whole text is a sports report (four or more different sports words) or a
    business story (five or more different business words): its "battle", "clash" and "fired
    at us" are metaphors in every sentence."""
    words = {t.lower_ for t in doc}
    return len(words & SPORT) >= 4 or len(words & BUSINESS) >= 5


def figurative(sent: Span) -> bool:
    """Whether a sentence speaks of sport or business, so that its conflict words are
    metaphors (at least two different such words: "His 78th-minute strike may yet decide the
    title"; "league" alone is a party's name too: "Awami League")."""
    return len({t.lower_ for t in sent} & FIGURATIVE_CONTEXT) >= 2


# Who clashes only in words: "rival administrations have clashed over control of the bank"
_TALKERS = frozenset(
    {
        "government",
        "administration",
        "official",
        "minister",
        "lawmaker",
        "delegate",
        "delegation",
        "side",
        "party",
        "leader",
        "council",
        "parliament",
        "mp",
        "senator",
        "politician",
        "negotiator",
        "ally",
        "partner",
        "institution",
        "ministry",
        "president",
    }
)


def verbal_clash(tok: Token) -> bool:
    """Whether "clashed" is a quarrel: governments, officials or delegations that "clashed over"
    something (farmers and herders who "clashed over grazing land" still fought)."""
    after = tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 7)]
    if tok.lemma_.lower() != "clash" or not any(t.lower_ == "over" for t in after):
        return False  # "clashed (repeatedly this month) over control of the bank"
    if any(
        t.dep_ == "pobj" and t.head.lower_ == "over" and t.lemma_.lower() in _DISPUTED
        for t in after
    ):
        return True  # "Treasury and miners clash over gold royalties": a dispute over money
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lemma_.lower() not in _TALKERS for s in subjects):
        return False
    # "the administrations in Tripoli and the east", "the government and its partners"
    return all(
        c.lemma_.lower() in _TALKERS or c.lemma_.lower() in _QUARTERS or c.pos_ == "PROPN"
        for s in subjects
        for c in s.conjuncts
    )


_QUARTERS = frozenset({"east", "west", "north", "south", "centre", "center"})
# what only words are exchanged over ("clash over royalties"; "over land" may still be a fight)
_DISPUTED = frozenset(
    {"royalty", "tax", "levy", "budget", "policy", "wage", "salary", "pay", "price", "tariff"}
    | {"bill", "law", "reform", "rule", "plan", "proposal", "deal", "contract", "fee", "quota"}
)


# A natural disaster or an accident kills without a perpetrator: "killed when landslides buried
# their shelters", "rescuers battled for hours in the mud"
_DISASTERS = frozenset(
    {
        "landslide",
        "landslides",
        "mudslide",
        "mudslides",
        "flood",
        "floods",
        "flooding",
        "cyclone",
        "earthquake",
        "quake",
        "lightning",
        "avalanche",
        "monsoon",
        "tsunami",
    }
)
DISASTER_TRIGGERS = frozenset({"kill", "die", "battle", "bury", "dead", "destroy"})


def disaster(sent: Span) -> bool:
    """Whether a sentence tells of a natural disaster (its deaths are nobody's violence)."""
    return any(t.lower_ in _DISASTERS for t in sent)


# a blast that was an accident: "a loud blast ... was caused by a fire at a private generator",
# "a gas cylinder explosion"
_ACCIDENT_RE = re.compile(
    r"(?i)\b(?:(?:caused|triggered)\s+by|due\s+to|blamed\s+on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:fire|gas|generator|cylinder|short[- ]circuit|electrical\s+fault|leak|accident|boiler|"
    r"transformer)\b|\b(?:gas|cylinder|generator|boiler|transformer)\s+(?:explosion|blast|exploded)"
)
ACCIDENT_TRIGGERS = frozenset({"blast", "explosion", "explode", "blow", "detonate", "bomb"})


def accident(sent: Span) -> bool:
    """Whether a sentence says a blast was an accident (a fire, a gas leak), not an attack."""
    return bool(_ACCIDENT_RE.search(sent.text))


def ruled_out_lemmas(sent: Span, sport: bool) -> frozenset[str]:
    """The trigger lemmas a sentence's setting rules out: the metaphors of a sports or business
    sentence ("a shot that exploded into the top corner"), the deaths of a natural disaster
    ("killed when landslides buried their shelters"), the blast of an accident ("caused by a fire
    at a private generator")."""
    out: frozenset[str] = frozenset()
    if sport or figurative(sent):
        out |= FIGURATIVE_TRIGGERS
    if disaster(sent):
        out |= DISASTER_TRIGGERS
    if accident(sent):
        out |= ACCIDENT_TRIGGERS
    return out
