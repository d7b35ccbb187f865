"""Uploaded photos, served by the app when nothing in front of it serves /media/.

In production the proxy (nginx) or a bucket serves them; this keeps `make run` and a
bare gunicorn whole. Only files the database knows are served, with the format Pillow
found at upload as Content-Type (never guessed from the name), and whitenoise's caching:
for good when the name is made from the content, a minute otherwise.
"""

import logging
import re

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from releases.editing import images
from releases.models import Photo, PhotoRendition

logger = logging.getLogger(__name__)
# <16 hex digits>[-<width>][_<storage's suffix>].<ext>: a name made from the content.
_CONTENT_NAME = re.compile(r"[0-9a-f]{16}(-\d+)?(_[A-Za-z0-9]{7})?\.[a-z]+")
FOREVER = "public, max-age=315360000, immutable"  # whitenoise's for hashed static files


def _content_type(name):
    """The recorded format of a photo or rendition stored under ``name``, or None."""
    rendition = PhotoRendition.objects.filter(file=name).values_list("content_type", flat=True)
    for content_type in rendition[:1]:
        return content_type
    photo = Photo.objects.filter(image=name).only("pk", "image", "content_type").first()
    if photo is None:
        return None
    if not photo.content_type:
        # Uploaded before formats were recorded: read it now, and remember it.
        photo.read_format()
        if photo.content_type:
            Photo.objects.filter(pk=photo.pk).update(content_type=photo.content_type)
    return photo.content_type or None


def _cache_control(name):
    if _CONTENT_NAME.fullmatch(name.rsplit("/", 1)[-1]):
        return FOREVER
    max_age = getattr(settings, "WHITENOISE_MAX_AGE", 0 if settings.DEBUG else 60)
    return f"public, max-age={max_age}"


@require_safe
def photo_file(request, name):
    content_type = _content_type(name)
    if content_type not in images.EXTENSIONS:
        raise Http404
    try:
        size = default_storage.size(name)
        file = default_storage.open(name, "rb") if request.method == "GET" else None
    except Exception as error:  # missing on disk, or the bucket's own error: never a 500
        logger.warning("Photo file %s cannot be read: %r", name, error)
        raise Http404 from error
    if file is None:
        response = HttpResponse(content_type=content_type)
        response["Content-Length"] = size
    else:
        response = FileResponse(file, content_type=content_type)
    response["Cache-Control"] = _cache_control(name)
    response["X-Content-Type-Options"] = "nosniff"
    try:
        response["Last-Modified"] = http_date(default_storage.get_modified_time(name).timestamp())
    except (NotImplementedError, OSError):
        pass
    return response
