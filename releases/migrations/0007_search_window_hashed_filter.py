"""Filtered searches on PostgreSQL: test candidates against a hashed set, not ANY(array).

``release_id = ANY(within)`` compares each match with every allowed id (98,000 matches ×
6,000 ids for a common word and a topic); ``IN (SELECT unnest(within))`` hashes the ids once.
"""

from django.db import migrations

FUNCTION = (
    "CREATE OR REPLACE FUNCTION releases_search_window(query tsquery, size integer, within bigint[])"
    " RETURNS TABLE (release_id bigint, score real)"
    " LANGUAGE sql STABLE"
    " SET enable_seqscan = off SET enable_indexscan = off"
    " AS $$"
    " SELECT w.release_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', w.document, query)"
    " FROM (SELECT s.release_id, s.document FROM releases_search s"
    " WHERE s.document @@ query"
    " AND (within IS NULL OR s.release_id IN (SELECT unnest(within)))"
    " ORDER BY s.release_id DESC LIMIT size) w"
    " $$"
)
PREVIOUS = FUNCTION.replace(
    "s.release_id IN (SELECT unnest(within))", "s.release_id = ANY (within)"
)


def run(sql):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("releases", "0006_photo_dimensions")]

    operations = [migrations.RunPython(run(FUNCTION), run(PREVIOUS))]
