"""Search on PostgreSQL: test the newest candidates by primary key first, the GIN index after.

The window is the ``size`` newest releases that match the query and are among the
allowed ids (all releases when ``within`` is NULL). Two ways to find it:

- newest first: take the allowed ids from the newest down, fetch each document by primary
  key and test it (about 30 µs a row, the tsvector is large). Cheap when the word is
  common, whatever the filter: ``size`` matches come within about ``size`` rows.
- GIN: the bitmap of every match, each tested against the allowed ids, the newest kept.
  Cheap when the word is rare; a word found in every release costs ~40 ms at 100,000.

The function starts newest first with 100 candidates, and carries on while at least 60 %
of them match, taking as many as should fill the window; below that rate it hands the
rest (the ids older than the last one tested) to the GIN scan. Both steps return the
newest matches of their range, so the result is the same as before, only cheaper.
"""

import importlib

from django.db import migrations

previous = importlib.import_module("releases.migrations.0007_search_window_hashed_filter")

GIN = (
    "CREATE FUNCTION releases_search_matches("
    "query tsquery, size integer, within bigint[], below bigint)"
    " RETURNS TABLE (release_id bigint, score real)"
    " LANGUAGE sql STABLE"
    # Only the GIN bitmap scan stays cheap here (see migration 0005).
    " SET enable_seqscan = off SET enable_indexscan = off"
    " AS $$"
    " SELECT w.release_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', w.document, query)"
    " FROM (SELECT s.release_id, s.document FROM releases_search s"
    " WHERE s.document @@ query AND (below IS NULL OR s.release_id < below)"
    " AND (within IS NULL OR s.release_id IN (SELECT unnest(within)))"
    " ORDER BY s.release_id DESC LIMIT size) w"
    " $$"
)

WINDOW = """
CREATE OR REPLACE FUNCTION releases_search_window(query tsquery, size integer, within bigint[])
RETURNS TABLE (release_id bigint, score real)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  ordered bigint[];
  candidates bigint[];
  taken integer := 0;
  found integer := 0;
  got integer;
  step integer := 100;
  last_id bigint;
BEGIN
  IF within IS NOT NULL THEN
    ordered := ARRAY(SELECT u.id FROM unnest(within) u(id) ORDER BY u.id DESC);
  END IF;
  LOOP
    IF within IS NULL THEN
      candidates := ARRAY(SELECT s.release_id FROM releases_search s
        WHERE last_id IS NULL OR s.release_id < last_id
        ORDER BY s.release_id DESC LIMIT step);
    ELSE
      candidates := ordered[taken + 1 : taken + step];
    END IF;
    IF cardinality(candidates) = 0 THEN
      RETURN;
    END IF;
    taken := taken + cardinality(candidates);
    last_id := candidates[cardinality(candidates)];
    -- OFFSET 0 keeps the test out of the lookup, so it is one primary-key probe a row.
    RETURN QUERY SELECT s.release_id, ts_rank('{0.1, 0.2, 0.4, 1.0}', s.document, query)
      FROM unnest(candidates) c(id)
      CROSS JOIN LATERAL (SELECT r.release_id, r.document FROM releases_search r
                          WHERE r.release_id = c.id OFFSET 0) s
      WHERE s.document @@ query
      ORDER BY s.release_id DESC LIMIT size - found;
    GET DIAGNOSTICS got = ROW_COUNT;
    found := found + got;
    IF found >= size THEN
      RETURN;
    END IF;
    EXIT WHEN got * 10 < cardinality(candidates) * 6;
    step := ceil((size - found) * 1.25 * cardinality(candidates) / got);
  END LOOP;
  RETURN QUERY SELECT m.release_id, m.score
    FROM releases_search_matches(query, size - found, within, last_id) m;
END
$$
"""

FORWARD = [GIN, WINDOW]
BACKWARD = [
    previous.FUNCTION,
    "DROP FUNCTION releases_search_matches(tsquery, integer, bigint[], bigint)",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("releases", "0008_appearance_speaker_org_indexes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
