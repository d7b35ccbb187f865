from django.core.management import BaseCommand, call_command
from django.db import transaction

from releases.models import Organisation, Release, Speaker

FIXTURE = "fixtures/reference_release.json"


class Command(BaseCommand):
    help = "Load the reference release into an empty archive; do nothing if it has releases."

    def handle(self, *args, **options):
        if Release.objects.exists() or Speaker.objects.exists() or Organisation.objects.exists():
            self.stdout.write("The archive already has data; the reference release was not loaded.")
            return
        with transaction.atomic():
            call_command("loaddata", FIXTURE, verbosity=0)
        self.stdout.write(self.style.SUCCESS("Loaded the reference release."))
