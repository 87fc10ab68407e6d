"""Project-wide checks on the module graph: one-way layers, no import cycles, third-party libraries in their place.

The layers, lowest first (a module may import its own layer and the ones below, never above):

    domain types and errors  bot.errors, bot.article, bot.config, bot.urls (addresses as ids),
                             bot.neardup (near-duplicate text signatures)
    claim engine             bot.claims
    store                    store
    pipeline / worker        bot.fetch, bot.pipeline, bot.extract_pool, bot.jobs, bot.worker, bot.ingest,
                             bot.archive, bot.backfill, bot.backfill_runners, bot.feeds, bot.feed_schedule
    Slack                    bot.slack
    listeners                handlers
    composition root         bot.app
    front doors, serve       bot.inbox_mover, bot.acceptor, bot.socket_door, bot.serve
    demo kit                 bot.demo
    command line             bot.cli
"""
from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "store")

LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("domain", ("bot", "bot.errors", "bot.article", "bot.config", "bot.urls", "bot.neardup")),
    ("claims", ("bot.claims",)),
    ("store", ("store",)),
    ("pipeline", ("bot.fetch", "bot.pipeline", "bot.extract_pool", "bot.jobs", "bot.worker", "bot.ingest",
                  "bot.archive", "bot.backfill", "bot.backfill_runners", "bot.feeds", "bot.feed_schedule")),
    ("slack", ("bot.slack",)),
    ("handlers", ("handlers",)),
    ("app", ("bot.app",)),
    ("serve", ("bot.inbox_mover", "bot.acceptor", "bot.socket_door", "bot.serve")),
    ("demo", ("bot.demo",)),
    ("cli", ("bot.cli",)),
]

#: Only these may import the Slack SDKs (the demo kit is a stand-in for Slack itself: it signs requests as Slack does).
SLACK_ALLOWED = ("bot.slack", "handlers", "bot.app", "bot.demo")


def _modules() -> dict[str, Path]:
    mods = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            mods[".".join(parts)] = path
    return mods


MODULES = _modules()


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layer_of(module: str) -> int:
    best, rank = -1, None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if _within(module, p) and len(p) > best:
                best, rank = len(p), i
    assert rank is not None, f"{module} is in no layer: add it to LAYERS in tests/test_layout.py"
    return rank


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imported(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    """Full names of what `node` imports; `from pkg import mod` counts as importing pkg.mod when that is a module."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = _absolute(module, path, node)
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]


@cache
def _imports(module: str) -> tuple[list[str], list[tuple[int, str]]]:
    """(module-level imports, function-level imports as (line, name)) of a project module."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: list[str] = []
    inner: list[tuple[int, str]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                names = _imported(module, path, child)
                if in_function:
                    inner.extend((child.lineno, n) for n in names)
                else:
                    top.extend(names)
            else:
                visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, False)
    return top, inner


def _project_edges(module: str) -> set[str]:
    return {n for n in _imports(module)[0] if n in MODULES}


def test_every_module_has_a_layer():
    for module in MODULES:
        layer_of(module)


def test_imports_never_point_up_the_layers():
    bad = []
    for module in MODULES:
        for target in _project_edges(module):
            if layer_of(target) > layer_of(module):
                bad.append(f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})")
    assert not bad, "\n".join(sorted(bad))


def test_lazy_imports_never_point_up_the_layers_either():
    bad = [f"{module}:{line} imports {name}" for module in MODULES for line, name in _imports(module)[1]
           if name in MODULES and layer_of(name) > layer_of(module)]
    assert not bad, "\n".join(bad)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle in `graph` as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_module_graph_has_no_cycles():
    graph = {m: _project_edges(m) for m in MODULES}
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_function_level_imports_are_only_lazy_ones_with_a_comment():
    """Imports belong at module top; a heavy optional dependency may load lazily, said in a comment above it."""
    bad = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, name in _imports(module)[1]:
            above = lines[line - 2].strip() if line >= 2 else ""
            if not above.startswith("# lazy:"):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name} inside a function without '# lazy: why'")
    assert not bad, "\n".join(bad)


def _third_party(module: str) -> set[str]:
    top, inner = _imports(module)
    return {n for n in top} | {n for _, n in inner}


def test_only_the_slack_layer_imports_slack_sdks():
    for module in MODULES:
        if any(_within(module, p) for p in SLACK_ALLOWED):
            continue
        used = {n for n in _third_party(module) if n.split(".")[0] in ("slack_bolt", "slack_sdk")}
        assert not used, f"{module} imports {used}: Slack code belongs in bot.slack, handlers or bot.app"


def test_only_store_imports_sqlite_utils():
    for module in MODULES:
        if _within(module, "store"):
            continue
        assert not {n for n in _third_party(module) if n.startswith("sqlite_utils")}, module


def test_only_the_claim_engine_imports_spacy():
    for module in MODULES:
        if _within(module, "bot.claims"):
            continue
        assert not {n for n in _third_party(module) if n.split(".")[0] == "spacy"}, module


def test_spacy_is_imported_only_where_it_is_used():
    # The main process and HTTP mode's front door import the engine's types but never parse: spaCy (1 s, ~50 MB) is
    # loaded with the model by the extraction processes, so no module imports it at the top
    for module in MODULES:
        top, _ = _imports(module)
        assert not {n for n in top if n.split(".")[0] == "spacy"}, f"{module} imports spaCy at the top"


def test_claims_engine_imports_nothing_else_from_the_project():
    for module in MODULES:
        if _within(module, "bot.claims"):
            bad = {n for n in _third_party(module) if n.split(".")[0] in PACKAGES and not _within(n, "bot.claims")}
            assert not bad, f"{module} imports {bad}"


def test_every_noqa_says_why():
    """A suppressed lint warning (noqa: CODE - reason) carries the reason it is fine here."""
    bad = []
    for folder in ("bot", "handlers", "store", "tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith(("bot/claims/", "tests/claims/")):
                continue  # under rework in issue 8
            for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                m = re.search(r"#\s*noqa\b(.*)$", line)
                if m and not re.match(r"(:\s*[A-Z]+[0-9]+(,\s*[A-Z]+[0-9]+)*)?\s*(-|\(|#)\s*\S", m.group(1)):
                    bad.append(f"{rel}:{no}: {line.strip()}")
    assert not bad, "\n".join(bad)
