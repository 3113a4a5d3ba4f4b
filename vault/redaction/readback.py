"""Reading a written bundle back for the leak gate: every file's text, the PDF's through
its fonts' ToUnicode maps, after checking the manifest and its signature."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from vault.errors import BadInput
from vault.keys.signing import PublicIdentity
from vault.redaction.bundle_files import (
    FILES,
    MANIFEST,
    RECORDS_CSV,
    RECORDS_JSON,
    REPORT_MD,
    REPORT_PDF,
    SIGNATURE,
)
from vault.redaction.detectors import (
    Detector,
    Kind,
)
from vault.redaction.gate import SecondOpinion, folded_key, unkept
from vault.redaction.operators import WRAPPED_TOKENS

if TYPE_CHECKING:
    pass


class Refusal(Exception):
    """The gate's verdict; `export` turns it into the user's message."""

    def __init__(
        self, file: str, kind: Kind | None = None, *, reason: str = "", count: int = 0
    ) -> None:
        super().__init__(file)
        self.file = file
        self.kind = kind
        self.reason = reason  # the second opinion's, for `count` suspect spans
        self.count = count


class Unreadable(Refusal):
    """A written file the gate could not fully read, so could not clear."""


_OTHER_TEXT_OPERATORS = frozenset({"TJ", "'", '"'})
_BFCHAR = re.compile(r"beginbfchar(.*?)endbfchar", re.DOTALL)
_CODE_PAIR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: Any) -> dict[int, str]:
    """A font's code → text map, from the bfchar entries vault/pdf writes (and only those)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        raise Unreadable(REPORT_PDF)
    text = bytes(cmap.read_bytes()).decode("latin-1")
    if "bfrange" in text:
        raise Unreadable(REPORT_PDF)
    return {
        int(code, 16): bytes.fromhex(target).decode("utf-16-be", "surrogatepass")
        for block in _BFCHAR.findall(text)
        for code, target in _CODE_PAIR.findall(block)
    }


def pdf_text(data: bytes) -> str:
    """The text a reader would extract: the title and every shown string, a line each."""
    import pikepdf  # noqa: PLC0415 - only the gate reads PDFs back

    lines: list[str] = []
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            lines.append(str(pdf.docinfo.get("/Title", "")))
            for page in pdf.pages:
                resources: Any = page.obj.get("/Resources", {})
                lines += _shown(resources, pikepdf.parse_content_stream(page))
    except pikepdf.PdfError as exc:
        raise Unreadable(REPORT_PDF) from exc
    return "\n".join(lines)


def _shown(resources: Any, instructions: Iterable[Any]) -> Iterator[str]:
    """The strings one page shows, through its fonts' ToUnicode maps."""
    if "/XObject" in resources:  # text could hide in a form: vault/pdf writes none
        raise Unreadable(REPORT_PDF)
    fonts = resources.get("/Font", {})
    maps = {str(key): _to_unicode(fonts[key]) for key in fonts}
    current: dict[int, str] | None = None
    for instruction in instructions:
        operator = str(instruction.operator)
        if operator == "Tf":
            current = maps.get(str(instruction.operands[0]))
        elif operator == "Tj":
            if current is None:
                raise Unreadable(REPORT_PDF)
            yield _glyphs(bytes(instruction.operands[0]), current)
        elif operator in _OTHER_TEXT_OPERATORS:  # vault/pdf writes only Tj
            raise Unreadable(REPORT_PDF)


def _glyphs(data: bytes, cmap: Mapping[int, str]) -> str:
    """Two-byte glyph codes (Identity-H) as text; an unmapped one cannot be checked."""
    if len(data) % 2:
        raise Unreadable(REPORT_PDF)
    try:
        return "".join(cmap[int.from_bytes(data[i : i + 2], "big")] for i in range(0, len(data), 2))
    except KeyError as exc:
        raise Unreadable(REPORT_PDF) from exc


def _json_strings(value: Any) -> Iterator[str]:
    """Keys and strings of a JSON document, decoded: escapes cannot hide a value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _texts(
    files: Mapping[str, bytes], identity: PublicIdentity, export_id: str
) -> Iterator[tuple[str, str]]:
    """(file, text to scan) for every file, after checking the manifest and its signature.

    The manifest's hashes and key and the signature's base64 are checked, not scanned:
    random hex and base64 would spell short words by chance.
    """
    if set(files) != set(FILES):
        raise Unreadable(MANIFEST)
    try:
        manifest = json.loads(files[MANIFEST])
        identity.verify(files[MANIFEST], files[SIGNATURE].decode())
        hashes = manifest.pop("files")
        valid = (
            manifest.pop("signing_key") == identity.minisign_key
            and manifest.pop("export_id") == export_id
            and hashes == {n: hashlib.sha256(files[n]).hexdigest() for n in FILES[:4]}
        )
    except (ValueError, KeyError, TypeError, AttributeError, BadInput) as exc:
        raise Unreadable(MANIFEST) from exc
    if not valid:
        raise Unreadable(MANIFEST)
    yield MANIFEST, json.dumps(manifest, ensure_ascii=False) + "\n" + "\n".join(hashes)
    comments = files[SIGNATURE].decode().splitlines()[0::2]  # the two comment lines
    yield SIGNATURE, "\n".join(comments).replace(export_id, "")
    yield REPORT_PDF, pdf_text(files[REPORT_PDF])
    for name in (REPORT_MD, RECORDS_CSV, RECORDS_JSON):
        try:
            text = files[name].decode("utf-8-sig")
            yield name, text
            if name == RECORDS_JSON:
                yield name, "\n".join(_json_strings(json.loads(text)))
        except ValueError as exc:
            raise Unreadable(name) from exc


def leak(detector: Detector, text: str, kept: Iterable[str] = ()) -> Kind | None:
    """The kind of the first personal value in `text`, the export's own tokens and the
    texts the user kept aside."""
    clean = WRAPPED_TOKENS.sub("|", text)
    keys = {folded_key(k) for k in kept}
    matches = detector.find(clean, analyse=False)
    found = [m for m in matches if folded_key(clean[m.start : m.end]) not in keys]
    return found[0].kind if found else None


def check_written(
    detector: Detector,
    opinion: SecondOpinion,
    files: Mapping[str, bytes],
    identity: PublicIdentity,
    export_id: str,
    kept: Iterable[str] = (),
) -> None:
    """The redactor's own detectors, then the second opinion, over every written file."""
    texts = list(_texts(files, identity, export_id))
    for name, text in texts:
        kind = leak(detector, text, kept)
        if kind is not None:
            raise Refusal(name, kind)
    raw_json = next(text for name, text in texts if name == RECORDS_JSON)
    for name, text in texts:
        if text is raw_json:  # its decoded strings, which come next, are scanned instead
            continue
        left = unkept(opinion.scan(text), kept)
        if left:
            raise Refusal(name, reason=left[0][1], count=len(left))
