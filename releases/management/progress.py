"""A one-line progress bar for management commands; plain Python."""

import time


class Progress:
    def __init__(self, stream, label, width=30):
        self.stream, self.label, self.width = stream, label, width
        self.started = time.monotonic()

    def __call__(self, done, total):
        filled = int(self.width * done / total) if total else self.width
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(
            f"\r{self.label} [{bar}] {done}/{total} ({rate:,.0f}/s, {elapsed:,.0f} s)", ending=""
        )
        if done >= total:
            self.stream.write("")
        self.stream.flush()
