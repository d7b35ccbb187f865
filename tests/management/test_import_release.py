"""python manage.py import_release FILE [FILE ...] [-] [--dry-run] [--json]."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from releases.models import Release
from tests.importing import CORPUS

pytestmark = pytest.mark.django_db

SEED = CORPUS / "000_4afd75f9a84009b0.txt"
WIRE = CORPUS / "100_xinhua_wire.txt"


def run(*args, stdin=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    call_command("import_release", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_release_creates_one_draft_per_file():
    out, _ = run(str(SEED), str(WIRE))
    assert Release.objects.count() == 2
    assert Release.objects.filter(status=Release.Status.DRAFT).count() == 2
    assert "已创建草稿" in out
    assert "「精致城市论坛6月12日举办」:4 位发言人,3 个问答,24 个关键数据,3 条署名" in out


def test_import_release_reads_standard_input(monkeypatch):
    out, _ = run("-", stdin=SEED.read_bytes(), monkeypatch=monkeypatch)
    assert Release.objects.get().title == "精致城市论坛6月12日举办"
    assert out.startswith("-: 已创建草稿")


def test_import_release_same_text_twice_points_at_the_existing_release():
    run(str(SEED))
    first = Release.objects.get()
    out, _ = run(str(SEED))
    assert Release.objects.count() == 1
    assert f"与已有稿件 #{first.pk}" in out
    assert f"/admin/releases/release/{first.pk}/change/" in out


def test_import_release_dry_run_writes_nothing():
    out, _ = run("--dry-run", str(SEED))
    assert Release.objects.count() == 0
    assert "试运行" in out


def test_import_release_json_prints_one_object_per_line_and_writes_nothing():
    out, _ = run("--json", str(SEED), str(WIRE))
    lines = out.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["title"] == "精致城市论坛6月12日举办"
    assert first["published"] == "2023-05-31"
    assert first["editor"] == "徐栋波"
    assert [s["name"] for s in first["speakers"]][:2] == ["张振山", "都昌林"]
    assert first["segments"][0]["answerers"] == ["都昌林"]
    assert {"text", "value", "unit", "label", "segment"} <= set(first["figures"][0])
    assert first["credits"][0] == {"role": "文", "name": "董倩萍"}
    assert Release.objects.count() == 0


def test_import_release_bad_files_fail_but_the_others_are_imported(tmp_path):
    latin1 = tmp_path / "gbk.txt"
    latin1.write_bytes("威海新闻网讯".encode("gbk"))
    missing = tmp_path / "missing.txt"
    err = io.StringIO()
    with pytest.raises(CommandError, match="2 个文件未能导入"):
        call_command(
            "import_release", str(latin1), str(SEED), str(missing), stdout=io.StringIO(), stderr=err
        )
    assert Release.objects.count() == 1
    assert "不是 UTF-8 编码的文本" in err.getvalue()
    assert "无法读取" in err.getvalue()


def test_import_release_exit_status_is_non_zero_for_an_unreadable_file(tmp_path):
    from django.core.management import execute_from_command_line

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd")
    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "import_release", str(bad)])
    assert exit_info.value.code != 0


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", "\ufeff\u3000\r\n".encode()])
def test_import_release_blank_file_is_refused_with_a_message(tmp_path, content):
    blank = tmp_path / "blank.txt"
    blank.write_bytes(content)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 个文件未能导入"):
        call_command("import_release", str(blank), str(SEED), stdout=io.StringIO(), stderr=err)
    assert "blank.txt: 文本为空" in err.getvalue()
    assert Release.objects.count() == 1  # the other file is still imported


def test_import_release_blank_standard_input_exits_non_zero(monkeypatch, capsys):
    from django.core.management import execute_from_command_line

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\n   \n")))
    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "import_release", "-"])
    assert exit_info.value.code != 0
    assert "-: 文本为空" in capsys.readouterr().err
    # No query after this: the command closed the database connection on its way out.
