from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from releases import converters, views
from releases.feeds import ReleaseAtomFeed, ReleaseRssFeed

register_converter(converters.IdConverter, "id")
register_converter(converters.YearConverter, "yyyy")

app_name = "releases"
urlpatterns = [
    path("", views.ReleaseIndexView.as_view(), name="index"),
    path("releases/<yyyy:year>/<id:pk>/", views.release_detail, name="detail"),
    path("feeds/atom/", require_safe(ReleaseAtomFeed()), name="feed_atom"),
    path("feeds/rss/", require_safe(ReleaseRssFeed()), name="feed_rss"),
]
