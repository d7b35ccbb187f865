"""Withdrawn releases (a status, its time and reason) and notices of press conferences to come."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

NOTICE_PERMISSIONS = [f"{action}_notice" for action in ("add", "change", "delete", "view")]


def editors_edit_notices(apps, schema_editor):
    """The editors group (migration 0003) may add, change, delete and view notices."""
    app_config = apps.get_app_config("releases")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="editors").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="releases", codename__in=NOTICE_PERMISSIONS
            )
        )


def editors_no_notices(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="editors").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="releases", codename__in=NOTICE_PERMISSIONS
            )
        )


class Migration(migrations.Migration):

    dependencies = [
        ('releases', '0012_photo_renditions'),
    ]

    operations = [
        migrations.CreateModel(
            name='Notice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=300, verbose_name='主题')),
                ('starts_at', models.DateTimeField(verbose_name='开始时间')),
                ('ends_at', models.DateTimeField(blank=True, help_text='可不填;日历中按开始后一小时显示。', null=True, verbose_name='结束时间')),
                ('place', models.CharField(blank=True, max_length=200, verbose_name='地点')),
                ('host_office', models.CharField(blank=True, help_text='如“市政府新闻办”。', max_length=100, verbose_name='主办单位')),
                ('speakers', models.TextField(blank=True, help_text='每行一位,如“市住房城乡建设局局长 李瑞玲”。', verbose_name='预计发布人')),
                ('description', models.TextField(blank=True, verbose_name='说明')),
                ('status', models.CharField(choices=[('draft', '草稿'), ('published', '已发布'), ('cancelled', '已取消')], default='draft', help_text='发布后出现在“发布会预告”和日历订阅中;取消的发布会选“已取消”,不要删除。', max_length=10, verbose_name='状态')),
                ('created', models.DateTimeField(auto_now_add=True)),
                ('modified', models.DateTimeField(auto_now=True)),
            ],
            options={
                'verbose_name': '发布会预告',
                'verbose_name_plural': '发布会预告',
                'ordering': ['-starts_at', '-id'],
            },
        ),
        migrations.AddField(
            model_name='release',
            name='withdrawal_reason',
            field=models.TextField(blank=True, help_text='公开显示在稿件页面顶部,说明撤回了什么、为什么。', verbose_name='撤回原因'),
        ),
        migrations.AddField(
            model_name='release',
            name='withdrawn_at',
            field=models.DateTimeField(blank=True, help_text='状态为“已撤回”时必填;留空则保存时记为当前时间。', null=True, verbose_name='撤回时间'),
        ),
        migrations.AlterField(
            model_name='release',
            name='status',
            field=models.CharField(choices=[('draft', '草稿'), ('published', '已发布'), ('withdrawn', '已撤回')], default='draft', help_text='已公开过的稿件不能改回草稿:读者可能已经看到或引用了它。要撤下,请选“已撤回”并填写撤回原因:页面留在原地址,顶部显示撤回说明,并从列表、搜索和网站地图中移除。', max_length=10, verbose_name='状态'),
        ),
        migrations.AddConstraint(
            model_name='release',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'withdrawn'), ('withdrawn_at__isnull', False)), models.Q(models.Q(('status', 'withdrawn'), _negated=True), ('withdrawn_at__isnull', True)), _connector='OR'), name='release_withdrawn_has_time', violation_error_message='已撤回的稿件必须有撤回时间,其他稿件不能有。'),
        ),
        migrations.AddConstraint(
            model_name='release',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'withdrawn'), _negated=True), models.Q(('withdrawal_reason', ''), _negated=True), _connector='OR'), name='release_withdrawn_has_reason', violation_error_message='撤回稿件必须填写撤回原因。'),
        ),
        migrations.AddField(
            model_name='notice',
            name='release',
            field=models.OneToOneField(blank=True, help_text='实录发布后选择对应的稿件:预告链接到实录,实录页面也链接回预告。', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='notice', to='releases.release', verbose_name='实录'),
        ),
        migrations.AddIndex(
            model_name='notice',
            index=models.Index(fields=['status', 'starts_at'], name='notice_public_start'),
        ),
        migrations.AddConstraint(
            model_name='notice',
            constraint=models.CheckConstraint(condition=models.Q(('ends_at__isnull', True), ('ends_at__gt', models.F('starts_at')), _connector='OR'), name='notice_ends_after_start', violation_error_message='结束时间必须晚于开始时间。'),
        ),
        migrations.RunPython(editors_edit_notices, editors_no_notices),
    ]
