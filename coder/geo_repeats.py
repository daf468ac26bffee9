"""One sense per discourse: a name found as a place elsewhere in the article is a place here too.

The NER misses a town in a headline ("Hagerstown advances to the final") or at a sentence start
("Banbridge turned out in force") even when it labels the same name a place in the next
sentence. ``repeated_mentions`` finds the other capitalized occurrences of the names already
found (any case: "HARWINTON" repeats "Harwinton"), but not inside a person's name, and inside an
organization's name only when every toponym is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from coder.geo_mention import Mention
from coder.geo_names import normalize

_MAX_TOKENS = 4


def repeated_mentions(
    doc: Doc, mentions: Sequence[Mention], *, every_toponym: bool = False
) -> list[Mention]:
    """Further occurrences of the names of ``mentions`` that no mention covers yet.

    Args:
        doc: the spaCy parse.
        mentions: the mentions found so far (demonyms and names inside names do not repeat).
        every_toponym: also report occurrences inside organization names.

    Returns:
        The new mentions, in text order.
    """
    person_words = {normalize(t.text) for e in doc.ents if e.label_ == "PERSON" for t in e}
    keys: dict[str, Mention] = {}
    for m in mentions:
        key = normalize(m.text)
        if (
            m.country is None
            and not m.in_name
            and m.text[:1].isupper()
            and not set(key.split()) & person_words  # "Roberts" of "Jay Roberts"
        ):
            keys.setdefault(key, m)
    if not keys:
        return []
    taken = [False] * len(doc)
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for k in range(span.start, span.end):
                taken[k] = True
    ent_of: list[Span | None] = [None] * len(doc)
    for e in doc.ents:
        for k in range(e.start, e.end):
            ent_of[k] = e
    by_first: dict[str, set[int]] = {}
    for key in keys:
        by_first.setdefault(key.split(" ", 1)[0], set()).add(min(key.count(" ") + 1, _MAX_TOKENS))
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        found, step = None, 1
        lengths = by_first.get(normalize(doc[i].text), ()) if doc[i].text[:1].isupper() else ()
        for n in sorted(lengths, reverse=True):
            if i + n > len(doc) or any(taken[i : i + n]):
                continue
            span = doc[i : i + n]
            if span[-1].is_punct:
                continue
            first = keys.get(normalize(span.text))
            if first is None or (i + n < len(doc) and doc[i + n].text[:1].isupper()):
                continue  # "Columbus Day" is no repeat of "Columbus"
            ent = ent_of[i]
            inside = ent is not None and (ent.start < i or ent.end > i + n)
            if inside and ent is not None and (ent.label_ == "PERSON" or not every_toponym):
                break
            found = Mention(
                span.start_char,
                span.end_char,
                span.text,
                first.level,
                False,
                first.modifier,
                in_name=inside,
            )
            step = n
            break
        if found is not None:
            out.append(found)
        i += step
    return out
