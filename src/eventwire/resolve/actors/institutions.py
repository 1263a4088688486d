"""Institutions and armed groups that news names without their country ("the Pentagon",
"Hamas"), with the country and sector they stand for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Institution:
    name: str
    country: str | None
    sector: str


# Institutions and groups named without their country.
INSTITUTIONS: dict[str, Institution] = {
    key: inst
    for inst, keys in (
        (
            Institution("United States Department of Defense", "USA", "MIL"),
            ("Pentagon", "US Department of Defense", "Department of Defense"),
        ),
        (Institution("White House", "USA", "GOV"), ("White House",)),
        (Institution("US State Department", "USA", "GOV"), ("State Department",)),
        (Institution("Kremlin", "RUS", "GOV"), ("Kremlin",)),
        (Institution("Wagner Group", "RUS", "MIL"), ("Wagner", "Wagner Group")),
        (Institution("Israel Defense Forces", "ISR", "MIL"), ("IDF", "Israel Defense Forces")),
        (Institution("Hamas", "PSE", "REB"), ("Hamas",)),
        (Institution("Palestinian Islamic Jihad", "PSE", "REB"), ("Islamic Jihad",)),
        (Institution("Hezbollah", "LBN", "REB"), ("Hezbollah", "Hizbollah")),
        (Institution("Houthis", "YEM", "REB"), ("Houthis", "Houthi", "Ansar Allah")),
        (Institution("Taliban", "AFG", "REB"), ("Taliban",)),
        (Institution("al-Shabaab", "SOM", "REB"), ("al-Shabaab", "Al Shabaab", "al-Shabab")),
        (Institution("Boko Haram", "NGA", "REB"), ("Boko Haram",)),
        (
            Institution("Islamic State", None, "REB"),
            ("Islamic State", "ISIS", "ISIL", "IS", "Daesh"),
        ),
        (Institution("al-Qaeda", None, "REB"), ("al-Qaeda", "al Qaeda", "Al-Qaida")),
        (Institution("Rapid Support Forces", "SDN", "REB"), ("RSF", "Rapid Support Forces")),
        (Institution("M23", "COD", "REB"), ("M23",)),
        (
            Institution("PKK", "TUR", "REB"),
            ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"),
        ),
        (Institution("Fatah", "PSE", "PTY"), ("Fatah",)),
        (
            Institution("Palestine Liberation Organization", "PSE", "GOV"),
            ("PLO", "Palestine Liberation Organization", "Palestine Liberation Organisation"),
        ),
        (
            Institution("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
            ("LTTE", "Tamil Tigers", "Liberation Tigers", "Liberation Tigers of Tamil Eelam"),
        ),
        (
            Institution("Revolutionary United Front", "SLE", "REB"),
            ("RUF", "Revolutionary United Front"),
        ),
        (
            Institution("UNITA", "AGO", "REB"),
            ("UNITA", "National Union for the Total Independence of Angola"),
        ),
        (
            Institution("Sudan People's Liberation Movement", "SDN", "REB"),
            (
                "SPLM",
                "SPLA",
                "Sudan People's Liberation Army",
                "Sudan People's Liberation Movement",
            ),
        ),
        (Institution("Janjaweed", "SDN", "REB"), ("Janjaweed", "Janjaweed militia")),
        (Institution("Lord's Resistance Army", "UGA", "REB"), ("LRA", "Lord's Resistance Army")),
        (
            Institution("National Patriotic Front of Liberia", "LBR", "REB"),
            ("NPFL", "National Patriotic Front of Liberia"),
        ),
        (Institution("FARC", "COL", "REB"), ("FARC",)),
        (Institution("ELN", "COL", "REB"), ("ELN",)),
        (Institution("Islamic Salvation Front", "DZA", "REB"), ("Islamic Salvation Front", "FIS")),
        (Institution("Armed Islamic Group", "DZA", "REB"), ("Armed Islamic Group", "GIA")),
        (Institution("Kosovo Liberation Army", "XKX", "REB"), ("KLA", "Kosovo Liberation Army")),
        (Institution("Hayat Tahrir al-Sham", "SYR", "REB"), ("Hayat Tahrir al-Sham", "HTS")),
        (
            Institution("Syrian Democratic Forces", "SYR", "REB"),
            ("Syrian Democratic Forces", "SDF"),
        ),
        (Institution("YPG", "SYR", "REB"), ("YPG",)),
        (Institution("Free Syrian Army", "SYR", "REB"), ("Free Syrian Army",)),
        (Institution("JNIM", "MLI", "REB"), ("JNIM",)),
        (
            Institution("Allied Democratic Forces", "COD", "REB"),
            ("Allied Democratic Forces", "ADF"),
        ),
        (
            Institution("Islamic State West Africa Province", "NGA", "REB"),
            ("ISWAP", "Islamic State West Africa Province"),
        ),
        (Institution("NATO", None, "IGO"), ("NATO",)),
        (
            Institution("United Nations", None, "IGO"),
            ("United Nations", "UN", "U.N.", "Security Council", "UNHCR", "UNICEF"),
        ),
        (Institution("Red Cross", None, "NGO"), ("Red Cross", "ICRC", "Red Crescent")),
        (Institution("Arab League", None, "IGO"), ("Arab League",)),
        (Institution("OSCE", None, "IGO"), ("OSCE",)),
        (Institution("ECOWAS", None, "IGO"), ("ECOWAS",)),
        (
            Institution("International Monetary Fund", None, "IGO"),
            ("IMF", "International Monetary Fund"),
        ),
        (Institution("World Bank", None, "IGO"), ("World Bank",)),
        (Institution("European Union", None, "IGO"), ("European Union", "EU")),
        (Institution("African Union", None, "IGO"), ("African Union", "AU")),
        (
            Institution("Organisation of African Unity", None, "IGO"),
            ("Organization of African Unity", "Organisation of African Unity", "OAU"),
        ),
        (Institution("European Community", None, "IGO"), ("European Community",)),
        (
            Institution("International Atomic Energy Agency", None, "IGO"),
            ("IAEA", "International Atomic Energy Agency"),
        ),
        (
            Institution("World Food Programme", None, "IGO"),
            ("WFP", "World Food Programme", "World Food Program"),
        ),
    )
    for key in keys
}
