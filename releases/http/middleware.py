"""Response headers the whole site shares: language by URL, the Content-Security-Policy and
the Permissions-Policy."""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control


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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy built once per process.

    django-csp builds the header anew for every response (about 50 µs, a twentieth of a
    page-cache miss), because a view may change the policy or use a nonce. No view here
    does either; if one ever does, or a setting excludes paths, django-csp's own path runs.
    """

    PER_RESPONSE = tuple(
        f"_csp_{name}{suffix}"
        for name in ("exempt", "config", "update", "replace")
        for suffix in ("", "_ro")
    )

    def __init__(self, get_response):
        super().__init__(get_response)
        self.fixed_headers = None
        settings_names = ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
        if not any(
            (getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES")
            for name in settings_names
        ):
            built = [(HEADER, build_policy()), (HEADER_REPORT_ONLY, build_policy(report_only=True))]
            self.fixed_headers = [(header, value) for header, value in built if value]

    def process_response(self, request, response):
        if (
            self.fixed_headers is None
            or settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in self.PER_RESPONSE)
        ):
            return super().process_response(request, response)
        for header, value in self.fixed_headers:
            response.headers.setdefault(header, value)
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
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


class PublicCacheMiddleware:
    """Let browsers and a CDN keep public pages for a few minutes.

    Only for anonymous GET/HEAD answers that succeeded: a request carrying a session
    cookie (an editor, who may be previewing drafts) gets a private answer, and errors
    are not kept, so a draft's 404 never outlives its publication.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.max_age = settings.PUBLIC_CACHE_SECONDS

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response or request.method not in ("GET", "HEAD"):
            return response
        if request.path.startswith("/admin/"):
            return response
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            patch_cache_control(response, private=True, no_cache=True)
        elif response.status_code in (200, 301) and self.max_age:
            patch_cache_control(response, public=True, max_age=self.max_age)
        return response


class ReadOnlyPublicSiteMiddleware:
    """The public site answers GET and HEAD only: other methods get a 405 before CSRF
    checks run (which would answer 403). The admin is left to its own forms."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") and not request.path.startswith("/admin/"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.get_response(request)
