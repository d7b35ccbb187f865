"""Fill the archive with realistic synthetic releases, for load tests and benchmarks."""

import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from bench.synthetic import ORGANISATIONS, TOPICS, Generator
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
                ids = self._insert(batch, speakers, organisations, topics, rnd, drafts)
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

    def _insert(self, batch, speakers, organisations, topics, rnd, drafts):
        releases = Release.objects.bulk_create(
            [
                Release(
                    title=item.title,
                    kicker=item.kicker,
                    channel=item.channel,
                    source="威海新闻网",
                    event_date=item.published_at.date(),
                    host_office=item.host_office,
                    lead=item.lead,
                    editor=item.editor,
                    status=Release.Status.DRAFT
                    if rnd.random() < drafts
                    else Release.Status.PUBLISHED,
                    published_at=item.published_at,
                    published_month=month_of(item.published_at),
                )
                for item in batch
            ]
        )
        appearances = Appearance.objects.bulk_create(
            [
                Appearance(
                    release=release,
                    speaker_id=speakers[a.speaker],
                    organisation_id=organisations[a.organisation],
                    position=a.position,
                    role=a.role,
                    order=order,
                )
                for release, item in zip(releases, batch, strict=True)
                for order, a in enumerate(item.appearances, 1)
            ]
        )
        appearance_ids, position = [], 0
        for item in batch:
            appearance_ids.append(
                [a.pk for a in appearances[position : position + len(item.appearances)]]
            )
            position += len(item.appearances)
        segments = Segment.objects.bulk_create(
            [
                Segment(
                    release=release,
                    order=order,
                    question=s.question,
                    asker=s.asker,
                    answerer_id=own[s.answerer],
                    answer=s.answer,
                )
                for release, item, own in zip(releases, batch, appearance_ids, strict=True)
                for order, s in enumerate(item.segments, 1)
            ]
        )
        segment_ids, position = [], 0
        for item in batch:
            segment_ids.append([s.pk for s in segments[position : position + len(item.segments)]])
            position += len(item.segments)
        Figure.objects.bulk_create(
            Figure(
                release=release,
                segment_id=own[f.segment],
                order=order,
                value=f.value,
                unit=f.unit,
                label=f.label,
                text=f.text,
                headline=f.headline,
            )
            for release, item, own in zip(releases, batch, segment_ids, strict=True)
            for order, f in enumerate(item.figures, 1)
        )
        Credit.objects.bulk_create(
            Credit(release=release, role=role, name=name, order=order)
            for release, item in zip(releases, batch, strict=True)
            for order, (role, name) in enumerate(item.credits, 1)
        )
        Release.topics.through.objects.bulk_create(
            Release.topics.through(release_id=release.pk, topic_id=topics[name])
            for release, item in zip(releases, batch, strict=True)
            for name in item.topics
        )
        return [release.pk for release in releases]
