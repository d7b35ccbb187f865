"""Django's file cache, fit to hold whole pages: the embedded default's shared cache.

Django's FileBasedCache compresses every value with zlib and lists the whole folder on
every write to see whether it is full. For pages, both cost more than the rest of a cache
hit or a render: decompressing a 100 KB page takes longer than reading it, and the listing
grows with the number of pages kept. Here a value is a plain pickle, read with one read,
and each process counts the folder once every CULL_EVERY writes (counting 18,000 names
takes about 10 ms; the folder may hold up to CULL_EVERY files more than MAX_ENTRIES per
process). When it is full, the files to remove are chosen at random then, as Django does,
but deleted a few at each following write rather than all in one request.

A value is written to a new file, then renamed into place, so that a reader never sees
half a page. The new file is made in a subfolder of its own: creating a file beside
18,000 pages cost 59 µs against 17 µs there, while renaming it in costs little.
"""

import os
import pickle
import random
import tempfile

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks
from django.core.files.move import file_move_safe

CULL_EVERY = 500
DELETED_PER_WRITE = 3


class FileCache(FileBasedCache):
    # Not Django's suffix: files written by FileBasedCache (compressed) are never read.
    cache_suffix = ".pickle"

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._writes = 0
        self._doomed = []  # names to delete, a few at each write
        self._new_files = os.path.join(self._dir, "new")

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

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        fname = self._key_to_file(key, version)
        self._cull()
        try:
            fd, new_path = tempfile.mkstemp(dir=self._new_files)
        except FileNotFoundError:  # the folder was deleted, or this is the first write
            self._createdir()
            os.makedirs(self._new_files, 0o700, exist_ok=True)
            fd, new_path = tempfile.mkstemp(dir=self._new_files)
        try:
            with open(fd, "wb") as f:
                self._write_content(f, timeout, value)
            file_move_safe(new_path, fname, allow_overwrite=True)
        except BaseException:
            os.remove(new_path)
            raise

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

    def _names(self):
        # Django lists the folder with glob and joins every name to it: 30-50 ms for a
        # folder of 20,000 pages. The names alone, with os.scandir, cost a few.
        try:
            with os.scandir(self._dir) as entries:
                return [e.name for e in entries if e.name.endswith(self.cache_suffix)]
        except FileNotFoundError:
            return []

    def _list_cache_files(self):
        return [os.path.join(self._dir, name) for name in self._names()]

    def _cull(self):
        # The files chosen at the last count are deleted a few at each write: deleting
        # thousands at once (Django's way) stalled one reader for most of a second.
        for _ in range(min(DELETED_PER_WRITE, len(self._doomed))):
            self._delete(os.path.join(self._dir, self._doomed.pop()))
        self._writes += 1
        if self._writes % CULL_EVERY != 1:
            return
        names = self._names()
        if len(names) < self._max_entries:
            return
        if self._cull_frequency == 0:
            return self.clear()
        # Below MAX_ENTRIES by a share of the room the writes until the next count take.
        excess = len(names) - self._max_entries + CULL_EVERY
        self._doomed = random.sample(names, min(excess, len(names)))
