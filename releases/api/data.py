"""Releases and notices as plain data: the open-data JSON.

``release_data`` holds what the release page shows; ``release_summary`` what an index
entry shows; ``notice_data`` what a notice's page shows. ``absolute`` turns a path into a
full URL (``releases.publishing.metadata.absolute_builder``). The schema is documented in
the README ("Open data").
"""

from django.urls import reverse
from django.utils import timezone

from releases.api import citing

SCHEMA_VERSION = 1


def moment(value):
    """An aware datetime as ISO 8601 in local time, or None."""
    return timezone.localtime(value).isoformat() if value else None


def number(value):
    """A Decimal as an exact string without trailing zeros: 169000, 3.5."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _speaker(appearance, absolute):
    organisation = appearance.organisation
    return {
        "id": appearance.speaker_id,
        "name": appearance.speaker.name,
        "url": absolute(reverse("releases:speaker", args=[appearance.speaker_id])),
        "position": appearance.position,
        "organisation": (
            {
                "id": organisation.pk,
                "name": organisation.name,
                "url": absolute(reverse("releases:organisation", args=[organisation.pk])),
            }
            if organisation
            else None
        ),
        "title_line": appearance.title_line,
        "role": appearance.role,
        "order": appearance.order,
    }


def _topic(topic, absolute):
    return {
        "id": topic.pk,
        "name": topic.name,
        "url": absolute(reverse("releases:topic", args=[topic.pk])),
    }


def _outlet(segment, release, absolute):
    """The outlet a question's asker counts as; its page is linked as the release page links
    it (a question of a listed release: a withdrawn one leaves the statistics)."""
    outlet = segment.asker_outlet
    if outlet is None:
        return None
    linked = segment.question and release.status == release.Status.PUBLISHED
    url = absolute(reverse("releases:outlet", args=[outlet.pk])) if linked else None
    return {"id": outlet.pk, "name": outlet.name, "url": url}


def withdrawal(release):
    """{at, reason} of a withdrawn release, None otherwise."""
    if not release.is_withdrawn:
        return None
    return {"at": moment(release.withdrawn_at), "reason": release.withdrawal_reason}


def release_summary(release, absolute):
    """What an index entry shows (needs ``for_listing()`` and the topics prefetched)."""
    url = release.get_absolute_url()
    return {
        "id": release.pk,
        "url": absolute(url),
        "json_url": absolute(reverse("api:release", args=[release.pk])),
        "kicker": release.kicker,
        "title": release.title,
        "channel": release.channel,
        "lead": release.lead,
        "published_at": moment(release.published_at),
        "updated_at": moment(release.updated_at),
        "withdrawn": withdrawal(release),
        "speakers": [
            {"id": a.speaker_id, "name": a.speaker.name, "role": a.role}
            for a in release.appearances.all()
        ],
        "topics": [_topic(topic, absolute) for topic in release.topics.all()],
    }


def release_data(release, absolute):
    """Everything the release page shows (needs ``for_detail()``)."""
    page = absolute(release.get_absolute_url())
    segments = list(release.segments.all())
    cited = citing.cited_on()

    def citation(segment=None):
        work = (
            citing.segment_work(release, segment, absolute)
            if segment
            else citing.release_work(release, absolute)
        )
        return citing.citation_data(work, citing.download_paths(release, segment), absolute, cited)

    return {
        "schema_version": SCHEMA_VERSION,
        "id": release.pk,
        "url": page,
        "json_url": absolute(reverse("api:release", args=[release.pk])),
        "kicker": release.kicker,
        "title": release.title,
        "language": release.language,
        "channel": release.channel,
        "source": release.source,
        "event": {
            "date": release.event_date.isoformat() if release.event_date else None,
            "place": release.event_place,
            "host_office": release.host_office,
        },
        "lead": release.lead,
        "body": release.body_paragraphs(),
        "editor": release.editor,
        "published_at": moment(release.published_at),
        "updated_at": moment(release.updated_at),
        "withdrawn": withdrawal(release),
        "citation": citation(),
        "speakers": [_speaker(a, absolute) for a in release.appearances.all()],
        "segments": [
            {
                "order": segment.order,
                "anchor": segment.anchor,
                "url": f"{page}#{segment.anchor}",
                "question": segment.question,
                "asker": segment.asker,
                "outlet": _outlet(segment, release, absolute),
                "answerer": (
                    {"id": segment.answerer.speaker_id, "name": segment.answerer.speaker.name}
                    if segment.answerer_id
                    else None
                ),
                "answer": [{"kind": b.kind, "text": b.text} for b in segment.blocks()],
                "citation": citation(segment),
            }
            for segment in segments
        ],
        "figures": [
            {
                "order": figure.order,
                "text": figure.text,
                "value": number(figure.value),
                "unit": figure.unit,
                "label": figure.label,
                "headline": figure.headline,
                "segment": figure.segment.order if figure.segment_id else None,
            }
            for figure in release.figures.all()
        ],
        "photos": [
            {
                "url": absolute(photo.image.url),
                "alt_text": photo.alt_text,
                "caption": photo.caption,
                "credit": photo.credit,
            }
            for photo in release.photos.all()
        ],
        "credits": [{"role": c.role, "name": c.name} for c in release.credits.all()],
        "topics": [_topic(topic, absolute) for topic in release.topics.all()],
        "change_notes": [
            {"noted_at": moment(note.noted_at), "text": note.text}
            for note in release.change_notes.all()
        ],
        "notice": (
            absolute(release.public_notice.get_absolute_url()) if release.public_notice else None
        ),
    }


def notice_data(notice, absolute):
    """What a notice's page shows (needs the release selected with it)."""
    release = notice.public_release
    return {
        "id": notice.pk,
        "url": absolute(notice.get_absolute_url()),
        "json_url": absolute(reverse("api:notice", args=[notice.pk])),
        "title": notice.title,
        "starts_at": moment(notice.starts_at),
        "ends_at": moment(notice.ends_at),
        "place": notice.place,
        "host_office": notice.host_office,
        "speakers": notice.speaker_lines(),
        "description": notice.description,
        "status": notice.status,
        "held": notice.has_started,
        "awaits_transcript": notice.awaits_transcript,
        "release": (
            {
                "id": release.pk,
                "url": absolute(release.get_absolute_url()),
                "json_url": absolute(reverse("api:release", args=[release.pk])),
            }
            if release is not None
            else None
        ),
    }
