"""The codebook file format: pydantic models validated with ``extra="forbid"``.

A codebook is a folder holding a manifest (``codebook.yaml``: name, version, description) and one
YAML file per event type. Each event-type file declares its sub-event types (definition, disorder
type, CAMEO code) and the trigger rules that code them, each rule with its own examples.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Conditions(_Strict):
    """Constraints a trigger must satisfy for its rule to fire.

    Context words are lemmas looked up in the trigger's sentence; an entry holding a space or a
    hyphen is a phrase looked up in the lower-cased sentence text. Words that are only the
    reason or the demand of a protest ("protested against the arrest of ...") do not count.
    Inter codes are ACLED actor types (1 state forces ... 8 external); a rule that constrains an
    actor's type does not fire when that actor is missing or unresolved.
    """

    pos: list[str] = Field(default_factory=list, description="allowed trigger POS tags (VERB...)")
    context_any: list[str] = Field(
        default_factory=list, description="at least one of these lemmas/phrases in the sentence"
    )
    context_none: list[str] = Field(
        default_factory=list, description="none of these lemmas/phrases in the sentence"
    )
    own_none: list[str] = Field(
        default_factory=list,
        description=(
            "none of these lemmas/phrases in the trigger's own sentence, whatever the window"
            ' ("marched peacefully" while violence is told of another place)'
        ),
    )
    context_window: int = Field(
        default=0,
        ge=0,
        le=5,
        description="context words also count in this many following sentences (0: own only)",
    )
    context_before: int = Field(
        default=0,
        ge=0,
        le=3,
        description=(
            "context words also count in this many preceding sentences (the protest that a"
            " later sentence's shooting ended)"
        ),
    )
    actor_inter: list[int] = Field(default_factory=list, description="actor1 type one of these")
    target_inter: list[int] = Field(default_factory=list, description="actor2 type one of these")
    actor_not_inter: list[int] = Field(default_factory=list, description="actor1 type none of")
    target_not_inter: list[int] = Field(default_factory=list, description="actor2 type none of")
    any_inter: list[int] = Field(
        default_factory=list, description="actor1 or actor2 (or an associate) type one of these"
    )
    none_inter: list[int] = Field(
        default_factory=list, description="no participant's type is one of these"
    )
    target_lemmas: list[str] = Field(
        default_factory=list,
        description='the target\'s head word is one of these ("village", "market")',
    )
    require_target: bool = Field(default=False, description="actor2 must be found in the text")
    target_unknown_name: bool = Field(
        default=False,
        description=(
            "actor2 is a proper name the actor dictionary does not know: a village, a town or a"
            ' person ("gunmen attacked Kalama"), not an armed group'
        ),
    )
    not_after_event: bool = Field(
        default=False,
        description=(
            "not coded when an event of another type was coded earlier in the text (a"
            " consequence of it: the attackers arrested, the houses burned), unless the"
            ' sentence opens a new incident ("Separately, ...")'
        ),
    )

    @field_validator(
        "actor_inter",
        "target_inter",
        "actor_not_inter",
        "target_not_inter",
        "any_inter",
        "none_inter",
    )
    @classmethod
    def _inter_range(cls, value: list[int]) -> list[int]:
        bad = [v for v in value if not 0 <= v <= 8]
        if bad:
            raise ValueError(f"inter codes must be 0-8, got {bad}")
        return value


class PositiveExample(_Strict):
    """A sentence the rule must code, with the expected coding."""

    text: str = Field(min_length=1)
    event_type: str
    sub_event_type: str
    actor1: str | None = Field(default=None, description="expected actor1 phrase (substring)")
    actor2: str | None = Field(default=None, description="expected actor2 phrase (substring)")


class NegativeExample(_Strict):
    """A sentence that must code nothing, or only the sub-event type named in ``instead``."""

    text: str = Field(min_length=1)
    instead: str | None = Field(
        default=None, description="the sub-event type the sentence codes instead (None: nothing)"
    )

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value


class Examples(_Strict):
    """Every rule carries at least one positive and one negative example."""

    positive: list[PositiveExample] = Field(min_length=1)
    negative: list[NegativeExample] = Field(min_length=1)


class Rule(_Strict):
    """A trigger rule: trigger words, conditions, priority, and examples."""

    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$", description="stable dotted id")
    sub_event_type: str
    lemmas: list[str] = Field(description="single-word trigger lemmas (lower case)")
    phrases: list[str] = Field(
        default_factory=list, description='multiword triggers ("exchange of fire")'
    )
    priority: int = Field(default=50, description="higher wins when several rules fire")
    conditions: Conditions = Field(default_factory=Conditions)
    examples: Examples
    note: str | None = None

    @model_validator(mode="after")
    def _has_trigger(self) -> Rule:
        if not self.lemmas and not self.phrases:
            raise ValueError("a rule needs at least one lemma or phrase")
        return self


class RoleDefault(_Strict):
    """How a sub-event type fills one actor role that the text leaves open or names loosely.

    ACLED names participants by what they did: residents who march are "Protesters (X)", a crowd
    that beats a suspect is "Rioters (X)", the victims of an attack on civilians are
    "Civilians (X)", attackers nobody names are an "Unidentified Armed Group (X)".
    """

    agent: str = Field(description="agent id in the actor dictionary (agents.yaml)")
    if_missing: bool = Field(
        default=True, description="fill the role with this agent when the text names nobody"
    )
    replace_inter: list[int] = Field(
        default_factory=list,
        description="a resolved actor of one of these inter codes is renamed to this agent",
    )


class Roles(_Strict):
    """Role conventions of a sub-event type."""

    actor1: RoleDefault | None = None
    actor2: RoleDefault | None = None
    no_actor2: bool = Field(
        default=False,
        description="the sub-event type is coded on its actor alone (a peaceful protest has no "
        "second actor, whoever the text mentions)",
    )
    second_if_inter: list[int] = Field(
        default_factory=list,
        description="a text's actor1 of one of these inter codes is coded as actor2, and its "
        "actor2 as actor1, before the defaults apply (police who break up a protest come second: "
        "ACLED lists the protesters first)",
    )


class SubEventType(_Strict):
    """A sub-event type of the taxonomy."""

    name: str
    definition: str = Field(min_length=1)
    cameo_code: str | None = Field(default=None, pattern=r"^[0-9]{2,4}$")
    disorder_type: str | None = Field(
        default=None, description="overrides the event type's disorder type"
    )
    roles: Roles = Field(default_factory=Roles)


class EventType(_Strict):
    """An event type with its sub-event types and the rules that code them."""

    name: str
    definition: str = Field(min_length=1)
    disorder_type: str
    sub_event_types: list[SubEventType] = Field(min_length=1)
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _rules_name_known_sub_events(self) -> EventType:
        names = {s.name for s in self.sub_event_types}
        for rule in self.rules:
            if rule.sub_event_type not in names:
                raise ValueError(
                    f"rule {rule.id}: unknown sub_event_type {rule.sub_event_type!r} "
                    f"(known: {sorted(names)})"
                )
        return self


class CodebookFile(_Strict):
    """One YAML file of a codebook: its version and the event types it declares."""

    version: str
    event_types: list[EventType] = Field(default_factory=list)


class CodebookManifest(_Strict):
    """``codebook.yaml``: the codebook's identity."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    version: str
    description: str = ""
    skip_reasons: bool = Field(
        default=False,
        description=(
            'words that are only the reason or the demand of a protest ("protested against'
            ' the arrest of ...", "demanding the release of ...") neither trigger an event nor'
            " count as rule context; a codebook of events that happened sets it, a codebook of"
            " demands and appeals (CAMEO) leaves it off"
        ),
    )


CODEBOOK_MODEL = CodebookFile
"""The root model of an event-type file (for generating the JSON Schema)."""
