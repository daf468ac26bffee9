"""Word tables of metaphor: the words of sports and business stories, and the conflict words
that such a story turns into metaphors ("a 78th-minute strike", "a price war")."""

from __future__ import annotations

MATCH_WORDS = frozenset(
    {
        "goal",
        "goals",
        "match",
        "striker",
        "midfielder",
        "goalkeeper",
        "derby",
        "scored",
        "season",
        "tournament",
        "penalty",
        "coach",
        "squad",
    }
)
# Words of a sports report or a business story, where conflict words are metaphors: "a 78th-minute
# strike", "their striker", "shots on target", "exporters clashed with officials at a meeting"
FIGURATIVE_CONTEXT = MATCH_WORDS | {
    "matches",
    "championship",
    "minute",
    "kick-off",
    "fixture",
    "title",
    "futures",
    "stocks",
    "shares",
    "investors",
    "deficit",
    "budget",
    "inflation",
    "tariff",
    "tariffs",
    "exporters",
    "finances",
    "fiscal",
    "monetary",
}
# Trigger words that such a context turns into metaphors
FIGURATIVE_TRIGGERS = frozenset(
    {
        "strike",
        "striker",
        "shot",
        "shoot",
        "fire",
        "explode",
        "clash",
        "battle",
        "attack",
        "bombardment",
        "fight",
        "beat",
        "defeat",
        "crush",
        "thrash",
        "war",
        "sniper",
        "target",
        "kill",
        "offensive",
        "assault",
        "raid",
        "counter",
        "surrender",
        "siege",
        "ambush",
        "massacre",
        "bombard",
        "bomb",
        "shell",
        "blitz",
        "storm",
        "invade",
        "capture",
        "seize",
        "rout",
        "injure",
        "regroup",
        "mount",
        "plunder",
        "deploy",
        "execute",
        "chant",
        "celebrate",
        "march",
        "gather",
    }
)


SPORT = MATCH_WORDS | {
    "wickets",
    "wicket",
    "bowler",
    "bowlers",
    "batsman",
    "batter",
    "innings",
    "cricket",
    "football",
    "rugby",
    "captain",
    "league",
    "overs",
    "spinner",
    "spinners",
    "batting",
    "bowling",
}


# Words of a company or markets story: its "price war", "hostile bid" and "the battle for the
# consumer" are metaphors
BUSINESS = frozenset(
    {
        "shares",
        "shareholders",
        "investors",
        "analysts",
        "takeover",
        "acquisition",
        "merger",
        "revenue",
        "revenues",
        "margins",
        "profits",
        "earnings",
        "quarterly",
        "valuation",
        "dividend",
        "retailer",
        "retailers",
        "investor",
        "fares",
        "pricing",
        "discounts",
        "customers",
        "start-up",
        "startup",
        "startups",
        "funding",
        "subsidies",
        "competitors",
        "profitability",
    }
)
