"""The package layout follows the flow of data: one folder per stage, no import cycles.

Imports are read from the source with `ast` (also those inside functions), so
a cycle that only shows at run time, or a stage reaching into a later one,
fails here rather than in a confusing ImportError later.
"""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "build_tools"

# The stages in the order data flows through them; a stage may import earlier
# stages (and the shared modules), never a later one.
STAGES = ["ingest", "repair", "structure", "extract", "pipeline", "render", "site"]
SHARED = {"model", "errors", "sentences", "slugs", "data", "schema", "__init__"}
ENTRY = {"cli", "__main__", "mkdocs_hook", "check", "bench", "roundtrip"}
# entry points that are packages (the layout round trip): they run the pipeline, no stage imports them
ENTRY_PACKAGES = {"roundtrip"}
TOP_LEVEL = SHARED | ENTRY | {"pipeline"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """build_tools modules imported anywhere in the file (relative imports resolved)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("build_tools"):
                continue
            for alias in node.names:  # `from . import x` may name a module
                out.add(f"{mod}.{alias.name}")
            out.add(mod)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("build_tools"))
    return out


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts}
    graph = {}
    for name, path in files.items():
        graph[name] = {m for m in _imports(path) if m in files and m != name}
    # importing a module imports its packages: those edges are implied, not cycles
    return {n: {m for m in deps if not n.startswith(m + ".")} for n, deps in graph.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_no_import_cycles():
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                cycles.append(stack[stack.index(m):] + [m])
            elif m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_stages_never_import_a_later_stage():
    order = {s: i for i, s in enumerate(STAGES)}
    bad = []
    for mod, deps in _graph().items():
        here = _stage(mod)
        for dep in deps:
            there = _stage(dep)
            if there in ENTRY and here not in ENTRY:
                bad.append(f"{mod} imports the entry point {dep}")
            if here in order and there in order and order[there] > order[here]:
                bad.append(f"{mod} ({here}) imports {dep} ({there}), a later stage")
    assert not bad, "\n".join(bad)


def test_top_level_holds_only_entry_points_and_shared_modules():
    tops = {p.stem for p in PKG.glob("*.py")}
    assert tops <= TOP_LEVEL, f"modules at the top that belong in a stage folder: {sorted(tops - TOP_LEVEL)}"
    folders = {p.name for p in PKG.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert set(STAGES) - {"pipeline"} <= folders


def test_every_stage_package_says_what_comes_in_and_out():
    for stage in STAGES:
        init = PKG / stage / "__init__.py"
        if stage == "pipeline":
            init = PKG / "pipeline.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        if stage != "pipeline":
            assert "In:" in doc and "Out:" in doc, f"{init.relative_to(PKG.parent)}: docstring lacks In:/Out:"
        assert doc, f"{init} has no docstring"


def test_entry_point_packages_say_what_comes_in_and_out():
    for name in ENTRY_PACKAGES:
        doc = ast.get_docstring(ast.parse((PKG / name / "__init__.py").read_text(encoding="utf-8"))) or ""
        assert "In:" in doc and "Out:" in doc, f"build_tools/{name}/__init__.py: docstring lacks In:/Out:"


def test_readme_names_every_folder_once():
    readme = (PKG.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it works", 1)[1].split("\n## ", 1)[0]
    for folder in [s for s in STAGES if s != "pipeline"] + sorted(ENTRY_PACKAGES) + ["data", "schema", "theme"]:
        assert section.count(f"build_tools/{folder}/") == 1, f"README 'How it works' should name build_tools/{folder}/ once"
