"""Every public page of an archive, fetched through Django: used by `make backup-check` to
compare an original and a restored database byte for byte.

    python -m ops.pages list URLS_FILE        # the URLs of this archive, one a line
    python -m ops.pages fetch URLS_FILE OUT   # each URL's status and body, as JSON lines

Run with the site's environment (DATABASE_URL names the database to read).
"""

import base64
import json
import os
import re
import sys
from math import ceil


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    import django

    django.setup()


def public_urls():
    from django.conf import settings
    from django.test import Client

    from releases.models import Release

    client = Client(HTTP_HOST="localhost")
    releases = Release.objects.published().order_by("pk")
    count = releases.count()
    urls = ["/", "/en/", "/robots.txt", "/feeds/atom/", "/feeds/rss/", "/en/feeds/atom/"]
    pages = max(1, ceil(count / settings.RELEASES_PER_PAGE))
    urls += [f"/?page={n}" for n in range(2, pages + 1)]
    for release in releases:
        url = release.get_absolute_url()
        urls += [url, "/en" + url, f"/api/releases/{release.pk}/"]
    urls += [f"/api/releases/?page={n}" for n in range(1, ceil(count / 50) + 1)]
    urls.append("/archive/")
    archive = client.get("/archive/").content.decode()
    urls += sorted(set(re.findall(r'href="(/archive/\d{4}/(?:\d{2}/)?)"', archive)))
    for year_url in [u for u in urls if re.fullmatch(r"/archive/\d{4}/", u)]:
        year = client.get(year_url).content.decode()
        urls += sorted(set(re.findall(r'href="(/archive/\d{4}/\d{2}/)"', year)) - set(urls))
    # The sitemap's sections, and from them every public speaker, organisation and topic.
    urls.append("/sitemap.xml")
    index = client.get("/sitemap.xml").content.decode()
    for section in [_path(loc) for loc in re.findall(r"<loc>([^<]+)</loc>", index)]:
        urls.append(section)
        listed = client.get(section).content.decode()
        urls += [
            _path(loc)
            for loc in re.findall(r"<loc>([^<]+)</loc>", listed)
            if re.search(r"/(speakers|organisations|topics)/\d+/$", loc)
        ]
    return list(dict.fromkeys(urls))


def _path(url):
    return re.sub(r"^https?://[^/]+", "", url).replace("&amp;", "&")


def fetch(urls, out):
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    with open(out, "w") as file:
        for url in urls:
            response = client.get(url)
            body = base64.b64encode(response.content).decode()
            file.write(
                json.dumps({"url": url, "status": response.status_code, "body": body}) + "\n"
            )


def main(argv):
    setup()
    if argv[0] == "list":
        with open(argv[1], "w") as file:
            file.write("\n".join(public_urls()) + "\n")
    elif argv[0] == "fetch":
        with open(argv[1]) as file:
            urls = file.read().split()
        fetch(urls, argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
