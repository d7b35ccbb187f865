from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from releases.management.progress import Progress
from releases.opendata.export import write_dump


class Command(BaseCommand):
    help = (
        "Write the public archive as open data: pressroom-YYYY-MM-DD.zip (releases as JSON "
        "Lines, CSV tables, datapackage.json, README.md) in --output, by default "
        "PRESSROOM_DUMP_DIR, from which the site serves the newest at /data/pressroom-latest.zip."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="folder to write to (default: DUMP_DIR)")
        parser.add_argument(
            "--folder", action="store_true", help="write a folder instead of a .zip file"
        )

    def handle(self, *args, output, folder, **options):
        def progress(label):
            return Progress(self.stderr, f"{label:<20}")

        path, counts = write_dump(
            output or settings.DUMP_DIR,
            as_zip=not folder,
            progress=progress if options["verbosity"] else None,
        )
        if options["verbosity"]:
            rows = ", ".join(f"{name} {n}" for name, n in counts.items())
            self.stdout.write(self.style.SUCCESS(f"Wrote {path} ({rows})."))
