"""Paginated lists of releases: the parameters a list reads and the one way every list page
and the API cut pages. Plain query code: a page that is not a page raises InvalidPage and
the view decides what the reader gets (releases/http/lists.py).
"""

from django.conf import settings
from django.core.paginator import Paginator

from releases.listing.filters import PARAMS

# What a list page reads of its query string.
LIST_PARAMS = (*PARAMS, "page")


def paginate(object_list, number, per_page=None, count=None, paginator_class=Paginator):
    """The page ``number`` of ``object_list`` with what templates show about it.

    ``count``, when known from the cached counts, saves the COUNT query. Raises
    InvalidPage for a page that is not a page.
    """
    paginator = paginator_class(object_list, per_page or settings.RELEASES_PER_PAGE)
    if count is not None:
        paginator.count = count
    page = paginator.page(number or 1)
    return {
        "page_obj": page,
        "paginator": paginator,
        "is_paginated": page.has_other_pages(),
        "page_range": paginator.get_elided_page_range(page.number),
        "object_list": page.object_list,
    }
