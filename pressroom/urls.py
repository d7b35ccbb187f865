from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Pressroom 编辑后台"
admin.site.site_title = "Pressroom"
admin.site.index_title = "发布会档案"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("releases.urls")),
] + static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
