"""Wiring the stages from one frozen `CoderConfig`: parse, extract, locate, date, assemble."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from coder import __version__
from coder.actors import ActorDictionary, load_actors
from coder.background import (
    continues_history,
    is_background,
    is_habitual,
    is_history,
    is_testimony,
    names_old_event,
)
from coder.claims import claim_sentences
from coder.codebook import Codebook, load_codebook
from coder.config import CoderConfig
from coder.crosswalk import load_crosswalk, load_scales
from coder.dateline import dateline_spans, without_dateline
from coder.dates import is_speaking_day, possessive_date, resolve_date
from coder.errors import CodebookError, ConfigError
from coder.extract import find_events
from coder.fatalities import count_fatalities
from coder.front_matter import body_start, drop_front_matter
from coder.gazetteer import Gazetteer
from coder.geo import Geocoder
from coder.geo_sources import source_country
from coder.ledes import drop_stale_background, drop_summary_ledes
from coder.merge import merge_duplicates
from coder.models import (
    Article,
    Candidate,
    CodedArticle,
    EventDate,
    EventRow,
    Fatalities,
    Place,
    TextSpan,
)
from coder.nlp import ParsedDoc, Parser
from coder.other_side import (
    FOLLOW_ON_SENTENCES,
    armed_event,
    is_symmetric,
    other_parties,
)
from coder.place_lists import one_per_place
from coder.rows import EventParts, TaxonomyView, to_row
from coder.same_event import drop_elaborations, gives_toll
from coder.sides import SideContext, Sides


class Coder:
    """All stages loaded once from a config; codes parsed articles into event rows.

    Args:
        config: the run's settings.
        parser: an already-loaded parser to reuse (tests share one); None loads ``config.model``.
    """

    def __init__(self, config: CoderConfig, *, parser: Parser | None = None) -> None:
        self.config = config
        names = [n.strip() for n in config.codebook.split(",") if n.strip()]
        if not names:
            raise ConfigError("no codebook given")
        # one parse, several taxonomies: each codebook codes the same sentences on its own
        self.codebooks: tuple[Codebook, ...] = tuple(load_codebook(n) for n in names)
        self.codebook: Codebook = self.codebooks[0]
        self.actors: ActorDictionary = load_actors(config.actors)
        self.sides = Sides(self.actors)
        for book in self.codebooks:
            _check_role_agents(book, self.actors)
        self._views = _taxonomy_views(self.codebooks)
        gazetteer = Gazetteer.load(config.cache_dir)
        self.geocoder = Geocoder(gazetteer)
        self.parser = parser or Parser(
            config.model,
            batch_size=config.batch_size,
            fast_matmul=config.fast_matmul,
            max_chars=config.max_text_bytes + 1,
        )

    def manifest(self) -> dict[str, Any]:
        """What a run needs to be reproduced: codebook hash, model, coder version, settings."""
        return {
            "coder_version": __version__,
            "codebook": self.codebook.name,
            "codebook_version": self.codebook.version,
            "codebook_sha256": self.codebook.sha256,
            "codebooks": [
                {"name": b.name, "version": b.version, "sha256": b.sha256} for b in self.codebooks
            ],
            "actors_version": self.actors.version,
            "actors_sha256": self.actors.sha256,
            "model": self.parser.model_name,
            "model_version": self.parser.model_version,
            "spacy_version": self.parser.spacy_version,
            "config": {
                k: str(v) if v is not None else None
                for k, v in dataclasses.asdict(self.config).items()
            },
        }

    def code(self, articles: Iterable[Article], run_id: str) -> Iterator[CodedArticle]:
        """Code articles in this process, in input order."""
        for parsed in self.parser.parse(articles):
            yield self.code_parsed(parsed, run_id)

    def candidates(self, text: str, published: date | None = None) -> list[Candidate]:
        """The codebook's raw candidates for one text (used to check codebook examples)."""
        doc = self.parser.parse_text(text)
        return find_events(doc, self.codebook, self.actors, on=published)

    def code_text(
        self, text: str, *, published: date | None = None, article_id: str = "text"
    ) -> CodedArticle:
        """Code one text as an article (``coder code-text``)."""
        article = Article(id=article_id, text=text, publication_date=published)
        return self.code_parsed(ParsedDoc(article, self.parser.parse_text(text)), run_id="adhoc")

    def code_parsed(self, parsed: ParsedDoc, run_id: str) -> CodedArticle:
        """Code one parsed article into rows (of every configured codebook)."""
        article, doc = parsed.article, parsed.doc
        sentences = [TextSpan(s.start_char, s.end_char, s.text) for s in doc.sents]
        hints = self.actors.countries_in(article.text)
        # the home countries of the national parties and militias named ("ODM supporters")
        hints += [c for c in self.actors.national_group_countries(article.text) if c not in hints]
        outlet = source_country(article.source_name, self.geocoder.gazetteer)
        if outlet and outlet not in hints:
            hints.append(outlet)  # the outlet's home country: the weakest hint, last
        mentions = self.geocoder.geoparse(doc, country_hints=hints)
        rows: list[EventRow] = []
        for book in self.codebooks:
            rows += self._code_with(book, doc, article, sentences, mentions, hints, run_id)
        return CodedArticle(article, rows, mentions, len(sentences))

    def _code_with(
        self,
        book: Codebook,
        doc: Doc,
        article: Article,
        sentences: Sequence[TextSpan],
        mentions: Sequence[Place],
        hints: Sequence[str],
        run_id: str,
    ) -> list[EventRow]:
        on = article.publication_date
        candidates = find_events(doc, book, self.actors, on=on)
        # a headline yields to the body; what a group habitually does, and history, is no event
        candidates = drop_front_matter(candidates, body_start(article.text), article.text)
        candidates = [
            c
            for c in candidates
            if not (
                is_habitual(c.sentence, on)
                or is_history(c.sentence, on)
                or is_testimony(c.sentence)
                or names_old_event(c.sentence, c.trigger, on)
                or continues_history(
                    c.sentence, sentences[c.sentence_index - 1] if c.sentence_index else None, on
                )
            )
        ]
        if not candidates:
            return []
        datelines = dateline_spans(article.text)  # the reporter's city, not the event's
        placed = [
            (
                c,
                self.geocoder.locate(
                    without_dateline(c.sentence, datelines),
                    mentions,
                    country_hints=self._hints(c, hints, on),
                ),
            )
            for c in candidates
        ]
        rules = {r.id: r.priority for r in book.rules}

        def own_date(cand: Candidate) -> date | None:
            when = resolve_date(article.text, [cand.sentence], on)
            if is_speaking_day(when):
                return None  # "a resident told us on Monday that ...": the day of the telling
            return when.date if when.span and cand.sentence.start <= when.span.start else None

        kept = drop_elaborations(
            placed, mentions, own_date=own_date, priority=lambda c: rules[c.rule_id]
        )
        event_sentences = {c.sentence_index for c, _ in kept}
        sents = list(doc.sents)
        parts = [
            self._event_parts(
                book,
                article,
                c,
                place,
                sentences,
                event_sentences,
                hints,
                doc,
                other_parties(
                    sents,
                    c.sentence_index,
                    event_sentences,
                    _taken(c),
                    background=armed_event(c.event_type, c.sub_event_type),
                ),
                is_symmetric(_tokens(doc, c.trigger)),
                datelines,
            )
            for c, place in kept
        ]
        # an event dated years before the report, wherever its date was read, is history
        # ("Many were lined up and shot" in a verdict story about a 2014 massacre); a report
        # may still tell of events some months old (a rights group's inquiry)
        parts = [p for p in parts if not _long_before(p.date.date, on)]
        parts = drop_summary_ledes(parts, doc)  # "Protests spread across Yemen this week"
        parts = drop_stale_background(parts, on)  # "M23 captured Goma at the end of January"
        parts = [q for p in parts for q in one_per_place(p, mentions)]  # "in X, Y and Z"
        return [to_row(article, p, run_id) for p in merge_duplicates(parts)]

    def _hints(self, cand: Candidate, hints: Sequence[str], on: date | None) -> list[str]:
        """Countries for the location fallback: those the article names, then the actors' own
        ("Taliban fighters" are Afghan) when the article names none."""
        out = list(hints)
        for span in (cand.actor1, cand.actor2, *cand.assoc_actor_1):
            ref = self.actors.resolve(span.text, on=on) if span is not None else None
            if ref is not None and ref.iso3 and ref.iso3 not in out:
                out.append(ref.iso3)
        return out

    def _event_parts(
        self,
        book: Codebook,
        article: Article,
        cand: Candidate,
        place: Place | None,
        sentences: Sequence[TextSpan],
        event_sentences: set[int],
        hints: Sequence[str],
        doc: Doc,
        other_parties: Sequence[TextSpan] = (),
        symmetric: bool = False,
        datelines: Sequence[TextSpan] = (),
    ) -> EventParts:
        text = article.text
        # the dateline's date is the filing date, not the event's
        whole = without_dateline(sentences[cand.sentence_index], datelines)
        own = [_scene_of(cand, whole, datelines)]
        first: EventDate = resolve_date(text, own, article.publication_date)
        if own[0] is not whole and not (first.span and own[0].start <= first.span.start):
            # one scene of two ("..., while a drone strike near Niono two days later killed
            # six"): its own words date it, else the sentence's
            first = resolve_date(text, [whole], article.publication_date)
        after = _following(sentences, cand.sentence_index)
        for i in after[:FOLLOW_ON_SENTENCES]:
            if i in event_sentences:
                break
            if is_background(sentences[i], first.date, article.publication_date):
                break  # history or a tally ("In 2017, a lorry bomb killed 500 people")
            own.append(sentences[i])
        else:  # a communique's toll may come a few sentences on ("3. The provisional toll is")
            for i in after[FOLLOW_ON_SENTENCES : FOLLOW_ON_SENTENCES + 3]:
                if i in event_sentences:
                    break
                if gives_toll(sentences[i].text) and not is_background(
                    sentences[i], first.date, article.publication_date
                ):
                    own.append(sentences[i])
                    break
        # the event sentence's own date stands whatever follows it; else follow-ons may give one
        dated_here = first.span is not None and own[0].start <= first.span.start < own[0].end
        dated_here = dated_here and not is_speaking_day(first)  # the deed's day may come next
        when = (
            first
            if dated_here or len(own) == 1
            else resolve_date(text, own, article.publication_date)
        )
        when = possessive_date(text, cand.trigger, article.publication_date) or when
        dead: Fatalities = count_fatalities(text, own)
        on = when.date or article.publication_date
        country = place.iso3 if place and place.iso3 else (hints[0] if hints else None)

        ctx = SideContext(
            on=on,
            country=country,
            symmetric=symmetric,
            actor1_tokens=_tokens(doc, cand.actor1) if cand.actor1 else None,
            other_parties=other_parties,
        )
        roles = book.sub_event_types[cand.sub_event_type].roles
        sides = self.sides.settle(cand, roles, ctx)
        actor1, actor2 = sides.actor1, sides.actor2
        sentence = cand.sentence.text
        claims = claim_sentences(sentences, cand.sentence_index)
        actor1 = self.sides.named_group(actor1, sentence, actor2, on, country, claims)
        actor2 = self.sides.named_group(actor2, sentence, actor1, on, country)
        view = self._views.get((book.name, cand.sub_event_type), TaxonomyView())
        return EventParts(cand, actor1, actor2, sides.assoc1, sides.assoc2, place, when, dead, view)


_LIST_MARKER_RE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-*•])\s*$")


def _scene_of(cand: Candidate, whole: TextSpan, datelines: Sequence[TextSpan]) -> TextSpan:
    """The candidate's own clause when the sentence tells two scenes, else the sentence."""
    clause = cand.sentence
    inside = whole.start <= clause.start and clause.end <= whole.end
    if inside and len(clause.text.strip()) < len(whole.text.strip()):
        return without_dateline(clause, datelines)
    return whole


def _long_before(when: date | None, published: date | None) -> bool:
    """Whether an event date lies more than a year before publication."""
    return when is not None and published is not None and (published - when).days > _YEARS_AGO


_YEARS_AGO = 365


def _following(sentences: Sequence[TextSpan], index: int) -> list[int]:
    """The indexes of the sentences after ``index``, list markers ("2.") left out."""
    return [
        i for i in range(index + 1, len(sentences)) if not _LIST_MARKER_RE.match(sentences[i].text)
    ]


def _taken(cand: Candidate) -> list[TextSpan]:
    """The spans that already fill a role of a candidate (its actors and its trigger)."""
    spans = (cand.actor1, cand.actor2, *cand.assoc_actor_1, *cand.assoc_actor_2, cand.trigger)
    return [s for s in spans if s is not None]


def _tokens(doc: Doc, span: TextSpan) -> Span:
    """The tokens of a text span of the article."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens if tokens is not None else doc[0:0]


def _taxonomy_views(codebooks: Sequence[Codebook]) -> dict[tuple[str, str], TaxonomyView]:
    """CAMEO root, QuadClass, Goldstein and PLOVER type of every sub-event type, computed once.

    A codebook the PLOVER crosswalk does not cover (a user's own) simply gets no PLOVER type.
    """
    crosswalk = load_crosswalk(check_complete=False)
    scales = load_scales(check_complete=False)
    views: dict[tuple[str, str], TaxonomyView] = {}
    for book in codebooks:
        for sub in book.sub_event_types.values():
            code = sub.cameo_code
            scale = scales.get(code) if code else None
            plover = None
            for key in (sub.name, code):
                if key is None:
                    continue
                try:
                    plover = crosswalk.plover(book.name, key)
                    break
                except KeyError:
                    continue
            views[(book.name, sub.name)] = TaxonomyView(
                cameo_root=code[:2] if code else None,
                quad_class=scale.quad_class if scale else None,
                goldstein=scale.goldstein if scale else None,
                plover_type=plover.type if plover else None,
                plover_mode=plover.mode if plover else None,
            )
    return views


def _check_role_agents(codebook: Codebook, actors: ActorDictionary) -> None:
    for sub in codebook.sub_event_types.values():
        for role in (sub.roles.actor1, sub.roles.actor2):
            if role is not None and not actors.has_agent(role.agent):
                raise CodebookError(
                    f"codebook {codebook.name}: sub-event type {sub.name!r} names agent "
                    f"{role.agent!r}, which the actor dictionary does not define"
                )


def text_sha256(text: str) -> str:
    """The hash recorded for each article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
