"""Reported deaths for an event, read conservatively from its sentences.

Counts come from phrases such as "killing 6", "three people died", "six were killed", "left 12
dead", "the bodies of 4", "a man was killed". Vague quantities get ACLED's conventional values
(measured on ACLED-coded notes): "several", "a number of", "an unknown number of", "a few" 3;
"many", "numerous" 10; "dozens" / "a dozen" 12; "scores" 20; "hundreds" 100. "At least 5" and
"more than 5" count 5; a range "5 to 7" counts 5. Distinct groups are summed ("killed two
soldiers and three civilians" is 5) but a subgroup is not ("killing 5, including 3 children" is 5).
Wounded and injured people are not deaths. "No casualties", "no one was killed" give 0; a text
that says nothing about deaths gives None.

Sentences are searched in order (the event sentence, then its follow-on sentences); counts from
several sentences are summed unless a later count only repeats an earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from coder.count_words import DIGITS, VAGUE, VAGUE_RE, WORD_NUMBER, word_or_digits
from coder.models import Fatalities, TextSpan

_QUALIFIER = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|approximately|some|up\s+to|"
    r"as\s+many\s+as|an\s+estimated|a\s+total\s+of|another|other|the|all)\s+)"
)
# A count: "at least 12", "five to seven", "5-7", "two dozen", "dozens of", "a" (singular).
_COUNT = (
    rf"(?P<count>{_QUALIFIER}*[\"“]?"
    rf"(?:(?:between\s+)?(?P<num>{DIGITS}|{WORD_NUMBER})(?:\s+dozen)?"
    rf"(?:\s*(?:-|–|to|or|and)\s*(?:(?:about|around|some|nearly)\s+)?(?:{DIGITS}|{WORD_NUMBER})\b"
    r"(?!\s+(?:were|was|are)\b))?"
    rf"|(?P<vague>{VAGUE_RE})"
    rf"|(?P<single>an?|one))[\"”]?)"
)
_STOP = (
    r"and|or|but|while|who|which|that|after|before|when|in|at|on|during|injured|wounded|hurt|"
    r"arrested|abducted|kidnapped|detained|missing|displaced|others|were|was|had|have|has|with"
)
# Where a new count begins ("and 3 civilians" is a second group, "and militiamen" is not).
_COUNT_START = rf"(?:{DIGITS}|{WORD_NUMBER}|{VAGUE_RE}|an?|one|at\s+least|more\s+than)\b"
# The counted noun phrase: a few words ("soldiers and allied militiamen"), maybe with an aside
# (", including a commander," or "(two men and a boy)").
_NOUNS = (
    rf"(?:(?:(?!(?:{_STOP})\b)[\w'()/-]+|and(?!\s+{_COUNT_START}))\s+){{0,8}}?"
    r"(?:(?:[\w'-]+)?,\s*(?:including|among\s+them|[\w-]+(?:\s+[\w-]+)?\s+of\s+them)\s"
    r"[^,]{1,60},\s*|"
    r"\([^()]{1,80}\)\s*)?"  # ", nine of them civilians," "(two men and a boy)"
)
_BE = (
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been|reportedly|"
    r"allegedly|also|later|all|subsequently|reported|confirmed|feared|believed\s+to\s+be|"
    r"said\s+to\s+have|shot\s+and|stabbed\s+and|beaten\s+and|hacked\s+and)\s+)*"
)
_DEATH_PASSIVE = (
    r"(?:killed|dead|died|murdered|slain|executed|beheaded|lynched|massacred|assassinated|"
    r"perished|drowned|burned\s+to\s+death|burnt\s+to\s+death|beaten\s+to\s+death|"
    r"hacked\s+to\s+death|stabbed\s+to\s+death|shot\s+to\s+death|shot\s+dead|gunned\s+down|"
    r"lost\s+(?:their|his|her)\s+li(?:v|f)es?|succumbed)"
)
_KILL_VERB = (
    r"(?:kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|execut(?:es|ed|ing)|behead(?:s|ed|ing)|"
    r"massacr(?:es|ed|ing)|assassinat(?:es|ed|ing)|lynch(?:es|ed|ing)|shot\s+dead|"
    r"shooting\s+dead|gunn(?:ed|ing)\s+down|claim(?:ed|ing)\s+the\s+lives\s+of)"
)

_SUBJECT = re.compile(rf"(?i:\b{_COUNT}\s+{_NOUNS}{_BE}{_DEATH_PASSIVE}\b)")
_OBJECT = re.compile(rf"(?i:\b{_KILL_VERB}\s+(?:(?:and|or)\s+(?:wound|injur)\w*\s+)?{_COUNT}\b)")
_LEFT_DEAD = re.compile(rf"(?i:\b(?:left|leaving)\s+{_COUNT}\s+{_NOUNS}dead\b)")
_NOUN_DEAD = re.compile(
    rf"(?i:\b{_COUNT}\s+(?:(?:people|persons|civilians|soldiers)\s+)?"
    rf"(?:dead|deaths?|fatalit(?:y|ies)|bodies|corpses)\b)"
)
_TOLL = re.compile(
    rf"(?i:\b(?:death\s+toll|toll|fatalities|deaths)\s+(?:[\w'’]+\s+){{0,5}}?(?:to|at|of|is|was|"
    rf"reached|stood\s+at|stands\s+at)\s+{_COUNT}\b)"
)
_TOLL_ROSE = re.compile(
    rf"(?i:\b(?:death\s+toll|toll)\b[^.;]{{0,120}}?\b(?:rose|risen|climbed|increased|jumped|"
    rf"reached|hit|stood|stands|now\s+stands)\s+(?:to|at)?\s*{_COUNT}\b)"
)
_BODIES = re.compile(rf"(?i:\b(?:the\s+)?(?:bod(?:y|ies)|remains|corpses?)\s+of\s+{_COUNT}\b)")
# a number that is a clock time's minutes or a person's age
_CLOCK_OR_AGE_BEFORE = re.compile(r"(?i)(?:\d:|\baged?\s+(?:\d+\s*(?:,|and|-|to)\s*)*)$")
_AGE_AFTER = re.compile(r"(?i)^\s*-?\s*(?:years?|months?)[\s-]+old\b")
_SPECULATIVE = re.compile(r"(?i)\b(?:could|may|might|would|expected|feared|likely|set)\b")
_PATTERNS = (_SUBJECT, _OBJECT, _LEFT_DEAD, _NOUN_DEAD, _TOLL, _TOLL_ROSE, _BODIES)

_FOUND_DEAD = re.compile(
    r"(?i:\b(?:found|discovered)\s+(?:\w+\s+)?dead\b|\bbody\s+of\s+(?:a|an|the)\b|"
    r"\b(?:he|she)\s+(?:was\s+)?(?:killed|died)\b|\bkill(?:ed|ing)\s+(?:him|her)\b|"
    r"\bthe\s+(?:\w+\s+){0,2}?(?:victim|man|woman|boy|girl|child|nurse|driver|officer|"
    r"soldier|policeman|trader|farmer)\s+(?:later\s+)?died\b|\bwho\s+(?:later\s+)?died\b|"
    r"\b(?:a|the)\s+(?:\w+\s+)?body\s+(?:was\s+)?(?:found|discovered|recovered)\b|"
    r"\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:shot\s+and\s+)?(?:killed|murdered|"
    r"shot\s+dead|shot\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death|lynched|"
    r"beheaded|executed|assassinated)\b|"
    r"\b(?:beat(?:en)?|burn(?:ed|t)|stabb(?:ed)?|hack(?:ed)?|shot|ston(?:ed)?|lynch(?:ed)?)\s+"
    r"(?:him|her)\s+to\s+death\b|"
    r"\b(?:result(?:ed|ing)\s+in|caus(?:ed|ing)|le(?:d|ading)\s+to)\s+(?:his|her|the)\s+death\b|"
    r"\band\s+(?:later\s+|subsequently\s+)?died\b)"
)
# "killed the mayor": a definite single person as the object of a killing.
_ONE_NAMED_VICTIM = re.compile(
    r"(?i:\b(?:kill(?:ed|ing)|murder(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|mayor|governor|director|chief|commander|"
    r"leader|head|chairman|official|officer|soldier|policeman|driver|trader|farmer|teacher|"
    r"journalist|pastor|priest|imam|judge|lawyer|doctor|suspect|gunman|attacker|assailant|"
    r"militant|fighter|thief|owner|councillor|candidate|activist)\b(?!['’]s|\s+and\b))"
)
_ZERO = re.compile(
    r"(?i:\bno\s+(?:one|body|person|people|civilians?|lives?)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|died|dead|lost|hurt|injured)|\bnobody\s+(?:was\s+)?(?:killed|died|hurt)|"
    r"\bno\s+(?:reported\s+|known\s+|immediate\s+|human\s+)?(?:casualties|fatalities|deaths?|"
    r"loss(?:es)?\s+of\s+li(?:f|v)es?|injur(?:y|ies)|victims)|"
    r"\bwithout\s+(?:any\s+)?(?:casualties|fatalities|deaths|injuries|loss\s+of\s+life)|"
    r"\bneither\s+(?:fatalities|deaths|casualties)\s+nor|"
    r"\b(?:casualties|fatalities|deaths)\s+(?:were\s+)?(?:not|none)\s+(?:reported|known))"
)
# A count right after these words is part of a total already counted, or not a death count.
_SUBGROUP_BEFORE = re.compile(
    r"(?i:(?:including|of\s+which|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+(?:dead|"
    r"victims|killed)(?:\s+(?:were|was|are))?|\bto|tried\s+to|attempted\s+to|threat(?:ened)?\s+"
    r"to|plans?\s+to|killing\s+of|deaths?\s+of|in\s+which)\s*$)"
)
_NEGATION_BEFORE = re.compile(r"(?i:\b(?:no|not|nor|without)\s*$)")
_WOUNDED_AFTER = re.compile(
    r"(?i:^\s*(?:and|or|&|/)\s+(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt))"
)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    count: int
    vague_wounded: bool  # "killed and wounded": the number counted both
    toll: bool = False  # "the death toll rose to 14": the whole count so far, not one more group


def _number(match: re.Match[str]) -> int | None:
    """The conservative value of the ``count`` group of a match."""
    if match.group("vague"):
        return VAGUE[" ".join(match.group("vague").lower().split())]
    if match.group("single"):
        return 1
    num = match.group("num")
    if num is None:
        return None
    value = word_or_digits(num)
    if value is not None and re.search(r"(?i)\bdozen\b", match.group("count")):
        value *= 12
    return value


def _dead_among_wounded(value: int, vague: bool) -> int:
    """Deaths in a count of "killed and wounded" people: a conservative share.

    ACLED codes an unknown mix of dead and wounded low: 3 for a vague quantity; for a number,
    half of it (at least one).
    """
    return min(value, 3) if vague else max(1, value // 2)


_BREAKDOWN = re.compile(
    r"(?i)^[\w-]+\s+of\s+(?:the|those)\s+(?:dead|killed|victims|deceased|slain|fatalities)\b"
)
_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:in|since|during|until|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\.?)\s*$"
)


def _every_match(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """Matches at every start, overlapping: a rejected match must not hide one inside it."""
    position = 0
    while (m := pattern.search(sentence, position)) is not None:
        yield m
        position = m.start() + 1


def _hits(sentence: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for pattern in _PATTERNS:
        for m in _every_match(pattern, sentence):
            before = sentence[max(0, m.start() - 30) : m.start()]
            if _SUBGROUP_BEFORE.search(before) or _NEGATION_BEFORE.search(before):
                continue
            if pattern is _OBJECT and _SUBGROUP_BEFORE.search(sentence[: m.start()][-30:]):
                continue
            if _BREAKDOWN.match(sentence[m.start() :]):
                continue  # "Five of the dead were policemen": the dead already counted
            value = _number(m)
            if value is None or (_YEAR_BEFORE.search(before) and 1900 <= value <= 2099):
                continue  # "in June 2024 left dozens dead": a year, not a count
            if _CLOCK_OR_AGE_BEFORE.search(sentence[: m.start("count")]):
                continue  # "12:10 Man killed in ...", "two men aged 19 and 22"
            if any(m.start() < h.end and h.start < m.end() for h in hits):
                continue
            if _AGE_AFTER.match(sentence[m.end("count") :]):
                if pattern is not _OBJECT:
                    continue
                value = 1  # "killing the 58-year-old driver": one person, described by age
            if pattern in (_TOLL, _TOLL_ROSE) and _SPECULATIVE.search(m.group(0)):
                continue  # "the toll could rise to 20"
            if pattern is _SUBJECT and _active_voice(m, sentence):
                continue
            wounded = bool(_WOUNDED_AFTER.search(sentence[m.end() : m.end() + 25]))
            if pattern is _OBJECT:
                wounded = wounded or bool(
                    re.search(r"(?i)and\s+(?:\w+\s+)?(?:wound|injur)", m.group(0))
                )
            if wounded:
                value = _dead_among_wounded(value, bool(m.group("vague")))
            hits.append(_Hit(m.start(), m.end(), value, wounded, pattern in (_TOLL, _TOLL_ROSE)))
            if pattern is _SUBJECT:
                hits.extend(_preceding_groups(sentence, m.start()))
            if pattern is _OBJECT:
                definite = re.match(r"(?i)(?:both|the|all)\b", m.group("count")) is not None
                hits.extend(_coordinated(sentence, m.end(), value if definite else None))
    return sorted(hits, key=lambda h: h.start)


_AUXILIARY = re.compile(r"(?i)\b(?:were|was|are|is|been|being|be|feared|left)\b")
_OBJECT_AFTER = re.compile(rf"(?i:^\s+(?:{_COUNT}|the|his|her|their|him|them|several)\b)")


def _active_voice(m: re.Match[str], sentence: str) -> bool:
    """True for "a soldier killed a youth": the count is the killers, not the dead."""
    if _AUXILIARY.search(m.group(0)):
        return False
    after = sentence[m.end() :]
    return bool(_OBJECT_AFTER.match(after) or _AND_VERB_AFTER.match(after))


_AND_VERB_AFTER = re.compile(r"(?i:^\s+and\s+(?:\w+\s+)?(?:kill|murder|shot|behead)\w*\s+\w)")
_PRECEDING_GROUP = re.compile(
    rf"(?i:\b{_COUNT}\s+{_NOUNS}(?:,\s*(?:and\s+)?|\s*and\s+|\s+as\s+well\s+as\s+)$)"
)


def _preceding_groups(sentence: str, position: int) -> list[_Hit]:
    """Earlier groups of a coordinated subject: "two women and a man were killed"."""
    found: list[_Hit] = []
    while True:
        m = _PRECEDING_GROUP.search(sentence[max(0, position - 80) : position])
        if m is None:
            return found
        value = _number(m)
        if value is None:
            return found
        offset = max(0, position - 80)
        found.append(_Hit(offset + m.start(), offset + m.end(), value, False))
        position = offset + m.start()


_COORDINATED = re.compile(
    rf"(?i:^(?:\s*(?!(?:{_STOP})\b)[\w'()/-]+){{0,6}}?"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:her|his|their)\s+)?{_COUNT}\b)"
)
_PERSON = re.compile(
    r"(?i:^\s+(?:\w+\s+){0,2}?(?:man|woman|child|boy|girl|baby|civilian|soldier|officer|"
    r"policeman|policewoman|member|fighter|militant|resident|farmer|student|teacher|journalist|"
    r"person|trader|herder|herdsman|driver|worker|guard|commander|leader|official|villager|"
    r"pastor|priest|imam|chief|suspect|rebel|militiaman|gunman|attacker|assailant)\b)"
)
_SAYS = re.compile(r"(?i:^\s+(?:said|says|told|confirmed|reported|added|stated)\b)")
_NOT_DEAD_AFTER = re.compile(
    r"(?i:^\s*(?:[\w'()/-]+\s+){0,4}?(?:were\s+|was\s+)?(?:\w+\s+)?"
    r"(?:injured|wounded|hurt|arrested|abducted|kidnapped|detained|rescued|missing)\b)"
)


def _coordinated(sentence: str, position: int, first: int | None) -> list[_Hit]:
    """Further groups after an object count: "killed two soldiers and three civilians"; the
    same number after a bare comma restates a definite first count ("killing both riders, two
    men ...")."""
    found: list[_Hit] = []
    closed = False  # the list already ended with "and": a comma now opens an apposition
    while True:
        m = _COORDINATED.search(sentence[position:])
        if m is None:
            return found
        join = m.group(0)[: m.start("count") - m.start()]
        with_and = bool(re.search(r"(?i)\band\b|\bas\s+well\s+as\b", join))
        if closed and not with_and:
            return found  # "two soldiers and a civilian, a delivery driver who ..."
        closed = closed or with_and
        tail = sentence[position + m.end() : position + m.end() + 60]
        person = _PERSON.match(tail) if m.group("single") else None
        if m.group("single") and (person is None or _SAYS.match(tail[person.end() :])):
            return found  # "killing 3 people and a dog", "killing 5 soldiers, an official said"
        value = _number(m)
        if value is None or _NOT_DEAD_AFTER.match(tail):
            return found  # "killed 8 soldiers and 12 others were injured"
        if _CLOCK_OR_AGE_BEFORE.search(sentence[: position + m.start("count")]):
            return found  # "two men aged 19 and 22"
        if not found and not with_and and value == first:
            return found  # "killing both riders, two men from the village": the same two
        found.append(_Hit(position + m.start("count"), position + m.end(), value, False))
        position += m.end()


def count_fatalities(text: str, sentences: Sequence[TextSpan]) -> Fatalities:
    """Count the deaths a text reports for one event.

    Args:
        text: the article text (spans are offsets into it).
        sentences: the event's sentence first, then any follow-on sentences about the event.

    Returns:
        The count (None when the sentences say nothing about deaths, 0 when they say nobody
        died), the span of the phrases counted and a short reason.
    """
    total = 0
    counted: list[tuple[int, int, int]] = []
    zero_span: TextSpan | None = None
    mixed = toll_taken = False
    for sentence in _split(sentences):
        hits = _hits(sentence.text)
        # "the toll has risen to six after two workers died" holds the two; a toll, and a later
        # total ("killed five people in all - four policemen and the attacker"), replaces the
        # counts told before it
        totals = [h for h in hits if h.toll]
        if not totals and hits and counted and _TOTAL_RE.search(sentence.text):
            totals = hits
        if totals:
            top = max(totals, key=lambda h: h.count)
            if top.count >= total:
                total = top.count
                counted = [(top.count, sentence.start + top.start, sentence.start + top.end)]
                toll_taken = True
            continue
        sentence_total = sum(h.count for h in hits)
        additive = any(_ADDITIVE.search(sentence.text[h.start : h.end]) for h in hits)
        if toll_taken and not additive and sentence_total <= total:
            continue  # "... taking the toll to seven. Five deaths had been reported": within it
        if hits and (additive or not _repeats(sentence_total, [c for c, _, _ in counted])):
            for h in hits:
                counted.append((h.count, sentence.start + h.start, sentence.start + h.end))
            total += sentence_total
            mixed = mixed or any(h.vague_wounded for h in hits)
        if not hits and zero_span is None:
            zero = _ZERO.search(sentence.text)
            if zero is not None:
                zero_span = _span(text, sentence.start + zero.start(), sentence.start + zero.end())
    if counted:
        span = _span(text, min(s for _, s, _ in counted), max(e for _, _, e in counted))
        parts = " + ".join(str(c) for c, _, _ in counted)
        reason = f"deaths reported: {parts}" if len(counted) > 1 else "deaths reported"
        if mixed:
            reason += " (dead and wounded counted together: a conservative share)"
        return Fatalities(total, span, reason)
    if zero_span is not None:
        return Fatalities(0, zero_span, "the text says nobody died")
    for sentence in sentences:
        single = _FOUND_DEAD.search(sentence.text) or _ONE_NAMED_VICTIM.search(sentence.text)
        if single is not None:
            start = sentence.start + single.start()
            return Fatalities(1, _span(text, start, sentence.start + single.end()), "one death")
    return Fatalities(None, None, "no deaths mentioned")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


def _split(sentences: Sequence[TextSpan]) -> list[TextSpan]:
    """Split spans that hold several sentences (the caller may pass a whole text as one)."""
    parts: list[TextSpan] = []
    for span in sentences:
        start = 0
        for boundary in _SENTENCE_END.finditer(span.text):
            parts.append(
                TextSpan(
                    span.start + start,
                    span.start + boundary.start(),
                    span.text[start : boundary.start()],
                )
            )
            start = boundary.end()
        parts.append(TextSpan(span.start + start, span.end, span.text[start:]))
    return parts


# A later count that gives the whole toll
_TOTAL_RE = re.compile(r"(?i)\b(?:in\s+all|in\s+total|altogether|all\s+told|overall)\b")
# A later count that says it adds to the earlier ones ("two other guards", "one more soldier").
_ADDITIVE = re.compile(r"(?i)\b(?:other|another|more|also|additional|further)\b")


def _repeats(count: int, earlier: list[int]) -> bool:
    """A later sentence restating a count already taken ("the two victims ...")."""
    return count in earlier or count == sum(earlier)


def _span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start, end, text[start:end])
