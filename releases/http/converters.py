class _Number:
    """A whole number in a URL, written with at least ``width`` digits."""

    width = 1

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):0{self.width}d}"


class IdConverter(_Number):
    """A database id: at most 18 digits, so a 30-digit id is a 404, not an overflow."""

    regex = "[0-9]{1,18}"


class YearConverter(_Number):
    regex = "[0-9]{4}"
    width = 4


class MonthConverter(_Number):
    """A month as two digits, 01 to 12."""

    regex = "0[1-9]|1[0-2]"
    width = 2
