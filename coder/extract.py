"""The rule engine: trigger matching on the dependency parse, conditions, one event per clause.

For each sentence: a cheap set lookup of its lemmas against the codebook's trigger lemmas (and
the first words of multiword triggers) decides whether any further work is done. For each trigger
found, the modality is read (negated or hypothetical triggers are dropped), the agent and target
are found, resolved to actor types only when a candidate rule needs them, and the highest-priority
rule whose conditions hold codes the trigger. Within a sentence, the best trigger of each event
type is kept, and a trigger governed by (or governing) a higher-priority one is dropped: "clashed
..., killing three" is one event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from coder.codebook import Codebook, CompiledRule
from coder.modality import RECALLED, trigger_modality
from coder.models import ActorResolver, Candidate, Modality, TextSpan
from coder.roles import Roles, find_roles, phrase

__all__ = ["find_events"]

# Page furniture: captions, bylines and widgets are never events.
_FURNITURE = (
    "photo:",
    "image:",
    "font size",
    "file photo",
    "credit:",
    "click here",
    "read more",
    "photo credit",
    "image credit",
    "picture:",
    "caption:",
    "related:",
    "also read",
    "read also",
    "see also",
    "watch:",
    "copyright",
    "©",
    "all rights reserved",
    "share this",
    "follow us",
    "subscribe",
    "advertisement",
    "sign up",
    "this article is licensed",
    "licensed under",
)


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: CompiledRule
    head: Token
    start: int  # token bounds of the trigger
    end: int
    roles: Roles
    modality: Modality


class _Context:
    """The words rules' conditions look at: a sentence, optionally with the sentences after it.

    Lemma sets are computed once per sentence and widened lazily, only for rules that ask.
    """

    def __init__(self, sents: list[Span], index: int) -> None:
        self._sents, self._index = sents, index
        self._cache: dict[int, tuple[frozenset[str], str]] = {}

    def words(self, window: int) -> tuple[frozenset[str], str]:
        if window not in self._cache:
            part = self._sents[self._index : self._index + 1 + window]
            lemmas = frozenset(k for s in part for t in s if _counts(t) for k in _token_keys(t))
            self._cache[window] = (lemmas, " ".join(s.text.lower() for s in part))
        return self._cache[window]


def _token_keys(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


_Trigger = tuple[Token, int, int, list[CompiledRule]]


def _find_triggers(sent: Span, codebook: Codebook) -> list[_Trigger]:
    """Trigger tokens/phrases of a sentence with the rules they may fire (priority order)."""
    found: list[_Trigger] = []
    for tok in sent:
        if _is_date_word(tok) or _is_name_part(tok):
            continue
        if tok.dep_ == "amod" and tok.i + 1 < sent.end:
            # "looted funds", "a burnt building": a description, not an event. (Phrases that
            # start with an adjective, "suicide attack", are matched below.)
            _match_phrases(tok, sent, codebook, found)
            continue
        lemma, low = _token_keys(tok)
        rules = list(codebook.lemma_index.get(lemma, ()))
        if low != lemma:
            rules += [r for r in codebook.lemma_index.get(low, ()) if r not in rules]
        if rules:
            found.append((tok, tok.i, tok.i + 1, rules))
        _match_phrases(tok, sent, codebook, found)
    return found


def _match_phrases(tok: Token, sent: Span, codebook: Codebook, found: list[_Trigger]) -> None:
    doc = sent.doc
    for first in set(_token_keys(tok)):
        for words, rule in codebook.phrase_index.get(first, ()):
            end = tok.i + len(words)
            if end > sent.end:
                continue
            if all(w in _token_keys(doc[tok.i + k]) for k, w in enumerate(words)):
                head = min(doc[tok.i : end], key=lambda t: _depth(t))
                found.append((head, tok.i, end, [rule]))


_MONTHS = frozenset({"march", "may"})


def _is_date_word(tok: Token) -> bool:
    """Month names and date expressions are never triggers ("On 5 March", "in May")."""
    return tok.ent_type_ in ("DATE", "TIME") or (tok.is_title and tok.lower_ in _MONTHS)


_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})


def _is_name_part(tok: Token) -> bool:
    """Words inside a proper name are not triggers ("National Torch Movement")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in _NAME_ENTS


def _same(a: Token | None, b: Token | None) -> bool:
    """Token identity (spaCy makes a new Token object on every access, so ``is`` fails)."""
    return (a is None and b is None) or (a is not None and b is not None and a.i == b.i)


def _counts(tok: Token) -> bool:
    """Whether a word counts as context: not a date, not part of a name ("National Torch
    Movement"), not a description ("looted funds") and not a recalled event ("the prior clash")."""
    if _is_date_word(tok) or _is_name_part(tok):
        return False
    if tok.dep_ == "amod" and tok.tag_.startswith("VB"):
        return False
    return not any(c.dep_ == "amod" and c.lower_ in RECALLED for c in tok.children)


def _on_furniture_line(tok: Token, text: str) -> bool:
    """Whether the token sits on a caption, byline or widget line ("Photo: ...")."""
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)].strip().lower()
    return line.startswith(_FURNITURE)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def _has(words: frozenset[str], context: _Context, window: int) -> bool:
    lemmas, lower = context.words(window)
    return any((w in lower) if " " in w else (w in lemmas) for w in words)


class _Inters:
    """Actor types of a trigger's participants, resolved lazily and once."""

    def __init__(self, roles: Roles, actors: ActorResolver, on: date | None) -> None:
        self.roles, self._actors, self._on = roles, actors, on
        self._done = False
        self.agent: int | None = None
        self.target: int | None = None
        self.target_tok: Token | None = roles.target
        self.all: set[int] = set()

    def _resolve(self, tok: Token | None) -> int | None:
        if tok is None:
            return None
        ref = self._actors.resolve(phrase(tok).text, on=self._on)
        return ref.inter if ref is not None else None

    def ensure(self) -> _Inters:
        if not self._done:
            self._done = True
            r = self.roles
            self.agent, self.target = self._resolve(r.agent), self._resolve(r.target)
            if self.target is None:
                for option in r.target_options:
                    inter = self._resolve(option)
                    if inter is not None:
                        self.target, self.target_tok = inter, option
                        break
            for tok in (*r.assoc_agents, *r.assoc_targets):
                inter = self._resolve(tok)
                if inter is not None:
                    self.all.add(inter)
            self.all.update(i for i in (self.agent, self.target) if i is not None)
        return self


def _rule_holds(rule: CompiledRule, head: Token, context: _Context, inters: _Inters) -> bool:
    if rule.pos and head.pos_ not in rule.pos:
        return False
    if rule.context_any and not _has(rule.context_any, context, rule.context_window):
        return False
    if rule.context_none and _has(rule.context_none, context, rule.context_window):
        return False
    target = inters.roles.target
    if rule.require_target and target is None:
        return False
    if rule.target_lemmas and (target is None or not set(_token_keys(target)) & rule.target_lemmas):
        return False
    if not rule.needs_actor_types:
        return True
    i = inters.ensure()
    return not (
        (rule.actor_inter and i.agent not in rule.actor_inter)
        or (rule.target_inter and i.target not in rule.target_inter)
        or (rule.actor_not_inter and i.agent in rule.actor_not_inter)
        or (rule.target_not_inter and i.target in rule.target_not_inter)
        or (rule.any_inter and not (i.all & rule.any_inter))
        or (rule.none_inter and i.all & rule.none_inter)
    )


def _code_sentence(
    sents: list[Span],
    index: int,
    codebook: Codebook,
    actors: ActorResolver,
    on: date | None,
    text: str,
) -> list[tuple[_Hit, bool]]:
    sent = sents[index]
    triggers = _find_triggers(sent, codebook)
    if not triggers:
        return []
    triggers = [t for t in triggers if not _on_furniture_line(t[0], text)]
    info = _Context(sents, index)
    hits: list[tuple[_Hit, bool]] = []
    for head, start, end, rules in triggers:
        modality = trigger_modality(head, sent)
        if modality is None:
            continue
        roles = find_roles(head, (start, end))
        if roles.agent is None and head.pos_ == "NOUN":
            # "Protesters gathered": a crowd noun that triggers the event is also its actor.
            ref = actors.resolve(head.text, on=on)
            if ref is not None and ref.inter in _CROWD_AGENTS:
                roles = Roles(
                    head,
                    roles.target,
                    roles.assoc_agents,
                    roles.assoc_targets,
                    roles.target_options,
                )
        inters = _Inters(roles, actors, on)
        for rule in rules:
            if _rule_holds(rule, head, info, inters):
                i = inters.ensure()
                if not _same(i.target_tok, roles.target):
                    roles = Roles(
                        roles.agent, i.target_tok, roles.assoc_agents, roles.assoc_targets
                    )
                hits.append((_Hit(rule, head, start, end, roles, modality), i.target == 7))
                break
    return _select(hits, actors, on)


def _anchor(tok: Token) -> Token:
    """The clause a trigger belongs to: a noun trigger's governing verb ("a bomb exploded")."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _related(a: Token, b: Token) -> bool:
    """Whether two triggers belong to one clause chain (then they describe one event)."""
    for x, y in ((a, b), (_anchor(a), _anchor(b))):
        if x.i == y.i or x.is_ancestor(y) or y.is_ancestor(x):
            return True
    return False


_VICTIM_INTERS = frozenset({7})
_CROWD_AGENTS = frozenset({5, 6})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _is_argument_of_trigger(
    hit: _Hit, heads: set[int], actors: ActorResolver, on: date | None
) -> bool:
    """A trigger word that names the participant of another trigger ("protesters were
    arrested", "released the hostages") is that event's actor, not an event of its own."""
    tok = hit.head
    if tok.dep_ not in _ARGUMENT_DEPS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    gov = tok.head
    if tok.dep_ == "pobj":
        if gov.dep_ != "agent":
            return False
        gov = gov.head
    if gov.i not in heads or gov.i == tok.i:
        return False
    # Only victim nouns ("hostages", "captives"): weapon nouns such as
    # "IED" may resolve to an armed actor yet still name the event.
    ref = actors.resolve(tok.text, on=on)
    return ref is not None and ref.inter in _VICTIM_INTERS


def _select(
    hits: list[tuple[_Hit, bool]], actors: ActorResolver, on: date | None
) -> list[tuple[_Hit, bool]]:
    """Keep the best trigger per event type, then drop triggers tied to a better one."""
    heads = {h.head.i for h, _ in hits}
    if len(heads) > 1:
        hits = [h for h in hits if not _is_argument_of_trigger(h[0], heads, actors, on)] or hits
    # Ties go to the governing trigger ("protesters gathered": the verb), then to the first.
    ranked = sorted(hits, key=lambda h: (-h[0].rule.priority, _depth(h[0].head), h[0].start))
    kept: list[tuple[_Hit, bool]] = []
    for hit, civ in ranked:
        if any(k.rule.event_type == hit.rule.event_type for k, _ in kept):
            continue
        if any(_related(k.head, hit.head) for k, _ in kept):
            continue
        kept.append((hit, civ))
    return kept


def _span(doc: Doc, start: int, end: int) -> TextSpan:
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return TextSpan(start=s, end=e, text=doc[start:end].text)


def find_events(
    doc: Doc, codebook: Codebook, actors: ActorResolver, *, on: date | None = None
) -> list[Candidate]:
    """Find the events a parsed article reports, one candidate per event.

    Args:
        doc: the parsed article (``doc.text`` is the whole article text).
        codebook: the compiled codebook whose rules code the events.
        actors: resolves actor phrases to ACLED actor types for the rules' conditions.
        on: the date actor names are resolved on (named groups have date bounds).

    Returns:
        Candidates in sentence order, the highest-priority one first within a sentence.
    """
    out: list[Candidate] = []
    sents = list(doc.sents)
    text = doc.text  # spaCy joins every token on each access: read it once
    before: set[str] = set()  # event types coded in earlier sentences
    for index, sent in enumerate(sents):
        coded = _code_sentence(sents, index, codebook, actors, on, text)
        new_incident = _opens_new_incident(sent)
        for hit, civilian in coded:
            r, roles = hit.rule, hit.roles
            if r.not_after_event and not new_incident and _after_event(hit, coded, before):
                continue
            out.append(
                Candidate(
                    codebook=codebook.name,
                    codebook_version=codebook.version,
                    rule_id=r.id,
                    event_type=r.event_type,
                    sub_event_type=r.sub_event_type,
                    disorder_type=r.disorder_type,
                    cameo_code=r.cameo_code,
                    sentence_index=index,
                    sentence=_span(doc, sent.start, sent.end),
                    trigger=_span(doc, hit.start, hit.end),
                    actor1=phrase(roles.agent) if roles.agent is not None else None,
                    actor2=phrase(roles.target) if roles.target is not None else None,
                    assoc_actor_1=tuple(phrase(t) for t in roles.assoc_agents),
                    assoc_actor_2=tuple(phrase(t) for t in roles.assoc_targets),
                    modality=hit.modality,
                    civilian_targeting=civilian,
                )
            )
        before.update(h.rule.event_type for h, _ in coded)
    return out


# Sentence openings that announce another incident, not more about the one before.
_NEW_INCIDENT = (
    "separately",
    "meanwhile",
    "elsewhere",
    "in another",
    "in a separate",
    "in an unrelated",
)


def _opens_new_incident(sent: Span) -> bool:
    return sent.text.lstrip().lower().startswith(_NEW_INCIDENT)


def _after_event(hit: _Hit, coded: list[tuple[_Hit, bool]], before: set[str]) -> bool:
    """Whether an event of another type precedes the hit in the text ("Gunmen attacked a
    village. Police arrested two suspects.": the arrests follow from the attack)."""
    if before - {hit.rule.event_type}:
        return True
    return any(h.start < hit.start and h.rule.event_type != hit.rule.event_type for h, _ in coded)
