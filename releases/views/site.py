"""Files the whole site answers for: robots.txt and the sitemap index."""

from dataclasses import replace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from releases.publishing.metadata import absolute_url


@require_safe
def robots_txt(request):
    sitemap = absolute_url(request, reverse("sitemap_index"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _path_of(url):
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


@require_safe
def sitemap_index(request, sitemaps):
    """Django's sitemap index, its section URLs on the site's configured address."""
    response = sitemap_views.index(request, sitemaps, sitemap_url_name="sitemap")
    if settings.SITE_URL:
        response.context_data["sitemaps"] = [
            replace(item, location=settings.SITE_URL + _path_of(item.location))
            for item in response.context_data["sitemaps"]
        ]
    return response
