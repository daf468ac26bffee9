"""The two sides of an event: from the phrases its rule found to the ACLED actors of the row.

The rule gives at most two phrases. This stage resolves them and settles the sides by ACLED's
conventions: a second side the rule missed is looked for among the other parties (see
:mod:`coder.other_side`); "forces of India and Pakistan" fight each other; a fight that names one
kind of participant has that kind on both sides; the victims of a one-sided assault by a crowd are
civilians; a fight's second side takes the first side's role ("members of X clashed with members
of Y": rioters both); then the sub-event type's role defaults apply (see `RoleDefault`), and an
unnamed armed actor in a sentence that names one armed group is that group.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from coder.actors import ActorDictionary
from coder.codebook_models import RoleDefault, Roles
from coder.models import ActorRef, Candidate, TextSpan
from coder.other_side import coordinated_sibling, pick_side

__all__ = ["Settled", "SideContext", "Sides"]

# ACLED's inter code of political militias, the type of an armed actor nobody names.
UNNAMED_ARMED_INTER = 3
CIVILIANS_INTER = 7
# Forces of a state acting outside its own country.
_FOREIGN = 8
# Actor types of a crowd: a crowd attacked in a one-sided assault is its victims (civilians).
_CROWD_INTERS = frozenset({5, 6})
# Participants that may fight their own kind: communal militias, rioters, protesters, civilians.
_ONE_KIND_INTERS = frozenset({4, 5, 6, 7})


@dataclass(frozen=True, slots=True)
class SideContext:
    """What settling an event's sides needs to know besides its candidate.

    Attributes:
        on: the event date.
        country: the event's country.
        symmetric: whether the trigger names a fight between sides ("clashed").
        actor1_tokens: the tokens of the rule's first phrase (empty when it found none).
        other_parties: the other parties of the event, best first (``other_parties``).
    """

    on: date | None
    country: str | None
    symmetric: bool = False
    actor1_tokens: Span | None = None
    other_parties: Sequence[TextSpan] = ()


@dataclass(frozen=True, slots=True)
class Settled:
    """An event's sides as the row gives them."""

    actor1: ActorRef | None
    actor2: ActorRef | None
    assoc1: tuple[ActorRef, ...]
    assoc2: tuple[ActorRef, ...]


class Sides:
    """Settles the sides of events with one actor dictionary.

    Args:
        actors: the actor dictionary.
    """

    def __init__(self, actors: ActorDictionary) -> None:
        self.actors = actors

    def settle(self, cand: Candidate, roles: Roles, ctx: SideContext) -> Settled:
        """The row's actors for a candidate under its sub-event type's role conventions.

        Args:
            cand: the candidate with the phrases its rule found.
            roles: the sub-event type's role conventions.
            ctx: the event's date, country, trigger kind and other parties.

        Returns:
            The settled sides.
        """
        resolve = self._resolver(ctx)
        first, second = resolve(cand.actor1), resolve(cand.actor2)
        if second is None and ctx.symmetric and first is not None and ctx.actor1_tokens:
            # "forces of India and Pakistan exchanged fire": one side each.
            sibling = coordinated_sibling(ctx.actor1_tokens)
            if sibling is not None:
                ref = self.actors.resolve(sibling[0], on=ctx.on, country_iso3=ctx.country)
                second = dataclasses.replace(ref, span=sibling[1]) if ref else None
                if second is not None and first.inter == _FOREIGN and second.inter == 1:
                    first, second = second, first  # the home country's forces come first
        if second is None and not roles.no_actor2:
            # "Rioters blocked the road. Police fired tear gas.": state forces (any armed actor
            # when both sides are armed) among the other parties are the second side.
            resolved = (resolve(s) for s in ctx.other_parties)
            second = pick_side(resolved, cand.event_type, cand.sub_event_type, first)
        one_kind = (
            second is None
            and ctx.symmetric
            and not roles.no_actor2
            and (first is None or _may_fight_own_kind(first))
        )
        if second is not None and not ctx.symmetric:
            second = self._victims(second, roles, ctx)
        assoc1 = tuple(r for r in map(resolve, cand.assoc_actor_1) if r)
        assoc2 = tuple(r for r in map(resolve, cand.assoc_actor_2) if r)
        swap = roles.second_if_inter
        if first and first.inter in swap and (second is None or second.inter not in swap):
            first, second, assoc1, assoc2 = second, first, assoc2, assoc1
        actor1 = self.apply_role(first, roles.actor1, ctx.on, ctx.country)
        if roles.no_actor2:
            return Settled(actor1, None, assoc1, ())
        # "members of X clashed with members of Y": a fight's second side follows the first's
        # role (rioters both), whatever its own default says.
        role2 = roles.actor1 if ctx.symmetric and second is not None else roles.actor2
        actor2 = self.apply_role(second, role2, ctx.on, ctx.country)
        same = cand.actor1 is not None and cand.actor2 == cand.actor1
        if actor1 is not None and (same or (one_kind and _may_fight_own_kind(actor1))):
            actor2 = actor1  # "two groups of villagers clashed": one kind on both sides
        return Settled(actor1, actor2, assoc1, assoc2)

    def _resolver(self, ctx: SideContext) -> Callable[[TextSpan | None], ActorRef | None]:
        def resolve(span: TextSpan | None) -> ActorRef | None:
            if span is None:
                return None
            ref = self.actors.resolve(span.text, on=ctx.on, country_iso3=ctx.country)
            return dataclasses.replace(ref, span=span) if ref else None

        return resolve

    def _victims(self, second: ActorRef, roles: Roles, ctx: SideContext) -> ActorRef:
        """ "Supporters of X beat a supporter of Y": the victims of a one-sided assault whose
        role is civilians are civilians, whatever crowd they belong to."""
        role = roles.actor2
        if second.inter not in _CROWD_INTERS or role is None:
            return second
        named = self.actors.agent_actor(role.agent, on=ctx.on, country_iso3=ctx.country)
        if named.inter != CIVILIANS_INTER:
            return second
        return dataclasses.replace(
            named, span=second.span, reason=f"{second.reason}; victims of a one-sided assault"
        )

    def named_group(
        self,
        ref: ActorRef | None,
        sentence: str,
        other: ActorRef | None,
        on: date | None,
        country: str | None,
        claims: Sequence[str] = (),
    ) -> ActorRef | None:
        """An unnamed armed actor ("gunmen", or the role's default) in a sentence that names
        exactly one armed group other than the event's other actor is that group ("an IED
        planted by Al Shabaab exploded"); failing that, the one group of the first claim of
        responsibility that names one ("Al Shabaab claimed the attack", see `coder.claims`)."""
        if ref is None or ref.known or ref.inter != UNNAMED_ARMED_INTER:
            return ref
        other_name = other.name if other else None
        for text, why in ((sentence, "the sentence names"), *((c, "claimed by") for c in claims)):
            groups = [
                g
                for g in self.actors.armed_groups_in(text, on=on, country_iso3=country)
                if g.name != other_name
            ]
            if len(groups) == 1:
                return dataclasses.replace(
                    groups[0], span=ref.span, reason=f"{ref.reason}; {why} {groups[0].name}"
                )
        return ref

    def apply_role(
        self, ref: ActorRef | None, role: RoleDefault | None, on: date | None, country: str | None
    ) -> ActorRef | None:
        """Apply the sub-event type's role convention (see `RoleDefault`)."""
        if role is None:
            return ref
        if ref is None:
            if not role.if_missing:
                return None
            return self.actors.agent_actor(role.agent, on=on, country_iso3=country)
        if ref.inter in role.replace_inter:
            named = self.actors.agent_actor(role.agent, on=on, country_iso3=ref.iso3 or country)
            return dataclasses.replace(
                named, span=ref.span, reason=f"{ref.reason}; renamed by the event's role"
            )
        return ref


def _may_fight_own_kind(ref: ActorRef) -> bool:
    """Whether an actor may be both sides of a fight: communal militias, crowds, civilians and
    unnamed armed men ("tribesmen clashed", "gunmen exchanged fire"), never state forces or a
    named group."""
    if ref.inter in _ONE_KIND_INTERS:
        return True
    return ref.inter == UNNAMED_ARMED_INTER and not ref.known
