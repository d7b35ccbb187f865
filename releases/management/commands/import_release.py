import json
import sys

from django.core.management import BaseCommand, CommandError

from releases.importing import bulk
from releases.management.progress import Progress


class Command(BaseCommand):
    help = (
        "Create a draft release from the text of each FILE, of every .txt file in a FOLDER "
        f"(sorted by name), or of each text on standard input (-; texts separated by a line "
        f"{bulk.MARKER}), reusing speakers and organisations by name. Each text is imported "
        "in its own transaction; the same text is never imported twice. Prints a summary "
        "table and exits non-zero if any text failed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help=f"a UTF-8 text file, a folder of .txt files, or - (texts between {bulk.MARKER})",
        )
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
        try:
            items = bulk.sources(files, sys.stdin.buffer.read)
        except OSError as error:
            raise CommandError(f"无法读取:{error}") from error
        if not items:
            raise CommandError("没有可导入的文本(文件夹里没有 .txt 文件,或标准输入为空)。")
        show_progress = options["verbosity"] and len(items) > 1
        progress = Progress(self.stderr, "Importing") if show_progress else None
        outcomes = []
        for outcome in bulk.import_many(items, dry_run=dry_run or as_json, progress=progress):
            outcomes.append(outcome)
            if as_json:
                self.print_json(outcome)
        for outcome in outcomes:
            if outcome.result == bulk.FAILED and not as_json:
                self.stderr.write(f"{outcome.name}: {outcome.reason}")
        if not as_json and options["verbosity"]:
            self.print_summary(outcomes)
        failed = bulk.totals(outcomes)[bulk.FAILED]
        if failed:
            raise CommandError(f"{failed} 个文件未能导入(共 {len(outcomes)} 个),其余已处理。")

    def print_json(self, outcome):
        if outcome.imported is None:
            self.stderr.write(f"{outcome.name}: {outcome.reason}")
            return
        data = outcome.imported.parsed.to_dict()
        data["file"] = outcome.name
        data["fingerprint"] = outcome.imported.fingerprint
        self.stdout.write(_dumps(data))

    def print_summary(self, outcomes):
        for line in bulk.summary_table(outcomes):
            self.stdout.write(line.rstrip())
        counts = bulk.totals(outcomes)
        self.stdout.write(
            f"共 {len(outcomes)} 个:"
            + ",".join(f"{bulk.LABELS[kind]} {n}" for kind, n in counts.items() if n)
        )
        for outcome in outcomes:
            for note in outcome.notes:
                self.stdout.write(f"{outcome.name}: 需要核对:{note}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
