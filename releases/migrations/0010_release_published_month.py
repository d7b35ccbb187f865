"""Release.published_month: the local month of publication, for month and year counts."""

from collections import defaultdict

from django.db import migrations, models
from django.utils import timezone

BATCH = 500


def fill(apps, schema_editor):
    Release = apps.get_model("releases", "Release")
    by_month = defaultdict(list)
    rows = Release.objects.filter(published_at__isnull=False).values_list("pk", "published_at")
    for pk, published_at in rows.iterator(chunk_size=5000):
        by_month[timezone.localtime(published_at).date().replace(day=1)].append(pk)
    for month, ids in by_month.items():
        for start in range(0, len(ids), BATCH):
            Release.objects.filter(pk__in=ids[start : start + BATCH]).update(published_month=month)


class Migration(migrations.Migration):
    dependencies = [("releases", "0009_search_window_newest_first")]

    operations = [
        migrations.AddField(
            model_name="release",
            name="published_month",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="release",
            index=models.Index(
                fields=["status", "published_month", "published_at"], name="release_month"
            ),
        ),
    ]
