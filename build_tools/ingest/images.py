"""Scanned or photographed pages: bytes -> page images, and the small copy shown on the site.

Pillow reads PNG, JPEG and TIFF (every frame of a multi-page TIFF is a page),
turns the picture upright as its EXIF orientation says, and refuses an image
too large to be a page (data/page_input.yaml `max_image_pixels`) before
decoding its pixels, so a decompression bomb costs nothing.
"""
from __future__ import annotations

import io
import warnings

from ..errors import SeedError, one_line
from .page_layout import settings


def load_pages(data: bytes, name: str, what: str) -> list:
    """The pages of an image file as RGB PIL images (SeedError when unreadable or too large)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    limit = settings()["max_image_pixels"]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's own bomb warning: we check the size ourselves
            Image.MAX_IMAGE_PIXELS = None
            img = Image.open(io.BytesIO(data))
            pages = []
            for k in range(getattr(img, "n_frames", 1)):
                img.seek(k)
                w, h = img.size
                if w * h > limit:
                    raise SeedError(name, f"the image is {w}×{h} pixels ({w * h / 1e6:.0f} megapixels); "
                                          f"at most {limit / 1e6:.0f} are read: scan the page at a lower resolution")
                if w < 8 or h < 8:
                    raise SeedError(name, f"the image is only {w}×{h} pixels: too small to be a page")
                frame = ImageOps.exif_transpose(img.copy()) if k == 0 else img.copy()
                pages.append(_rgb(frame))
            return pages
    except SeedError:
        raise
    except UnidentifiedImageError:
        raise SeedError(name, f"not a readable {what} image (damaged, or not an image after its first bytes)") from None
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise SeedError(name, f"not a readable {what} image ({one_line(exc)})") from None


def _rgb(img):
    """Any mode (palette, 16-bit grey, CMYK, 1-bit, with alpha) -> RGB on white."""
    from PIL import Image

    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        bg = Image.new("RGB", img.size, (255, 255, 255))
        bg.paste(img, mask=img.getchannel("A"))
        return bg
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v / 256).convert("L")
    return img.convert("RGB")


def reduced(img, max_side: int):
    """A copy no larger than max_side on its long side (the same image when it fits)."""
    from PIL import Image

    w, h = img.size
    k = max_side / max(w, h)
    if k >= 1:
        return img
    return img.resize((max(1, round(w * k)), max(1, round(h * k))), Image.LANCZOS)


def page_image(img) -> tuple[bytes, int, int]:
    """The page as shown beside the text: WebP, long side at most page_image_max_side."""
    cfg = settings()
    small = reduced(img, cfg["page_image_max_side"])
    buf = io.BytesIO()
    small.save(buf, "WEBP", quality=cfg["page_image_quality"], method=4)
    return buf.getvalue(), small.size[0], small.size[1]
