import json
import sys
from pathlib import Path

from django.core.management import BaseCommand, CommandError
from django.urls import reverse

from releases.importing.writer import import_text, is_blank


class Command(BaseCommand):
    help = (
        "Create a draft release from the text of each FILE (- reads standard input), "
        "reusing speakers and organisations by name. The same text is never imported twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="a UTF-8 text file, or -")
        parser.add_argument(
            "--dry-run", action="store_true", help="parse and report, but write nothing"
        )
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help="print each file's parsed structure as one JSON object per line; write nothing",
        )

    def handle(self, *args, files, dry_run, as_json, **options):
        failed = 0
        for name in files:
            text = self.read(name)
            if text is None:
                failed += 1
                continue
            result = import_text(text, dry_run=dry_run or as_json)
            if as_json:
                data = result.parsed.to_dict()
                data["file"] = name
                data["fingerprint"] = result.fingerprint
                self.stdout.write(_dumps(data))
            else:
                self.report(name, result, dry_run)
        if failed:
            raise CommandError(f"{failed} 个文件未能导入(共 {len(files)} 个),其余已处理。")

    def read(self, name: str) -> str | None:
        """The file's text, or None after saying why it cannot be imported."""
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as error:
            self.stderr.write(f"{name}: 无法读取({error.strerror or error})")
            return None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            self.stderr.write(
                f"{name}: 不是 UTF-8 编码的文本(第 {error.start + 1} 个字节无法解码),"
                "请另存为 UTF-8 后再导入"
            )
            return None
        if is_blank(text):
            self.stderr.write(f"{name}: 文本为空,没有可导入的内容")
            return None
        return text

    def report(self, name: str, result, dry_run: bool) -> None:
        if result.duplicate_of:
            existing = result.duplicate_of
            url = reverse("admin:releases_release_change", args=[existing.pk])
            self.stdout.write(
                f"{name}: 与已有稿件 #{existing.pk}「{existing.title}」内容相同,未重复导入({url})"
            )
            return
        if dry_run:
            self.stdout.write(f"{name}: 试运行,未写入。将创建草稿{result.summary()}")
        else:
            url = reverse("admin:releases_release_change", args=[result.release.pk])
            self.stdout.write(
                self.style.SUCCESS(f"{name}: 已创建草稿 #{result.release.pk}{result.summary()}")
                + f"({url})"
            )
        for note in result.notes:
            self.stdout.write(f"  需要核对:{note}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
