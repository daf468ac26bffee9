"""Specification of front matter: headline and byline lines yield to the article's body."""

from __future__ import annotations

from coder.front_matter import body_start, drop_front_matter, heading_lines, summary_blocks
from coder.models import Candidate, TextSpan

PAGE = (
    "Troops storm rebel camp near border\n\n"
    "AGENCY/Photographer Name\n"
    "By Staff Reporter\n\n"
    "KAMPALA, June 3 (Wire) - Soldiers stormed a rebel camp near the border on Monday, the army"
    " said.\n"
)


def candidate(start: int) -> Candidate:
    return Candidate(
        codebook="acled",
        codebook_version="1",
        rule_id="r",
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type=None,
        cameo_code=None,
        sentence_index=0,
        sentence=TextSpan(start, start + 5, "xxxxx"),
        trigger=TextSpan(start, start + 5, "xxxxx"),
    )


def test_the_body_starts_at_the_first_prose_line() -> None:
    assert PAGE[body_start(PAGE) :].startswith("KAMPALA, June 3")


def test_a_text_that_starts_with_prose_or_never_turns_to_prose_is_all_body() -> None:
    assert body_start("Soldiers stormed a rebel camp on Monday, the army said.\nMore.") == 0
    assert body_start("Sugar farmers protest delayed payments") == 0
    assert body_start("Soldiers clash with rebels\nSeveral killed in border town") == 0


def test_a_short_line_with_a_full_stop_is_not_yet_prose() -> None:
    text = "Photo: AFP.\nSoldiers stormed a rebel camp on Monday, the army said."
    assert body_start(text) == len("Photo: AFP.\n")


def test_headline_events_yield_to_the_body_and_stand_in_when_the_body_has_none() -> None:
    start = body_start(PAGE)
    headline, body = candidate(0), candidate(start + 30)
    assert drop_front_matter([headline, body], start) == [body]
    assert drop_front_matter([headline], start) == [headline]


SITREP = (
    "Weekly protection update\n\n"
    "KEY POINTS\n"
    "- Nine civilians killed in an attack in the north.\n\n"
    "- Two aid workers abducted near the border.\n\n"
    "On Tuesday, gunmen attacked a village near the border and killed nine civilians.\n"
    "- a dash in the body is no summary.\n"
)


def test_the_bullets_under_a_summary_heading_form_a_block() -> None:
    (block,) = summary_blocks(SITREP)
    assert SITREP[block[0] : block[1]].startswith("- Nine civilians")
    assert SITREP[block[0] : block[1]].rstrip().endswith("near the border.")


def test_summary_bullets_yield_to_the_body_and_stand_in_when_it_has_none() -> None:
    bullet = candidate(SITREP.index("Nine civilians"))
    body = candidate(SITREP.index("gunmen attacked"))
    assert drop_front_matter([bullet, body], body_start(SITREP), SITREP) == [body]
    assert drop_front_matter([bullet], body_start(SITREP), SITREP) == [bullet]


CROSSHEADS = (
    "Militia clashes shake the north\n\n"
    "KADUNA, May 4 - Gunmen fought vigilantes near the market on Sunday, police said.\n\n"
    "SIT-IN AT THE PALACE\n\n"
    "On Monday, hundreds of residents held a sit-in at the emir's palace.\n\n"
    "Residents said the protest was peaceful. TWO ARRESTED\n\n"
    "Police said two men were held.\n"
)


def test_a_crosshead_in_capitals_is_a_heading_even_with_a_blank_line_under_it() -> None:
    heads = [CROSSHEADS[a:b].strip() for a, b in heading_lines(CROSSHEADS)]
    assert "SIT-IN AT THE PALACE" in heads
    assert not any("TWO ARRESTED" in h for h in heads)  # inside a paragraph: no crosshead


def test_a_crosshead_yields_to_the_paragraph_under_it() -> None:
    head = candidate(CROSSHEADS.index("SIT-IN"))
    body = candidate(CROSSHEADS.index("sit-in at"))
    start = body_start(CROSSHEADS)
    assert drop_front_matter([head, body], start, CROSSHEADS) == [body]
