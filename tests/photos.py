"""Image files for the photo tests, made with Pillow (or by hand) in memory."""

import io
import struct
import zlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from releases.models import Photo


def jpeg(size=(2400, 1600), orientation=None, **save):
    """A camera-like JPEG: a maker, a GPS block and, if asked, an EXIF orientation."""
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x8825] = {1: "N", 2: (37.0, 30.0, 0.0)}  # GPS position
    if orientation:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 140, 160)).save(buffer, "JPEG", exif=exif, **save)
    return buffer.getvalue()


def png(size=(40, 30), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def png_header(width, height):
    """Only the header of a PNG: says width×height pixels, costs 45 bytes to make."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def legacy_photo(release, name, data, **fields):
    """A photo stored before renditions and recorded formats existed."""
    stored = default_storage.save(name, ContentFile(data))
    Photo.objects.bulk_create([Photo(release=release, image=stored, alt_text="旧图", **fields)])
    return Photo.objects.get(image=stored)
