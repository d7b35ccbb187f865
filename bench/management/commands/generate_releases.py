"""Fill the archive with realistic synthetic releases, for load tests and benchmarks."""

import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from bench.synthetic import ORGANISATIONS, OUTLETS, TOPICS, Generator
from releases.listing import cache as caching
from releases.management.progress import Progress
from releases.models import (
    Appearance,
    Credit,
    Figure,
    Organisation,
    Release,
    Segment,
    Speaker,
    Topic,
    month_of,
)
from releases.search import index
from releases.stats import outlets


def _document(item):
    """The search document of a synthetic release, built as for a saved one."""
    return index.search_document(
        title=item.title,
        lead=item.lead,
        kicker=item.kicker,
        channel=item.channel,
        body="",
        people=[
            (a.speaker, Appearance.join_title_line(a.organisation, a.position))
            for a in item.appearances
        ],
        figures=[(f.label, f.text) for f in item.figures],
        topics=item.topics,
        segments=[(s.question, s.asker, s.answer) for s in item.segments],
    )


class Command(BaseCommand):
    help = (
        "Create N synthetic releases (Chinese text, speakers reused from a pool, segments, "
        "figures, topics, dates spread over years) with bulk inserts, and index them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True)
        parser.add_argument("--seed", type=int, default=2023)
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument(
            "--drafts", type=float, default=0.01, help="share of drafts (never public)"
        )

    def handle(self, *args, count, seed, batch_size, drafts, **options):
        if count < 1:
            raise CommandError("--count must be at least 1")
        # A different seed per run, so adding to an archive does not repeat releases.
        existing = Release.objects.count()
        generator = Generator(seed=seed + existing)
        speakers = self._pool(Speaker, generator.speakers)
        organisations = self._pool(Organisation, ORGANISATIONS)
        topics = self._pool(Topic, TOPICS)
        asker_outlets = {asker: getattr(outlets.resolve(asker), "pk", None) for asker in OUTLETS}
        # Dates drawn first and sorted, so ids follow publication order as in a live archive.
        rnd = random.Random(seed + existing)
        start = datetime.datetime(2012, 1, 1, tzinfo=datetime.UTC)
        span = (datetime.datetime.now(datetime.UTC) - start).total_seconds()
        dates = sorted(
            start + datetime.timedelta(seconds=rnd.random() * span) for _ in range(count)
        )

        progress = Progress(self.stdout, "Generating") if options["verbosity"] else None
        for offset in range(0, count, batch_size):
            batch = [
                generator.release(existing + offset + i)
                for i in range(min(batch_size, count - offset))
            ]
            for item, when in zip(batch, dates[offset : offset + len(batch)], strict=True):
                item.published_at = when
            with transaction.atomic():
                ids = self._insert(
                    batch, speakers, organisations, topics, asker_outlets, rnd, drafts
                )
                index.write([(pk, _document(item)) for pk, item in zip(ids, batch, strict=True)])
            if progress:
                progress(offset + len(batch), count)
        index.optimize()
        caching.after_bulk_write()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Created {count} releases."))

    def _pool(self, model, names):
        """{name: id} for these names, creating the missing rows in bulk."""
        known = dict(model.objects.filter(name__in=names).values_list("name", "pk"))
        model.objects.bulk_create([model(name=name) for name in names if name not in known])
        return dict(model.objects.filter(name__in=names).values_list("name", "pk"))

    def _insert(self, batch, speakers, organisations, topics, asker_outlets, rnd, drafts):
        """Insert one batch with its parts; the ids of the new releases, in batch order."""
        releases = _insert_releases(batch, rnd, drafts)
        appearance_ids = _insert_appearances(releases, batch, speakers, organisations)
        segment_ids = _insert_segments(releases, batch, appearance_ids, asker_outlets)
        _insert_figures(releases, batch, segment_ids)
        Credit.objects.bulk_create(
            Credit(release=release, role=role, name=name, order=order)
            for release, order, (role, name) in _parts(releases, batch, "credits")
        )
        Release.topics.through.objects.bulk_create(
            Release.topics.through(release_id=release.pk, topic_id=topics[name])
            for release, item in zip(releases, batch, strict=True)
            for name in item.topics
        )
        return [release.pk for release in releases]


def _parts(releases, batch, kind):
    """(release, order from 1, part) for each part of this kind of each synthetic release."""
    for release, item in zip(releases, batch, strict=True):
        for order, part in enumerate(getattr(item, kind), 1):
            yield release, order, part


def _ids_by_key(rows):
    """{(release id, order): id} of rows just created, to find a part by what it is."""
    return {(row.release_id, row.order): row.pk for row in rows}


def _insert_releases(batch, rnd, drafts):
    return Release.objects.bulk_create(
        Release(
            title=item.title,
            kicker=item.kicker,
            channel=item.channel,
            source="威海新闻网",
            event_date=item.published_at.date(),
            host_office=item.host_office,
            lead=item.lead,
            editor=item.editor,
            status=Release.Status.DRAFT if rnd.random() < drafts else Release.Status.PUBLISHED,
            published_at=item.published_at,
            published_month=month_of(item.published_at),
        )
        for item in batch
    )


def _insert_appearances(releases, batch, speakers, organisations):
    rows = Appearance.objects.bulk_create(
        Appearance(
            release=release,
            speaker_id=speakers[a.speaker],
            organisation_id=organisations[a.organisation],
            position=a.position,
            role=a.role,
            order=order,
        )
        for release, order, a in _parts(releases, batch, "appearances")
    )
    return _ids_by_key(rows)


def _insert_segments(releases, batch, appearance_ids, asker_outlets):
    """Segments, each answered by its release's appearance (s.answerer indexes them) and
    counted under the outlet of its printed asker (``asker_outlets``: {asker: outlet id})."""
    rows = Segment.objects.bulk_create(
        Segment(
            release=release,
            order=order,
            question=s.question,
            asker=s.asker,
            asker_outlet_id=asker_outlets.get(s.asker),
            answerer_id=appearance_ids[release.pk, s.answerer + 1],
            answer=s.answer,
        )
        for release, order, s in _parts(releases, batch, "segments")
    )
    return _ids_by_key(rows)


def _insert_figures(releases, batch, segment_ids):
    """Figures, each quoted in its release's segment (f.segment indexes them)."""
    Figure.objects.bulk_create(
        Figure(
            release=release,
            segment_id=segment_ids[release.pk, f.segment + 1],
            order=order,
            value=f.value,
            unit=f.unit,
            label=f.label,
            text=f.text,
            headline=f.headline,
        )
        for release, order, f in _parts(releases, batch, "figures")
    )
