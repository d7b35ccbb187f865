"""python manage.py import_release FILE|FOLDER|- [...] [--dry-run] [--json]."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from releases.models import Release, Speaker
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
    assert "已创建" in out
    assert "「精致城市论坛6月12日举办」:4 位发言人,3 个问答,24 个关键数据,3 条署名" in out


def test_import_release_reads_standard_input(monkeypatch):
    out, _ = run("-", stdin=SEED.read_bytes(), monkeypatch=monkeypatch)
    assert Release.objects.get().title == "精致城市论坛6月12日举办"
    assert out.splitlines()[1].split()[:2] == ["-", "已创建"]


def test_import_release_same_text_twice_points_at_the_existing_release():
    run(str(SEED))
    first = Release.objects.get()
    out, _ = run(str(SEED))
    assert Release.objects.count() == 1
    assert f"#{first.pk}" in out
    assert "重复" in out
    assert "与已有稿件「精致城市论坛6月12日举办」内容相同" in out
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
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="2 个文件未能导入"):
        call_command("import_release", str(latin1), str(SEED), str(missing), stdout=out, stderr=err)
    assert Release.objects.count() == 1
    assert "不是 UTF-8 编码的文本" in out.getvalue()
    assert "无法读取" in out.getvalue()
    assert f"{missing}: 无法读取" in err.getvalue()


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


def _summary_rows(out):
    """{file: (result, release id or None)} from the summary table."""
    rows = {}
    for line in out.splitlines()[1:]:
        cells = line.split()
        if line.startswith("共 ") or len(cells) < 2 or "需要核对" in cells[0]:
            continue
        release = int(cells[2][1:]) if len(cells) > 2 and cells[2].startswith("#") else None
        rows[cells[0]] = (cells[1], release)
    return rows


def test_import_release_folder_summary_lists_created_duplicate_and_failed(tmp_path):
    (tmp_path / "a_seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b_wire.txt").write_bytes(WIRE.read_bytes())
    (tmp_path / "c_seed_again.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "d_gbk.txt").write_bytes("威海新闻网讯".encode("gbk"))
    (tmp_path / "notes.md").write_text("not an article")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match=r"1 个文件未能导入\(共 4 个\)"):
        call_command("import_release", str(tmp_path), stdout=out, stderr=err)

    seed = Release.objects.get(title="精致城市论坛6月12日举办")
    wire = Release.objects.exclude(pk=seed.pk).get()
    rows = _summary_rows(out.getvalue())
    assert rows == {
        str(tmp_path / "a_seed.txt"): ("已创建", seed.pk),
        str(tmp_path / "b_wire.txt"): ("已创建", wire.pk),
        str(tmp_path / "c_seed_again.txt"): ("重复", seed.pk),
        str(tmp_path / "d_gbk.txt"): ("失败", None),
    }
    assert f"/admin/releases/release/{seed.pk}/change/" in out.getvalue()
    assert "不是 UTF-8 编码的文本" in out.getvalue()
    assert "共 4 个:已创建 2,重复 1,失败 1" in out.getvalue()
    assert "Importing [" in err.getvalue()  # the progress bar, on standard error


def test_import_release_folder_of_good_files_raises_no_error(tmp_path):
    # A CommandError is what gives a non-zero exit status (execute_from_command_line would
    # close the test's database connection once the command succeeds).
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "wire.txt").write_bytes(WIRE.read_bytes())
    out, _ = run(str(tmp_path))
    assert Release.objects.count() == 2
    assert "共 2 个:已创建 2" in out


def test_import_release_folder_indexes_each_release_and_moves_the_version_on(tmp_path):
    from releases.caching import freshness
    from releases.search import index

    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "wire.txt").write_bytes(WIRE.read_bytes())
    before = freshness.current()
    run(str(tmp_path))
    assert index.count() == 2
    assert freshness.current().tag != before.tag


def test_import_release_stream_splits_texts_on_the_marker_line(monkeypatch):
    stream = SEED.read_bytes() + b"\n%%%\n" + WIRE.read_bytes() + b"\n %%% \r\n\n"
    out, _ = run("-", stdin=stream, monkeypatch=monkeypatch)
    rows = _summary_rows(out)
    assert [(name, result) for name, (result, _) in rows.items()] == [
        ("-#1", "已创建"),
        ("-#2", "已创建"),
    ]
    assert Release.objects.get(pk=rows["-#1"][1]).title == "精致城市论坛6月12日举办"
    assert Release.objects.count() == 2


def test_import_release_stream_bad_text_fails_alone(monkeypatch):
    stream = b"\xff\xfe broken\n%%%\n" + SEED.read_bytes()
    with pytest.raises(CommandError, match=r"1 个文件未能导入\(共 2 个\)"):
        run("-", stdin=stream, monkeypatch=monkeypatch)
    assert Release.objects.get().title == "精致城市论坛6月12日举办"


def test_import_release_a_text_that_breaks_the_writer_rolls_back_alone(monkeypatch):
    from releases.importing import writer

    real = writer._create_figures

    def broken(release, parsed, segments, notes):
        if release.title.startswith("精致城市"):
            raise RuntimeError("disk full")
        return real(release, parsed, segments, notes)

    monkeypatch.setattr(writer, "_create_figures", broken)
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 个文件未能导入"):
        call_command("import_release", str(SEED), str(WIRE), stdout=out, stderr=io.StringIO())
    assert "RuntimeError: disk full" in out.getvalue()
    # The broken text left nothing behind (no release, no speaker of its own); the other is in.
    assert not Release.objects.filter(title__startswith="精致城市").exists()
    assert Release.objects.count() == 1
    assert not Speaker.objects.filter(name="李瑞玲").exists()


def test_import_release_empty_folder_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="没有可导入的文本"):
        call_command("import_release", str(tmp_path), stdout=io.StringIO())
