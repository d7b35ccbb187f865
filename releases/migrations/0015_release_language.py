"""The language and script a release is printed in: zh-Hans, zh-Hant or en.

Releases already stored are read once: traditional characters in their text make them
zh-Hant, a mostly Latin text en; everything else stays zh-Hans.
"""

from django.db import migrations, models

from releases.importing.parser.text import is_latin, is_traditional


def detect(apps, schema_editor):
    Release = apps.get_model("releases", "Release")
    Segment = apps.get_model("releases", "Segment")
    for release in Release.objects.only("pk", "title", "lead", "body").iterator():
        answers = Segment.objects.filter(release_id=release.pk).values_list("answer", flat=True)
        text = "\n".join([release.title, release.lead, release.body, *answers[:20]])
        if is_latin(text):
            language = "en"
        elif is_traditional(text):
            language = "zh-Hant"
        else:
            continue
        Release.objects.filter(pk=release.pk).update(language=language)


class Migration(migrations.Migration):
    dependencies = [
        ("releases", "0014_outlets"),
    ]

    operations = [
        migrations.AddField(
            model_name="release",
            name="language",
            field=models.CharField(
                choices=[("zh-Hans", "中文(简体字)"), ("zh-Hant", "中文(繁体字)"), ("en", "英文")],
                default="zh-Hans",
                help_text="稿件印行的语言和字形,导入时按文本判断。繁体字稿件按原字形保存,不转成简体;搜索时两种字形都能找到。",
                max_length=7,
                verbose_name="语言",
            ),
        ),
        migrations.RunPython(detect, migrations.RunPython.noop, elidable=True),
    ]
