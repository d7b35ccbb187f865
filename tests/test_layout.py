"""The code's layout rules: no import cycle, views reached only through URLconfs, and the
importer's parser free of Django."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("releases", "pressroom", "bench")


def _modules():
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            modules[name.removesuffix(".__init__")] = path
    return modules


def _imports(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _graph():
    modules = _modules()
    return {
        name: {target for target in _imports(path) if target in modules and target != name}
        for name, path in modules.items()
    }


def _cycles(graph):
    state, stack, cycles = {}, [], []

    def visit(name):
        state[name] = "open"
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycles.append(stack[stack.index(target) :] + [target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return cycles


def test_layout_has_no_import_cycle():
    assert _cycles(_graph()) == []


def test_layout_views_are_imported_only_by_urlconfs():
    graph = _graph()
    offenders = [
        (name, target)
        for name, targets in graph.items()
        for target in targets
        if target.startswith("releases.views")
        and not (name.endswith("urls") or name.startswith("releases.views"))
    ]
    assert offenders == []


def test_layout_parser_imports_no_django():
    parser = ROOT / "releases" / "importing" / "parser"
    users = [
        path.name
        for path in parser.rglob("*.py")
        if any(name.split(".")[0] == "django" for name in _imports(path))
    ]
    assert users == []


def test_layout_table_names_what_releases_holds():
    """The README's Layout table and the top level of releases/ name the same modules and
    packages, so a newcomer reading the table finds every room, and no room that is gone."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("\n## Layout\n", 1)[1].split("\n#", 1)[0]
    named = set(re.findall(r"`releases/([\w.]+)", table))
    held = {
        path.name
        for path in (ROOT / "releases").iterdir()
        if path.name != "__init__.py" and (path.suffix == ".py" or (path / "__init__.py").exists())
    }
    assert named == held


def test_layout_query_code_speaks_no_http():
    # Lists, search, counts and charts raise their own errors; views turn them into 404s.
    query_code = ("listing", "search", "stats", "charts", "opendata")
    users = [
        str(path.relative_to(ROOT))
        for package in query_code
        for path in (ROOT / "releases" / package).rglob("*.py")
        if any(name.startswith(("django.http", "django.shortcuts")) for name in _imports(path))
    ]
    assert users == []
