from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from releases import browse_views, converters, search_views, views
from releases.feeds import ReleaseAtomFeed, ReleaseRssFeed

register_converter(converters.IdConverter, "id")
register_converter(converters.YearConverter, "yyyy")
register_converter(converters.MonthConverter, "mm")

app_name = "releases"
urlpatterns = [
    path("", views.ReleaseIndexView.as_view(), name="index"),
    path("releases/<yyyy:year>/<id:pk>/", views.release_detail, name="detail"),
    path("search/", search_views.search, name="search"),
    path("speakers/<id:pk>/", browse_views.speaker_detail, name="speaker"),
    path("organisations/<id:pk>/", browse_views.organisation_detail, name="organisation"),
    path("topics/<id:pk>/", browse_views.topic_detail, name="topic"),
    path("archive/", browse_views.archive_index, name="archive"),
    path("archive/<yyyy:year>/", browse_views.archive_year, name="archive_year"),
    path("archive/<yyyy:year>/<mm:month>/", browse_views.archive_month, name="archive_month"),
    path("feeds/atom/", require_safe(ReleaseAtomFeed()), name="feed_atom"),
    path("feeds/rss/", require_safe(ReleaseRssFeed()), name="feed_rss"),
]
