"""The admin's 从文本导入 page, used by a logged-in editor through the real admin."""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from releases.models import Release
from tests.importing import CORPUS
from tests.importing.reviewing import import_reviewed, review_data

pytestmark = pytest.mark.django_db

SEED = (CORPUS / "000_4afd75f9a84009b0.txt").read_text(encoding="utf-8")
URL = "/admin/releases/release/import/"  # the same as reviewing.URL


@pytest.fixture
def editor_client(client, monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "press-room-2023!")
    call_command("create_editor", "xiaoxu", stdout=io.StringIO())
    response = client.post(
        "/admin/login/", {"username": "xiaoxu", "password": "press-room-2023!", "next": "/admin/"}
    )
    assert response.status_code == 302
    return client


def test_admin_import_changelist_links_to_the_import_page(editor_client):
    response = editor_client.get("/admin/releases/release/")
    assert URL in response.content.decode()
    assert "从文本导入" in response.content.decode()


def test_admin_import_page_shows_the_form(editor_client):
    response = editor_client.get(URL)
    assert response.status_code == 200
    assert 'name="text"' in response.content.decode()
    assert 'name="file"' in response.content.decode()


def test_admin_import_pasted_text_lands_on_the_draft(editor_client):
    response = editor_client.post(URL, {"text": SEED})
    assert not Release.objects.exists()  # only the review so far
    response = editor_client.post(URL, review_data(response), follow=True)
    release = Release.objects.get()
    assert response.redirect_chain[-1][0] == f"/admin/releases/release/{release.pk}/change/"
    assert release.status == Release.Status.DRAFT
    page = response.content.decode()
    assert "已创建草稿" in page
    assert "4 位发言人,3 个问答,24 个关键数据,3 条署名" in page
    assert "李瑞玲" in page


def test_admin_import_uploaded_file(editor_client):
    upload = SimpleUploadedFile("release.txt", SEED.encode("utf-8"), content_type="text/plain")
    response = editor_client.post(URL, {"file": upload})
    assert "核对导入结果" in response.content.decode()
    assert not Release.objects.exists()
    response = editor_client.post(URL, review_data(response))
    release = Release.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/releases/release/{release.pk}/change/"


def test_admin_import_lists_what_needs_checking(editor_client):
    text = (CORPUS / "060_messy_paste.txt").read_text(encoding="utf-8")
    response = editor_client.post(URL, {"text": text})
    assert "需要核对:主持人姓名未知" in response.content.decode()  # on the review page
    response = editor_client.post(URL, review_data(response), follow=True)
    assert "需要核对" in response.content.decode()  # and on the draft's page
    assert "主持人姓名未知" in response.content.decode()


def test_admin_import_same_text_twice_goes_to_the_existing_draft(editor_client):
    import_reviewed(editor_client, SEED)
    release = Release.objects.get()
    response = editor_client.post(URL, {"text": SEED}, follow=True)
    assert Release.objects.count() == 1
    assert response.redirect_chain[-1][0] == f"/admin/releases/release/{release.pk}/change/"
    assert "已经导入过" in response.content.decode()


def test_admin_import_rejects_non_utf8_upload(editor_client):
    upload = SimpleUploadedFile("release.txt", "威海新闻网讯".encode("gbk"))
    response = editor_client.post(URL, {"file": upload})
    assert response.status_code == 200
    assert "不是 UTF-8 编码" in response.content.decode()
    assert Release.objects.count() == 0


def test_admin_import_rejects_an_empty_form(editor_client):
    response = editor_client.post(URL, {"text": "   "})
    assert response.status_code == 200
    assert "请粘贴文章全文" in response.content.decode()


def test_admin_import_requires_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_admin_import_requires_add_permission(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x-9-reader", is_staff=True)
    client.force_login(user)
    assert client.get(URL).status_code == 403


@pytest.mark.parametrize("text", ["\ufeff", "\u3000\u3000\r\n\t"])
def test_admin_import_rejects_a_blank_text(editor_client, text):
    response = editor_client.post(URL, {"text": text})
    assert response.status_code == 200
    assert "请粘贴文章全文" in response.content.decode()
    assert Release.objects.count() == 0


def test_admin_import_rejects_a_blank_file(editor_client):
    upload = SimpleUploadedFile("blank.txt", b"\xef\xbb\xbf  \n\n  ", content_type="text/plain")
    response = editor_client.post(URL, {"file": upload})
    assert response.status_code == 200
    assert "请粘贴文章全文" in response.content.decode()
    assert Release.objects.count() == 0


def test_admin_import_rejects_a_text_over_two_megabytes(editor_client):
    response = editor_client.post(URL, {"text": "威海" * 360_000})  # 2.16 MB
    assert response.status_code == 200
    assert "文本太长" in response.content.decode()
    assert Release.objects.count() == 0


def test_admin_import_rejects_a_file_over_two_megabytes(editor_client):
    upload = SimpleUploadedFile("big.txt", ("威海" * 360_000).encode(), content_type="text/plain")
    response = editor_client.post(URL, {"file": upload})
    assert response.status_code == 200
    assert "文本太长" in response.content.decode()
    assert Release.objects.count() == 0


def test_admin_import_of_a_megabyte_answers_well_within_the_worker_timeout(editor_client):
    from bench.import_sizes import article

    started = time.process_time()
    response = editor_client.post(URL, {"text": article("问/答", 1_000_000)})
    assert response.status_code == 200
    # gunicorn kills a worker after 30 s; parse, review and write take a few seconds each.
    assert time.process_time() - started < 20
    assert not Release.objects.exists()
    started = time.process_time()
    response = editor_client.post(URL, review_data(response))
    assert response.status_code == 302
    assert time.process_time() - started < 20
    assert Release.objects.get().segments.count() > 3000


def test_admin_import_page_accepts_several_files(editor_client):
    response = editor_client.get(URL)
    assert 'name="file" multiple' in response.content.decode()


def test_admin_import_several_files_shows_the_summary(editor_client):
    wire = (CORPUS / "100_xinhua_wire.txt").read_bytes()
    uploads = [
        SimpleUploadedFile("seed.txt", SEED.encode("utf-8")),
        SimpleUploadedFile("wire.txt", wire),
        SimpleUploadedFile("seed-again.txt", SEED.encode("utf-8")),
        SimpleUploadedFile("gbk.txt", "威海新闻网讯".encode("gbk")),
    ]
    response = editor_client.post(URL, {"file": uploads})
    assert response.status_code == 200
    seed = Release.objects.get(title="精致城市论坛6月12日举办")
    wire_release = Release.objects.exclude(pk=seed.pk).get()
    rows = [(o.name, o.label, o.release_id) for o in response.context["outcomes"]]
    assert rows == [
        ("seed.txt", "已创建", seed.pk),
        ("wire.txt", "已创建", wire_release.pk),
        ("seed-again.txt", "重复", seed.pk),
        ("gbk.txt", "失败", None),
    ]
    page = response.content.decode()
    assert "导入结果:已创建 2,重复 1,失败 1" in page
    assert f'<a href="/admin/releases/release/{seed.pk}/change/">#{seed.pk}</a>' in page
    assert "不是 UTF-8 编码的文本" in page


def test_admin_import_rejects_more_files_than_the_limit(editor_client):
    from releases.importing.admin import MAX_FILES

    uploads = [SimpleUploadedFile(f"{n}.txt", b"x") for n in range(MAX_FILES + 1)]
    response = editor_client.post(URL, {"file": uploads})
    assert response.status_code == 200
    assert f"一次最多上传 {MAX_FILES} 个文件" in response.content.decode()
    assert Release.objects.count() == 0
