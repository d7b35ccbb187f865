"""Open data, one URL for every language: /api/releases/ and /api/releases/<id>/."""

from django.urls import path

from releases import urls as _site_urls  # noqa: F401 (registers the "id" converter)
from releases.api import views as api

app_name = "api"
urlpatterns = [
    path("releases/", api.release_list, name="releases"),
    path("releases/<id:pk>/", api.release_detail, name="release"),
]
