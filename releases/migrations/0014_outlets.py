"""Outlets: the asking outlet as a model of its own, with other spellings as aliases.

Each segment keeps its asker as printed; asker_outlet is filled here from the printed
text (spellings that releases.stats.names sees as one outlet become one), and the editors
group gets the permissions to edit outlets and their aliases.
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

from releases.stats import names


def fill(apps, schema_editor):
    Outlet = apps.get_model("releases", "Outlet")
    Segment = apps.get_model("releases", "Segment")
    askers = Segment.objects.exclude(asker="").values_list("asker", flat=True).distinct()
    outlets = {}  # key: outlet
    for asker in sorted(set(askers)):
        key = names.key(asker)
        if not key:
            continue
        if key not in outlets:
            name = names.display_name(asker)[:100]
            outlets[key] = Outlet.objects.create(name=name, key=key)
        Segment.objects.filter(asker=asker).update(asker_outlet=outlets[key])


def allow_editors(apps, schema_editor):
    app_config = apps.get_app_config("releases")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="editors").first()
    if group is None:
        return
    codenames = [
        f"{action}_{model}"
        for model in ("outlet", "outletalias")
        for action in ("add", "change", "delete", "view")
    ]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="releases", codename__in=codenames)
    )


class Migration(migrations.Migration):
    dependencies = [("releases", "0013_withdrawal_and_notices")]

    operations = [
        migrations.CreateModel(
            name="Outlet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="名称")),
                ("key", models.CharField(editable=False, max_length=100, unique=True)),
            ],
            options={"verbose_name": "媒体", "verbose_name_plural": "媒体", "ordering": ["name"]},
        ),
        migrations.CreateModel(
            name="OutletAlias",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, verbose_name="其他写法")),
                ("key", models.CharField(editable=False, max_length=100, unique=True)),
                (
                    "outlet",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="aliases",
                        to="releases.outlet",
                        verbose_name="媒体",
                    ),
                ),
            ],
            options={"verbose_name": "别名", "verbose_name_plural": "别名", "ordering": ["name"]},
        ),
        migrations.AddField(
            model_name="segment",
            name="asker_outlet",
            field=models.ForeignKey(
                blank=True,
                help_text="提问媒体在统计中归入的媒体;留空则保存时按“提问媒体”自动识别。",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="questions",
                to="releases.outlet",
                verbose_name="提问媒体(统计)",
            ),
        ),
        migrations.AddIndex(
            model_name="segment",
            index=models.Index(
                condition=~models.Q(question=""),
                fields=["asker_outlet", "release", "answerer"],
                name="segment_question_outlet",
            ),
        ),
        migrations.AddIndex(
            model_name="segment",
            index=models.Index(
                condition=~models.Q(question=""),
                fields=["answerer", "release"],
                name="segment_question_answerer",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(allow_editors, migrations.RunPython.noop),
    ]
