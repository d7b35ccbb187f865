"""A module-level name assigned twice in one parser module silently replaces the first
rule with the second for every use: each name is assigned once."""

import ast
from collections import Counter
from pathlib import Path

import releases.importing.parser as package


def test_no_module_level_name_is_assigned_twice():
    twice = {}
    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        )
        names.update(
            node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)
        )
        repeated = sorted(name for name, count in names.items() if count > 1)
        if repeated:
            twice[path.name] = repeated
    assert twice == {}
