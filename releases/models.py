"""The archive's data: releases, the people who spoke, what was asked and the figures quoted.

Chinese nouns have no plural: a model's verbose_name_plural is its verbose_name."""

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models import F, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from releases.editing import answers, images
from releases.stats import names


def month_of(moment):
    """The first day of the local month of an aware datetime (None for None)."""
    if moment is None:
        return None
    return timezone.localtime(moment).date().replace(day=1)


class Named(models.Model):
    """What organisations, speakers, topics and outlets share: a name, and a public page of
    their own at the URL named after the model (``releases:speaker``)."""

    name = models.CharField(_("名称"), max_length=100, unique=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(f"releases:{self._meta.model_name}", args=[self.pk])


class Organisation(Named):
    name = models.CharField(_("名称"), max_length=200, unique=True)

    class Meta(Named.Meta):
        verbose_name = verbose_name_plural = _("机构")


class Speaker(Named):
    """A person, reused across releases; positions live on each appearance."""

    name = models.CharField(_("姓名"), max_length=100, db_index=True)

    class Meta(Named.Meta):
        verbose_name = verbose_name_plural = _("发言人")


class Topic(Named):
    class Meta(Named.Meta):
        verbose_name = verbose_name_plural = _("主题")


def status_field(statuses, help_text):
    """The status of a release or a notice: one of ``statuses``, a draft when created."""
    return models.CharField(
        _("状态"),
        max_length=10,
        choices=statuses.choices,
        default=statuses.DRAFT,
        help_text=help_text,
    )


def published_condition(prefix="", now=None):
    """published() as a condition, also through a relation (``prefix="release__"``), so that
    a query from appearances can join releases instead of testing a subquery; due by ``now``
    (by default the present moment)."""
    return Q(
        **{
            f"{prefix}status__in": Release.PUBLIC_STATUSES,
            f"{prefix}published_at__lte": now or timezone.now(),
        }
    )


def listed_condition(prefix=""):
    """listed() as a condition, also through a relation (``prefix="release__"``)."""
    return Q(
        **{
            f"{prefix}status": Release.Status.PUBLISHED,
            f"{prefix}published_at__lte": timezone.now(),
        }
    )


class ReleaseQuerySet(models.QuerySet):
    def published(self):
        """What the public may see at its address: published or withdrawn, and due
        (scheduled ones appear when due). A withdrawn release keeps its page and its JSON,
        with the withdrawal notice on top."""
        return self.filter(published_condition())

    def listed(self):
        """What lists show (index, archive, people, organisations, topics, search, sitemap):
        published() less the withdrawn. Withdrawal is a status of its own, so lists and
        their counts keep using the (status, …) indexes."""
        return self.filter(listed_condition())

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def next_due(self):
        """When the next scheduled release becomes public (None if none is waiting)."""
        return (
            self.filter(status=Release.Status.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )

    def for_listing(self):
        """Everything an index entry shows, in a fixed number of queries."""
        return self.prefetch_related(
            Prefetch(
                "appearances",
                queryset=Appearance.objects.select_related("speaker").order_by("order"),
            )
        )

    def for_detail(self):
        """Everything the detail page shows, in a fixed number of queries."""
        return self.select_related("notice").prefetch_related(*detail_parts())


class Recorded(models.Model):
    """When the record was created and last saved (not when what it records happened)."""

    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Release(Recorded):
    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        PUBLISHED = "published", _("已发布")
        WITHDRAWN = "withdrawn", _("已撤回")

    # Statuses whose releases the public can open (when due); only PUBLISHED is listed.
    PUBLIC_STATUSES = (Status.PUBLISHED, Status.WITHDRAWN)

    class Language(models.TextChoices):
        """The language and script the release is printed in (BCP 47 tags)."""

        HANS = "zh-Hans", _("中文(简体字)")
        HANT = "zh-Hant", _("中文(繁体字)")
        EN = "en", _("英文")

    title = models.CharField(_("标题"), max_length=300)
    kicker = models.CharField(
        _("栏目标签"), max_length=50, blank=True, help_text=_("标题前“丨”之前的文字,如“权威发布”。")
    )
    channel = models.CharField(
        _("频道"), max_length=50, blank=True, help_text=_("导航中的频道,如“威海要闻”。")
    )
    source = models.CharField(_("来源"), max_length=100, blank=True)
    event_date = models.DateField(_("发布会日期"), null=True, blank=True)
    event_place = models.CharField(_("发布会地点"), max_length=200, blank=True)
    host_office = models.CharField(
        _("主办单位"), max_length=100, blank=True, help_text=_("如“市政府新闻办”。")
    )
    lead = models.TextField(_("导语"), blank=True)
    body = models.TextField(
        _("正文"), blank=True, help_text=_("没有问答的稿件填写正文;段落之间空一行。")
    )
    editor = models.CharField(_("编辑"), max_length=50, blank=True)
    language = models.CharField(
        _("语言"),
        max_length=7,
        choices=Language.choices,
        default=Language.HANS,
        help_text=_(
            "稿件印行的语言和字形,导入时按文本判断。繁体字稿件按原字形保存,不转成简体;"
            "搜索时两种字形都能找到。"
        ),
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="releases", verbose_name=_("主题")
    )
    status = status_field(
        Status,
        _(
            "已公开过的稿件不能改回草稿:读者可能已经看到或引用了它。要撤下,请选“已撤回”并填写"
            "撤回原因:页面留在原地址,顶部显示撤回说明,并从列表、搜索和网站地图中移除。"
        ),
    )
    published_at = models.DateTimeField(
        _("发布时间"),
        null=True,
        blank=True,
        help_text=_("可设为将来的时间:到时自动公开。"),
    )
    updated_at = models.DateTimeField(
        _("更新时间"), null=True, blank=True, help_text=_("公开更正的时间;与更正说明一起显示。")
    )
    withdrawn_at = models.DateTimeField(
        _("撤回时间"),
        null=True,
        blank=True,
        help_text=_("状态为“已撤回”时必填;留空则保存时记为当前时间。"),
    )
    withdrawal_reason = models.TextField(
        _("撤回原因"),
        blank=True,
        help_text=_("公开显示在稿件页面顶部,说明撤回了什么、为什么。"),
    )
    # The first day of the local month of published_at, kept by save() (and by bulk
    # writers, which call month_of()): month and year counts group on it, indexed.
    published_month = models.DateField(null=True, blank=True, editable=False)
    fingerprint = models.CharField(
        _("内容指纹"), max_length=64, blank=True, editable=False, help_text=_("导入文本的指纹。")
    )
    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = verbose_name_plural = _("发布会")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="release_public_order"),
            models.Index(fields=["channel", "-published_at"], name="release_channel"),
            # What the public may open, newest first (the feeds, the sitemap): walked from
            # the newest down, where one on (status, …) would have to merge two statuses
            # and PostgreSQL sorts every public release instead.
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(status__in=["published", "withdrawn"]),
                name="release_public_newest",
            ),
            # Covers the month counts of published releases (published_at for "due yet").
            models.Index(
                fields=["status", "published_month", "published_at"], name="release_month"
            ),
            # Covers the channel counts: grouped without reading a row of the table.
            models.Index(
                fields=["status", "channel", "published_at"], name="release_channel_counts"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="release_published_has_time",
                violation_error_message=_("已发布的稿件必须有发布时间。"),
            ),
            models.UniqueConstraint(
                fields=["fingerprint"],
                condition=~Q(fingerprint=""),
                name="release_unique_fingerprint",
            ),
            # Withdrawn if and only if dated; a withdrawal always says why.
            models.CheckConstraint(
                condition=(Q(status="withdrawn") & Q(withdrawn_at__isnull=False))
                | (~Q(status="withdrawn") & Q(withdrawn_at__isnull=True)),
                name="release_withdrawn_has_time",
                violation_error_message=_("已撤回的稿件必须有撤回时间,其他稿件不能有。"),
            ),
            models.CheckConstraint(
                condition=~Q(status="withdrawn") | ~Q(withdrawal_reason=""),
                name="release_withdrawn_has_reason",
                violation_error_message=_("撤回稿件必须填写撤回原因。"),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.published_month = month_of(self.published_at)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "published_at" in update_fields:
            kwargs["update_fields"] = {*update_fields, "published_month"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("releases:detail", kwargs={"year": self.url_year, "pk": self.pk})

    @property
    def url_year(self):
        """The year in the URL: of publication, or of creation for an undated draft."""
        moment = self.published_at or self.created or timezone.now()
        return timezone.localtime(moment).year

    def clean(self):
        """Withdraw, never unpublish: a release the public has seen cannot go back to draft."""
        super().clean()
        was = Release.objects.filter(pk=self.pk).first() if self.pk else None
        was_public = was is not None and was.is_public
        if self.status == self.Status.DRAFT and was_public:
            raise ValidationError(
                {
                    "status": _(
                        "这篇稿件已经公开,不能改回草稿:读者可能已经看到或引用了它。"
                        "要撤下,请把状态改为“已撤回”并填写撤回原因。"
                    )
                }
            )
        if self.status == self.Status.WITHDRAWN:
            if not was_public and not self.is_public:
                raise ValidationError({"status": _("尚未公开的稿件无需撤回:改回草稿即可。")})
            if not self.withdrawal_reason.strip():
                raise ValidationError({"withdrawal_reason": _("撤回稿件必须填写撤回原因。")})
            if self.withdrawn_at is None:
                self.withdrawn_at = timezone.now()
        else:
            self.withdrawn_at = None

    @property
    def is_public(self):
        return (
            self.status in self.PUBLIC_STATUSES
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def public_notice(self):
        """The published notice that announced this press conference, if any."""
        notice = getattr(self, "notice", None)  # no notice: RelatedObjectDoesNotExist
        return notice if notice is not None and notice.is_public else None

    def body_paragraphs(self):
        return answers.paragraphs(self.body)


class ReleasePart(models.Model):
    """What a release's speakers, questions, figures, photos and credits share: an order
    unique within their release, in which they are read.

    Each part declares its ``release`` and ``order`` fields itself, where they stand among
    its fields (the version comparison lists a part's fields in that order)."""

    class Meta:
        abstract = True
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["release", "order"], name="%(class)s_unique_order")
        ]


class Appearance(ReleasePart):
    """A speaker at one release, with the position and organisation as printed then."""

    class Role(models.TextChoices):
        SPEAKER = "speaker", _("发布人")
        HOST = "host", _("主持人")

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="appearances")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="appearances", verbose_name=_("发言人")
    )
    position = models.CharField(
        _("职务"), max_length=300, blank=True, help_text=_("按当时稿件所写,可含逗号。")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appearances",
        verbose_name=_("机构"),
    )
    role = models.CharField(_("角色"), max_length=10, choices=Role.choices, default=Role.SPEAKER)
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)

    class Meta(ReleasePart.Meta):
        verbose_name = _("出席")
        verbose_name_plural = _("发言人")
        constraints = [
            *ReleasePart.Meta.constraints,
            models.UniqueConstraint(
                fields=["release", "speaker"], name="appearance_unique_speaker"
            ),
        ]
        # A speaker's or an organisation's releases, read from the index alone (the
        # speaker page, and the speaker and organisation filters and facets).
        indexes = [
            models.Index(fields=["speaker", "release"], name="appearance_speaker_release"),
            models.Index(fields=["organisation", "release"], name="appearance_org_release"),
        ]

    def __str__(self):
        return self.speaker.name

    @property
    def title_line(self):
        """Organisation and position as one line: 山东省住房和城乡建设厅二级巡视员."""
        organisation = self.organisation.name if self.organisation_id else ""
        return self.join_title_line(organisation, self.position)

    @staticmethod
    def join_title_line(organisation, position):
        """The title line from plain names, for writers that hold no Appearance (bulk loads)."""
        if organisation and position.startswith(organisation):
            return position
        return f"{organisation}{position}"


class Segment(ReleasePart):
    """One question and its answer; an opening statement has no question."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="segments")
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    question = models.TextField(_("提问"), blank=True, help_text=_("开场介绍留空。"))
    asker = models.CharField(
        _("提问媒体"), max_length=100, blank=True, help_text=_("如“大众日报记者”。")
    )
    asker_outlet = models.ForeignKey(
        "Outlet",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("提问媒体(统计)"),
        help_text=_("提问媒体在统计中归入的媒体;留空则保存时按“提问媒体”自动识别。"),
    )
    answerer = models.ForeignKey(
        Appearance,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answers",
        verbose_name=_("回答人"),
        help_text=_("必须是本场发布会的发言人;新建稿件时先保存发言人,再选择回答人。"),
    )
    answer = models.TextField(
        _("回答"),
        blank=True,
        help_text=_("段落之间空一行;以“★”开头的段落是小标题。"),
    )

    class Meta(ReleasePart.Meta):
        verbose_name = verbose_name_plural = _("问答")
        # The statistics count questions (rows with a question) by outlet and by answerer,
        # joined to their releases: these indexes hold every column those counts read, so
        # the counts never read the table itself, whose rows carry the long answers.
        indexes = [
            models.Index(
                fields=["asker_outlet", "release", "answerer"],
                condition=~Q(question=""),
                name="segment_question_outlet",
            ),
            models.Index(
                fields=["answerer", "release"],
                condition=~Q(question=""),
                name="segment_question_answerer",
            ),
        ]
        # The answerer belongs to the same release: enforced by the named triggers
        # segment_answerer_same_release_* (migration 0002), and by clean() for forms.

    def __str__(self):
        return self.question[:50] or str(_("开场介绍"))

    def clean(self):
        if self.answerer_id and self.release_id and self.answerer.release_id != self.release_id:
            raise ValidationError({"answerer": _("回答人必须是本场发布会的发言人。")})

    @property
    def anchor(self):
        return f"q{self.order}"

    def blocks(self):
        return answers.blocks(self.answer)


class Figure(ReleasePart):
    """A number quoted in an answer: 16.9万套 is value 169000, unit 套."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="figures")
    segment = models.ForeignKey(
        Segment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="figures",
        verbose_name=_("所在问答"),
        help_text=_("引用这个数据的问答;新建稿件时先保存问答,再选择。"),
    )
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    value = models.DecimalField(_("数值"), max_digits=20, decimal_places=4)
    unit = models.CharField(_("单位"), max_length=20, blank=True)
    label = models.CharField(_("说明"), max_length=100)
    text = models.CharField(_("原文"), max_length=100, help_text=_("稿件原文,如“16.9万套”。"))
    headline = models.BooleanField(_("重点"), default=False)

    class Meta(ReleasePart.Meta):
        verbose_name = verbose_name_plural = _("关键数据")
        # The segment belongs to the same release: trigger figure_segment_same_release_*.

    def __str__(self):
        return f"{self.label} {self.text}"

    def clean(self):
        if self.segment_id and self.release_id and self.segment.release_id != self.release_id:
            raise ValidationError({"segment": _("所在问答必须属于本场发布会。")})

    @property
    def is_percentage(self):
        return self.unit == "%" and 0 <= self.value <= 100


class Photo(ReleasePart):
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="photos")
    # The original as uploaded, named by its content (see save()); readers are sent the
    # renditions. Indexed: the media view looks a requested name up.
    image = models.ImageField(_("图片"), upload_to="photos/%Y/%m/", db_index=True)
    # Read from the file on save (see save()), so pages can give <img> its size (no layout
    # shift, and a srcset width for `sizes`) without opening the file on every request.
    width = models.PositiveIntegerField(_("宽度"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("高度"), null=True, blank=True, editable=False)
    # The format Pillow found in the file (image/jpeg…), never guessed from the name: the
    # Content-Type the original is served with.
    content_type = models.CharField(_("格式"), max_length=20, blank=True, editable=False)
    caption = models.CharField(_("图片说明"), max_length=300, blank=True)
    alt_text = models.CharField(_("替代文字"), max_length=300, help_text=_("供读屏软件朗读,必填。"))
    credit = models.CharField(_("摄影"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)

    class Meta(ReleasePart.Meta):
        verbose_name = verbose_name_plural = _("图片")
        constraints = [
            *ReleasePart.Meta.constraints,
            models.CheckConstraint(condition=~Q(alt_text=""), name="photo_alt_text_required"),
        ]

    def __str__(self):
        return self.caption or self.alt_text

    def save(self, *args, **kwargs):
        # Not ImageField's width_field: that reads the file whenever a row without a size
        # is loaded, and a missing file would then break the public page.
        uploaded = bool(self.image) and not self.image._committed
        if uploaded:
            info = images.inspect(self.image.file)
            self.width, self.height, self.content_type = info.width, info.height, info.content_type
            # Named by its content, the file's URL never shows other content: browsers and
            # CDNs may keep it for good. The extension follows the real format.
            self.image.name = f"{images.digest(self.image.file)}.{info.extension}"
        elif self.image and (self.width is None or not self.content_type):
            self.read_format()
        super().save(*args, **kwargs)
        if uploaded:
            self.make_renditions()

    def read_format(self):
        """Size and format from the stored file; None for both when it cannot be read."""
        try:
            with self.image.open("rb") as file:
                info = images.inspect(file)
        except (OSError, ValueError):
            self.width = self.height = None
            return
        self.width, self.height, self.content_type = info.width, info.height, info.content_type

    def make_renditions(self):
        """Make the widths readers are sent (settings.PHOTO_WIDTHS), replacing earlier ones.

        Raises images.Rejected when the stored file cannot be decoded.
        """
        with self.image.open("rb") as file:
            made = images.renditions(file, settings.PHOTO_WIDTHS, settings.PHOTO_RENDITION_TYPE)
        storage = self.image.storage
        renditions = []
        for rendition in made:
            name = f"photos/renditions/{rendition.name[:2]}/{rendition.name}"
            # Same name, same content: a photo uploaded twice shares its renditions.
            if not storage.exists(name):
                name = storage.save(name, ContentFile(rendition.data))
            renditions.append(
                PhotoRendition(
                    photo=self,
                    width=rendition.width,
                    height=rendition.height,
                    file=name,
                    content_type=rendition.content_type,
                )
            )
        self.renditions.all().delete()
        PhotoRendition.objects.bulk_create(renditions)
        self.__dict__.pop("sources", None)
        getattr(self, "_prefetched_objects_cache", {}).pop("renditions", None)

    @cached_property
    def sources(self):
        """[(url, width)] a reader may be sent, narrowest first: the renditions, or the
        original for a photo that has none yet (manage.py make_renditions makes them)."""
        renditions = sorted(self.renditions.all(), key=lambda rendition: rendition.width)
        if renditions:
            return [(rendition.file.url, rendition.width) for rendition in renditions]
        return [(self.image.url, self.width)] if self.image and self.width else []

    @property
    def src(self):
        """For browsers without srcset: the widest source up to 960 pixels."""
        if not self.sources:
            return self.image.url if self.image else ""
        fitting = [url for url, width in self.sources if width <= 960]
        return fitting[-1] if fitting else self.sources[0][0]

    @property
    def srcset(self):
        return ", ".join(f"{url} {width}w" for url, width in self.sources)


class PhotoRendition(models.Model):
    """A photo at one width, made from the original when it was uploaded: what readers
    are sent. Its file is named by its content."""

    photo = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")
    width = models.PositiveIntegerField(_("宽度"))
    height = models.PositiveIntegerField(_("高度"))
    # Indexed: the media view looks a requested name up. Not unique: the same picture
    # uploaded to two releases shares its files.
    file = models.FileField(_("文件"), max_length=255, db_index=True)
    content_type = models.CharField(_("格式"), max_length=20)

    class Meta:
        ordering = ["width"]
        verbose_name = verbose_name_plural = _("图片尺寸")
        constraints = [
            models.UniqueConstraint(fields=["photo", "width"], name="photo_rendition_unique_width")
        ]

    def __str__(self):
        return f"{self.photo} {self.width}w"


class Credit(ReleasePart):
    """A credit line item: role 文, name 董倩萍."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="credits")
    role = models.CharField(_("分工"), max_length=20, help_text=_("如“文”“图”“设计”。"))
    name = models.CharField(_("姓名"), max_length=100)
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)

    class Meta(ReleasePart.Meta):
        verbose_name = verbose_name_plural = _("署名")

    def __str__(self):
        return f"{self.role} {self.name}"


class ChangeNote(models.Model):
    """A public note on a correction made after publication."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="change_notes")
    noted_at = models.DateTimeField(_("时间"), default=timezone.now)
    text = models.CharField(_("更正说明"), max_length=500)

    class Meta:
        ordering = ["noted_at"]
        verbose_name = verbose_name_plural = _("更正说明")

    def __str__(self):
        return self.text


def detail_parts():
    """What the detail page shows beside the release's own fields, one query each."""
    return (
        Prefetch(
            "appearances",
            queryset=Appearance.objects.select_related("speaker", "organisation").order_by("order"),
        ),
        Prefetch(
            "segments",
            queryset=Segment.objects.select_related(
                "answerer__speaker", "answerer__organisation", "asker_outlet"
            ).order_by("order"),
        ),
        Prefetch("figures", queryset=Figure.objects.select_related("segment").order_by("order")),
        Prefetch("photos", queryset=Photo.objects.order_by("order").prefetch_related("renditions")),
        Prefetch("credits", queryset=Credit.objects.order_by("order")),
        Prefetch("change_notes", queryset=ChangeNote.objects.order_by("noted_at")),
        "topics",
    )


class SpelledName(models.Model):
    """A name kept with its spelling key (names.key): spellings that differ only in width,
    case, script or a trailing 记者 share it, so they are found as one outlet. A key belongs
    to one outlet or alias only."""

    key = models.CharField(max_length=100, unique=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.key = names.key(self.name)
        super().save(*args, **kwargs)

    def clean_key(self, outlets, aliases):
        """Set the key, and refuse it when one of the other ``outlets`` or ``aliases`` has it
        (saying so in the model's ``key_errors``)."""
        self.key = names.key(self.name)
        if not self.key:
            raise ValidationError({"name": _("名称不能只有“记者”或标点。")})
        other = outlets.filter(key=self.key).first()
        if other is not None:
            raise ValidationError({"name": self.key_errors["outlet"] % {"name": other.name}})
        if aliases.filter(key=self.key).exists():
            raise ValidationError({"name": self.key_errors["alias"]})


class Outlet(SpelledName, Named):
    """A news organisation that asks questions; one outlet, however its name is printed."""

    key_errors = {
        "outlet": _("与“%(name)s”是同一家媒体的写法。"),
        "alias": _("这个名称已是另一家媒体的别名。"),
    }

    class Meta(Named.Meta):
        verbose_name = verbose_name_plural = _("媒体")

    def clean(self):
        self.clean_key(
            Outlet.objects.exclude(pk=self.pk), OutletAlias.objects.exclude(outlet_id=self.pk)
        )


class OutletAlias(SpelledName):
    """Another spelling of an outlet's name (路透社 for Reuters, 央视 for CCTV)."""

    outlet = models.ForeignKey(
        Outlet, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("媒体")
    )
    name = models.CharField(_("其他写法"), max_length=100)

    key_errors = {
        "outlet": _("“%(name)s”是另一家媒体;请用“合并”操作。"),
        "alias": _("这个写法已经登记过。"),
    }

    class Meta:
        ordering = ["name"]
        verbose_name = verbose_name_plural = _("别名")

    def __str__(self):
        return self.name

    def clean(self):
        self.clean_key(
            Outlet.objects.exclude(pk=self.outlet_id), OutletAlias.objects.exclude(pk=self.pk)
        )


# Versions (django-reversion, see releases.editing.versions): every save of a release through the
# admin or the importer keeps one revision holding the release and all of its parts.
RELEASE_PARTS = ["appearances", "segments", "figures", "photos", "credits", "change_notes"]
PART_MODELS = (Appearance, Segment, Figure, Photo, Credit, ChangeNote)
for _part in PART_MODELS:
    reversion.register(_part)
reversion.register(Release, follow=RELEASE_PARTS)


class NoticeQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: every notice an editor has published, cancelled ones too
        (marked so), never drafts."""
        return self.exclude(status=Notice.Status.DRAFT)

    def next_start(self):
        """When the next published notice's event begins (None if none is ahead): from then
        on it is listed as held, so the archive's version moves on at that moment."""
        return (
            self.published()
            .filter(starts_at__gt=timezone.now())
            .order_by("starts_at")
            .values_list("starts_at", flat=True)
            .first()
        )


class Notice(Recorded):
    """A press conference announced before it is held (发布会预告)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("草稿")
        PUBLISHED = "published", _("已发布")
        CANCELLED = "cancelled", _("已取消")

    title = models.CharField(_("主题"), max_length=300)
    starts_at = models.DateTimeField(_("开始时间"))
    ends_at = models.DateTimeField(
        _("结束时间"), null=True, blank=True, help_text=_("可不填;日历中按开始后一小时显示。")
    )
    place = models.CharField(_("地点"), max_length=200, blank=True)
    host_office = models.CharField(
        _("主办单位"), max_length=100, blank=True, help_text=_("如“市政府新闻办”。")
    )
    speakers = models.TextField(
        _("预计发布人"), blank=True, help_text=_("每行一位,如“市住房城乡建设局局长 李瑞玲”。")
    )
    description = models.TextField(_("说明"), blank=True)
    status = status_field(
        Status, _("发布后出现在“发布会预告”和日历订阅中;取消的发布会选“已取消”,不要删除。")
    )
    release = models.OneToOneField(
        Release,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notice",
        verbose_name=_("实录"),
        help_text=_("实录发布后选择对应的稿件:预告链接到实录,实录页面也链接回预告。"),
    )
    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-id"]
        verbose_name = verbose_name_plural = _("发布会预告")
        indexes = [models.Index(fields=["status", "starts_at"], name="notice_public_start")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="notice_ends_after_start",
                violation_error_message=_("结束时间必须晚于开始时间。"),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("releases:notice", args=[self.pk])

    @property
    def is_public(self):
        return self.status != self.Status.DRAFT

    @property
    def has_started(self):
        return self.starts_at <= timezone.now()

    @property
    def public_release(self):
        """The transcript, once it is public (a draft transcript is not linked)."""
        release = self.release if self.release_id else None
        return release if release is not None and release.is_public else None

    @property
    def awaits_transcript(self):
        """Held, not cancelled, and no public transcript yet: 待发布实录."""
        return (
            self.status == self.Status.PUBLISHED
            and self.has_started
            and self.public_release is None
        )

    def speaker_lines(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]
