"""Named database triggers: a segment's answerer and a figure's segment belong to its release.

A CheckConstraint cannot look at another table, so these invariants are triggers, written
for each supported database. Forms check the same rule in Model.clean().
"""

from django.db import migrations

# (trigger name, table, column, referenced table, message)
RULES = [
    (
        "segment_answerer_same_release",
        "releases_segment",
        "answerer_id",
        "releases_appearance",
        "segment answerer must appear in the same release",
    ),
    (
        "figure_segment_same_release",
        "releases_figure",
        "segment_id",
        "releases_segment",
        "figure segment must belong to the same release",
    ),
]


def sqlite_sql(name, table, column, target, message):
    for event in ("INSERT", "UPDATE"):
        yield (
            f"CREATE TRIGGER {name}_{event.lower()} BEFORE {event} ON {table} "
            f"WHEN NEW.{column} IS NOT NULL AND "
            f"(SELECT release_id FROM {target} WHERE id = NEW.{column}) != NEW.release_id "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END;"
        )


def postgresql_sql(name, table, column, target, message):
    yield (
        f"CREATE FUNCTION {name}() RETURNS trigger AS $$ BEGIN "
        f"IF NEW.{column} IS NOT NULL AND "
        f"(SELECT release_id FROM {target} WHERE id = NEW.{column}) <> NEW.release_id THEN "
        f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation'; "
        f"END IF; RETURN NEW; END; $$ LANGUAGE plpgsql;"
    )
    yield (
        f"CREATE TRIGGER {name}_check BEFORE INSERT OR UPDATE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {name}();"
    )


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    builder = {"sqlite": sqlite_sql, "postgresql": postgresql_sql}.get(vendor)
    if builder is None:
        return
    for rule in RULES:
        for statement in builder(*rule):
            schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, table, *_ in RULES:
        if vendor == "sqlite":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_insert")
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_update")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_check ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")


class Migration(migrations.Migration):
    dependencies = [("releases", "0001_initial")]
    operations = [migrations.RunPython(create_triggers, drop_triggers)]
