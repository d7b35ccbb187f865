"""Open data, one URL for every language: /api/releases/ and /api/releases/<id>/."""

from django.urls import path

from releases import api
from releases import urls as _site_urls  # noqa: F401 (registers the "id" converter)

app_name = "api"
urlpatterns = [
    path("releases/", api.release_list, name="releases"),
    path("releases/<id:pk>/", api.release_detail, name="release"),
]
