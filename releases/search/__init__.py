"""Chinese-aware full-text search over the archive.

``tokens`` and ``highlight`` are plain Python; ``index`` stores and queries the index on
SQLite (FTS5) or PostgreSQL (GIN). The two functions below are what other code calls
after writing releases without signals (bulk imports, generators).
"""


def index_release(release):
    """Bring one release (or release id) up to date in the search index."""
    from releases.search import index

    index.index_releases([getattr(release, "pk", release)])


def index_releases(ids):
    """Bring many releases up to date, e.g. after bulk_create; ids of deleted ones drop out."""
    from releases.search import index

    ids = list(ids)
    for start in range(0, len(ids), 500):
        index.index_releases(ids[start : start + 500])
