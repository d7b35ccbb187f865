"""The reader's address, for login throttling (django-axes' AXES_CLIENT_IP_CALLABLE).

X-Forwarded-For is whatever the client says unless our own proxies wrote it, so it is read
only when ``TRUSTED_PROXY_COUNT`` (DJANGO_TRUSTED_PROXY_COUNT) says how many proxies in front
of the site each append the address they received: the client is then the entry that many
places from the right. Anything else (no proxy configured, too few entries, not an
address) falls back to the connection's own address, REMOTE_ADDR.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
