"""Project-wide checks: dependency direction between packages."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _package_imports(pkg: str) -> dict[Path, set[str]]:
    return {p: _imports(p) for p in (ROOT / pkg).rglob("*.py")}


def test_claims_engine_imports_nothing_else_from_the_project():
    for path, names in _package_imports("bot/claims").items():
        bad = {n for n in names if n.split(".")[0] in {"bot", "handlers", "store"} and not n.startswith("bot.claims")}
        assert not bad, f"{path} imports {bad}"


def test_only_handlers_and_app_import_slack():
    for pkg in ("bot/claims", "store"):
        for path, names in _package_imports(pkg).items():
            assert not {n for n in names if n.startswith(("slack_bolt", "slack_sdk"))}, path


def test_only_store_imports_sqlite_utils():
    for pkg in ("bot", "handlers"):
        for path, names in _package_imports(pkg).items():
            assert not {n for n in names if n.startswith("sqlite_utils")}, path


def test_store_does_not_import_handlers():
    for path, names in _package_imports("store").items():
        assert not {n for n in names if n.startswith("handlers")}, path
