"""Notices of press conferences to come (发布会预告): the list, one notice, the calendar.

GET and HEAD only; two queries a page whatever the number of notices (the notices with
their transcripts, joined).
"""

import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from releases.models import Notice
from releases.publishing.calendar import notices_calendar
from releases.publishing.metadata import absolute_builder, canonical_url

# Notices already held, listed below the upcoming ones (newest first).
HELD_LISTED = 20
# The calendar keeps what began in the last CALENDAR_PAST, and everything to come.
CALENDAR_PAST = datetime.timedelta(days=90)


def _public():
    return Notice.objects.published().select_related("release")


def _calendar_meta():
    return {"url": reverse("releases:upcoming_ics"), "title": _("Pressroom 发布会预告")}


@require_safe
def notice_list(request):
    now = timezone.now()
    upcoming = list(_public().filter(starts_at__gt=now).order_by("starts_at", "id"))
    held = list(_public().filter(starts_at__lte=now).order_by("-starts_at", "-id")[:HELD_LISTED])
    context = {
        "upcoming": upcoming,
        "held": held,
        "calendar": _calendar_meta(),
        "meta": {"canonical_url": canonical_url(request)},
    }
    return render(request, "releases/notice_list.html", context)


@require_safe
def notice_detail(request, pk):
    notice = get_object_or_404(_public(), pk=pk)
    context = {
        "notice": notice,
        "calendar": _calendar_meta(),
        "meta": {"canonical_url": canonical_url(request)},
    }
    return render(request, "releases/notice_detail.html", context)


@require_safe
def notice_calendar(request):
    since = timezone.now() - CALENDAR_PAST
    notices = _public().filter(starts_at__gte=since).order_by("starts_at", "id")
    body = notices_calendar(notices, absolute_builder(request), _("Pressroom 发布会预告"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
