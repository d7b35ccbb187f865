"""Open data, one URL for every language: /api/ (what is where), /api/releases/,
/api/releases/<id>/ and the citation files of a release and of each answer,
/api/notices/ and /api/notices/<id>/."""

from django.urls import path

from releases import urls as _site_urls  # noqa: F401 (registers the "id" converter)
from releases.api import views as api

app_name = "api"
urlpatterns = [
    path("", api.api_index, name="index"),
    path("releases/", api.release_list, name="releases"),
    path("releases/<id:pk>/", api.release_detail, name="release"),
    path(
        "releases/<id:pk>/citation.bib",
        api.citation,
        {"kind": "bibtex"},
        name="release_citation_bibtex",
    ),
    path(
        "releases/<id:pk>/citation.json",
        api.citation,
        {"kind": "csl_json"},
        name="release_citation_csl_json",
    ),
    path(
        "releases/<id:pk>/q<int:order>/citation.bib",
        api.citation,
        {"kind": "bibtex"},
        name="answer_citation_bibtex",
    ),
    path(
        "releases/<id:pk>/q<int:order>/citation.json",
        api.citation,
        {"kind": "csl_json"},
        name="answer_citation_csl_json",
    ),
    path("notices/", api.notice_list, name="notices"),
    path("notices/<id:pk>/", api.notice_detail, name="notice"),
]
