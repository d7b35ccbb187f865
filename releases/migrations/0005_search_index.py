"""The search index (see releases/search/index.py): FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE releases_search USING fts5("
    "title, head, body, tokenize = 'unicode61 remove_diacritics 0')",
]
SQLITE_REVERSE = ["DROP TABLE IF EXISTS releases_search"]

POSTGRESQL = [
    "CREATE TABLE releases_search ("
    " release_id bigint PRIMARY KEY"
    " REFERENCES releases_release (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " document tsvector NOT NULL)",
    "CREATE INDEX releases_search_document ON releases_search USING gin (document)",
    # The newest `size` matches, ranked. The planner would walk the primary key and test
    # each row's (large, compressed) tsvector, which costs ~10 µs a row; only the GIN
    # bitmap scan stays cheap for both rare and very common words, so it is forced here.
    "CREATE FUNCTION releases_search_window(query tsquery, size integer, within bigint[])"
    " RETURNS TABLE (release_id bigint, score real)"
    " LANGUAGE sql STABLE"
    " SET enable_seqscan = off SET enable_indexscan = off"
    " AS $$"
    " SELECT w.release_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', w.document, query)"
    " FROM (SELECT s.release_id, s.document FROM releases_search s"
    " WHERE s.document @@ query AND (within IS NULL OR s.release_id = ANY (within))"
    " ORDER BY s.release_id DESC LIMIT size) w"
    " $$",
]
POSTGRESQL_REVERSE = [
    "DROP FUNCTION IF EXISTS releases_search_window(tsquery, integer, bigint[])",
    "DROP TABLE IF EXISTS releases_search",
]


def run(statements):
    def apply(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("releases", "0004_help_texts")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
