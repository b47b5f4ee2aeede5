"""Docs that cannot drift: every command has help with an example, and docs/cli.md covers it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

CLI_DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
COMMANDS = sorted(cli.commands)


def test_docs_cli_has_commands() -> None:
    assert {"extract", "evaluate", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    help_text = result.stdout
    assert cli.commands[command].help, f"onrecord {command} has no docstring"
    examples = [line.strip() for line in help_text.splitlines()
                if line.strip().startswith(f"onrecord {command}")]
    assert examples, f"`onrecord {command} --help` shows no example line"


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_is_in_docs_cli_md(command: str) -> None:
    if not CLI_DOC.exists():
        pytest.skip("docs/cli.md not written yet")
    text = CLI_DOC.read_text(encoding="utf-8")
    assert re.search(rf"\bonrecord {re.escape(command)}\b", text), (
        f"docs/cli.md does not mention `onrecord {command}`"
    )


def test_docs_top_level_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\b", result.stdout, re.MULTILINE)
