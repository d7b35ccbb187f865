"""Response headers the whole site shares: language by URL, and the Permissions-Policy."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class UrlLocaleMiddleware(LocaleMiddleware):
    """The language comes from the URL alone: /en/… is English, every other path Chinese.

    Django's LocaleMiddleware already picks the language that way under
    ``i18n_patterns(prefix_default_language=False)``, but still adds
    ``Vary: Accept-Language``, which splits every cached page by browser language for
    nothing. The admin lives outside the language patterns, so it stays in Chinese.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class PermissionsPolicyMiddleware:
    """Switch off browser features the site never uses (camera, location, …)."""

    def __init__(self, get_response):
        self.get_response = get_response
        policy = settings.PERMISSIONS_POLICY
        self.header = ", ".join(f"{name}=({' '.join(allow)})" for name, allow in policy.items())

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
