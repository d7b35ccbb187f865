"""The shared caches: the archive's version, whole pages, fragments of pages, the Redis backend."""
