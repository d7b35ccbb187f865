from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from releases.http import converters
from releases.publishing.feeds import ReleaseAtomFeed, ReleaseRssFeed
from releases.views import archive, browse, notices, pages, search, stats

register_converter(converters.IdConverter, "id")
register_converter(converters.YearConverter, "yyyy")
register_converter(converters.MonthConverter, "mm")

app_name = "releases"
urlpatterns = [
    path("", pages.ReleaseIndexView.as_view(), name="index"),
    path("releases/<yyyy:year>/<id:pk>/", pages.release_detail, name="detail"),
    path("search/", search.search, name="search"),
    path("speakers/<id:pk>/", browse.SpeakerView.as_view(), name="speaker"),
    path(
        "organisations/<id:pk>/",
        browse.ReleasesAboutView.as_view(kind="organisation"),
        name="organisation",
    ),
    path("topics/<id:pk>/", browse.ReleasesAboutView.as_view(kind="topic"), name="topic"),
    path("archive/", archive.archive_index, name="archive"),
    path("archive/<yyyy:year>/", archive.ArchivePeriodView.as_view(), name="archive_year"),
    path(
        "archive/<yyyy:year>/<mm:month>/",
        archive.ArchivePeriodView.as_view(),
        name="archive_month",
    ),
    path("upcoming/", notices.notice_list, name="upcoming"),
    path("upcoming/<id:pk>/", notices.notice_detail, name="notice"),
    path("upcoming.ics", notices.notice_calendar, name="upcoming_ics"),
    path("stats/", stats.stats_index, name="stats"),
    path("outlets/<id:pk>/", stats.subject_stats, {"kind": "outlet"}, name="outlet"),
    path("stats/speakers/<id:pk>/", stats.subject_stats, {"kind": "speaker"}, name="speaker_stats"),
    path(
        "stats/organisations/<id:pk>/",
        stats.subject_stats,
        {"kind": "organisation"},
        name="organisation_stats",
    ),
    path("stats/topics/<id:pk>/", stats.subject_stats, {"kind": "topic"}, name="topic_stats"),
    path("feeds/atom/", require_safe(ReleaseAtomFeed()), name="feed_atom"),
    path("feeds/rss/", require_safe(ReleaseRssFeed()), name="feed_rss"),
]
