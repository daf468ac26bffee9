"""The other side of an event whose rule found only one: who else its sentences name.

ACLED gives most events two sides even when the sentence's grammar hides one of them: "rioters
blocked the road and police fired tear gas", "an IED exploded near an army convoy", "drug
traffickers, a shoot-out, civil police forces". When the codebook rule finds no second actor, the
pipeline looks at the other noun phrases of the event sentence and its follow-on sentences and
keeps the first that resolves to the kind of actor the event type can have there: any armed actor
in a battle, state forces elsewhere (police who intervene in a riot, soldiers hit by a bomb).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from coder.models import ActorRef, TextSpan
from coder.role_phrase import phrase
from coder.role_refs import words
from coder.roles import SYMMETRIC, WEAPON_WORDS

__all__ = [
    "ARMED_INTERS",
    "FOLLOW_ON_SENTENCES",
    "STATE_FORCES_INTER",
    "armed_event",
    "coordinated_sibling",
    "is_symmetric",
    "other_parties",
    "pick_side",
    "side_inters",
]

# Sentences after an event sentence that may still report on it ("Three soldiers died.").
FOLLOW_ON_SENTENCES = 2
STATE_FORCES_INTER = 1
# Actor types that can be a side of a battle: state forces, rebels, militias, external forces.
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
# Event types whose two sides are armed ("Battles" in ACLED), and sub-event types of other
# types whose other side is any armed actor ("surrendered to the army", "took the town from X").
_ARMED_EVENT_TYPES = frozenset({"Battles"})
_ARMED_SUB_EVENT_TYPES = frozenset({"Agreement", "Non-violent transfer of territory"})
# Prepositions whose object takes part in the event ("clashed with police", "a brawl between
# rioters and police", "stones thrown by police", "surrendered to the army", "took it from X").
_SIDE_PREPS = frozenset({"with", "between", "against", "by", "to", "from"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "near", "at"})
# Dependencies of a noun that is an argument of its clause, not a modifier of another noun.
_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT"}
)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Words that open the cause or background of an event ("after", "over", "in response to").
_CAUSE_WORDS = words("after following over against amid since because until")
_CAUSE_NOUNS = words("response reaction retaliation protest demand arrest killing death")
_EARLIER = words("prior previous earlier past")
# Verbs whose subject reports or judges the event rather than taking part ("police said").
_REPORTING = words(
    "say tell report confirm claim add state announce believe suspect accuse blame allege "
    "note reveal quote explain describe identify investigate probe warn urge condemn deny"
)


def armed_event(event_type: str, sub_event_type: str = "") -> bool:
    """Whether both sides of an event of this type are armed (a battle, a surrender, a
    handover of territory)."""
    return event_type in _ARMED_EVENT_TYPES or sub_event_type in _ARMED_SUB_EVENT_TYPES


def side_inters(event_type: str, sub_event_type: str = "") -> frozenset[int]:
    """Actor types the other side of an event of this type may have (state forces, or any armed
    actor when both sides are armed)."""
    if armed_event(event_type, sub_event_type):
        return ARMED_INTERS
    return frozenset({STATE_FORCES_INTER})


def pick_side(
    candidates: Iterable[ActorRef | None],
    event_type: str,
    sub_event_type: str,
    first: ActorRef | None,
) -> ActorRef | None:
    """The other side among the resolved other parties (in ``other_parties`` order): the first of
    an actor type the event may have there, other than the first side, its allies and a
    government named as a grievance ("against the government").

    Args:
        candidates: the other parties, resolved (None for a phrase that names no actor).
        event_type: the event's type.
        sub_event_type: the event's sub-event type.
        first: the event's first side.

    Returns:
        The second side, or None.
    """
    allowed = side_inters(event_type, sub_event_type)
    for ref in candidates:
        if ref is None or ref.inter not in allowed or _government(ref):
            continue
        if first is None or (ref.name != first.name and not _allies(first, ref)):
            return ref
    return None


def _allies(first: ActorRef, ref: ActorRef) -> bool:
    """Whether two actors are units of one force of one state and period ("government forces
    (army and intelligence service)"): they never are the two sides of one event, unlike the
    forces of rival governments ("Military Forces of Yemen (2016-) Supreme Political Council")
    or the police and the army."""
    state = (STATE_FORCES_INTER, STATE_FORCES_INTER)
    return (first.inter, ref.inter) == state and _force(first.name) == _force(ref.name)


def _force(name: str) -> str:
    """A state force's name without the unit after its period: "Military Forces of Somalia
    (2022-)" for "Military Forces of Somalia (2022-) Danab"."""
    return name.split(")", 1)[0]


def _government(ref: ActorRef) -> bool:
    """Whether an actor is a government, not its forces: "against the government" names the
    grievance of a riot, never the side that intervened."""
    return ref.inter == STATE_FORCES_INTER and bool(ref.code and ref.code.endswith("GOV"))


def is_symmetric(doc_span: Span) -> bool:
    """Whether a trigger names a fight between sides ("clashed", "clashes", "exchanged fire")."""
    return any(t.lemma_.lower() in SYMMETRIC or t.lower_ in SYMMETRIC for t in doc_span)


def _reports(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _REPORTING


def _nominal(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _takes_part(tok: Token, *, victims: bool, loose: bool = False) -> bool:
    """Whether a noun takes part in its clause: its subject (not of a reporting verb), the object
    of "with", "between", "against" or "by", a noun coordinated with one of these, or (with
    ``victims``) a passive subject ("one militant was killed"). ``loose`` takes any noun that
    is an argument of its clause (for a battle: "Soldiers battle Pokot warriors", a headline the
    parser reads as one noun phrase)."""
    if not _nominal(tok) or _reports(tok):
        return False
    if loose and tok.dep_ in _ARGUMENT_DEPS and tok.ent_type_ not in _PLACES:
        return True  # (a country named alone stands for its forces: never a place's name)
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != tok.i and _place(first) and not _place(tok):
        return True  # "in Santana, Bahia, drug traffickers exchanged fire": a misread place list
    clauses = (*tok.children, *(c for c in first.children if c.i > tok.i))
    if first.i != tok.i and any(
        c.dep_ == "acl" and (c.tag_ in _FINITE or c.i == tok.i + 1) for c in clauses
    ):
        return True  # "rioters pelted stones and police fired tear gas": a misread clause subject
    tok = first
    if tok.dep_ == "nsubj":
        return not _reports(tok)
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _SIDE_PREPS
    return victims and tok.dep_ == "nsubjpass"


def _place(tok: Token) -> bool:
    """Whether a noun names a place: a place entity, or the object of "in", "near" or "at"."""
    return tok.ent_type_ in _PLACES or (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS)


def _span(tok: Token) -> TextSpan:
    return phrase(tok)


def _in_background(tok: Token) -> bool:
    """Whether a noun sits in a clause or phrase that tells the event's cause or background:
    "after police ordered them out", "in response to prior clashes with police"."""
    for anc in tok.ancestors:
        if anc.dep_ in ("prep", "mark") and anc.lower_ in _CAUSE_WORDS:
            return True
        if any(c.dep_ == "mark" and c.lower_ in _CAUSE_WORDS for c in anc.children):
            return True  # "riots broke out after police shot a man"
        if anc.lemma_.lower() in _CAUSE_NOUNS or any(
            c.dep_ == "amod" and c.lower_ in _EARLIER for c in anc.children
        ):
            return True
    return False


def _outside(span: TextSpan, taken: Sequence[TextSpan]) -> bool:
    return all(span.end <= t.start or span.start >= t.end for t in taken)


def other_parties(
    sents: Sequence[Span],
    index: int,
    event_sentences: set[int],
    taken: Sequence[TextSpan] = (),
    *,
    background: bool = True,
) -> list[TextSpan]:
    """Other parties of the event sentence ``index``, best first, for an event whose rule found
    no actor2.

    First its passive subjects and direct objects ("two soldiers were killed by a bomb", "an IED
    targeting a police convoy"), then the other nouns that take part in its clauses ("rioters
    blocked the road; police fired tear gas", "a brawl between rioters and police"), then those
    of its follow-on sentences up to the next event sentence, their passive subjects included
    ("one militant was killed"). Subjects of reporting verbs ("police said") and the spans
    ``taken`` (the event's own actors and trigger) are left out, and so are weapons ("using
    artillery fire") and, without ``background``, parties of the event's cause or background
    ("in response to prior clashes with police", "after police ordered them to leave").

    Args:
        sents: the article's sentences.
        index: the event sentence.
        event_sentences: sentences that report events of their own.
        taken: spans that already fill a role.
        background: keep parties named in the event's cause or background (a battle's are its
            own sides: "killed following clashes with militants").

    Returns:
        The noun phrases as text spans.
    """
    first: list[TextSpan] = []
    rest: list[TextSpan] = []
    for tok in sents[index]:
        if tok.lemma_.lower() in WEAPON_WORDS or (not background and _in_background(tok)):
            continue
        if tok.dep_ in ("nsubjpass", "dobj") and _nominal(tok):
            first.append(_span(tok))
        elif _takes_part(tok, victims=False, loose=background):
            rest.append(_span(tok))
    out = [s for s in first + rest if _outside(s, taken)]
    for i in range(index + 1, min(len(sents), index + 1 + FOLLOW_ON_SENTENCES)):
        if i in event_sentences:
            break
        out += [
            _span(tok)
            for tok in sents[i]
            if _takes_part(tok, victims=True) and (background or not _in_background(tok))
        ]
    seen: set[tuple[int, int]] = set()
    unique: list[TextSpan] = []
    for span in out:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            unique.append(span)
    return unique


def coordinated_sibling(doc_span: Span) -> tuple[str, TextSpan] | None:
    """The second side hidden in a phrase that coordinates two owners: "military forces of India
    and Pakistan" fight each other, and "Pakistan" stands for "military forces of Pakistan".

    Args:
        doc_span: the tokens of the first side's phrase ("military forces of India").

    Returns:
        The sibling's phrase as written for the dictionary ("military forces of Pakistan") and the
        text span of the name it differs by, or None when the phrase coordinates no owner.
    """
    for tok in doc_span:
        if tok.lower_ != "of" or tok.dep_ != "prep":
            continue
        owner = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if owner is None or owner.ent_type_ not in ("GPE", "NORP"):
            continue
        sibling = next(
            (c for c in owner.children if c.dep_ == "conj" and c.ent_type_ in ("GPE", "NORP")),
            None,
        )
        if sibling is None:
            continue
        ent_of = _entity(sibling)
        owner_ent = _entity(owner)
        head = doc_span.doc[doc_span.start : owner_ent.start].text
        return f"{head} {ent_of.text}", TextSpan(ent_of.start_char, ent_of.end_char, ent_of.text)
    return None


def _entity(tok: Token) -> Span:
    """The named entity a token belongs to (the token alone when it is in none)."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return tok.doc[tok.i : tok.i + 1]
