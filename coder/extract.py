"""The rule engine: trigger matching on the dependency parse, conditions, one event per clause.

For each sentence: a cheap set lookup of its lemmas against the codebook's trigger lemmas (and
the first words of multiword triggers) decides whether any further work is done. For each trigger
found, the modality is read (negated or hypothetical triggers are dropped), the agent and target
are found, resolved to actor types only when a candidate rule needs them, and the highest-priority
rule whose conditions hold codes the trigger. Within a sentence, the best trigger of each event
type is kept, and a trigger governed by (or governing) a higher-priority one is dropped: "clashed
..., killing three" is one event. A sentence that tells two scenes ("Teachers marched in
Eldoret, while in Kisumu police fired tear gas at nurses") is read as two: each clause keeps its
best trigger per type, and the main clause's rules do not read the other clause's words. A
neighbouring sentence's other scene, and a live blog's other entries, are no context either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from coder import descriptions as told
from coder.codebook import Codebook, CompiledRule
from coder.dateline import after_dateline
from coder.dates import dated_starts
from coder.front_matter import body_start
from coder.furniture import on_furniture_line
from coder.modality import counts_as_context, trigger_modality
from coder.models import ActorResolver, Candidate, Modality, TextSpan
from coder.roles import Roles, find_roles, phrase
from coder.rule_conditions import ActorTypes, RuleContext, rule_holds
from coder.same_event import opens_new_incident
from coder.scenes import Scenes, region_of
from coder.triggers import (
    depth,
    find_triggers,
    ruled_out_lemmas,
    sports_article,
    verbal_clash,
)

__all__ = ["find_events"]


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: CompiledRule
    head: Token
    start: int  # token bounds of the trigger
    end: int
    roles: Roles
    modality: Modality
    clause: tuple[int, int] | None = None  # token bounds when the sentence tells two scenes


def _same(a: Token | None, b: Token | None) -> bool:
    """Token identity (spaCy makes a new Token object on every access, so ``is`` fails)."""
    return (a is None and b is None) or (a is not None and b is not None and a.i == b.i)


def _code_sentence(
    sents: list[Span],
    index: int,
    codebook: Codebook,
    actors: ActorResolver,
    on: date | None,
    text: str,
    sport: bool,
    scenes: Scenes,
) -> list[tuple[_Hit, bool]]:
    sent = sents[index]
    triggers = find_triggers(sent, codebook)
    if not triggers:
        return []
    ruled_out = ruled_out_lemmas(sent, sport)
    triggers = [
        t
        for t in triggers
        if not on_furniture_line(t[0], text)
        and t[0].lemma_.lower() not in ruled_out
        and not verbal_clash(t[0])
    ]
    contrast = scenes.contrast(index)
    contexts: dict[tuple[int, int] | None, RuleContext] = {}

    def context(region: tuple[int, int] | None) -> RuleContext:
        if region not in contexts:  # a rule of one scene does not read the other's words
            part = list(sents)
            for j in range(max(0, index - 3), min(len(sents), index + 4)):
                if scenes.entry_between(j, index):  # a live blog's other entry: another story
                    part[j] = sent.doc[sents[j].start : sents[j].start]
                    continue
                other = scenes.contrast(j) if j != index else None
                if other is not None:  # a neighbour's "while in X ..." scene is not this one
                    a, b = other
                    part[j] = (
                        sent.doc[sents[j].start : a]
                        if a > sents[j].start
                        else sent.doc[b : sents[j].end]
                    )
            if region is not None:
                part[index] = sent.doc[region[0] : region[1]]
            contexts[region] = RuleContext(part, index, skip_reasons=codebook.skip_reasons)
        return contexts[region]

    hits: list[tuple[_Hit, bool]] = []
    for head, start, end, rules in triggers:
        region = region_of(contrast, start, sent)
        # the main scene does not read the other's words; the "while in X" scene reads them all
        # ("..., while in Kitale police fired tear gas on hawkers": they too were protesting)
        info = context(None if region == contrast else region)
        modality = trigger_modality(head, sent)
        if modality is None or (codebook.skip_reasons and not counts_as_context(head)):
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
        inters = ActorTypes(roles, actors, on)
        for rule in rules:
            if rule_holds(rule, head, info, inters):
                i = inters.ensure()
                if not _same(i.target_tok, roles.target):
                    roles = Roles(
                        roles.agent, i.target_tok, roles.assoc_agents, roles.assoc_targets
                    )
                hit = _Hit(rule, head, start, end, roles, modality, region)
                hits.append((hit, i.target == 7))
                break
    if len({h.head.i for h, _ in hits}) > 1:
        # "attacked the station using assault rifles and hand grenades": one weapon of a fight
        hits = [h for h in hits if not _among_firearms(h[0].head)] or hits
    if contrast is None:
        return _select(hits, actors, on)
    # "Teachers marched in Eldoret, while in Kisumu police fired tear gas at nurses": two scenes,
    # each coded from its own clause
    inside = [h for h in hits if h[0].clause == contrast]
    outside = [h for h in hits if h[0].clause != contrast]
    return _select(outside, actors, on) + _select(inside, actors, on)


_FIREARMS = frozenset(
    {"rifle", "rifles", "gun", "guns", "firearm", "firearms", "pistol", "pistols", "kalashnikovs"}
)


def _among_firearms(tok: Token) -> bool:
    """Whether a weapon word is listed with firearms ("rifles and hand grenades")."""
    for _ in range(3):  # "rocket" of "rocket-propelled grenade": the weapon noun it modifies
        if tok.dep_ not in ("npadvmod", "amod", "compound"):
            break
        tok = tok.head
    near = [tok.head] if tok.dep_ == "conj" else []
    near += [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "pobj":  # "with assault rifles and at least one rocket-propelled grenade"
        near += [c for c in tok.head.children if c.dep_ == "pobj" and c.i != tok.i]
    return any(n.lower_ in _FIREARMS for n in near)


def _anchor(tok: Token) -> Token:
    """The clause a trigger belongs to: a noun trigger's governing verb ("a bomb exploded")."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _has_time_of_its_own(clause: Token) -> bool:
    """Whether a clause opens with "after" or "before" and an offset ("a day after")."""
    kids = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in kids) and any(
        c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in kids
    )


def _dated_clause(tok: Token) -> int | None:
    """The clause with a time of its own that a trigger sits in ("..., a day after a bomb
    struck a van": the bombing is another event), as its head's index."""
    for _ in range(6):
        if tok.dep_ == "advcl" and _has_time_of_its_own(tok):
            return tok.i
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _related(a: Token, b: Token) -> bool:
    """Whether two triggers belong to one clause chain (then they describe one event)."""
    if _dated_clause(a) != _dated_clause(b):
        return False
    first, then = (a, b) if a.i < b.i else (b, a)
    if _toll_participle(then) and not _toll_participle(first):
        return True  # "hurled a grenade into a shop, killing the shopkeeper", however parsed
    for x, y in ((a, b), (_anchor(a), _anchor(b))):
        if x.i == y.i or x.is_ancestor(y) or y.is_ancestor(x):
            return True
    return False


_TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def _toll_participle(tok: Token) -> bool:
    """Whether a trigger is the ", killing ..." that tells the toll of the clause before it."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in _TOLL_VERBS or tok.i == 0:
        return False
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return _toll_participle(tok.head)  # "killing the shopkeeper and wounding three"
    return tok.doc[tok.i - 1].text == ","


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


def _in_relative_clause(tok: Token) -> bool:
    for _ in range(6):
        if tok.dep_ == "relcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _select(
    hits: list[tuple[_Hit, bool]], actors: ActorResolver, on: date | None
) -> list[tuple[_Hit, bool]]:
    """Keep the best trigger per event type, then drop triggers tied to a better one."""
    heads = {h.head.i for h, _ in hits}
    if len(heads) > 1:
        hits = [h for h in hits if not _is_argument_of_trigger(h[0], heads, actors, on)] or hits
    # A trigger inside a relative clause describes a participant ("colleagues of a teacher who
    # was shot dead staged a protest"): the main clause's event comes first. Then priority; ties
    # go to the governing trigger ("protesters gathered": the verb), then to the first.
    relative = {h.head.i for h, _ in hits if _in_relative_clause(h.head)}
    if len(relative) == len(heads):
        relative = set()
    ranked = sorted(
        hits,
        key=lambda h: (
            h[0].head.i in relative,
            -h[0].rule.priority,
            depth(h[0].head),
            h[0].start,
        ),
    )
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
    before: set[str] = set()  # event types coded in earlier sentences of the body
    event_days: set[date] = set()  # the days those sentences name
    body = body_start(text)
    sport = sports_article(doc)
    scenes = Scenes(sents)
    for index, sent in enumerate(sents):
        coded = _code_sentence(sents, index, codebook, actors, on, text, sport, scenes)
        new_incident = opens_new_incident(sent.text)
        # a sentence that opens on a day of its own follows no event of the sentences before;
        # nor do arrests on a day no earlier event's sentence named ("officers on Wednesday,
        # 5th June 2024, arrested three suspects" after Monday's bombing)
        days = _days_named(sent, on) if coded else set()
        own_day = bool(days) and days.isdisjoint(event_days)
        earlier = set() if _opens_with_date(sent) else before
        for hit, civilian in coded:
            r, roles = hit.rule, hit.roles
            after = set() if own_day and r.sub_event_type == "Arrests" else earlier
            if r.not_after_event and not new_incident and _after_event(hit, coded, after):
                continue
            if before & told.CROWD_EVENTS and told.describes_a_speaker(hit.head):
                continue  # "said Ali, a driver who joined the blockade": the protest told above
            if told.told_of_its_kind(r.event_type, before) and (
                told.names_a_told_event(hit.head) or told.heard_by_a_witness(hit.head)
            ):
                continue  # "Police blamed the attack on al-Shabaab": the attack told above
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
                    sentence=_span(doc, *(hit.clause or (sent.start, sent.end))),
                    trigger=_span(doc, hit.start, hit.end),
                    actor1=after_dateline(phrase(roles.agent)) if roles.agent is not None else None,
                    actor2=after_dateline(phrase(roles.target))
                    if roles.target is not None
                    else None,
                    assoc_actor_1=tuple(phrase(t) for t in roles.assoc_agents),
                    assoc_actor_2=tuple(phrase(t) for t in roles.assoc_targets),
                    modality=hit.modality,
                    civilian_targeting=civilian,
                )
            )
        if sent.start_char >= body:  # a headline's event is told again below: no event before
            before.update(h.rule.event_type for h, _ in coded)
            if coded:
                event_days.update(days)
    return out


def _days_named(sent: Span, on: date | None) -> set[date]:
    """The days a sentence names, leaving out the ends of periods ("until 7am on Saturday")."""
    text = sent.text
    return {
        d
        for start, d in dated_starts(text, on)
        if not re.search(r"(?i)\b(?:until|till|through|by)\s+(?:\S+\s+){0,3}$", text[:start])
    }


def _opens_with_date(sent: Span) -> bool:
    """Whether a sentence opens on a day of its own ("On Wednesday 15 November, ...", "On
    Tuesday, ..."): a communique's or a note's next incident, not the aftermath of the last."""
    toks = [t for t in sent if not (t.is_punct or t.is_space)][:2]
    return len(toks) == 2 and toks[0].lower_ == "on" and toks[1].ent_type_ == "DATE"


def _actor_phrase(tok: Token | None) -> TextSpan | None:
    """The phrase a role's head token opens, without a dateline swept into it."""
    return after_dateline(phrase(tok)) if tok is not None else None


def _after_event(hit: _Hit, coded: list[tuple[_Hit, bool]], before: set[str]) -> bool:
    """Whether an event of another type precedes the hit in the text ("Gunmen attacked a
    village. Police arrested two suspects.": the arrests follow from the attack)."""
    if before - {hit.rule.event_type}:
        return True
    return any(h.start < hit.start and h.rule.event_type != hit.rule.event_type for h, _ in coded)
