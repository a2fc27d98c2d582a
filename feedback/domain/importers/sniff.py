"""Read the head of a file cheaply: compression, binary formats, text encoding; open it as a text stream."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import charset_normalizer

from .model import ImportFileError

HEAD_BYTES = 128 * 1024
# Gzip, bzip2 and xz streams are read through, so a dump can be imported as downloaded.
_Binary = gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile | io.BufferedReader
_COMPRESSIONS: tuple[tuple[bytes, str, Callable[[Path], _Binary]], ...] = (
    (b"\x1f\x8b", "gzip", gzip.GzipFile),
    (b"BZh", "bzip2", bz2.BZ2File),
    (b"\xfd7zXZ\x00", "xz", lzma.LZMAFile),
)
_NOT_EXPORT = "not an export file; upload the CSV, tab-separated report or JSON Lines file instead"
_BINARY = (
    (b"\x89PNG", f"is a PNG image, {_NOT_EXPORT}"),
    (b"\xff\xd8\xff", f"is a JPEG image, {_NOT_EXPORT}"),
    (b"GIF8", f"is a GIF image, {_NOT_EXPORT}"),
    (b"%PDF", "is a PDF document; export the data as CSV instead"),
    (
        b"\xd0\xcf\x11\xe0",
        ": this looks like an Excel 97-2003 workbook (.xls); open it in Excel and save it as CSV",
    ),
    (b"PAR1", "is a Parquet file; convert it to CSV or JSON Lines first"),
    (b"SQLite format 3\x00", f"is an SQLite database, {_NOT_EXPORT}"),
    (b"7z\xbc\xaf\x27\x1c", "is a 7-Zip archive; extract the CSV or JSON Lines file from it first"),
    (b"Rar!", "is a RAR archive; extract the CSV or JSON Lines file from it first"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
}
_ERRORS = "feedback-importers-cp1252"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    # A UTF-8 export with a few Windows-1252 cells pasted in is common; read those bytes as cp1252 rather
    # than stopping the import hundreds of MB in. Its five undefined bytes become U+FFFD.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_ERRORS, _cp1252_fallback)


@dataclass(frozen=True, slots=True)
class Head:
    """The decoded first bytes of a file and how to read the rest."""

    text: str
    encoding: str
    compression: str | None
    complete: bool  # the head is the whole (decompressed) file


def _binary_kind(raw: bytes) -> str | None:
    for magic, kind in _BINARY:
        if raw.startswith(magic):
            return kind
    if raw.startswith(b"PK\x03\x04"):
        if b"xl/" in raw or b"[Content_Types].xml" in raw:
            return ": this looks like an Excel workbook (.xlsx); open it in Excel and save it as CSV UTF-8"
        if b"opendocument.spreadsheet" in raw:
            return ": this looks like an OpenDocument spreadsheet; save it as CSV"
        return "is a ZIP archive; extract the CSV or JSON Lines file from it first"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    # Mostly-ASCII UTF-16 has a NUL in every other byte; which half holds them tells the byte order.
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def sniff_encoding(raw: bytes, *, complete: bool) -> str:
    """Return the codec for a file's first bytes: a BOM's, BOM-less UTF-16, UTF-8, else Windows-1252."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return utf16
    try:
        # Incremental so a character cut at the end of the sample is not taken for bad UTF-8.
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("cp1252")
        return "cp1252"  # what Excel on Windows writes for "CSV (Comma delimited)" in the West
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        return best.encoding if best is not None else "latin-1"


def _open_binary(path: Path, compression: str | None) -> _Binary:
    for _magic, name, opener in _COMPRESSIONS:
        if name == compression:
            return opener(path)
    return open(path, "rb")


def read_head(path: Path, name: str) -> Head:
    """Return the decoded head of a file; raise ImportFileError when it is empty, binary or unreadable."""
    try:
        with open(path, "rb") as file:
            start = file.read(16)
        compression = next((n for magic, n, _ in _COMPRESSIONS if start.startswith(magic)), None)
        with _open_binary(path, compression) as stream:
            raw = stream.read(HEAD_BYTES)
            complete = len(raw) < HEAD_BYTES or not stream.read(1)
    except FileNotFoundError:
        raise ImportFileError(f'"{name}" was not found; upload it again.') from None
    except (OSError, EOFError, lzma.LZMAError) as error:
        what = f"{compression}-compressed file" if compression else "file"
        raise ImportFileError(f'"{name}" cannot be read as a {what} ({error}); download it again.') from None
    if not raw.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise ImportFileError(f'"{name}" is empty; export the data again and upload the new file.')
    kind = _binary_kind(raw)
    if kind:
        raise ImportFileError(f'"{name}"{"" if kind.startswith(":") else " "}{kind}.')
    encoding = sniff_encoding(raw, complete=complete)
    text = raw.decode(encoding, errors="replace")
    if text[:1] == "\ufeff":
        text = text[1:]
    controls = sum(1 for ch in text[:4096] if ch < " " and ch not in "\t\n\r\f")
    if controls > max(2, len(text[:4096]) // 100):
        raise ImportFileError(
            f'"{name}" is not a text file; upload a CSV, a tab-separated report or a JSON Lines file.'
        )
    return Head(text=text, encoding=encoding, compression=compression, complete=complete)


def open_text(path: Path, head: Head) -> IO[str]:
    """Open the whole file as text the way its head was read, with line ends left for the caller."""
    binary = _open_binary(path, head.compression)
    errors = _ERRORS if head.encoding == "utf-8" else "replace"
    try:
        return io.TextIOWrapper(binary, encoding=head.encoding, errors=errors, newline="")
    except Exception:
        binary.close()
        raise
