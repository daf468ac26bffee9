"""The PLOVER crosswalk and the CAMEO scales: versioned tables, validated on load.

``codebooks/plover/crosswalk.yaml`` maps every CAMEO event code and every ACLED sub-event type to a
PLOVER event type (and a mode where one follows). Loading checks that each source code is mapped
exactly once (uniqueness), that every code of the named codebooks is mapped and no unknown code is
(completeness), and that types and modes are the declared ones. ``codebooks/plover/
cameo_scales.yaml`` gives every CAMEO code its Goldstein score and QuadClass.

Problems raise :class:`~coder.errors.CodebookError` with a located message, e.g.
``plover/crosswalk.yaml: mappings -> cameo: code '0874' is mapped twice (entries 118 and 119)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coder.codebook import Codebook, load_codebook
from coder.errors import CodebookError
from coder.resources import shipped_path

__all__ = [
    "CameoScale",
    "Crosswalk",
    "PloverType",
    "load_crosswalk",
    "load_scales",
    "quad_class_of_root",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PloverType(_Strict):
    """A PLOVER event type with its optional mode ("ASSAULT", "aerial")."""

    type: str
    mode: str | None = None


class CameoScale(_Strict):
    """The Goldstein score (-10 conflict .. +10 cooperation) and QuadClass of a CAMEO code.

    QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    """

    goldstein: float = Field(ge=-10.0, le=10.0)
    quad_class: int = Field(ge=1, le=4)


class _Entry(_Strict):
    code: str = Field(min_length=1)
    type: str | None
    mode: str | None = None
    note: str | None = None


class _Mapping(_Strict):
    codebook: str = Field(description="the codebook whose codes this mapping covers")
    key: Literal["cameo_code", "sub_event_type"] = Field(
        description="which field of the codebook's sub-event types is the source code"
    )
    entries: list[_Entry]


class _CrosswalkFile(_Strict):
    version: str
    plover_version: str
    types: dict[str, list[str]] = Field(description="PLOVER event type -> its allowed modes")
    mappings: dict[str, _Mapping]


class _ScalesFile(_Strict):
    version: str
    scales: dict[str, CameoScale]


CROSSWALK_FILE = ("plover", "crosswalk.yaml")
SCALES_FILE = ("plover", "cameo_scales.yaml")


def quad_class_of_root(code: str) -> int:
    """The QuadClass a CAMEO code has by its root (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4).

    Raises:
        ValueError: the code does not start with a CAMEO root 01-20.
    """
    root = int(code[:2]) if code[:2].isdigit() else 0
    if not 1 <= root <= 20:
        raise ValueError(f"not a CAMEO code: {code!r}")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True)
class Crosswalk:
    """A loaded, validated crosswalk.

    Attributes:
        version: the crosswalk file's version.
        plover_version: which PLOVER draft the types and modes follow.
        types: PLOVER event type -> allowed modes.
        mappings: taxonomy ("cameo", "acled") -> source code -> PLOVER type (None: no PLOVER
            event type on purpose).
    """

    version: str
    plover_version: str
    types: Mapping[str, tuple[str, ...]]
    mappings: Mapping[str, Mapping[str, PloverType | None]]

    def plover(self, taxonomy: str, code: str) -> PloverType | None:
        """The PLOVER type of one source code.

        Args:
            taxonomy: "cameo" (codes such as "0874") or "acled" (sub-event types such as
                "Armed clash").
            code: the source code.

        Returns:
            The PLOVER type and mode, or None when the code has no PLOVER event type (plain
            statements such as CAMEO "010").

        Raises:
            KeyError: the taxonomy or the code is not in the crosswalk.
        """
        try:
            table = self.mappings[taxonomy]
        except KeyError:
            raise KeyError(
                f"no crosswalk for taxonomy {taxonomy!r} (known: {sorted(self.mappings)})"
            ) from None
        try:
            return table[code]
        except KeyError:
            raise KeyError(f"{taxonomy} code {code!r} is not in the crosswalk") from None


class _UniqueKeyLoader(yaml.SafeLoader):
    """The safe loader, refusing a mapping that repeats a key (PyYAML keeps the last silently)."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping
)


def _label(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _read(path: Path, model: type[Any]) -> Any:
    label = _label(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except OSError as exc:
        raise CodebookError(f"{label}: cannot read file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise CodebookError(f"{label}: invalid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = " -> ".join(str(p) for p in err["loc"])
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        raise CodebookError(f"{label}: {where}: {err['msg']}{more}") from exc


def _source_codes(codebook: Codebook, key: str) -> set[str]:
    if key == "sub_event_type":
        return set(codebook.sub_event_types)
    return {s.cameo_code for s in codebook.sub_event_types.values() if s.cameo_code}


def _check_mapping(
    name: str, mapping: _Mapping, types: Mapping[str, list[str]], label: str
) -> dict[str, PloverType | None]:
    where = f"{label}: mappings -> {name}"
    table: dict[str, PloverType | None] = {}
    first_at: dict[str, int] = {}
    for i, entry in enumerate(mapping.entries):
        if entry.code in first_at:
            raise CodebookError(
                f"{where}: code {entry.code!r} is mapped twice "
                f"(entries {first_at[entry.code]} and {i})"
            )
        first_at[entry.code] = i
        if entry.type is None:
            if entry.mode is not None:
                raise CodebookError(f"{where} -> entries -> {i}: a mode needs a type")
            table[entry.code] = None
            continue
        if entry.type not in types:
            raise CodebookError(
                f"{where} -> entries -> {i}: unknown PLOVER type "
                f"{entry.type!r} (known: {sorted(types)})"
            )
        if entry.mode is not None and entry.mode not in types[entry.type]:
            raise CodebookError(
                f"{where} -> entries -> {i}: mode {entry.mode!r} is not declared "
                f"for {entry.type} (declared: {types[entry.type]})"
            )
        table[entry.code] = PloverType(type=entry.type, mode=entry.mode)
    return table


def _check_complete(
    name: str,
    mapping: _Mapping,
    table: Mapping[str, object],
    label: str,
    codebooks: Mapping[str, Codebook],
) -> None:
    codebook = codebooks.get(mapping.codebook) or load_codebook(mapping.codebook)
    expected = _source_codes(codebook, mapping.key)
    missing = sorted(expected - set(table))
    unknown = sorted(set(table) - expected)
    where = f"{label}: mappings -> {name}"
    if missing:
        raise CodebookError(
            f"{where}: {len(missing)} {mapping.codebook} code(s) not mapped: "
            f"{', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}"
        )
    if unknown:
        raise CodebookError(
            f"{where}: {len(unknown)} code(s) not in codebook "
            f"{mapping.codebook}: {', '.join(unknown[:10])}"
        )


def load_crosswalk(
    path: str | Path | None = None,
    *,
    codebooks: Mapping[str, Codebook] | None = None,
    check_complete: bool = True,
) -> Crosswalk:
    """Load and validate the PLOVER crosswalk.

    Args:
        path: a crosswalk YAML file (None: the shipped ``codebooks/plover/crosswalk.yaml``).
        codebooks: already-loaded codebooks by name, used for the completeness check instead of
            loading them again.
        check_complete: check that every code of each named codebook is mapped and nothing else.

    Returns:
        The crosswalk.

    Raises:
        CodebookError: the file is unreadable, malformed, maps a code twice, names an unknown
            type or mode, or (with ``check_complete``) misses or invents a code.
    """
    file = Path(path) if path is not None else shipped_path("codebooks", *CROSSWALK_FILE)
    label = _label(file)
    data: _CrosswalkFile = _read(file, _CrosswalkFile)
    tables: dict[str, dict[str, PloverType | None]] = {}
    for name, mapping in data.mappings.items():
        tables[name] = _check_mapping(name, mapping, data.types, label)
        if check_complete:
            _check_complete(name, mapping, tables[name], label, codebooks or {})
    return Crosswalk(
        version=data.version,
        plover_version=data.plover_version,
        types={t: tuple(modes) for t, modes in data.types.items()},
        mappings=tables,
    )


def load_scales(
    path: str | Path | None = None,
    *,
    codebook: Codebook | None = None,
    check_complete: bool = True,
) -> dict[str, CameoScale]:
    """Load the Goldstein score and QuadClass of every CAMEO code.

    Args:
        path: a scales YAML file (None: the shipped ``codebooks/plover/cameo_scales.yaml``).
        codebook: the CAMEO codebook to check completeness against (None: the shipped "cameo").
        check_complete: check that every code of the CAMEO codebook has a scale (the tests do;
            a coding run that does not use the CAMEO codebook need not load it for that).

    Returns:
        CAMEO code (string, "0874") -> its scale; root codes ("01" ... "20") are included.

    Raises:
        CodebookError: the file is malformed, repeats a code, gives a QuadClass that contradicts
            the code's root, or leaves a code of the codebook without a scale.
    """
    file = Path(path) if path is not None else shipped_path("codebooks", *SCALES_FILE)
    label = _label(file)
    data: _ScalesFile = _read(file, _ScalesFile)
    for code, scale in data.scales.items():
        try:
            quad = quad_class_of_root(code)
        except ValueError as exc:
            raise CodebookError(f"{label}: scales -> {code}: {exc}") from None
        if scale.quad_class != quad:
            raise CodebookError(
                f"{label}: scales -> {code}: quad_class {scale.quad_class} "
                f"contradicts its root (expected {quad})"
            )
    if not check_complete:
        return dict(data.scales)
    cameo = codebook or load_codebook("cameo")
    missing = sorted(_source_codes(cameo, "cameo_code") - set(data.scales))
    if missing:
        raise CodebookError(
            f"{label}: {len(missing)} CAMEO code(s) have no scale: {', '.join(missing[:10])}"
        )
    return dict(data.scales)
