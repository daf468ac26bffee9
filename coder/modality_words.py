"""The words that decide a trigger's modality (see ``coder.modality``): negators, modal verbs,
intent, denial, reasons, background, court business and the like. Data only."""

from __future__ import annotations

__all__ = [
    "ALLEGE",
    "ANNOUNCE",
    "BACKGROUND_NOUNS",
    "BACKGROUND_PREPS",
    "CLAIM",
    "CONDITIONAL",
    "COURT",
    "DENIAL",
    "HELD",
    "INTENT",
    "KIN",
    "LONG_SPANS",
    "MODAL_AUX",
    "NEGATORS",
    "PLANNED_NOUNS",
    "PREVENTED",
    "PROTESTER_NOUNS",
    "PROTEST_HEADS",
    "REASON_MARKS",
    "REASON_PREPS",
    "REASON_VERBS",
    "RECALLED",
    "REPORT",
    "SCHEDULED",
    "STATEMENTS",
    "TESTIMONY",
]

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must"})
# Words that put what they govern into the future, the hypothetical or the unrealised.
INTENT = frozenset(
    {
        "threaten",
        "threat",
        "plan",
        "task",  # "had been tasked with attacking a checkpoint"
        "assign",
        "vow",
        "intend",
        "intention",
        "pledge",
        "promise",
        "warn",
        "seek",
        "want",
        "need",  # "We need to regroup": no regrouping yet
        "aim",
        "goal",  # "with the stated goal of agreeing a ceasefire"
        "objective",
        "call",
        "urge",
        "consider",
        "propose",
        "schedule",
        "prepare",
        "expect",
        "fear",
        "risk",
        "possible",
        "possibility",
        "potential",
        "ready",
        "allow",
        "permit",
        "ban",
        "prohibit",
        "avoid",
        "refuse",
        "decline",
        "hope",
        "hoped",
        "hopes",
        "fail",
        "tell",
        "order",
        "instruct",
        "ask",
    }
)
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
DENIAL = frozenset({"deny", "refute", "dismiss", "reject"})
# verbs of saying, whose subject or object is a quoted person
SPEECH = frozenset({"say", "tell", "add", "explain", "recall", "describe"})
CALL_OFF = frozenset({"postpone", "cancel", "adjourn", "scrap", "shelve", "defer"})
PREVENTED = frozenset({"foil", "thwart", "prevent", "avert", "stop", "abort", "frustrate"})
CLAIM = frozenset({"claim"})
ALLEGE = frozenset({"allege", "allegedly", "accuse", "accusation", "allegation"})
REPORT = frozenset({"report", "reportedly", "say", "tell", "state", "according", "confirm"})
# A trigger governed by these is the reason for another event ("protested against the killing"),
# or an earlier event recalled ("the prior attack"): it is not coded as an event of its own.
REASON_VERBS = frozenset(
    {
        "condemn",
        "denounce",
        "deplore",
        "demand",
        "mourn",
        "commemorate",
        "decry",
        "oppose",
        "protest",
        "demonstrate",
        "rally",
        "march",
        "investigate",
        "probe",
        "investigation",
        "inquire",
        "inquiry",
        "enquire",
        "enquiry",
        "punish",
        "punishment",
        "justice",
        "accountability",
        "solidarity",
        "remember",
        "anniversary",
    }
) | frozenset(  # a court's business: "sentenced two officers for the killing of 30 peasants"
    {
        "sentence",
        "sentenced",
        "convict",
        "convicted",
        "acquit",
        "acquitted",
        "indict",
        "indicted",
        "prosecute",
        "jail",
        "jailed",
        "imprison",
        "trial",
        "verdict",
    }
)
REASON_PREPS = frozenset({"against", "over"})
# A trigger under these is the background of the sentence's news ("amid clashes", "amid
# the killing", "in the wake of the attack"), not an event of its own.
BACKGROUND_PREPS = frozenset({"amid", "amidst", "around"})  # "lives rearranged around the violence"
# "in the wake of", "ending weeks of fighting": what was going on before, not the news
BACKGROUND_NOUNS = frozenset({"wake", "aftermath", "days", "weeks", "months", "years", "decades"})
LONG_SPANS = frozenset({"months", "years", "decades"})
# "as unrest spread across the country": a situation spreading behind the sentence's news
SPREAD_VERBS = frozenset({"spread", "grow", "mount", "escalate", "intensify", "deepen", "widen"})
SITUATIONS = frozenset({"unrest", "tension", "violence", "turmoil", "insecurity", "instability"})
# "a protest announced for Friday" is planned; "announced the killing of" reports
ANNOUNCE = frozenset({"announce", "declare"})
PLANNED_NOUNS = frozenset(
    {
        "march",
        "protest",
        "demonstration",
        "rally",
        "strike",
        "sit",
        "in",
        "shutdown",
        "hartal",
        "boycott",
        "blockade",
        "programme",
        "program",
        "walkout",
        "vigil",
    }
)
TESTIMONY = frozenset({"testify", "testimony", "testified"})
COURT = frozenset({"court", "judge", "tribunal", "jury", "magistrate", "bench"})
PROTESTER_NOUNS = frozenset({"protester", "demonstrator", "striker", "marcher", "activist"})
# what protesters say is not a protest: "The protesters announced a sit-in for Friday"
STATEMENTS = frozenset({"announce", "declare", "blame", "vow", "warn", "threaten", "plan"})
# "are due to meet", "is set to march": the infinitive is what is scheduled
SCHEDULED = frozenset({"due", "set", "scheduled", "poised", "likely", "expected"})
# A clause opened by these under a protest verb gives the protest's reason ("protested after a
# man was killed").
REASON_MARKS = frozenset({"after", "because", "since"})
PROTEST_HEADS = REASON_VERBS | {
    "protester",
    "demonstrator",
    "demonstration",
    "strike",
    "riot",
    "sit",
    "chain",
}
# Weapons carried, held or traded are not weapons used: "fighters armed with heavy weapons".
HELD = frozenset(
    {
        "armed",
        "arm",
        "equip",
        "equipped",
        "carry",
        "possess",
        "possession",
        "transport",
        "receive",
        "deliver",
        "supply",
        "sell",
        "buy",
        "purchase",
        "display",
        "store",
        "stockpile",
    }
)
RECALLED = frozenset({"prior", "previous", "earlier", "recent", "past", "last", "former"})
KIN = frozenset(
    {
        "father",
        "mother",
        "parent",
        "family",
        "relative",
        "widow",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "orphan",
        "grave",
        "funeral",
        "memory",
        "photo",
        "portrait",
    }
)
