"""What a page tells browsers, feed readers and search engines about itself."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from releases.api.data import moment


def absolute_url(request, path):
    """``path`` as a full URL on the site's configured address (settings.SITE_URL), or, when
    none is configured, on the address the request used."""
    if settings.SITE_URL:
        return f"{settings.SITE_URL}{path}"
    return request.build_absolute_uri(path)


def absolute_builder(request):
    """absolute_url for this request, as a one-argument function."""
    return lambda path: absolute_url(request, path)


def feed_links(params=None, title=None):
    """The Atom and RSS links for a list narrowed by ``params`` (a dict of filters)."""
    query = f"?{urlencode(params)}" if params else ""
    title = title or _("Pressroom 最新发布")
    return [
        {
            "type": "application/atom+xml",
            "title": f"{title} (Atom)",
            "url": f"{reverse('releases:feed_atom')}{query}",
        },
        {
            "type": "application/rss+xml",
            "title": f"{title} (RSS)",
            "url": f"{reverse('releases:feed_rss')}{query}",
        },
    ]


def canonical_url(request, path=None, params=None, page=None):
    """The one URL of a page: its path, its filters in a fixed order, and its page after 1."""
    params = dict(params or {})
    if page and page > 1:
        params["page"] = page
    query = f"?{urlencode(params)}" if params else ""
    return absolute_url(request, f"{path or request.path}{query}")


def list_meta(request, filtering, page_obj, title=None, q=""):
    """Canonical, robots and feed links of a filtered list of releases (or of a search)."""
    params = filtering.filters.params()
    labels = [active.label for active in filtering.active]
    if q:
        labels.insert(0, q)
    if title is None and labels:
        title = " · ".join(["Pressroom", *labels])
    return {
        "canonical_url": canonical_url(request, filtering.path, params, page_obj.number),
        "noindex": filtering.noindex,
        "feeds": feed_links({"q": q, **params} if q else params, title),
    }


def release_meta(request, release):
    """Canonical, feeds, the JSON alternate, Open Graph and JSON-LD of a release page; a
    withdrawn release stays at its address but asks search engines not to index it."""
    absolute = absolute_builder(request)
    page = absolute(release.get_absolute_url())
    photos = list(release.photos.all())
    return {
        "canonical_url": page,
        "noindex": release.is_withdrawn,
        "feeds": feed_links(),
        "json_url": reverse("api:release", args=[release.pk]),
        "image_url": absolute(photos[0].image.url) if photos else "",
        "structured_data": news_article(release, absolute, absolute(reverse("releases:index"))),
    }


def news_article(release, absolute, site_url):
    """schema.org NewsArticle for search engines (JSON-LD)."""
    page = absolute(release.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": release.title,
        "description": release.lead,
        "inLanguage": "zh-Hans",
        "url": page,
        "mainEntityOfPage": {"@type": "WebPage", "@id": page},
        "datePublished": moment(release.published_at),
        "dateModified": moment(release.updated_at or release.published_at),
        "publisher": {"@type": "Organization", "name": "Pressroom", "url": site_url},
    }
    if release.channel:
        data["articleSection"] = release.channel
    if release.host_office:
        data["author"] = {"@type": "Organization", "name": release.host_office}
    if release.source:
        data["sourceOrganization"] = {"@type": "Organization", "name": release.source}
    topics = [topic.name for topic in release.topics.all()]
    if topics:
        data["keywords"] = topics
    images = [absolute(photo.image.url) for photo in release.photos.all()]
    if images:
        data["image"] = images
    return data
