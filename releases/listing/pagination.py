"""Numbered pages without OFFSET scans: page 5,000 of the archive costs what page 1 does.

A list ordered newest first (``-published_at, -id``) is cut into pages by the key
(published_at, id) of each page's first release. The keys of every page are read once
(one pass over the ordering index) and cached until the archive changes; a page is then
an index seek from its key. The first pages use a plain OFFSET, which is cheap there.
"""

from django.core.paginator import Paginator

from releases.listing import cache as caching

# Pages up to this one use OFFSET (at most a few hundred rows skipped).
OFFSET_PAGES = 10


class KeysetPaginator(Paginator):
    def __init__(self, object_list, per_page, *args, cache_key=None, **kwargs):
        super().__init__(object_list, per_page, *args, **kwargs)
        self.cache_key = cache_key or str(object_list.query)

    def page_keys(self):
        """(published_at, id) of the first release of every page."""

        def compute():
            keys = self.object_list.prefetch_related(None).values_list("published_at", "pk")
            return [key for i, key in enumerate(keys.iterator()) if i % self.per_page == 0]

        return caching.cached_counts(f"page-keys:{self.per_page}:{self.cache_key}", compute)

    def page(self, number):
        number = self.validate_number(number)
        if number <= OFFSET_PAGES:
            return super().page(number)
        keys = self.page_keys()
        if number > len(keys):  # the archive changed between count and keys
            return super().page(number)
        published_at, pk = keys[number - 1]
        # A range on published_at (not an OR of two conditions) lets the database seek in
        # the ordering index; releases sharing the key's time but newer ids are left out.
        items = self.object_list.filter(published_at__lte=published_at).exclude(
            published_at=published_at, pk__gt=pk
        )[: self.per_page]
        return self._get_page(items, number, self)
