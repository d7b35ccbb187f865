"""The search index: one row per release, tokenised in Python, stored per database.

SQLite keeps the tokens in an FTS5 table (``releases_search``: title, head, body, rowid =
release id); PostgreSQL keeps a weighted tsvector built from the same tokens
(``releases_search``: release_id, document) under a GIN index. Both are created by
migration 0005. Every release is indexed whatever its status: visibility is decided
when searching, so a scheduled release becomes findable when due without a re-index.
"""

from collections import defaultdict

from django.db import connection
from django.db.models import Prefetch

from releases.caching import freshness
from releases.search.tokens import index_text

TABLE = "releases_search"
# tsvector weights: title A, head (lead, people, figures, topics) B, body D.
_WEIGHTS = (("title", "A"), ("head", "B"), ("body", "D"))
# PostgreSQL keeps positions up to 16,383; later tokens share the last one.
_MAX_POSITION = 16383


def _releases_with_parts(ids):
    from releases.models import Appearance, Figure, Release, Segment

    return (
        Release.objects.filter(pk__in=ids)
        .order_by()
        .only("id", "title", "kicker", "lead", "body", "channel")
        .prefetch_related(
            Prefetch(
                "appearances",
                queryset=Appearance.objects.select_related("speaker", "organisation"),
            ),
            Prefetch(
                "segments",
                queryset=Segment.objects.only("release_id", "question", "asker", "answer"),
            ),
            Prefetch("figures", queryset=Figure.objects.only("release_id", "label", "text")),
            "topics",
        )
    )


def document(release):
    """The search document of a saved release (its parts prefetched)."""
    return search_document(
        title=release.title,
        lead=release.lead,
        kicker=release.kicker,
        channel=release.channel,
        body=release.body,
        people=[(a.speaker.name, a.title_line) for a in release.appearances.all()],
        figures=[(f.label, f.text) for f in release.figures.all()],
        topics=[topic.name for topic in release.topics.all()],
        segments=[(s.question, s.asker, s.answer) for s in release.segments.all()],
    )


def search_document(*, title, lead, kicker, channel, body, people, figures, topics, segments):
    """The index document of a release from its texts, the one definition of what search
    reads: title; head (lead, kicker, channel, people as (name, title line), figures as
    (label, text), topics); body (the release body, then each segment's question, asker
    and answer). Bulk writers that hold the texts already (generate_releases) call it
    directly."""
    head = [lead, kicker, channel]
    for name, title_line in people:
        head.extend((name, title_line))
    head.extend(f"{label} {text}" for label, text in figures)
    head.extend(topics)
    texts = [body]
    for question, asker, answer in segments:
        texts.extend((question, asker, answer))
    return {
        "title": index_text(title),
        "head": index_text("\n".join(head)),
        "body": index_text("\n".join(texts)),
    }


def tsvector_literal(doc):
    """A tsvector in PostgreSQL's input syntax, so no text-search parser or locale is involved."""
    positions = defaultdict(list)
    position = 0
    for field, weight in _WEIGHTS:
        for token in doc[field].split():
            position = min(position + 1, _MAX_POSITION)
            positions[token].append(f"{position}{weight}")
    return " ".join(f"'{token}':{','.join(places[:256])}" for token, places in positions.items())


def write(rows):
    """Store [(release_id, doc)] in the index, replacing what was there."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.executemany(
                f"INSERT INTO {TABLE} (release_id, document) VALUES (%s, %s::tsvector) "
                "ON CONFLICT (release_id) DO UPDATE SET document = EXCLUDED.document",
                [(pk, tsvector_literal(doc)) for pk, doc in rows],
            )
        else:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(pk,) for pk, _ in rows])
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, title, head, body) VALUES (%s, %s, %s, %s)",
                [(pk, doc["title"], doc["head"], doc["body"]) for pk, doc in rows],
            )


def remove(ids):
    ids = list(ids)
    if not ids:
        return
    column = "release_id" if connection.vendor == "postgresql" else "rowid"
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE {column} = %s", [(pk,) for pk in ids])


def index_releases(ids):
    """(Re-)index the releases with these ids; ids with no release leave the index."""
    ids = list(ids)
    found = {release.pk: release for release in _releases_with_parts(ids)}
    write([(pk, document(release)) for pk, release in found.items()])
    remove(pk for pk in ids if pk not in found)


def clear():
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
    freshness.bump()  # search finds nothing now (writes follow an editor's save, which bumps)


def count():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE}")
        return cursor.fetchone()[0]


def rebuild(batch_size=500, progress=None):
    """Index every release again, in batches; progress(done, total) after each batch."""
    from releases.models import Release

    ids = list(Release.objects.order_by("pk").values_list("pk", flat=True))
    clear()
    for start in range(0, len(ids), batch_size):
        index_releases(ids[start : start + batch_size])
        if progress:
            progress(min(start + batch_size, len(ids)), len(ids))
    optimize()
    freshness.bump()
    return len(ids)


def optimize():
    """Merge the index after bulk writes (FTS5 keeps many small segments until then)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
        else:
            cursor.execute(f"ANALYZE {TABLE}")


def _fts5_expression(query):
    parts = []
    for term in query.terms:
        for token in term.tokens:
            quoted = '"' + token.replace('"', '""') + '"'
            parts.append(quoted + "*" if term.prefix else quoted)
    return " AND ".join(parts)


def _tsquery_literal(query):
    parts = []
    for term in query.terms:
        for token in term.tokens:
            quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
            parts.append(quoted + ":*" if term.prefix else quoted)
    return " & ".join(parts)


def window(query, size, within=None):
    """[(release_id, score)] for the ``size`` most recently added releases that match,
    best first; ``within`` (a Release queryset) restricts the candidates.

    Ranking every match of a word that occurs in nearly every release (威海) would cost
    hundreds of milliseconds at 100,000 releases; ranking a window of the newest
    matches costs a few, and the count tells the reader there are more.
    """
    if not query:
        return []
    restrict_sql, restrict_params = "", []
    if within is not None:
        sql, params = within.order_by().values("pk").query.sql_with_params()
        restrict_sql, restrict_params = sql, list(params)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if within is None:
                cursor.execute(
                    "SELECT release_id, score FROM releases_search_window(%s::tsquery, %s, NULL)",
                    [_tsquery_literal(query), size],
                )
            else:
                cursor.execute(
                    "SELECT release_id, score FROM releases_search_window("
                    f"%s::tsquery, %s, ARRAY({restrict_sql}))",
                    [_tsquery_literal(query), size, *restrict_params],
                )
        else:
            expression = _fts5_expression(query)
            allowed, restrict = "", ""
            if restrict_sql:
                # The candidates once, and the range of their ids: FTS5 seeks to that range
                # instead of walking every match of a common word from the newest down (a
                # year's releases lie close together in order of entry). The unary + keeps
                # SQLite from handing FTS5 one rowid lookup per candidate (far slower).
                allowed = (
                    f"WITH allowed(id) AS ({restrict_sql}), "
                    "bounds(low, high) AS (SELECT min(id), max(id) FROM allowed) "
                )
                restrict = (
                    " AND +rowid IN allowed AND rowid >= (SELECT low FROM bounds)"
                    " AND rowid <= (SELECT high FROM bounds)"
                )
            # bm25() is lower for better matches; weights: title, head, body. FTS5 walks
            # the matches newest first and stops at the window's size, scoring only those.
            cursor.execute(
                f"{allowed}SELECT rowid, -bm25({TABLE}, 10.0, 4.0, 1.0) FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s{restrict} ORDER BY rowid DESC LIMIT %s",
                [*restrict_params, expression, size],
            )
        rows = cursor.fetchall()
    rows.sort(key=lambda row: (-row[1], -row[0]))
    return rows
