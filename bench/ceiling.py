"""The bare-Django ceiling of `make bench-http`: the least a Django page can cost.

One view, no middleware, no database, no templates: every URL answers the bytes of the
file named by CEILING_BODY (the detail page as Pressroom rendered it), read once at start.
Served like Pressroom (gunicorn, 2 sync workers):

    CEILING_BODY=page.html gunicorn bench.ceiling:application --workers 2
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import re_path

BODY = Path(os.environ["CEILING_BODY"]).read_bytes()

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="ceiling-bench-only-not-secret",
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        DATABASES={},
        USE_I18N=False,
    )


def page(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [re_path(r"", page)]

application = get_wsgi_application()
