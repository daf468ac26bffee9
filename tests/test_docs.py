"""The README documents every command the CLI has."""

from __future__ import annotations

from pathlib import Path

from coder.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    names = [c.name for c in app.registered_commands if c.name]
    for group in app.registered_groups:
        assert group.typer_instance is not None
        names += [f"{group.name} {c.name}" for c in group.typer_instance.registered_commands]
    return names


def test_every_command_appears_in_the_readme() -> None:
    missing = [name for name in _commands() if f"coder {name}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_readme_has_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README
