"""Word lists the trigger constructions test: who gathers, what is given or released,
which deeds said ahead are promises and which threats, which people can be taken."""

from __future__ import annotations

import re

# Nouns that make the word before them the event ("a mediation effort", "a rescue mission").
EFFORT_NOUNS = frozenset({"effort", "mission", "bid", "initiative", "campaign", "operation"})


DEMANDING_MODALS = frozenset({"must"})


FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})


STATE_VERBS = frozenset({"be", "have", "know", "seem", "remain"})


READY_WORDS = frozenset(
    {"willing", "ready", "prepared", "committed", "eager", "plan", "intend", "decide"}
)


# Deeds that, promised, are an offer to cooperate ...
COOPERATIVE_INTENTS = frozenset(
    {
        "give",
        "provide",
        "contribute",
        "allow",
        "return",
        "help",
        "send",
        "open",
        "hand",
        "grant",
        "support",
        "visit",
        "meet",
        "host",
        "release",
        "withdraw",
        "evacuate",
        "lift",
        "resume",
        "join",
        "cooperate",
        "sign",
        "free",
        "recognize",
        "recognise",
        "negotiate",
        "mediate",
        "talk",
        "assist",
        "donate",
        "finance",
        "fund",
        "democratize",
        "reform",
        "establish",
        "restore",
        "normalize",
        "accept",
    }
)


# ... and, announced, a threat.
HOSTILE_INTENTS = frozenset(
    {
        "boycott",
        "impose",
        "tighten",
        "extend",
        "blockade",
        "halt",
        "suspend",
        "cut",
        "expel",
        "retaliate",
        "ban",
        "sever",
        "punish",
        "veto",
        "reduce",
        "stop",
        "freeze",
        "close",
        "arrest",
        "deport",
        "outlaw",
        "institute",
        "declare",
    }
)


INTENDED_DEEDS = COOPERATIVE_INTENTS | HOSTILE_INTENTS


# Verb + object pairs that name events: "took control of", "cut ties with".
LIGHT_VERBS: dict[tuple[str, str], str] = {
    ("take", "control"): "territory change",
    ("wrest", "control"): "territory change",
    ("gain", "control"): "territory change",
    ("seize", "control"): "territory change",
    ("regain", "control"): "territory change",
    ("recover", "control"): "territory change",
    ("establish", "control"): "territory change",
    ("assume", "control"): "territory change",
    ("cut", "tie"): "sanction",
    ("sever", "tie"): "sanction",
    ("break", "tie"): "sanction",
    ("cut", "relation"): "sanction",
    ("sever", "relation"): "sanction",
    ("claim", "responsibility"): "claim of responsibility",
    ("accept", "demand"): "concession",
    ("meet", "demand"): "concession",
    ("grant", "asylum"): "aid",
    ("hold", "talk"): "consultation",
    ("hold", "meeting"): "consultation",
    ("establish", "tie"): "support",
    ("establish", "relation"): "support",
    ("restore", "tie"): "support",
    ("restore", "relation"): "support",
    ("upgrade", "tie"): "support",
    ("share", "intelligence"): "cooperation",
    ("set", "fire"): "looting",
    ("block", "road"): "protest",
    ("block", "street"): "protest",
    ("block", "highway"): "protest",
    ("block", "bridge"): "protest",
    ("block", "traffic"): "protest",
    ("block", "transport"): "protest",
    ("block", "thoroughfare"): "protest",
    ("share", "information"): "cooperation",
    ("open", "hearing"): "investigation",
    ("hold", "hearing"): "investigation",
    ("dispatch", "inspector"): "investigation",
    ("send", "inspector"): "investigation",
    ("dispatch", "investigator"): "investigation",
    ("send", "investigator"): "investigation",
    ("strengthen", "force"): "mobilization",
    ("reinforce", "force"): "mobilization",
    ("bolster", "force"): "mobilization",
    ("strengthen", "presence"): "mobilization",
    ("reinforce", "presence"): "mobilization",
    ("bolster", "presence"): "mobilization",
}


GIVING_VERBS = frozenset(
    {"provide", "give", "send", "deliver", "donate", "hand", "supply", "grant", "airlift", "ship"}
)


# What states give each other as help (arms are an "arms transfer" of their own).
AID_GOODS = frozenset(
    {
        "aid",
        "assistance",
        "intelligence",
        "food",
        "medicine",
        "supplies",
        "supply",
        "grant",
        "loan",
        "fund",
        "funding",
        "relief",
        "equipment",
        "goods",
        "tent",
        "blanket",
        "vaccine",
        "photograph",
    }
)


GATHER_VERBS = frozenset(
    {
        "gather",
        "assemble",
        "converge",
        "march",
        "rally",
        "flock",
        "pour",
        "flood",
        "throng",
        "swarm",
    }
)


CROWDS = frozenset(
    {
        "protester",
        "demonstrator",
        "crowd",
        "activist",
        "supporter",
        "student",
        "worker",
        "rioter",
        "marcher",
        "striker",
        "people",
        "thousand",
        "hundred",
        "dozen",
    }
)


DISASTERS = frozenset(
    {
        "earthquake",
        "quake",
        "tremor",
        "storm",
        "hurricane",
        "cyclone",
        "typhoon",
        "flood",
        "tsunami",
        "tornado",
        "landslide",
        "wildfire",
        "fire",
        "lightning",
        "avalanche",
        "drought",
        "rain",
        "rainfall",
        "eruption",
        "volcano",
    }
)


NEGATABLE = frozenset({"pledge", "agreement", "support", "cooperation", "concession"})


# Strikes that are walkouts, not attacks: by their kind, or by what people do with them.
STRIKE_KINDS = frozenset(
    {"hunger", "general", "labour", "labor", "nationwide", "national", "wildcat", "sit-down"}
)


STRIKE_ACTIONS = frozenset(
    {"stage", "organize", "organise", "call", "hold", "go", "join", "cancel", "end", "plan"}
)


WORKERS = frozenset(
    {"worker", "union", "employee", "teacher", "doctor", "nurse", "staff", "miner", "driver"}
)


RELEASING_VERBS = frozenset({"drop", "use", "unleash", "fire", "launch", "deploy", "spray"})


CHEMICAL_ARMS = re.compile(
    r"\b(chlorine|sarin|mustard|nerve agent|poison(ous)? gas|toxic gas|chemical weapons?|"
    r"chemical agents?)\b"
)


RELEASED_THINGS = frozenset(
    {
        "statement",
        "report",
        "video",
        "footage",
        "image",
        "photo",
        "photograph",
        "document",
        "detail",
        "figure",
        "data",
        "information",
        "list",
        "name",
        "result",
        "gas",
        "chemical",
        "smoke",
        "fund",
        "album",
        "film",
        "imagery",
        "picture",
        "recording",
        "audio",
        "transcript",
        "evidence",
        "statistic",
        "finding",
        "update",
        "version",
        "guidance",
        "record",
        "budget",
        "plan",
    }
)


NOTICES = frozenset({"press", "news", "media"})


SEXUAL_HARM = frozenset({"assault", "abuse", "attack", "molest", "violate"})


SEXUAL_WORDS = frozenset({"sexual", "sexually", "indecent", "indecently"})


SUICIDE_CUES = re.compile(
    r"\bsuicide\s+(bomb|attack|car|truck|vest|belt)|\bblew\s+(him|her|them)sel(f|ves)\s+up",
    re.I,
)


FAILING_VERBS = frozenset({"fail", "refuse", "decline"})


BASES = frozenset(
    {
        "base",
        "headquarters",
        "headquarter",
        "hq",
        "post",
        "point",
        "camp",
        "barracks",
        "outpost",
        "garrison",
        "station",
        "office",
        "checkpoint",
        "position",
        "airbase",
        "facility",
    }
)


PEOPLE = frozenset(
    {
        "man",
        "woman",
        "people",
        "suspect",
        "leader",
        "commander",
        "soldier",
        "fighter",
        "member",
        "militant",
        "journalist",
        "civilian",
        "person",
        "child",
        "official",
        "activist",
        "trafficker",
        "smuggler",
        "individual",
        "national",
        "migrant",
        "passenger",
        "prisoner",
        "hostage",
        "detainee",
        "captive",
        "inmate",
    }
)


# What is opened to let people or goods through ("opened the border", "the Friendship
# Bridge"), and who is received as an outside mission ("received a mission of observers").
OPENED_PASSAGES = frozenset(
    {"border", "crossing", "bridge", "corridor", "airspace", "port", "checkpoint", "frontier"}
)
ADMITTED_MISSIONS = frozenset(
    {"observer", "monitor", "inspector", "peacekeeper", "mission", "investigator", "delegation"}
)
# Help that arrives: peacekeepers, observers and aid convoys (PLOVER's AID).
ARRIVING_VERBS = frozenset({"arrive", "land", "reach"})
ARRIVING_HELP = frozenset(
    {"peacekeeper", "peacekeeping", "observer", "monitor", "aid", "relief", "humanitarian"}
)
# Calling off one's own protest: giving in (PLOVER's CONCEDE).
# ("halted the march", "stopped the rally" are mostly done by police: not listed.)
ENDING_VERBS = frozenset({"call", "end", "cancel", "suspend", "abandon"})
ENDED_PROTESTS = frozenset({"strike", "protest", "boycott", "sit-in", "demonstration", "walkout"})
# Nouns a fight can be "against" without anyone fighting: a campaign, not a battle.
ABSTRACT_FOES = frozenset(
    {
        "crisis",
        "poverty",
        "corruption",
        "disease",
        "hunger",
        "inflation",
        "crime",
        "climate",
        "pandemic",
        "virus",
        "illiteracy",
        "unemployment",
        "terrorism",
        "extremism",
        "drug",
        "racism",
        "discrimination",
        "impunity",
        "cancer",
        "malaria",
        "aids",
        "epidemic",
    }
)
# Verbs that swear a deed ahead: a violent one sworn is a threat ("vowed to fight on"); one
# "threatened" stays the deed, planned, beside the threat event.
SWEARING_VERBS = frozenset({"vow", "swear", "pledge", "promise"})

# Words that make people caught criminals rather than political detainees: smugglers,
# dealers, gangs (the crime is the event, not the arrest).
CRIME_WORDS = re.compile(
    r"\b(traffick\w*|smuggl\w*|drugs?|narcotics?|cocaine|heroin|cannabis|"
    r"gangs?|cartels?|money\s+laundering|stolen|"
    r"illegal\s+(migration|immigration|border\s+crossings?)|fraud\w*)\b",
    re.I,
)

# Written words that carry what they say: "a declaration demanding ...", "a letter urging".
WRITTEN_WORDS = frozenset(
    {"declaration", "statement", "letter", "resolution", "communique", "petition", "message"}
)

# Verbs that deliver a protest in words ("lodged a protest", "filed a formal protest"): a
# note to a government, not a crowd in the street.
PROTEST_DELIVERING_VERBS = frozenset(
    {"lodge", "file", "register", "deliver", "submit", "send", "voice", "issue", "express"}
)

# Verbs that let others do something ("allowed the opposition to hold a rally"): giving in
# to what they want (PLOVER's CONCEDE), once the permission is given or decided.
PERMITTING_VERBS = frozenset({"allow", "permit"})


# Attacks told by what the target underwent rather than who did it (motivated by war reports
# that name the victim and the fire, not the shooter):
# "came under fire", "came under shelling" ...
# ("came under attack" is as often said of plans and people under criticism: not listed.)
UNDER_FIRE = frozenset({"fire", "shelling", "bombardment", "strike", "bombing", "rocket"})
# ... "damaged by rocket fire", "destroyed by a missile", "hit by shelling": harm whose agent is
# a weapon or its fire (plain "fire" only with a weapon before it: "destroyed by fire" is a blaze).
HARMING_VERBS = frozenset({"damage", "destroy", "hit", "strike", "wreck", "level", "burn"})
REMOTE_AGENTS = frozenset(
    {
        "fire",
        "shelling",
        "shell",
        "strike",
        "airstrike",
        "missile",
        "rocket",
        "drone",
        "bomb",
        "bombing",
        "artillery",
        "bombardment",
        "mortar",
        "attack",
    }
)
# "used 12 cruise missiles against Odesa", "used drones on the port": arms used on a target.
USED_ARMS = frozenset(
    {"missile", "rocket", "drone", "bomb", "shell", "artillery", "mortar", "aircraft", "munition"}
)
USED_AGAINST = frozenset({"against", "on", "at"})
