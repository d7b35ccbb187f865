"""Seeded fuzz: malformed paths, query parameters, methods and headers (Host included) on
every URL pattern of the public site and the admin login never get a 5xx, and every 4xx is
one of the site's designed answers. `make fuzz-http` sends the same kind of requests to a
real gunicorn."""

from collections import Counter
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ops import malformed

pytestmark = pytest.mark.django_db

EXAMPLES = 400

texts = st.text(max_size=40)
values = st.one_of(
    st.sampled_from(malformed.GOOD_VALUES + malformed.BAD_VALUES),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    texts,
)
query = st.one_of(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(malformed.QUERY_KEYS), texts),
            st.one_of(st.sampled_from(malformed.QUERY_VALUES), texts),
        ),
        max_size=4,
    ),
    st.sampled_from(malformed.RAW_QUERIES),
)
# (host, whether ALLOWED_HOSTS must refuse it): the listed ones, and random text under a
# domain that is not ours or with a control character, so refused by construction; half
# of the requests have a good host, so they reach the views.
good_hosts = st.sampled_from(malformed.GOOD_HOSTS).map(lambda host: (host, False))
hosts = st.one_of(
    good_hosts,
    good_hosts,
    good_hosts,
    st.sampled_from(malformed.BAD_HOSTS).map(lambda host: (host, True)),
    texts.map(lambda text: (text + ".evil.example", True)),
    texts.map(lambda text: ("\x00" + text, True)),
)
headers = st.dictionaries(
    st.sampled_from(malformed.HEADER_NAMES),
    st.one_of(st.sampled_from(malformed.HEADER_VALUES), texts),
    max_size=4,
)
methods = st.sampled_from(malformed.METHODS + malformed.ODD_METHODS)


@st.composite
def requests(draw):
    pattern = draw(st.sampled_from(malformed.PATTERNS))
    prefix = "" if pattern.startswith(("/admin", "/api")) else draw(st.sampled_from(["", "/en"]))
    path = prefix + malformed.fill(pattern, [draw(values) for _ in range(4)])
    return {
        "method": draw(methods),
        "path": path,
        "query": draw(query),
        "host": draw(hosts),
        "headers": draw(headers),
        "body": draw(st.sampled_from(malformed.BODIES)),
    }


def query_string(query):
    if isinstance(query, str):
        return query
    return "&".join(
        f"{quote(k, safe='', errors='surrogatepass')}={quote(v, safe='', errors='surrogatepass')}"
        for k, v in query
    )


def wsgi(value):
    """A header as a WSGI server hands it over: the bytes sent, as latin-1 (PEP 3333)."""
    return value.encode("utf-8", "surrogatepass").decode("latin-1")


def send(client, request):
    host, _ = request["host"]
    meta = {
        "HTTP_" + name.upper().replace("-", "_"): wsgi(value)
        for name, value in request["headers"].items()
        if name != "Content-Type"
    }
    meta["HTTP_HOST"] = wsgi(host)
    meta["QUERY_STRING"] = query_string(request["query"])
    return client.generic(
        request["method"],
        request["path"],
        data=request["body"],
        content_type=wsgi(request["headers"].get("Content-Type", "application/octet-stream")),
        **meta,
    )


def is_designed_answer(request, response):
    """The site's error page, the API's JSON error, or the admin's lockout page."""
    content = response.content.decode("utf-8", "replace")
    if request["path"].startswith("/api/") and response["Content-Type"] == "application/json":
        return '"error"' in content
    if response.status_code == 429:
        return "登录已暂停" in content
    return 'class="site-header"' in content and 'class="error-page"' in content


def test_malformed_requests_get_no_5xx_and_designed_4xx_pages(reference_release):
    client = Client(raise_request_exception=False)
    seen = Counter()

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(request=requests())
    def check(request):
        response = send(client, request)
        seen["sent"] += 1
        seen[response.status_code // 100] += 1
        assert response.status_code < 500, request
        if request["host"][1]:
            assert response.status_code == 400, request
        if 400 <= response.status_code < 500 and request["method"] != "HEAD":
            assert is_designed_answer(request, response), (request, response.content[:300])

    check()
    print(f"\nfuzz: {seen['sent']} requests, {seen[5]} 5xx, statuses by class {dict(seen)}")
    assert seen["sent"] >= EXAMPLES
    assert seen[4] and seen[2]  # both bad and good requests were sent
