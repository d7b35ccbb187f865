"""Error answers that never fail themselves: a 503 while the database is unreachable, and a
designed page for a bare 405.

Every error template extends ``error_base.html``, which builds no URL from the request's
host (a 400 for a bad Host header would raise the same error again) and reads nothing from
the database.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views import defaults

# Seconds a reader (or a CDN) should wait before asking again during an outage.
RETRY_AFTER_SECONDS = 30


def is_database_unavailable(exc):
    """True for the database being unreachable or refusing work (connection refused, server
    shut down, SQLite file locked or unreadable), looking through chained exceptions."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, (OperationalError, InterfaceError)):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _language(request):
    """The language the path asks for (/en/… is English): an error raised before the
    locale middleware ran (a bad Host, the page cache finding no database) still answers
    in the reader's language."""
    path = getattr(request, "path_info", "") if request is not None else ""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


def service_unavailable(request=None):
    """The maintenance page: 503, Retry-After, and never stored by a cache."""
    with translation.override(_language(request)):
        body = loader.get_template("503.html").render()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception, template_name=defaults.ERROR_400_TEMPLATE_NAME):
    """handler400 (a bad Host header among others), in the language of the path."""
    with translation.override(_language(request)):
        return defaults.bad_request(request, exception, template_name)


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: a database outage is a 503 that ends by itself, anything else a 500.

    Django calls this while handling the exception, so ``sys.exc_info()`` names it; the
    exception is logged by Django either way ("Service Unavailable: /path").
    """
    if is_database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    return defaults.server_error(request, template_name)


class MethodNotAllowedPageMiddleware:
    """A 405 with no body (the read-only public site, ``require_safe``, the admin's views)
    gets the site's page, or a JSON error under /api/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.content:
            return response
        if request.path.startswith("/api/"):
            page = JsonResponse({"error": "method not allowed"}, status=405)
        else:
            page = HttpResponse(loader.get_template("405.html").render(), status=405)
        for header in ("Allow", "Content-Language"):
            if header in response:
                page[header] = response[header]
        return page
