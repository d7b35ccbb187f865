from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.utils import timezone

from releases.caching import freshness
from releases.editing import images
from releases.management.progress import Progress
from releases.models import Photo, Release


class Command(BaseCommand):
    help = (
        "Make the widths readers are sent (settings.PHOTO_WIDTHS) for photos that have none, "
        "e.g. those uploaded before renditions existed, and record their real format."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="everything",
            help="make them again for every photo (after changing PHOTO_WIDTHS or the format)",
        )

    def handle(self, *args, everything, **options):
        photos = Photo.objects.exclude(image="").order_by("pk")
        if not everything:
            photos = photos.annotate(made=Count("renditions")).filter(made=0)
        ids = list(photos.values_list("pk", flat=True))
        verbose = options["verbosity"] > 0
        progress = Progress(self.stdout, "Renditions") if verbose and ids else None
        failed = []
        for done, pk in enumerate(ids, 1):
            photo = Photo.objects.get(pk=pk)
            try:
                photo.read_format()
                if photo.width is None:
                    raise images.Rejected("文件不存在或无法读取")
                photo.make_renditions()
                # No save signal per photo (each would recount the archive): the release's
                # own version moves (its page fragments are made again), and one new
                # archive version at the end moves the cached pages on.
                Photo.objects.filter(pk=pk).update(
                    width=photo.width, height=photo.height, content_type=photo.content_type
                )
                Release.objects.filter(pk=photo.release_id).update(modified=timezone.now())
            except (images.Rejected, OSError) as error:
                failed.append(f"{photo.image.name} (photo {pk}): {error}")
            if progress:
                progress(done, len(ids))
        if len(failed) < len(ids):
            freshness.bump()
        for line in failed:
            self.stderr.write(line)
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(f"Made renditions for {len(ids) - len(failed)} photos.")
            )
        if failed:
            raise CommandError(f"{len(failed)} photos could not be read; they keep their original.")
