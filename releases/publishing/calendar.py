"""Notices as an iCalendar feed (RFC 5545), for calendar apps to subscribe to: /upcoming.ics.

Times are written in Beijing time with TZID=Asia/Shanghai and the VTIMEZONE that defines
it. A notice without an end time lasts an hour in the calendar (press conferences mostly
do); a cancelled one stays, with STATUS:CANCELLED, so that subscribers see it cancelled
instead of silently gone.
"""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

DEFAULT_LENGTH = datetime.timedelta(hours=1)


def _description(notice, absolute):
    lines = []
    if notice.host_office:
        lines.append(f"{_('主办单位')}:{notice.host_office}")
    speakers = notice.speaker_lines()
    if speakers:
        lines.append(f"{_('预计发布人')}:{'、'.join(speakers)}")
    if notice.description:
        lines.append(notice.description.strip())
    release = notice.public_release
    if release is not None:
        lines.append(f"{_('实录')}:{absolute(release.get_absolute_url())}")
    return "\n".join(lines)


def event(notice, absolute, domain):
    item = icalendar.Event()
    item.add("uid", f"notice-{notice.pk}@{domain}")
    item.add("dtstamp", notice.modified)
    item.add("last-modified", notice.modified)
    item.add("created", notice.created)
    start = timezone.localtime(notice.starts_at)
    item.add("dtstart", start)
    end = timezone.localtime(notice.ends_at) if notice.ends_at else start + DEFAULT_LENGTH
    item.add("dtend", end)
    cancelled = notice.status == notice.Status.CANCELLED
    summary = f"[{_('已取消')}] {notice.title}" if cancelled else notice.title
    item.add("summary", summary)
    if notice.place:
        item.add("location", notice.place)
    description = _description(notice, absolute)
    if description:
        item.add("description", description)
    item.add("url", absolute(notice.get_absolute_url()))
    item.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return item


def notices_calendar(notices, absolute, name):
    """The VCALENDAR of ``notices`` as bytes; ``absolute`` turns a path into a URL."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Pressroom//Notices//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    domain = urlsplit(absolute("/")).hostname or "pressroom"
    for notice in notices:
        calendar.add_component(event(notice, absolute, domain))
    calendar.add_missing_timezones()
    return calendar.to_ical()
