from django.urls import path, register_converter

from releases import converters, views

register_converter(converters.IdConverter, "id")
register_converter(converters.YearConverter, "yyyy")

app_name = "releases"
urlpatterns = [
    path("", views.ReleaseIndexView.as_view(), name="index"),
    path("releases/<yyyy:year>/<id:pk>/", views.release_detail, name="detail"),
]
