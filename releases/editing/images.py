"""Photos as the site keeps them: what an upload really is, and the smaller copies sent
to readers. Plain Python and Pillow, no Django.

``inspect`` reads only the header, so a refused upload costs little; ``verify`` decodes
it (a truncated file fails here, not when the page is built); ``renditions`` makes the
widths a page offers in ``srcset``: EXIF orientation applied, colours converted to sRGB,
and no metadata (camera, GPS position, time) carried over.
"""

import hashlib
import io
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# What browsers show, by Pillow's name for the format. Anything else Pillow reads (TIFF,
# BMP, PSD, ICO…) is refused. MPO is the JPEG that some cameras write.
CONTENT_TYPES = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif"}
# EXIF orientations that turn the picture a quarter: width and height swap.
_QUARTER_TURNS = {5, 6, 7, 8}
_ORIENTATION = 0x0112


class Rejected(ValueError):
    """Not a photo the site can keep; the message says why, for the editor."""


@dataclass(frozen=True)
class Info:
    content_type: str
    width: int  # as shown, EXIF orientation applied
    height: int

    @property
    def extension(self):
        return EXTENSIONS[self.content_type]


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    content_type: str
    data: bytes

    @property
    def name(self):
        """A name made from the content: the same name is always the same file."""
        digest = hashlib.sha256(self.data).hexdigest()[:16]
        return f"{digest}-{self.width}.{EXTENSIONS[self.content_type]}"


def digest(file):
    """The first 16 hex digits of the sha256 of a file's content."""
    file.seek(0)
    sha = hashlib.sha256()
    for chunk in iter(lambda: file.read(1 << 20), b""):
        sha.update(chunk)
    file.seek(0)
    return sha.hexdigest()[:16]


def _open(file):
    """Image.open on the file (not closed after: Image.close() would close the file too)."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns above Image.MAX_IMAGE_PIXELS and refuses above twice that; the
            # caller's own limit (max_pixels) is checked from the header below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(file)
    except Image.DecompressionBombError as error:
        raise Rejected("图片像素过多,可能是“解压炸弹”。") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise Rejected("不是图片,或图片已损坏。请上传 JPEG、PNG、WebP 或 GIF 图片。") from error


def inspect(file, max_pixels=None):
    """The real format and the size as shown, from the header alone."""
    image = _open(file)
    try:
        content_type = CONTENT_TYPES.get(image.format)
        if content_type is None:
            raise Rejected(f"不支持 {image.format} 格式。请上传 JPEG、PNG、WebP 或 GIF 图片。")
        width, height = image.size
        if max_pixels and width * height > max_pixels:
            raise Rejected(
                f"图片像素过多({width}×{height},约 {width * height / 10000:.0f} 万像素),"
                f"上限 {max_pixels / 10000:.0f} 万像素。请缩小后再上传。"
            )
        if _quarter_turned(image):
            width, height = height, width
        return Info(content_type, width, height)
    finally:
        file.seek(0)


def _quarter_turned(image):
    """Whether the EXIF orientation turns the picture a quarter: width and height swap."""
    try:
        return image.getexif().get(_ORIENTATION) in _QUARTER_TURNS
    except Exception:  # a broken EXIF block is no reason to refuse the photo
        return False


@contextmanager
def _decoding(file):
    """Around decoding the pixels: a failure is refused for the editor, and the file rewound."""
    try:
        yield
    except Rejected:
        raise
    except Exception as error:
        raise Rejected("图片已损坏或不完整,无法读取。") from error
    finally:
        file.seek(0)


def verify(file):
    """Decode the whole picture once: a truncated or corrupt file is refused here."""
    image = _open(file)
    with _decoding(file):
        if image.format in ("JPEG", "MPO"):
            image.draft("RGB", (image.width // 8 or 1, image.height // 8 or 1))
        image.load()


def _to_srgb(image):
    """Colours from the photo's own profile (Adobe RGB, Display P3, CMYK…) to sRGB, which
    every screen assumes once the profile is dropped with the other metadata."""
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        output = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=output
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: keep the colours as they are


def _flatten(image):
    """RGB, with transparency over white (JPEG has no alpha)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        return background
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda value: value / 256).convert("L")
    return image.convert("RGB")


def renditions(file, widths, content_type="image/jpeg", quality=82):
    """The picture at each width smaller than its own, and at its own width (capped at the
    largest), widest first. Each is encoded in ``content_type`` without metadata."""
    pillow_format = {"image/jpeg": "JPEG", "image/webp": "WEBP"}[content_type]
    image = _open(file)
    with _decoding(file):
        image.seek(0)  # the first frame of an animation
        raw_width, raw_height = image.size
        shown_width = raw_height if _quarter_turned(image) else raw_width
        largest = min(max(widths), shown_width)
        if image.format in ("JPEG", "MPO"):
            # Decode a large JPEG at 1/2, 1/4 or 1/8 scale when that still covers the
            # largest width: several times faster than decoding every pixel.
            scale = largest / shown_width
            image.draft("RGB", (int(raw_width * scale) + 1, int(raw_height * scale) + 1))
        image = _flatten(_to_srgb(ImageOps.exif_transpose(image)))
    targets = sorted({w for w in widths if w < image.width} | {largest}, reverse=True)
    made = []
    for width in targets:
        height = max(1, round(image.height * width / image.width))
        if width != image.width:
            # Each smaller width from the one before: fewer pixels to read every time.
            image = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        image.info = {}  # no EXIF, XMP or profile is written
        buffer = io.BytesIO()
        options = {"quality": quality, "optimize": True}
        if pillow_format == "JPEG":
            options["progressive"] = True
        image.save(buffer, pillow_format, **options)
        made.append(Rendition(width, height, content_type, buffer.getvalue()))
    return made
