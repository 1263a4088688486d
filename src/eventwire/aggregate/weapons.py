"""The weapons of an event: resolved, and counted where the text says how many."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.model import (
    MunitionCount,
    Weapon,
    WeaponMention,
)
from eventwire.resolve.origins import weapon_origin


def weapon_of(mention: WeaponMention) -> Weapon:
    return Weapon(
        mention.span.text,
        mention.category,
        mention.system,
        weapon_origin(mention),
        span=mention.span,
    )


def counted(weapons: tuple[Weapon, ...], counts: Sequence[MunitionCount]) -> tuple[Weapon, ...]:
    if not counts:
        return weapons
    by_weapon: dict[int, dict[str, int]] = {}
    for c in counts:
        by_weapon.setdefault(c.weapon, {})[c.role] = c.count
    return tuple(
        replace(
            w,
            launched=by_weapon[i].get("launched"),
            intercepted=by_weapon[i].get("intercepted"),
            hit=by_weapon[i].get("hit"),
        )
        if i in by_weapon
        else w
        for i, w in enumerate(weapons)
    )


def uncounted(weapons: tuple[Weapon, ...]) -> tuple[Weapon, ...]:
    return tuple(replace(w, launched=None, intercepted=None, hit=None) for w in weapons)
