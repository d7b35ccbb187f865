from django.core.management.base import BaseCommand

from releases.management.progress import Progress
from releases.search import index


class Command(BaseCommand):
    help = "Rebuild the search index from every release (drafts included; search hides them)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        progress = Progress(self.stdout, "Indexing") if options["verbosity"] else None
        total = index.rebuild(batch_size=batch_size, progress=progress)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Indexed {total} releases."))
