"""Django's file cache, fit to hold whole pages: the embedded default's shared cache.

Django's FileBasedCache compresses every value with zlib and lists the whole folder on
every write to see whether it is full. For pages, both cost more than the rest of a cache
hit or a render: decompressing a 100 KB page takes longer than reading it, and the listing
grows with the number of pages kept. Here a value is a plain pickle, read with one read,
and each process counts the folder once every CULL_EVERY writes (so the folder may hold
up to CULL_EVERY files more than MAX_ENTRIES per process).
"""

import pickle
import random

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks

CULL_EVERY = 100


class FileCache(FileBasedCache):
    # Not Django's suffix: files written by FileBasedCache (compressed) are never read.
    cache_suffix = ".pickle"

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._writes = 0

    def get(self, key, default=None, version=None):
        try:
            with open(self._key_to_file(key, version), "rb") as f:
                if not self._is_expired(f):
                    return pickle.loads(f.read())
        except FileNotFoundError:
            pass
        return default

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            with open(self._key_to_file(key, version), "r+b") as f:
                locks.lock(f, locks.LOCK_EX)
                try:
                    if self._is_expired(f):
                        return False
                    value = pickle.loads(f.read())
                    f.seek(0)
                    self._write_content(f, timeout, value)
                    f.truncate()
                    return True
                finally:
                    locks.unlock(f)
        except FileNotFoundError:
            return False

    def _cull(self):
        self._writes += 1
        if self._writes % CULL_EVERY != 1:
            return
        files = self._list_cache_files()
        if len(files) < self._max_entries:
            return
        if self._cull_frequency == 0:
            return self.clear()
        # Down to MAX_ENTRIES less a share, so that the writes until the next count
        # keep the folder near MAX_ENTRIES.
        count = len(files) - self._max_entries + self._max_entries // self._cull_frequency
        for name in random.sample(files, min(count, len(files))):
            self._delete(name)
