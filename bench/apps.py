from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Synthetic archives for benchmarks and load tests: `generate_releases` and `bench`."""

    name = "bench"
