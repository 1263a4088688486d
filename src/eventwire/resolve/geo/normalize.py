"""Name keys: the one normalised form under which every place name is stored and looked up.

Keys are casefolded, stripped of diacritics, with hyphen and apostrophe variants unified, so
that "Kyiv", "KYIV", "Kryvyi Rih" / "Kryvyi-Rih" and "Kam'yanske" / "Kam’yanske" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes and their look-alikes disappear: "Kam'yanske" == "Kamyanske".
_APOSTROPHES = "'’‘`´ʼʻ′"
# Hyphens and dashes become spaces: "Bab-el-Mandeb" == "Bab el Mandeb".
_HYPHENS = "-‐‑‒–—―"
_DROP = str.maketrans({c: None for c in _APOSTROPHES + "."})
_SPACE = str.maketrans({c: " " for c in _HYPHENS + ",()/"})
_SPACES = re.compile(r"\s+")
# Letters that NFKD does not decompose into an ASCII base letter.
_FOLD = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The lookup key of a place name ("" for a name with no letters)."""
    folded = strip_diacritics(text.casefold()).translate(_FOLD)
    folded = folded.translate(_DROP).translate(_SPACE)
    return _SPACES.sub(" ", folded).strip()


def is_latin(text: str) -> bool:
    """True when every letter of `text` is Latin (alternate names in other scripts are skipped)."""
    for c in text:
        if (
            c.isalpha()
            and not ("a" <= c <= "z" or "A" <= c <= "Z")
            and "LATIN" not in unicodedata.name(c, "")
        ):
            return False
    return True
