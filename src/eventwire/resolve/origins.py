"""Where a weapon was made: from how the text qualifies it, else from who makes the system.

Kept apart from `extract.weapons` (which needs spaCy) so that `aggregate` and everything
downstream of it import without the language model.
"""

from __future__ import annotations

from eventwire.model import WeaponMention
from eventwire.resolve.geo.countries import lookup_country


def weapon_origin(mention: WeaponMention) -> str | None:
    """The maker's country (alpha-3): as the text qualifies it ("Iranian-made"), else the
    maker of the named system."""
    if mention.origin_text is not None:
        country = lookup_country(mention.origin_text.text)
        if country is not None:
            return country.alpha3
    return mention.default_origin
