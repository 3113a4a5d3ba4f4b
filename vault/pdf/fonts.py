"""A Japanese font from this machine, measured for layout and subset for embedding.

Nothing is bundled: every desktop the app targets ships a CJK font, and a 16 MB font
in the installer would dwarf the app. The chosen face is parsed once per process;
each PDF embeds only the glyphs it uses, as TrueType outlines (CIDFontType2 is the
embedding every PDF reader handles, while CFF-in-OpenType is not).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import io
import os
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

from vault.errors import FontNotFound

ENV_VAR = "CLIENTVAULT_PDF_FONT"
PROBE = "あ漢字"  # kana and kanji: a Chinese- or Latin-only font would lack one of them
_FC_MATCH_TIMEOUT = 5.0
# OS/2 fsType bits that forbid what a PDF does: restricted licence, no subsetting, bitmaps only.
_NOT_EMBEDDABLE = 0x0002 | 0x0100 | 0x0200

_WINDOWS_FONTS = Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "Fonts"
_KNOWN_FONTS: tuple[Path, ...] = (
    # Linux: Debian/Ubuntu, Arch, Fedora spell the Noto CJK folder differently.
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
    Path("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"),
    Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
    Path("/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf"),
    Path("/usr/share/fonts/truetype/vlgothic/VL-PGothic-Regular.ttf"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"),
    # Windows
    _WINDOWS_FONTS / "YuGothR.ttc",
    _WINDOWS_FONTS / "meiryo.ttc",
    _WINDOWS_FONTS / "msgothic.ttc",
    # macOS
    Path("/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc"),
    Path("/System/Library/Fonts/Hiragino Sans W3.ttc"),
    Path("/System/Library/Fonts/AppleSDGothicNeo.ttc"),
)

# What a PDF reader needs from an embedded font (hinting aside). Dropping the rest before
# subsetting also spares parsing the large cmap and layout tables, most of the time taken.
_KEEP_TABLES = frozenset(
    {"GlyphOrder", "head", "hhea", "maxp", "OS/2", "name", "post", "hmtx", "glyf", "loca", "CFF "}
)


@dataclass(frozen=True)
class SourceFont:
    """One face of an installed font: metrics for layout, bytes for subsetting."""

    path: Path
    index: int
    ps_name: str
    units_per_em: int
    cmap: Mapping[int, str] = field(repr=False)
    advances: Mapping[str, int] = field(repr=False)  # glyph name -> width in 1/1000 em
    ascent: int  # this and the rest in 1/1000 em, as a PDF font descriptor wants them
    descent: int
    cap_height: int
    bbox: tuple[int, int, int, int]
    italic_angle: float
    embeddable: bool  # the licence (OS/2 fsType) allows embedding a subset
    data: bytes = field(repr=False)
    # fontTools objects are not thread-safe; a font is subset by one render at a time.
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def covers(self, text: str) -> bool:
        return all(ord(ch) in self.cmap for ch in text)

    def advance(self, ch: str) -> int:
        """Width of one character in 1/1000 em, exactly as the PDF's /W array states it."""
        name = self.cmap.get(ord(ch))
        if name is None:
            return 0 if _invisible(ch) else self.advances[".notdef"]
        return self.advances[name]

    def width(self, text: str, size: float) -> float:
        """Width of `text` in points at `size`."""
        return sum(self.advance(ch) for ch in text) * size / 1000

    def subset(self, chars: Iterable[str]) -> EmbeddedFont:
        """A TrueType font with one glyph per distinct character, so the ToUnicode map
        is one-to-one even for characters sharing a glyph or missing from the font."""
        wanted = sorted(set(chars))
        with self._lock:
            font = TTFont(io.BytesIO(self.data), fontNumber=self.index, recalcTimestamp=False)
            for tag in set(font.keys()) - _KEEP_TABLES:
                del font[tag]
            present = {self.cmap[ord(ch)] for ch in wanted if ord(ch) in self.cmap}
            # CFF hints disappear in the TrueType conversion; stripping them first costs 0.1 s.
            options = Options(
                notdef_outline=True,
                hinting="CFF " in font,
                prune_unicode_ranges=False,  # these two would read the dropped cmap
                prune_codepage_ranges=False,
            )
            subsetter = Subsetter(options)
            subsetter.populate(glyphs=sorted(present))
            subsetter.subset(font)
            if "CFF " in font:
                _cff_to_truetype(font, max_err=self.units_per_em / 1000)
            glyph_ids = _one_glyph_per_char(font, wanted, self.cmap)
            out = io.BytesIO()
            font.save(out)
        tag = "".join(
            chr(ord("A") + b % 26)
            for b in hashlib.sha256("".join(wanted).encode("utf-8", "surrogatepass")).digest()[:6]
        )
        hmtx = font["hmtx"]
        widths = [round(hmtx[name][0] * 1000 / self.units_per_em) for name in font.getGlyphOrder()]
        return EmbeddedFont(f"{tag}+{self.ps_name}", out.getvalue(), glyph_ids, widths, self)


@dataclass(frozen=True)
class EmbeddedFont:
    """The subset that goes into one PDF."""

    name: str  # PostScript name with the subset tag, e.g. "QWERTY+NotoSansCJKjp-Regular"
    data: bytes = field(repr=False)  # a TrueType (glyf) font program
    glyph_ids: Mapping[str, int]  # character -> glyph id in `data`
    widths: Sequence[int]  # glyph id -> advance in 1/1000 em
    source: SourceFont


def _invisible(ch: str) -> bool:
    """Format characters and variation selectors: drawn as nothing when the font lacks them."""
    cp = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _cff_to_truetype(font: TTFont, max_err: float) -> None:
    """Replace CFF cubic outlines with TrueType quadratic ones (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))
    font["maxp"] = maxp = newTable("maxp")  # point and contour counts are filled in on save
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    font.sfntVersion = "\0\1\0\0"


def _one_glyph_per_char(font: TTFont, wanted: list[str], cmap: Mapping[int, str]) -> dict[str, int]:
    """Glyph ids for `wanted`, appending copies where a glyph is taken or missing.

    .notdef itself is never used: a reader's ToUnicode lookup may skip glyph 0.
    """
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    order = list(font.getGlyphOrder())
    position = {name: gid for gid, name in enumerate(order)}
    taken = {".notdef"}
    ids: dict[str, int] = {}
    for ch in wanted:
        name = cmap.get(ord(ch))
        if name is not None and name not in taken:
            taken.add(name)
            ids[ch] = position[name]
            continue
        copy_name = f"{name or '.notdef'}.cvdup{len(order)}"
        if name is None and _invisible(ch):
            glyf.glyphs[copy_name] = TTGlyphPen(None).glyph()
            hmtx[copy_name] = (0, 0)
        else:
            source = name or ".notdef"
            glyf.glyphs[copy_name] = copy.deepcopy(glyf[source])
            hmtx[copy_name] = hmtx[source]
        ids[ch] = len(order)
        order.append(copy_name)
    font.setGlyphOrder(order)
    glyf.setGlyphOrder(order)
    font["post"].formatType = 3.0  # no glyph names: the PDF addresses glyphs by id
    return ids


def find_font() -> SourceFont:
    """The font PDFs are written with: CLIENTVAULT_PDF_FONT if set, else the system's choice.

    An explicit setting is not second-guessed: if it is unusable, nothing else is tried.
    """
    for path, index in _candidates():
        try:
            font = _load(path, index)
        except Exception:  # noqa: S112 - a damaged or exotic font file is skipped, not fatal
            continue
        if font.embeddable and font.covers(PROBE):
            return font
    raise FontNotFound(
        "No font with Japanese characters was found; install one "
        "(for example Noto Sans CJK) or set CLIENTVAULT_PDF_FONT."
    )


def _candidates() -> Iterator[tuple[Path, int | None]]:
    """(path, face index or None to pick one) in order of preference."""
    setting = os.environ.get(ENV_VAR, "")
    if setting:
        name, _sep, index = setting.rpartition("#")
        if index.isdigit():  # "path#index" picks a face of a collection
            yield Path(name), int(index)
        else:
            yield Path(setting), None
        return
    yield from _fontconfig()
    for path in _KNOWN_FONTS:
        yield path, None


def _fontconfig() -> Iterator[tuple[Path, int | None]]:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return
    try:
        result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [fc_match, "-f", "%{file}\n%{index}", ":lang=ja"],
            capture_output=True,
            text=True,
            timeout=_FC_MATCH_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return
    path, _sep, index = result.stdout.partition("\n")
    if result.returncode == 0 and path:
        yield Path(path), int(index) if index.strip().isdigit() else None


@functools.lru_cache(maxsize=4)
def _load(path: Path, index: int | None) -> SourceFont:
    """Parse a face once per process; every PDF after the first reuses it."""
    data = path.read_bytes()
    if index is None:
        index = _pick_face(data)
    font = TTFont(io.BytesIO(data), fontNumber=index, lazy=True)
    if "glyf" not in font and "CFF " not in font:
        raise ValueError("no outlines this module can embed")  # e.g. CFF2 or bitmap-only
    upm: int = font["head"].unitsPerEm

    def em(value: float) -> int:
        return round(value * 1000 / upm)

    head = font["head"]
    os2 = font["OS/2"]
    return SourceFont(
        path=path,
        index=index,
        ps_name=font["name"].getDebugName(6) or path.stem.replace(" ", ""),
        units_per_em=upm,
        cmap=dict(font.getBestCmap()),
        advances={name: em(width) for name, (width, _lsb) in font["hmtx"].metrics.items()},
        ascent=em(os2.sTypoAscender),
        descent=em(os2.sTypoDescender),
        cap_height=em(getattr(os2, "sCapHeight", 0) or os2.sTypoAscender),
        bbox=(em(head.xMin), em(head.yMin), em(head.xMax), em(head.yMax)),
        italic_angle=float(font["post"].italicAngle),
        embeddable=not os2.fsType & _NOT_EMBEDDABLE,
        data=data,
    )


def _pick_face(data: bytes) -> int:
    """In a collection, the face named for Japan ("Noto Sans CJK JP"), else the first."""
    if not data.startswith(b"ttcf"):
        return 0
    faces = TTCollection(io.BytesIO(data), lazy=True).fonts
    for index, face in enumerate(faces):
        family = face["name"].getDebugName(16) or face["name"].getDebugName(1) or ""
        if "JP" in family.split() and "Mono" not in family.split():
            return index
    return 0
