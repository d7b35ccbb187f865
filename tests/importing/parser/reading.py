"""What a table of example pages pins down about a parsed release, named as a short path.

- "title", "published": an attribute of the release;
- "segments[1].answerers", "segments[-1].paragraphs": an item of a list, then its attribute;
- "speaker(Maria Vance).position": the speaker of that name (ParsedRelease.speaker);
- "speakers (name, position)": one tuple an item of the list, or one value with one field.
"""

import re

_STEP_RE = re.compile(r"^(?P<name>\w+)(?:\[(?P<index>-?\d+)\]|\((?P<arg>[^)]*)\))?$")


def look(result, path):
    """The value `path` names in `result` (see the module's docstring)."""
    path, _, fields = path.partition(" (")
    value = result
    for step in path.split("."):
        m = _STEP_RE.match(step)
        if m is None:
            raise ValueError(f"not a step of a path: {step!r}")
        value = getattr(value, m["name"])
        if m["index"] is not None:
            value = value[int(m["index"])]
        elif m["arg"] is not None:
            value = value(m["arg"])
    if fields:
        names = fields.rstrip(")").split(", ")
        if len(names) == 1:
            return [getattr(item, names[0]) for item in value]
        return [tuple(getattr(item, name) for name in names) for item in value]
    return value


def read(result, expected):
    """The values of `result` at the paths `expected` names, to compare with `expected`."""
    return {path: look(result, path) for path in expected}
