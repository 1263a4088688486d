"""Checks that raw bytes are an article's text, with a clear reason when they are not."""

from __future__ import annotations

from eventwire.errors import InputError

# spaCy's default limit; a "news article" beyond it is almost surely a dump or a mistake.
MAX_CHARS = 1_000_000
# Share of control characters above which bytes are treated as binary rather than text.
_BINARY_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode_text(data: bytes, input_name: str) -> str:
    """Decode UTF-8 article bytes, refusing binary data and other encodings by name."""
    if b"\x00" in data[:8192]:
        raise InputError(input_name, "looks like a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            input_name,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`",
        ) from None
    return check_text(text, input_name)


def check_text(text: str, input_name: str) -> str:
    """Refuse empty, binary-looking or oversized text; return it unchanged otherwise."""
    if not text.strip():
        raise InputError(input_name, "is empty: there is no text to read")
    if len(text) > MAX_CHARS:
        raise InputError(
            input_name,
            f"is too long for one article ({len(text):,} characters; the limit is "
            f"{MAX_CHARS:,}): split it into articles, e.g. one per line of a JSON Lines file",
        )
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        raise InputError(input_name, "looks like a binary file (many control characters), not text")
    return text
