"""README's command table and the CLI agree: every command in the table exists, every command is in the table."""
from __future__ import annotations

import re
from pathlib import Path

from bot.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_commands() -> set[str]:
    """Command names in the first column of the table under '## Command line'."""
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1].split("\n## ", 1)[0]
    names = set()
    for row in section.splitlines():
        if not row.startswith("| `"):
            continue
        first_cell = row[2:].split(" | ")[0]  # escaped pipes inside a cell ("\\|") have no spaces around them
        for code in re.findall(r"`([^`]+)`", first_cell):
            words = code.split()
            names.add(words[1] if words[0] == "whosaid" else words[0])
    return names


def test_readme_command_table_matches_the_cli():
    documented = readme_commands()
    assert documented, "no command table found in README"
    assert documented == set(main.commands), (f"in README only: {sorted(documented - set(main.commands))}; "
                                             f"in the CLI only: {sorted(set(main.commands) - documented)}")
