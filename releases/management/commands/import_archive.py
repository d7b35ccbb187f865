from django.core.management.base import BaseCommand, CommandError

from releases.management.progress import Progress
from releases.opendata.load import BadDump, NotEmpty, load_dump


class Command(BaseCommand):
    help = (
        "Load a dump written by export_archive (the .zip or its folder) into an EMPTY "
        "database, all or nothing, keeping every id and timestamp; then rebuild the search "
        "index. Photos' image files are not in a dump: copy the media folder separately."
    )

    def add_arguments(self, parser):
        parser.add_argument("dump", metavar="DUMP", help="pressroom-YYYY-MM-DD.zip or folder")

    def handle(self, *args, dump, **options):
        def progress(label):
            return Progress(self.stderr, f"{label:<20}")

        try:
            counts = load_dump(dump, progress=progress if options["verbosity"] else None)
        except NotEmpty as error:
            raise CommandError(
                f"Nothing loaded: {error}. import_archive fills an empty database only "
                "(run it right after `manage.py migrate` on a new database)."
            ) from error
        except BadDump as error:
            raise CommandError(f"Nothing loaded: {error}") from error
        if options["verbosity"]:
            rows = ", ".join(f"{name} {n}" for name, n in counts.items())
            self.stdout.write(self.style.SUCCESS(f"Loaded {dump} ({rows})."))
