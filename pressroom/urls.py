from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.http import require_safe

from releases.api.views import latest_dump
from releases.publishing.sitemaps import SITEMAPS
from releases.views.media import photo_file
from releases.views.site import robots_txt, sitemap_index

# A database outage answers 503 with the maintenance page instead of a 500; a bad request
# (a bad Host header, say) is answered in the language of its path.
handler400 = "releases.http.errors.bad_request"
handler500 = "releases.http.errors.server_error"

admin.site.site_header = "Pressroom 编辑后台"
admin.site.site_title = "Pressroom"
admin.site.index_title = "发布会档案"

# Public pages in Chinese at /…, in English at /en/… (one URL per language, so caches
# need not vary on Accept-Language); the admin stays outside, in Chinese.
urlpatterns = [
    path("admin/", admin.site.urls),
    # For machines, one URL for every language: robots.txt, the sitemap, open data.
    path("robots.txt", robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS},
        name="sitemap_index",
    ),
    path(
        "sitemap-<section>.xml",
        require_safe(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("api/", include("releases.api.urls")),
    # Uploaded photos, when the proxy in front does not serve /media/ itself.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:name>", photo_file, name="media"),
    path("data/pressroom-latest.zip", latest_dump, name="dump_latest"),
    *i18n_patterns(path("", include("releases.urls")), prefix_default_language=False),
]
