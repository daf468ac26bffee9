"""Whether a rule's conditions hold for a trigger: context words, the target, actor types.

Context words are read once per sentence (and per window of neighbouring sentences) and only for
rules that ask; actor types are resolved lazily, once per trigger, and only for rules that
constrain them.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from coder.codebook import CompiledRule
from coder.modality import counts_as_context
from coder.modality_words import RECALLED
from coder.models import ActorResolver
from coder.roles import Roles, phrase
from coder.trigger_filters import acts_alone
from coder.triggers import is_date_word, is_name_part, names_who, token_keys

__all__ = ["ActorTypes", "RuleContext", "rule_holds"]


class RuleContext:
    """The words rules' conditions look at: a sentence, optionally with its neighbours.

    Lemma sets are computed once per sentence and widened lazily, only for rules that ask. With
    ``skip_reasons``, words that are only the reason or demand of a protest are left out (see
    :func:`coder.modality.counts_as_context`).

    Args:
        sents: the article's sentences.
        index: the index of the trigger's sentence.
        skip_reasons: leave out words that are only a protest's reason or demand.
    """

    def __init__(self, sents: list[Span], index: int, *, skip_reasons: bool = False) -> None:
        self._sents, self._index, self._skip_reasons = sents, index, skip_reasons
        self._cache: dict[tuple[int, int], tuple[frozenset[str], str]] = {}
        self._said: dict[int, bool] = {}  # token index -> counts as context (windows overlap)
        self._keys: dict[int, tuple[str, ...]] = {}  # token index -> its lemma keys, if it counts

    def _tells(self, tok: Token) -> bool:
        said = self._said.get(tok.i)
        if said is None:
            said = self._said[tok.i] = not self._skip_reasons or counts_as_context(tok)
        return said

    def _lemma_keys(self, tok: Token) -> tuple[str, ...]:
        keys = self._keys.get(tok.i)
        if keys is None:
            keys = self._keys[tok.i] = tuple(token_keys(tok)) if _counts(tok) else ()
        return keys

    def words(self, window: int, before: int = 0) -> tuple[frozenset[str], str]:
        """The lemma set and lower-cased text of the sentence, ``window`` sentences after it and
        ``before`` sentences before it (words that do not count are blanked out of the text)."""
        key = (window, before)
        if key not in self._cache:
            part = self._sents[max(0, self._index - before) : self._index + 1 + window]
            said = [t for s in part for t in s if self._tells(t)]
            lemmas = frozenset(k for t in said for k in self._lemma_keys(t))
            kept = {t.i for t in said}
            lower = " ".join(
                "".join(t.text_with_ws if t.i in kept else "\x00" + t.whitespace_ for t in s)
                for s in part
            ).lower()
            self._cache[key] = (lemmas, lower)
        return self._cache[key]


# participles that say what people are doing at the time: "striking nurses" are on strike
_DOING_NOW = frozenset({"striking", "protesting", "demonstrating"})


def _counts(tok: Token) -> bool:
    """Whether a word counts as context: not a date, not part of a name ("National Torch
    Movement"), not a description ("looted funds", "riot police") and not a recalled event ("the
    prior clash")."""
    if is_date_word(tok) or is_name_part(tok) or names_who(tok):
        return False
    if tok.dep_ == "amod" and tok.tag_.startswith("VB") and tok.lower_ not in _DOING_NOW:
        return False
    if tok.lemma_.lower() == "disperse" and acts_alone(tok):
        return False  # "the crowd dispersed by early afternoon": nobody broke it up
    return not any(c.dep_ == "amod" and c.lower_ in RECALLED for c in tok.children)


def _has(words: frozenset[str], context: RuleContext, window: int, before: int = 0) -> bool:
    lemmas, lower = context.words(window, before)
    # Phrases and hyphenated words ("off-duty": three tokens) are looked up in the text.
    return any((w in lower) if (" " in w or "-" in w) else (w in lemmas) for w in words)


class ActorTypes:
    """Actor types of a trigger's participants, resolved lazily and once.

    Args:
        roles: the trigger's agent, target and associates.
        actors: resolves an actor phrase to its ACLED actor type.
        on: the date named groups are resolved on.
    """

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

    def ensure(self) -> ActorTypes:
        """Resolve the participants' types (once) and return self."""
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


def rule_holds(rule: CompiledRule, head: Token, context: RuleContext, inters: ActorTypes) -> bool:
    """Whether every condition of a rule holds for a trigger.

    Args:
        rule: the candidate rule.
        head: the trigger's head token.
        context: the words around the trigger.
        inters: the trigger's participants and their (lazily resolved) actor types.

    Returns:
        True when the rule may code the trigger.
    """
    if rule.pos and head.pos_ not in rule.pos:
        return False
    window, before = rule.context_window, rule.context_before
    if rule.context_any and not _has(rule.context_any, context, window, before):
        return False
    if rule.context_none and _has(rule.context_none, context, window, before):
        return False
    if rule.own_none and _has(rule.own_none, context, 0):
        return False
    target = inters.roles.target
    if rule.require_target and target is None:
        return False
    if rule.target_lemmas and (target is None or not set(token_keys(target)) & rule.target_lemmas):
        return False
    if not rule.needs_actor_types:
        return True
    i = inters.ensure()
    if rule.target_unknown_name and (
        target is None or target.pos_ != "PROPN" or i.target is not None
    ):
        return False
    return not (
        (rule.actor_inter and i.agent not in rule.actor_inter)
        or (rule.target_inter and i.target not in rule.target_inter)
        or (rule.actor_not_inter and i.agent in rule.actor_not_inter)
        or (rule.target_not_inter and i.target in rule.target_not_inter)
        or (rule.any_inter and not (i.all & rule.any_inter))
        or (rule.none_inter and i.all & rule.none_inter)
    )
