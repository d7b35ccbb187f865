"""Editors work through the real admin forms, logged in as an editor account."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from PIL import Image

from releases.editing.forms import edit_token
from releases.models import Release, Speaker, Topic
from tests.conftest import add_speaker, make_release

pytestmark = pytest.mark.django_db

INLINES = ["appearances", "segments", "figures", "photos", "credits", "change_notes"]


@pytest.fixture
def editor_client(client, monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "press-room-2023!")
    call_command("create_editor", "xiaoxu", stdout=io.StringIO())
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "xiaoxu", "password": "press-room-2023!", "next": "/admin/"},
    )
    assert response.status_code == 302
    return client


def management_forms(**totals):
    data = {}
    for prefix in INLINES:
        total, initial = totals.get(prefix, (0, 0))
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(total),
                f"{prefix}-INITIAL_FORMS": str(initial),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


def release_fields(**overrides):
    data = {
        "title": "城市更新新闻发布会",
        "kicker": "权威发布",
        "channel": "本地要闻",
        "lead": "市政府新闻办举行新闻发布会。",
        "language": "zh-Hans",
        "status": "published",
        "published_at_0": "2024-03-01",
        "published_at_1": "10:00:00",
    }
    data.update(overrides)
    return data


def png_file(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_editor_account_can_log_in_and_reach_releases(editor_client):
    response = editor_client.get("/admin/releases/release/")
    assert response.status_code == 200
    assert "发布会" in response.content.decode()


def test_editor_cannot_manage_user_accounts(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403


# An editor enters a release in two steps: the release with its speakers, segments,
# figures and credits; then, once they exist, the answerer, the figure's segment and a photo.

SPEAKER = {"appearances-0-order": "1", "appearances-0-position": "市住房城乡建设局局长"}
QUESTION = "今年老旧小区改造有哪些安排?"
FIGURE = {
    "figures-0-order": "1",
    "figures-0-text": "120个",
    "figures-0-value": "120",
    "figures-0-unit": "个",
    "figures-0-label": "改造老旧小区",
}
CREDIT = {"credits-0-order": "1", "credits-0-role": "文", "credits-0-name": "李记者"}


def add_speaker_in_admin(editor_client, name="王建国"):
    response = editor_client.post("/admin/releases/speaker/add/", {"name": name})
    assert response.status_code == 302
    return Speaker.objects.get(name=name)


def add_release_in_admin(editor_client, speaker):
    """The first step: the release with one speaker, segment, figure and credit."""
    data = release_fields()
    data.update(
        management_forms(appearances=(1, 0), segments=(1, 0), figures=(1, 0), credits=(1, 0))
    )
    data.update(SPEAKER | FIGURE | CREDIT)
    data.update(
        {
            "appearances-0-speaker": str(speaker.pk),
            "appearances-0-role": "speaker",
            "segments-0-order": "1",
            "segments-0-question": QUESTION,
            "segments-0-asker": "大众日报记者",
            "segments-0-answer": "★改造提速\n\n今年计划改造老旧小区120个。",
        }
    )
    response = editor_client.post("/admin/releases/release/add/", data)
    assert response.status_code == 302, response.context["errors"]
    return Release.objects.get(title="城市更新新闻发布会")


def complete_release_in_admin(editor_client, release, speaker):
    """The second step: the answerer, the figure's segment and a photo."""
    appearance = release.appearances.get()
    segment = release.segments.get()
    data = release_fields(edit_token=edit_token(release))
    data.update(
        management_forms(
            appearances=(1, 1), segments=(1, 1), figures=(1, 1), credits=(1, 1), photos=(1, 0)
        )
    )
    data.update(SPEAKER | FIGURE | CREDIT)
    data.update(
        {
            "appearances-0-id": str(appearance.pk),
            "appearances-0-release": str(release.pk),
            "appearances-0-speaker": str(speaker.pk),
            "appearances-0-role": "speaker",
            "segments-0-id": str(segment.pk),
            "segments-0-release": str(release.pk),
            "segments-0-order": "1",
            "segments-0-question": QUESTION,
            "segments-0-answerer": str(appearance.pk),
            "segments-0-answer": segment.answer,
            "figures-0-id": str(release.figures.get().pk),
            "figures-0-release": str(release.pk),
            "figures-0-segment": str(segment.pk),
            "credits-0-id": str(release.credits.get().pk),
            "credits-0-release": str(release.pk),
            "photos-0-order": "1",
            "photos-0-image": png_file(),
            "photos-0-alt_text": "发布会现场",
            "photos-0-caption": "新闻发布会现场",
            "photos-0-credit": "张摄影",
        }
    )
    response = editor_client.post(f"/admin/releases/release/{release.pk}/change/", data)
    assert response.status_code == 302, response.context["errors"]


@pytest.fixture
def entered_release(editor_client, media_root):
    """A release entered in both steps, then the editor logged out to read it as the public."""
    speaker = add_speaker_in_admin(editor_client)
    release = add_release_in_admin(editor_client, speaker)
    complete_release_in_admin(editor_client, release, speaker)
    editor_client.logout()
    return release


def test_editor_adds_a_speaker(editor_client):
    add_speaker_in_admin(editor_client)


def test_editor_adds_release_with_speakers_segments_figures_and_credits(editor_client):
    add_release_in_admin(editor_client, add_speaker_in_admin(editor_client))


def test_editor_picks_answerer_figure_segment_and_photo_once_the_parts_exist(
    editor_client, media_root
):
    speaker = add_speaker_in_admin(editor_client)
    release = add_release_in_admin(editor_client, speaker)
    complete_release_in_admin(editor_client, release, speaker)


def test_release_entered_by_an_editor_appears_on_its_page(client, entered_release):
    page = client.get(entered_release.get_absolute_url()).content.decode()
    assert "城市更新新闻发布会" in page
    assert "今年老旧小区改造有哪些安排?" in page
    assert "王建国" in page and "市住房城乡建设局局长" in page
    assert "<h3>改造提速</h3>" in page
    assert "120个" in page and 'href="#q1"' in page
    assert 'alt="发布会现场"' in page and "张摄影" in page


def test_release_entered_by_an_editor_appears_once_on_the_index(client, entered_release):
    assert client.get("/").content.decode().count("城市更新新闻发布会") == 1


def test_answerer_from_another_release_is_refused_with_a_message(editor_client):
    release, other = make_release(), make_release()
    add_speaker(release, "张三")
    stranger = add_speaker(other, "李四")
    data = release_fields(title=release.title, edit_token=edit_token(release))
    data.update(management_forms(segments=(1, 0)))
    data.update(
        {
            "segments-0-order": "1",
            "segments-0-question": "问题?",
            "segments-0-answerer": str(stranger.pk),
            "segments-0-answer": "回答",
        }
    )
    response = editor_client.post(f"/admin/releases/release/{release.pk}/change/", data)
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not release.segments.exists()


def test_figure_without_value_is_refused_with_a_message(editor_client):
    release = make_release()
    data = release_fields(title=release.title, edit_token=edit_token(release))
    data.update(management_forms(figures=(1, 0)))
    data.update(
        {"figures-0-order": "1", "figures-0-text": "许多", "figures-0-label": "无数值的数据"}
    )
    response = editor_client.post(f"/admin/releases/release/{release.pk}/change/", data)
    assert response.status_code == 200
    assert "这个字段是必填项" in response.content.decode()
    assert not release.figures.exists()


def test_photo_without_alt_text_is_refused_with_a_message(editor_client, media_root):
    release = make_release()
    data = release_fields(title=release.title, edit_token=edit_token(release))
    data.update(management_forms(photos=(1, 0)))
    data.update({"photos-0-order": "1", "photos-0-image": png_file(), "photos-0-alt_text": ""})
    response = editor_client.post(f"/admin/releases/release/{release.pk}/change/", data)
    assert response.status_code == 200
    assert "这个字段是必填项" in response.content.decode()
    assert not release.photos.exists()


def test_published_release_without_time_is_refused_with_a_message(editor_client):
    data = release_fields(title="没有时间", published_at_0="", published_at_1="")
    data.update(management_forms())
    response = editor_client.post("/admin/releases/release/add/", data)
    assert response.status_code == 200
    assert "已发布的稿件必须有发布时间" in response.content.decode()
    assert not Release.objects.filter(title="没有时间").exists()


def test_release_list_offers_search_filters_and_view_on_site(editor_client, reference_release):
    response = editor_client.get("/admin/releases/release/", {"q": "精致城市"})
    content = response.content.decode()
    assert "精致城市论坛6月12日举办" in content
    assert "status__exact=draft" in content
    assert "year=2023" in content
    assert "channel=%E5%A8%81%E6%B5%B7%E8%A6%81%E9%97%BB" in content  # 威海要闻
    change = editor_client.get("/admin/releases/release/1/change/").content.decode()
    view_on_site = re.search(r'href="(/admin/r/[^"]+)"', change).group(1)
    assert editor_client.get(view_on_site)["Location"].endswith("/releases/2023/1/")


def test_create_editor_refuses_a_duplicate_name(editor_client):
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_editor", "xiaoxu", stdout=io.StringIO())


def test_editor_attaches_topics_and_the_topic_page_lists_the_release(editor_client, client):
    response = editor_client.post("/admin/releases/topic/add/", {"name": "口袋公园"})
    assert response.status_code == 302
    topic = Topic.objects.get(name="口袋公园")
    release = make_release(title="口袋公园建设发布会")
    response = editor_client.post(
        f"/admin/releases/release/{release.pk}/change/",
        {
            **release_fields(title=release.title, edit_token=edit_token(release)),
            "topics": [topic.pk],
            **management_forms(),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(release.topics.all()) == [topic]
    page = client.get(f"/topics/{topic.pk}/").content.decode()
    assert "口袋公园建设发布会" in page
    release.refresh_from_db()
    detail = client.get(release.get_absolute_url()).content.decode()
    assert f'href="/topics/{topic.pk}/"' in detail


def test_topic_list_counts_releases_and_links_to_the_site(editor_client):
    topic = Topic.objects.create(name="老旧小区改造")
    for _ in range(3):
        make_release().topics.add(topic)
    content = editor_client.get("/admin/releases/topic/").content.decode()
    assert "老旧小区改造" in content and "发布会数" in content
    assert '<td class="field-release_count">3</td>' in content
    change = editor_client.get(f"/admin/releases/topic/{topic.pk}/change/").content.decode()
    assert "/admin/r/" in change  # "view on site"


def test_release_form_offers_topics_as_a_two_box_selector(editor_client):
    Topic.objects.create(name="海绵城市")
    content = editor_client.get("/admin/releases/release/add/").content.decode()
    assert 'name="topics"' in content and "海绵城市" in content
    assert "selectfilter" in content.lower()
