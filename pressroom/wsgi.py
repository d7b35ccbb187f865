import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")


def _application():
    django_application = get_wsgi_application()
    from releases.caching.pagecache import CachedPages  # needs Django set up

    # Warm pages and 304s are answered before Django handles the request.
    return CachedPages(django_application)


application = _application()
