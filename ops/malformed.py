"""Ingredients of malformed requests, shared by the seeded fuzz test in the suite
(tests/http/test_malformed_requests.py, through Hypothesis) and `make fuzz-http` (ops/fuzz_http.py,
raw sockets against gunicorn). Plain Python, no Django.

Every URL pattern of the public site and the admin login is here, with ``{}`` where a
value goes; the values, query parameters, methods and headers are what a careless or
hostile client sends.
"""

import random
from urllib.parse import quote

# {0} is a year, {1} an id, {2} a month, {3} a sitemap section: good values or garbage.
PATTERNS = [
    "/",
    "/releases/{0}/{1}/",
    "/search/",
    "/speakers/{1}/",
    "/organisations/{1}/",
    "/topics/{1}/",
    "/archive/",
    "/archive/{0}/",
    "/archive/{0}/{2}/",
    "/feeds/atom/",
    "/feeds/rss/",
    "/api/releases/",
    "/api/releases/{1}/",
    "/sitemap.xml",
    "/sitemap-{3}.xml",
    "/robots.txt",
    "/admin/login/",
]
# The same pages in English (the admin and the machine URLs have no /en/ counterpart,
# which is a 404 to check too).
LANGUAGE_PREFIXES = ["", "", "/en"]

GOOD_VALUES = ["2023", "1", "05", "releases", "pages", "speakers"]
BAD_VALUES = [
    "0",
    "-1",
    "9" * 18,
    "9" * 19,
    "9" * 40,
    "2023.5",
    "1e3",
    "０１",  # full-width digits
    "٣",  # an Arabic-Indic digit
    "%00",
    "%ff%fe",
    "%2e%2e",
    "..",
    "a/b",
    "\x00",
    "\x7f",
    "威海",
    "💥",
    " ",
    "NaN",
    "x" * 3000,
]

QUERY_KEYS = [
    "page",
    "year",
    "month",
    "speaker",
    "organisation",
    "channel",
    "topic",
    "q",
    "next",
    "format",
    "p",
    "",
]
QUERY_VALUES = BAD_VALUES + [
    "",
    "1",
    "2",
    "2023",
    "12",
    "13",
    "权威发布",
    "公园",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\u202e",
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "a" * 10000,
]
RAW_QUERIES = ["%", "%zz", "&&&", "=&=", "page=1&page=2&page=x", "q=%ff%00", "a=" + "%" * 50]

METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]
ODD_METHODS = ["PROPFIND", "get", "CONNECT", "X" * 40]

# Host headers the site must refuse with its 400 page (ALLOWED_HOSTS is localhost and
# 127.0.0.1 in tests and `make run`).
BAD_HOSTS = [
    "evil.example.com",
    "",
    "localhost\x01",
    "pressroom\x7f.example.org",
    "a" * 5000,
    "bücher.example",
    "xn--bcher-kva.example",
    "[::1",
    "[::1]",
    "127.0.0.1:80:80",
    "localhost@evil.example",
    "localhost/evil",
    "-localhost",
    "localhost.evil.example",
]
GOOD_HOSTS = ["localhost", "127.0.0.1", "localhost:8000", "LOCALHOST", "localhost."]

HEADER_VALUES = [
    "",
    "*",
    "en",
    "zh-CN,zh;q=0.9",
    "q=5,,;;",
    '"etag-that-matches-nothing"',
    "W/",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "Mon, 99 Foo 2023 99:99:99 GMT",
    "bytes=0-1,5-",
    "sessionid=nonsense",
    "sessionid=" + "a" * 4000,
    "csrftoken=x; sessionid=; =;;",
    "203.0.113.7, 10.0.0.1",
    "unknown",
    "https",
    "http://evil.example/",
    "text/html",
    "application/json",
    "multipart/form-data; boundary=",
    "application/x-www-form-urlencoded",
    "é" * 100,
    "x" * 8000,
]
HEADER_NAMES = [
    "Accept-Language",
    "Accept",
    "Cookie",
    "If-None-Match",
    "If-Modified-Since",
    "Range",
    "X-Forwarded-For",
    "X-Forwarded-Proto",
    "X-Forwarded-Host",
    "Referer",
    "User-Agent",
    "Content-Type",
    "X-Requested-With",
]
BODIES = [b"", b"username=x&password=y", b"{", b"\xff\xfe\x00", b"--\r\n--", b"a=" + b"b" * 5000]


def fill(pattern, values):
    """The pattern with each placeholder replaced (values: year, id, month, section)."""
    return pattern.format(*values)


def random_request(rng: random.Random):
    """One malformed request for a raw HTTP client: (method, target, headers, body,
    host_is_bad). The target is percent-encoded where a raw byte could not be sent."""
    pattern = rng.choice(PATTERNS)
    prefix = rng.choice(LANGUAGE_PREFIXES) if not pattern.startswith(("/admin", "/api")) else ""
    pool = GOOD_VALUES if rng.random() < 0.5 else BAD_VALUES
    values = [rng.choice(pool) for _ in range(4)]
    path = prefix + fill(pattern, values)
    if rng.random() < 0.1:
        path += rng.choice(["x", "/../", "//", "%2F", ";a=b", "~"])
    target = quote(path, safe="/%;~=")
    roll = rng.random()
    if roll < 0.5:
        pairs = [
            (rng.choice(QUERY_KEYS), rng.choice(QUERY_VALUES)) for _ in range(rng.randint(1, 4))
        ]
        target += "?" + "&".join(
            f"{quote(k, safe='')}={quote(v, safe='', errors='surrogatepass')}" for k, v in pairs
        )
    elif roll < 0.6:
        target += "?" + rng.choice(RAW_QUERIES)
    method = rng.choice(ODD_METHODS) if rng.random() < 0.05 else rng.choice(METHODS)
    host_is_bad = rng.random() < 0.3
    host = rng.choice(BAD_HOSTS if host_is_bad else GOOD_HOSTS)
    headers = [("Host", host)]
    for _ in range(rng.randint(0, 4)):
        headers.append((rng.choice(HEADER_NAMES), rng.choice(HEADER_VALUES)))
    body = rng.choice(BODIES) if method not in ("GET", "HEAD") else b""
    return method, target, headers, body, host_is_bad
