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

from coder.models import TextSpan

# Left modifiers that belong to an actor's noun phrase ("Syrian government forces").
_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case", "punct", "npadvmod"})
_TARGET_PREPS = frozenset({"on", "against", "at", "upon", "targeting", "toward", "towards"})
# Verbs whose "with" object is the other side, and whose coordinated subjects oppose each other.
SYMMETRIC = frozenset(
    {
        "clash",
        "fight",
        "scuffle",
        "skirmish",
        "exchange",
        "battle",
        "engage",
        "brawl",
        "confront",
        "clashes",
        "fighting",
        "confrontation",
        "gunfight",
        "firefight",
        "shootout",
    }
)
# Verbs that carry a noun trigger as their object: "launched an attack", "staged a protest".
LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "stage",
        "hold",
        "organize",
        "organise",
        "mount",
        "perpetrate",
        "commit",
        "execute",
        "make",
        "lead",
        "initiate",
        "start",
        "begin",
        "continue",
        "resume",
        "join",
        "participate",
        "engage",
        "take",
        "unleash",
        "claim",
        "orchestrate",
        "wage",
    }
)
# Verbs whose object is the weapon ("fired mortars at X"): the target is the prepositional object.
INSTRUMENT_VERBS = frozenset(
    {"fire", "launch", "throw", "hurl", "drop", "detonate", "plant", "use"}
)
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp"})


@dataclass(frozen=True, slots=True)
class Roles:
    """The participants found around one trigger (head tokens; spans via :func:`phrase`)."""

    agent: Token | None = None
    target: Token | None = None
    assoc_agents: tuple[Token, ...] = ()
    assoc_targets: tuple[Token, ...] = ()
    # Other plausible targets, best first, for when the parser attached the target oddly.
    target_options: tuple[Token, ...] = ()


def _span_bounds(tok: Token) -> tuple[int, int]:
    """Token index bounds [start, end) of the noun phrase headed by ``tok``."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
            break
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                end = max(end, _span_bounds(objs[0])[1])
        elif child.dep_ in ("compound", "flat", "nmod") and child.i == end:
            end = child.right_edge.i + 1
    # A named entity is never cut in half.
    if tok.ent_iob_ in ("B", "I"):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    # Trim leading punctuation and determiners the left edge may have pulled in.
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    while end - 1 > tok.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


def phrase(tok: Token) -> TextSpan:
    """The noun phrase headed by ``tok`` as a span of the article text."""
    start, end = _span_bounds(tok)
    doc = tok.doc
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return TextSpan(start=s, end=e, text=doc[start:end].text)


def _conjuncts(tok: Token) -> tuple[Token, ...]:
    return tuple(c for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON"))


def _same(a: Token | None, b: Token | None) -> bool:
    """Token identity (spaCy makes a new Token object on every access, so ``is`` fails)."""
    return a is not None and b is not None and a.i == b.i


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps and _is_participant(c)), None)


def _is_participant(tok: Token) -> bool:
    """Dates, times and numbers are never actors ("On 3 May", "at 5 pm")."""
    if tok.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY"):
        return False
    return not (tok.pos_ == "NUM" and tok.ent_type_ in ("CARDINAL", "ORDINAL"))


def _prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = _child(child, "pobj")
            if obj is not None and _is_participant(obj):
                return obj
    return None


def _passive_agent(tok: Token) -> Token | None:
    agent = _child(tok, "agent")
    return _child(agent, "pobj") if agent is not None else None


def _subject(verb: Token) -> Token | None:
    """The verb's agent, inherited up infinitive, conjunct and participle chains."""
    tok = verb
    for _ in range(4):
        subj = _child(tok, "nsubj")
        if subj is not None:
            return subj
        if _child(tok, "nsubjpass") is not None:
            return _passive_agent(tok)
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in _INHERIT_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _nominal_agent(verb: Token, inside: range) -> Token | None:
    """The agent of a related event noun in the same sentence, for a verb that names none.

    "Two soldiers were killed following an attack by Taliban militants": the deaths have no
    agent of their own; the attack that caused them has one.
    """
    for tok in verb.sent:
        if tok.lower_ != "by" or tok.head.pos_ != "NOUN" or tok.head.i in inside:
            continue
        pobj = _child(tok, "pobj")
        if pobj is not None and pobj.i != verb.i:
            return pobj
    return None


def _between(tok: Token) -> tuple[Token, Token | None] | None:
    first = _prep_object(tok, frozenset({"between", "among", "amongst"}))
    if first is None:
        return None
    others = _conjuncts(first)
    return first, (others[0] if others else None)


def _verb_roles(tok: Token, symmetric: bool, inside: range) -> Roles:
    agent: Token | None
    target: Token | None
    passive_subj = _child(tok, "nsubjpass")
    if passive_subj is not None:
        agent, target = _passive_agent(tok), passive_subj
    else:
        agent = _subject(tok)
        obj, pobj = _child(tok, "dobj", "dative"), _prep_object(tok, _TARGET_PREPS)
        if obj is not None and obj.i in inside:
            obj = None  # "exchanged fire": the object is part of the trigger phrase
        instrument_object = tok.lemma_.lower() in INSTRUMENT_VERBS
        target = (pobj or obj) if instrument_object else (obj or pobj)
        if target is None:
            # "killed and mutilated a guard": conjoined verbs share the object.
            for conj in tok.conjuncts:
                if conj.pos_ == "VERB" and conj.i > tok.i:
                    target = _child(conj, "dobj") or _prep_object(conj, _TARGET_PREPS)
                    if target is not None:
                        break
        if target is None and symmetric:
            target = _prep_object(tok, frozenset({"with"}))
    pair = _between(tok)
    if agent is None and pair is not None:
        agent, target = pair
    if agent is None:
        agent = _nominal_agent(tok, inside)
    roles = _with_associates(agent, target, symmetric)
    options = tuple(
        t
        for t in (_child(tok, "dobj"), _prep_object(tok, _TARGET_PREPS), passive_subj)
        if t is not None
        and not _same(t, roles.target)
        and not _same(t, roles.agent)
        and t.i not in inside
    )
    return Roles(roles.agent, roles.target, roles.assoc_agents, roles.assoc_targets, options)


def _noun_roles(tok: Token, symmetric: bool) -> Roles:
    agent = _prep_object(tok, frozenset({"by"})) or _child(tok, "poss")
    if agent is None:
        agent = next(
            (
                c
                for c in tok.lefts
                if (c.dep_ == "compound" and c.pos_ == "PROPN")
                or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "ORG", "GPE"))
            ),
            None,
        )
    target = _prep_object(tok, _TARGET_PREPS | {"of"})
    if target is None and symmetric:
        target = _prep_object(tok, frozenset({"with"}))
    pair = _between(tok)
    if pair is not None and agent is None:
        agent, target = pair
    # A light verb's subject is the noun's agent: "militants launched an attack on X".
    head = tok.head
    if head.dep_ == "prep" and head.head.pos_ == "VERB":
        head = head.head
    if agent is None and head.i != tok.i and head.lemma_.lower() in LIGHT_VERBS:
        agent = _subject(head)
        if target is None:
            target = _prep_object(head, _TARGET_PREPS)
    return _with_associates(agent, target, symmetric)


def _with_associates(agent: Token | None, target: Token | None, symmetric: bool) -> Roles:
    assoc1 = _conjuncts(agent) if agent is not None else ()
    assoc2 = _conjuncts(target) if target is not None else ()
    if symmetric and target is None and assoc1:
        # "X and Y clashed": the two sides oppose each other.
        target, assoc1 = assoc1[0], assoc1[1:]
    if target is not None and agent is not None and target.i == agent.i:
        target = None
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
