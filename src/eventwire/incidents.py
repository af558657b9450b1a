"""Incidents: one record per real-world act, however many documents and outlets report it.

GDELT counts every article as new events; an analyst counting escalation needs each act once.
Stored events are grouped into incidents as documents arrive:

**Who may join whom.** Two events can be the same act when

- their PLOVER types are the same, or of one family (``FAMILIES``: types the codebook gives the
  same act, such as AGREE and SUPPORT for signing an accord); the family is the *block*;
- their actors are compatible (where both are coded, they share a code) and so are their
  recipients, less a recipient coded as the actor itself (the place or the people the act is
  about: "Lithuania sent troops to its own frontier"); and some coded party is named by both (a
  side one report leaves uncoded may be either party), unless both are in one story; an armed
  clash (``TWO_SIDED``) may be told the other way round by the other side's account, on a day both
  reports allow; a meeting (``MUTUAL``) has no direction: its parties are taken as a set, the
  place it is held in standing for its host, and two reports are of other meetings only when each
  names a party the other does not;
- sectors agree where both sides give one for the same code (``MYS MIL`` is not ``MYS GOV``),
  except among people outside the state (``PEOPLE_SECTORS``: one crowd is protesters or
  students), among armed groups outside it (``ARMED_SECTORS``: one gang is "gang members", "his
  fighters" or "gunmen") and, for the side an act is aimed at, among a state's civil organs
  (``CIVIL_STATE_SECTORS``: a march on parliament is a protest against the government);
- their modes agree where both have one (a phone call is not a meeting; ``ONE_ACT_MODES`` lists
  the modes one act is told with: a crew detained, a boat seized);
- their places are compatible: unless both are coded, and to different countries or places;
- their dates lie within ``WINDOW_DAYS`` of each other (``STORY_WINDOW_DAYS`` for events of one
  story: copies of one report, which deduplication grouped, may resolve "on Monday" from
  different publication dates). A date that is the document's publication day (the coder's
  fallback when a sentence gives none: ``text_info.date_text`` is null) is the interval of
  ``LOOKBACK_DAYS`` before it and that day, unless the act is planned; that is all its slack
  (outside one story, its interval must meet the other's, and two such reports must have come
  out within ``WINDOW_DAYS`` of each other);
- two SUPPORT events of different CAMEO kinds (``SUPPORT_KINDS``: praise, recognition, a signed
  accord) are different acts.

Hypothetical and conditional events are no acts and join no incident; neither do events dated
only to a month or a year, or not at all: nothing says on which day they happened.

**How groups form.** Within a block, events are taken in a canonical order (date, then id, a
content hash) and each joins the first incident where no member rules it out (``conflict``:
complete link, so a chain of near-matches never merges two acts a week apart, or two actors;
only another party named by fewer members than agree with it and link it is outvoted: ``_fits``) and
some member links it (``linked``: single link, so a report that names only the victim joins the
act through the report that shares its words, though not through a copy that names only the
doer), else starts one.
The result is a function of the set of events alone, so the same documents in any order give
the same incidents.

**Incremental.** A new document's events touch only their own blocks, and there only the days
from their first date on: events before it were grouped exactly as a full regrouping would
group them (the order is canonical), so only the incidents still open on that day and the
events after it are regrouped (``_regroup``). News arrives roughly as it happens, so that is the
last few days of a few blocks, and the cost per document follows the news of the last days, not the store's size (a late
report of an old act costs the block's events since then). It runs inside the document's own
transaction (``Store.save``), or, in ``ingest`` and ``follow``, once for a day of news over the
documents marked pending in their own transactions (``Store.group_pending``): a killed run leaves
no document ungrouped that the next one will not group.

An incident's id is made from its first member's id; it changes when an earlier report of the
same act arrives (the old id is then gone, not pointing elsewhere).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

#: days between two reports of one act that both date it in words (a day's slack for "yesterday"
#: read against another day, or a time zone)
WINDOW_DAYS = 1
#: an event its sentence does not date (``text_info.date_text`` null: the coder's fallback is the
#: publication day) may be an act of up to this many days before: news of the day or the day
#: before, and a weekend's lag
LOOKBACK_DAYS = 2
#: the same for one told in the perfect ("Indonesia has asked ASEAN to ...", ``text_info.perfect``):
#: the tense says the act was before the report, not on its day
PERFECT_LOOKBACK_DAYS = 3
#: the same, for events of documents in one story (copies and syndicated versions of one report)
STORY_WINDOW_DAYS = 7
#: modalities that are no acts: they join no incident
NOT_ACTS = frozenset({"hypothetical", "conditional"})
#: an incident "happened" when any report says so; its modality is the first of these among its
#: members (a denial does not undo another outlet's report of the act)
MODALITY_ORDER = ("asserted", "reported", "historical", "negated", "planned", "intended")
HAPPENED_MODALITIES = frozenset({"asserted", "reported", "historical"})


@dataclass
class Member:
    """One event as incident grouping sees it."""

    id: str
    doc_id: str
    block: str
    start: date
    end: date
    shown: date  # the first day of its own date (``start`` reaches back for a publication date)
    words: frozenset[str]  # the distinctive words of its sentence (``distinctive``)
    event: str
    mode: str | None
    modality: str
    actor: list[dict[str, Any]]
    recipient: list[dict[str, Any]]
    location: dict[str, Any] | None
    story: str
    source: str | None
    published: str | None
    date_text: str
    cameo: str | None = None  # the CAMEO code, where the coder gave one
    perfect: bool = False  # undated and told in the perfect ("has asked"): an act of some days before
    sentence: int = -1  # the sentence of its document it was coded from (-1: not known)
    #: the modes its own sentence tells the act with, on its day (``_tell_modes``): "opened fire and
    #: hurled grenades" is one attack with firearms and explosives
    told_modes: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[date, date, str]:
        return (self.start, self.end, self.id)


def interval(text: str | None) -> tuple[date, date] | None:
    """The day a date means; None for a month or a year alone, or no date: nothing says on which
    day of it the act happened, and a month-long interval would join every report of the month."""
    if not text or len(text) < 10 or text[4] != "-" or text[7] != "-":
        return None
    try:
        day = date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None
    return day, day


def _codes(parties: list[dict[str, Any]]) -> set[str]:
    return {p["code"] for p in parties if p.get("code")}


#: PLOVER types that coders following the codebook give to the same act, so reports of one act
#: may carry either: signing or endorsing an accord (AGREE "agree to, sign", SUPPORT "endorse,
#: sign a declaration", COOPERATE); an official protest (ACCUSE "criticize, protest officially",
#: PROTEST); a release or pullback (RETREAT "release, withdraw", CONCEDE "ease, yield")
FAMILIES: dict[str, str] = {"SUPPORT": "AGREE", "COOPERATE": "AGREE", "PROTEST": "ACCUSE", "CONCEDE": "RETREAT"}


#: distinctive words two reports with no coded party in common must share to be of one act
SHARED_WORDS = 1
#: a word is distinctive when rarer than this in English (wordfreq's Zipf scale: 4 is once per
#: 100,000 words), or a number
ZIPF_DISTINCTIVE = 4.0
_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    from wordfreq import zipf_frequency

    return word.isdigit() or (len(word) > 3 and zipf_frequency(word, "en") < ZIPF_DISTINCTIVE)


def distinctive(sentence: str) -> frozenset[str]:
    """The sentence's rare words, numbers and names (capitalised words inside the sentence, not days
    or months: "Geneva", "Tarakan"), cut to six letters ("detained", "detaining" meet)."""
    words = _WORD.findall(_COMPOUND_NUMBER.sub(_compound_value, sentence))
    names = {w.lower() for k, w in enumerate(words) if k > 0 and w[:1].isupper() and len(w) > 3
             and w.lower() not in _CALENDAR}
    lowered = [x.lower() for x in words]
    # a number that measures time, distance or a share ("20 minutes later", "40 km from") tells no
    # act apart: a count of people or things does ("20 soldiers")
    measures = {k for k, w in enumerate(lowered[:-1]) if (w.isdigit() or w in NUMBER_WORDS)
                and lowered[k + 1] in MEASURE_UNITS}
    return frozenset(NUMBER_WORDS.get(w, w[:6]) for k, w in enumerate(lowered)
                     if (_rare(w) or w in names or w in NUMBER_WORDS) and k not in measures)


#: units a number measures time, distance or shares in
MEASURE_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
                           "weeks", "month", "months", "year", "years", "decade", "decades", "km", "kilometres",
                           "kilometers", "kilometre", "kilometer", "mile", "miles", "metres", "meters", "metre",
                           "meter", "feet", "yards", "percent", "per", "nautical", "am", "pm", "gmt", "utc",
                           "times", "degrees"})


#: counts wire copy spells out (AP style spells one to nine): a count is a number whichever way it
#: is written ("five suspects", "5 suspects")
NUMBER_WORDS: dict[str, str] = {w: str(k) for k, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")) if k >= 2}


#: a count spelled with a hyphen ("twenty-three") is one number, not twenty and three
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COMPOUND_NUMBER = re.compile(rf"\b({'|'.join(_TENS)})[-\u2010\u2011]({'|'.join(_UNITS)})\b", re.IGNORECASE)


def _compound_value(m: re.Match[str]) -> str:
    return str(_TENS[m.group(1).lower()] + _UNITS[m.group(2).lower()])


_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "june", "july", "august", "september", "october",
                       "november", "december"})


def block_of(event: dict[str, Any]) -> str:
    """What may be grouped together: the type's family (grouping never crosses it)."""
    return FAMILIES.get(event["event"], event["event"])


def _sectors(parties: list[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in parties:
        if p.get("code") and p.get("sector"):
            out.setdefault(p["code"], set()).add(p["sector"])
    return out


#: sectors of people outside the state: one crowd is told as protesters, students, residents or
#: workers by different reports ("police fired on protesters"; "... on students"; "five people died")
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR", "REF", "HRI", "MED", "REL", "JRN", "BUS"})


def _sectors_agree(a: list[dict[str, Any]], b: list[dict[str, Any]], target: bool = False,
                   force: bool = False) -> bool:
    sa, sb = _sectors(a), _sectors(b)
    return all(sa[c] & sb[c] or (sa[c] | sb[c]) <= PEOPLE_SECTORS or (sa[c] | sb[c]) <= ARMED_SECTORS
               or (sa[c] | sb[c]) <= AUTHORITY_SECTORS or (force and (sa[c] | sb[c]) <= COMMAND_SECTORS)
               or (target and (sa[c] | sb[c]) <= CIVIL_STATE_SECTORS) for c in sa.keys() & sb.keys())


#: "the authorities" (GOV) and the police who act for them: one report's arrest or ban by the
#: authorities is another's by the police
AUTHORITY_SECTORS = frozenset({"GOV", "COP", "SPY"})
#: and, for acts of armed force and military cooperation, a government and the forces it commands:
#: "Kenya's government sent troops" is "the Kenyan army deployed"; a minister's talks are not a
#: general's, nor a cabinet's ban a navy's seizure (``FORCE_EVENTS``)
COMMAND_SECTORS = frozenset({"GOV", "MIL"})
FORCE_EVENTS = frozenset({"MOBILIZE", "ASSAULT", "RETREAT", "COOPERATE"})


def _places_agree(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if not a or not b:
        return True
    if a.get("geonameid") and b.get("geonameid"):
        return bool(a["geonameid"] == b["geonameid"])
    if a.get("code") and b.get("code"):
        return bool(a["code"] == b["code"])
    return True


#: modes that one act can be told with: the crew detained is the boat seized (COERCE arrest and
#: seize, CAMEO 173 and 1711, where one report tells the people and another the vessel); a call is
#: never a meeting or a visit (talks told with no medium, "discussed", "the conversation", have no
#: mode, so they may be either); the shots fired as armed men seize a ship, a bus or a village's
#: people are how some reports tell the abduction (ASSAULT firearms and abduct: "the gunmen fired on
#: the bridge as they closed in"; "pirates hijacked the carrier"); the bombs an aircraft drops are
#: told as bombs by some reports and as an air strike by others (CAMEO 183 bombing and 195 aerial
#: weapons: "bombs hit the market"; "warplanes struck the town"); one clash is told by its gunfire
#: in one report and its shelling in another (CAMEO 193 small arms, 194 artillery: "troops
#: exchanged fire at the post"; "mortar rounds hit the post"); a visit and its hosting are one
#: visit's two sides (CAMEO 042 make a visit, 043 host a visit), and talks a third state hosts are
#: the meeting held there ("Austria hosted the talks"; "the two envoys met in Vienna"); captives
#: handed back are told as returned by some reports and as freed by others (CAMEO 0841 release
#: persons, 0842 return property: "returned the two soldiers"; "freed the conscripts"); one night's
#: unrest is told as people taking to the streets by some reports and as rioting by others (CAMEO
#: 141 demonstrate, 145 riot: "hundreds took to the streets"; "youths rioted across the capital"), and a
#: protest's roadblocks are told as the protest by some reports (CAMEO 144 obstruct passage: "blocked the
#: road into the town in protest"; "protested at the camp")
ONE_ACT_MODES: dict[str, tuple[frozenset[str], ...]] = {
    "COERCE": (frozenset({"arrest", "seize"}),),
    "ASSAULT": (frozenset({"firearms", "abduct"}), frozenset({"aerial", "explosives"}),
                frozenset({"firearms", "heavy-weapons"})),
    "CONSULT": (frozenset({"host", "meet", "visit"}),),
    "RETREAT": (frozenset({"release", "return"}),),
    "PROTEST": (frozenset({"demo", "riot", "obstruct"}),),
}


#: SUPPORT's CAMEO kinds are acts of their own (051 praise, 052 defend verbally, 053 rally
#: support, 054 recognise, 055 apologise, 056 forgive, 057 sign a formal agreement): welcoming a
#: decision is not signing the accord; 050 (any diplomatic cooperation) may be either
SUPPORT_KINDS = frozenset({"051", "052", "053", "054", "055", "056", "057"})
#: MOBILIZE's CAMEO kinds are acts of their own too (150 demonstrate military power, 151 police
#: alert, 152 military alert, 153 mobilise police, 154 mobilise armed forces): aircraft put on
#: standby are not the ships sent out the same day
MOBILIZE_KINDS = frozenset({"150", "151", "152", "153", "154"})
KINDS: dict[str, frozenset[str]] = {"SUPPORT": SUPPORT_KINDS, "MOBILIZE": MOBILIZE_KINDS}
#: SANCTION's economic kinds (162 cut aid, 163 embargo, sanctions, asset freezes) are other acts than
#: its diplomatic ones (161 reduce relations or recall an envoy, 164-165 halt talks or mediation, 166
#: expel), which reports of one expulsion or recall mix: an asset freeze on Friday is not the envoy
#: recalled on Saturday
SANCTION_GROUPS: dict[str, str] = {"161": "diplomatic", "164": "diplomatic", "165": "diplomatic",
                                   "166": "diplomatic", "162": "economic", "163": "economic"}
#: ACCUSE's official complaint (114: an envoy summoned, a protest note) is another act than a charge
#: or a criticism said the next day (111, 112), which reports of one statement mix
ACCUSE_GROUPS: dict[str, str] = {"111": "said", "112": "said", "114": "official"}
#: types whose kinds are one act when told on the same day (a note of protest and the charge in it)
SAME_DAY_KINDS = frozenset({"ACCUSE"})
KIND_GROUPS: dict[str, dict[str, str]] = {"SANCTION": SANCTION_GROUPS, "ACCUSE": ACCUSE_GROUPS}


#: in the RETREAT family, a release or a return (CAMEO 084: 0841 people, 0842 property) is an act of its
#: own beside another kind of yielding told the same day (081 easing restrictions, 083 acceding to
#: demands, 087 de-escalating): "the court granted bail to six students" is not "the government
#: withdrew the bill", whichever of RETREAT and CONCEDE each report is coded as
RELEASE_KIND = "084"
YIELD_KINDS = frozenset({"081", "082", "083", "085", "086", "087"})


def _other_kind_of_support(a: Member, b: Member) -> bool:
    """Two events of one type whose CAMEO kinds (``KINDS``) differ, or a release and another kind
    of yielding (``RELEASE_KIND``): two acts."""
    if a.block == "RETREAT" and a.cameo and b.cameo:
        ka, kb = a.cameo[:3], b.cameo[:3]
        if {ka, kb} & {RELEASE_KIND} and (ka in YIELD_KINDS or kb in YIELD_KINDS):
            return True
    groups = KIND_GROUPS.get(a.event)
    if groups is not None and a.event == b.event and a.cameo and b.cameo:
        ga, gb = groups.get(a.cameo[:3]), groups.get(b.cameo[:3])
        # a protest note tells its charge the day it is lodged: one act that day
        return bool(ga and gb and ga != gb) and not (a.event in SAME_DAY_KINDS and _gap(a, b) == 0)
    kinds = KINDS.get(a.event)
    if kinds is None or a.event != b.event or not a.cameo or not b.cameo:
        return False
    ka, kb = a.cameo[:3], b.cameo[:3]
    return ka in kinds and kb in kinds and ka != kb


#: modes that are acts of their own beside a report that gives none: an abduction (CAMEO 181) is
#: told by its reports as an abduction or by the shots fired in it (``ONE_ACT_MODES``), and an attack
#: told with no mode ("overran the town") is another act
APART_MODES = frozenset({"abduct"})


def _tell_modes(members: Iterable[Member]) -> None:
    """Give each member the modes its sentence tells events of its type with on its day: a report
    that tells one attack with guns and grenades ("opened fire and hurled grenades at the post")
    says the act was done both ways, so another report's grenades alone are the same act."""
    told: dict[tuple[str, int, str, date], set[str]] = {}
    members = list(members)
    for m in members:
        if m.mode and m.sentence >= 0:
            told.setdefault((m.doc_id, m.sentence, m.event, m.shown), set()).add(m.mode)
    for m in members:
        modes = told.get((m.doc_id, m.sentence, m.event, m.shown), set())
        m.told_modes = frozenset(modes) if len(modes) > 1 else frozenset()


def _modes_of_one_act(event: str, a: str, b: str) -> bool:
    return any(a in g and b in g for g in ONE_ACT_MODES.get(event, ()))


def _gap(a: Member, b: Member) -> int:
    """Days between two events' date intervals (0 when they overlap)."""
    return max(0, (b.start - a.end).days, (a.start - b.end).days)


def compatible(a: Member, b: Member) -> bool:
    """Can ``a`` and ``b`` report the same act? (Same block is taken as given.) Nothing between
    them rules it out (``conflict``), and something says it (``linked``)."""
    return not conflict(a, b) and linked(a, b)


def conflict(a: Member, b: Member) -> bool:
    """Does anything rule out that ``a`` and ``b`` report one act: dates too far apart, another
    mode, other coded parties or sectors, another place?"""
    one_story = a.story == b.story and a.doc_id != b.doc_id
    # an act dated by publication already reaches back LOOKBACK_DAYS: that is all its slack
    uncertain = a.start != a.shown or b.start != b.shown
    if _gap(a, b) > (STORY_WINDOW_DAYS if one_story else 0 if uncertain else WINDOW_DAYS):
        return True
    later = a if a.shown > b.shown else b
    if (not one_story and a.start != a.shown and b.start != b.shown and abs((a.shown - b.shown).days) > WINDOW_DAYS
            and not later.perfect):
        # two reports that both leave the day open meet only at the far end of one's slack: an
        # act of the day before the later one's report and told undated by both is the rarer case;
        # not when the later one says it is earlier news ("Indonesia has asked ASEAN to ...")
        return True
    if (a.mode and b.mode and a.mode != b.mode and not _modes_of_one_act(a.event, a.mode, b.mode)
            and a.mode not in b.told_modes and b.mode not in a.told_modes):
        return True
    if a.mode and b.mode and a.mode != b.mode and _gap(a, b) > 0:
        # one act told in two modes is told of one day: a day apart, the shots and the abduction,
        # the gunfire and the shelling, are two acts
        return True
    if (a.mode in APART_MODES or b.mode in APART_MODES) and not (a.mode and b.mode) and a.mode != b.mode:
        return True
    if _other_kind_of_support(a, b):
        return True
    if a.event in SAID_ACTS and _other_speakers(a.actor, b.actor):
        return True
    if _parties_conflict(a.actor, a.recipient, b.actor, b.recipient, a.event in FORCE_EVENTS) and not (
            # the parties of one meeting told from two sides ("Qatar hosted envoys from Pakistan";
            # "Pakistani and Afghan officials met in Doha"): the sides as a set, not who is the subject
            a.event in MUTUAL and not _codes(a.actor) & _codes(b.actor) and not _other_meeting(a, b)
            and _sectors_agree([*a.actor, *a.recipient], [*b.actor, *b.recipient])) and not (
            a.event in TWO_SIDED and _gap(a, b) == 0
            and not _parties_conflict(a.actor, a.recipient, b.recipient, b.actor, a.event in FORCE_EVENTS)):
        # a clash on one day that each side's account tells the other way round ("Tajik troops fired
        # on a Kyrgyz post"; "a Kyrgyz patrol had shot at Tajik positions first") is one clash
        return True
    return not _places_agree(a.location, b.location)


#: acts done by saying them: one act per speaker (two ministers of one government each making the
#: same demand on one day make two demands)
SAID_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})


def _speakers(parties: list[dict[str, Any]]) -> set[str]:
    """The surnames of the people named with their office among ``parties`` ("Czech Prime Minister
    Radek Hulka's" -> "hulka"): a mention that ends with a full name it is longer than (a state's
    or a body's name starts its mention, "Equatorial Guinea's defence minister")."""
    out = set()
    for p in parties:
        name = _POSSESSIVE.sub("", p.get("name") or "").strip()
        text = _POSSESSIVE.sub("", p.get("entity_text") or "").strip()
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if text.endswith(name) and text != name:
            out.add(words[-1].lower())
        elif (p.get("sector") and name not in text and any(w.islower() for w in text.split())
              and any(w[:1].isupper() for w in text.split()) and not set(words) & BODY_WORDS):
            # the holder named in apposition ("Chad's ambassador to the UN, Amina Bello,"): the
            # mention is a named state's or body's title, the name the person's; not a body's name
            # ("the bloc": European Union), nor a state's for an unnamed one ("the country's envoy")
            out.add(words[-1].lower())
    return out


#: words of the names of bodies, not people: a name with one is no speaker's
BODY_WORDS = frozenset({"Union", "Nations", "Council", "Ministry", "Forces", "Force", "Party", "Front", "Army",
                        "Movement", "Organisation", "Organization", "Committee", "Commission", "Court", "Bank",
                        "Fund", "Agency", "Office", "Department", "Republic", "Kingdom", "States", "Emirates",
                        "Islands", "Assembly", "Parliament", "Congress", "Government", "Group", "Alliance",
                        "Service", "Services", "Guard", "Police", "Navy", "Authority", "House", "League"})


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _other_speakers(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    sa, sb = _speakers(a), _speakers(b)
    return bool(sa and sb and not sa & sb)


#: acts two sides fight out, whose direction the sides' accounts may reverse
TWO_SIDED = frozenset({"ASSAULT"})
#: acts of meeting: who met whom has no direction (CAMEO 04: the host, the visitor and the
#: delegations are all parties to one meeting, whichever report makes which the subject)
MUTUAL = frozenset({"CONSULT"})


def _meeting_parties(m: Member) -> set[str]:
    return _codes(m.actor) | _codes(m.recipient)


def _other_meeting(a: Member, b: Member) -> bool:
    """Are ``a`` and ``b`` meetings of other parties? Each report may name a part of one meeting's
    parties, as doer or as target ("Qatar hosted envoys from Pakistan"; "Pakistani and Afghan
    officials met in Doha"), and the place where it is held stands for its host: one names a party
    the other does not, and the other one the first does not (the host state counts as named by
    the meeting held in it)."""
    pa, pb = _meeting_parties(a), _meeting_parties(b)
    wa = pa | _codes([a.location] if a.location else [])
    wb = pb | _codes([b.location] if b.location else [])
    return bool(pa and pb and not (pa <= wb or pb <= wa))


def _not_itself(actor: list[dict[str, Any]], recipient: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recipients that are not the actor itself: a target coded as its own doer ("Lithuania sent
    troops to its own frontier", "people in Warsaw protested against the treatment of people") is
    the place or the people the act is about, which other reports name otherwise."""
    own = {(p.get("code"), p.get("sector")) for p in actor if p.get("code")}
    return [p for p in recipient if (p.get("code"), p.get("sector")) not in own]


def _parties_conflict(aa_: list[dict[str, Any]], ra_: list[dict[str, Any]], ab_: list[dict[str, Any]],
                      rb_: list[dict[str, Any]], force: bool = False) -> bool:
    """Other coded actors, or recipients, or sectors of one code that differ (``force``: an act of
    force, whose government and military doers may be one: ``COMMAND_SECTORS``)."""
    ra_, rb_ = _not_itself(aa_, ra_), _not_itself(ab_, rb_)
    aa, ab = _codes(aa_), _codes(ab_)
    ra, rb = _codes(ra_), _codes(rb_)
    if (aa and ab and not aa & ab) or (ra and rb and not ra & rb):
        return True
    if _state_and_armed(aa_, ab_) or _state_and_armed(ra_, rb_):
        return True
    return not (_sectors_agree(aa_, ab_, force=force) and _sectors_agree(ra_, rb_, True, force=force))


#: sectors of a state's own organs, and of armed groups that are not a state's
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
CIVIL_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
ARMED_SECTORS = frozenset({"REB", "CRM", "UAF"})


def _state_and_armed(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """One side is only a state's organs and the other only armed groups, coded or not: "the
    government released 20 jailed fighters" is not "the rebels freed their last hostages"."""
    sa = {p["sector"] for p in a if p.get("sector")}
    sb = {p["sector"] for p in b if p.get("sector")}
    return bool(sa and sb and ((sa <= STATE_SECTORS and sb <= ARMED_SECTORS)
                               or (sb <= STATE_SECTORS and sa <= ARMED_SECTORS)))


def linked(a: Member, b: Member) -> bool:
    """Does something say ``a`` and ``b`` may be one act? A side left uncoded by one report may be
    either party: only a coded party both name, or words of their own both sentences use
    ("trawler", "12"), or one story, say it is one act."""
    if a.story == b.story:
        return True
    if _codes(a.actor) & _codes(b.actor) or _codes(a.recipient) & _codes(b.recipient):
        return True
    if a.event in TWO_SIDED and (_codes(a.actor) & _codes(b.recipient) or _codes(a.recipient) & _codes(b.actor)):
        return True  # one side's account of a clash and the other's
    if a.event in MUTUAL and _meeting_parties(a) & _meeting_parties(b):
        return True  # the host's report of a meeting and a guest's
    return len(a.words & b.words) >= SHARED_WORDS


def _fits(m: Member, members: list[Member]) -> bool:
    """May ``m`` join the incident of ``members``? No member's date, mode, kind or place rules it
    out, and none of their coded parties does, unless those members are outnumbered: more members
    agree with ``m`` and link it (share a coded party or words) than name other parties. One
    report whose party the coder got wrong ("the army's drone strike" given the mediator's
    state) should not keep every later report of the act out; two reports against one are no
    miscoding to outvote, and a told date or a mode is never outvoted: those are what tell
    look-alike acts apart (an undated report's publication day may be: ``_only_parties``)."""
    against = support = 0
    for o in members:
        if conflict(m, o):
            if not _only_parties(m, o):
                return False
            against += 1
        elif linked(m, o):
            support += 1
    return against == 0 or support > against


def _only_parties(a: Member, b: Member) -> bool:
    """Is it only what a miscoding can get wrong that rules out ``a`` and ``b`` being one act: their
    parties (``conflict`` with ``b`` given ``a``'s parties finds nothing), or the date of one that
    gives none of its own (dated from its publication day, ``start != shown``: the weakest date a
    report has)? Those are outvoted (``_fits``); a told date, a mode or a kind never is."""
    if not conflict(a, dataclasses.replace(b, actor=a.actor, recipient=a.recipient)):
        return True
    if b.start != b.shown:
        return not conflict(a, dataclasses.replace(b, start=a.start, end=a.end, shown=a.shown))
    if a.start != a.shown:
        return not conflict(dataclasses.replace(a, start=b.start, end=b.end, shown=b.shown), b)
    return False


def group(members: Iterable[Member], initial: list[list[Member]] | None = None) -> list[list[Member]]:
    """Incidents of one block: members in canonical order, each joining the first incident (in
    the order they were started) where no member conflicts with it and some member links it.
    ``initial`` holds the incidents already started by earlier members, oldest first."""
    groups: list[list[Member]] = [list(g) for g in initial or []]
    members = list(members)
    _tell_modes([*members, *(o for g in groups for o in g)])
    # candidates: an incident can take a member only if some member shares a coded party, the
    # story or a word with it (``linked``), so index incidents by their codes, stories and words
    index: dict[str, set[int]] = {}

    def keys(m: Member) -> set[str]:
        return ({f"c:{c}" for c in _codes(m.actor) | _codes(m.recipient)} | {f"s:{m.story}"}
                | {f"w:{w}" for w in m.words})

    # the earliest last day among an incident's members: a member starting more than the story
    # window after it fits no longer (members come in order of their first day)
    first_end: list[date] = []
    for i, g in enumerate(groups):
        first_end.append(min(o.end for o in g))
        for o in g:
            for k in keys(o):
                index.setdefault(k, set()).add(i)
    limit = timedelta(days=STORY_WINDOW_DAYS)
    for m in sorted(members, key=lambda x: x.key):
        mine = keys(m)
        candidates = sorted(set().union(*(index.get(k, set()) for k in mine)))
        taken: list[int] = []
        for i in candidates:
            # nothing in the incident rules the member out (complete link), and some member
            # links it to the incident (single link): a report that names neither party may
            # join an act through the report that shares its words
            if (groups[i] and m.start - first_end[i] <= limit and _fits(m, groups[i])
                    and any(linked(m, o) for o in groups[i])):
                if not taken:
                    groups[i].append(m)
                    first_end[i] = min(first_end[i], m.end)
                elif m.event not in SAID_ACTS and m.start == m.shown == m.end and _one_act(groups[taken[0]], groups[i]):
                    # a report told on its own day fits a second incident too, and nothing but a
                    # miscoded party keeps the two apart, outvoted by the pairs of reports that
                    # share a coded party or a story: one act that early reports, each coded with
                    # part of its parties, had split ("the raid hit a gathering of terrorists",
                    # the army's account; "the bombs killed nine civilians", the rescuers'). Not
                    # for acts done by saying them: two uncoded speakers of one day are two acts
                    groups[taken[0]] = sorted(groups[taken[0]] + groups[i], key=lambda x: x.key)
                    first_end[taken[0]] = min(first_end[taken[0]], first_end[i])
                    for o in groups[i]:
                        for k in keys(o):
                            index.setdefault(k, set()).add(taken[0])
                    groups[i] = []
                    continue
                else:
                    continue
                taken.append(i)
        if taken:
            i = taken[0]
        else:
            i = len(groups)
            groups.append([m])
            first_end.append(m.end)
        for k in mine:
            index.setdefault(k, set()).add(i)
    return [g for g in groups if g]


def _one_act(a: list[Member], b: list[Member]) -> bool:
    """May incidents ``a`` and ``b`` be one act? No pair of their members is kept apart by a date, a
    mode, a kind or a speaker (only by parties: ``_only_parties``), and more pairs share a coded
    party or a story than name other parties (as ``_fits`` outvotes a miscoded report; words alone
    link look-alike acts of one day, so they do not count here)."""
    against = support = 0
    for x in a:
        for y in b:
            if conflict(x, y):
                if not _only_parties(x, y):
                    return False
                against += 1
            elif x.story == y.story or _codes(x.actor) & _codes(y.actor) or _codes(x.recipient) & _codes(y.recipient):
                support += 1
    return support > against


def incident_id(members: list[Member]) -> str:
    return "inc-" + hashlib.sha1(members[0].id.encode()).hexdigest()[:14]


def _party_key(p: dict[str, Any]) -> tuple[str, str]:
    return (p.get("code") or "", p.get("sector") or "")


def _parties(members: list[Member], role: str) -> list[dict[str, Any]]:
    """The coded parties the members name on one side, each once, most often named first."""
    seen: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], str | None] = {}
    for m in members:
        for p in getattr(m, role):
            if p.get("code"):
                k = _party_key(p)
                seen[k] += 1
                names.setdefault(k, p.get("name"))
    keys = sorted(seen, key=lambda k: (-seen[k], k))
    # a code given with a sector makes the bare code redundant
    with_sector = {c for c, s in keys if s}
    return [{"code": c, "sector": s or None, "name": names[(c, s)]} for c, s in keys if s or c not in with_sector]


def record(members: list[Member]) -> dict[str, Any]:
    """The incident record (INTERFACE.md "incident"), less its figures (``with_figures``)."""
    modality = min((m.modality for m in members),
                   key=lambda x: MODALITY_ORDER.index(x) if x in MODALITY_ORDER else len(MODALITY_ORDER))
    modes = Counter(m.mode for m in members if m.mode)
    places = Counter(json.dumps(m.location, sort_keys=True) for m in members if m.location)
    location = json.loads(sorted(places, key=lambda k: (-places[k], k))[0]) if places else None
    docs = sorted({m.doc_id for m in members})
    sources = sorted({m.source or "unknown" for m in members})
    stories = {m.story for m in members}
    by_published = sorted(members, key=lambda m: (m.published is None, m.published or "", m.doc_id))
    starts = sorted(m.shown for m in members)
    ends = sorted(m.end for m in members)
    return {
        "id": incident_id(members),
        # the type most reports give (one family: see FAMILIES), the earliest report's on a tie
        "event": Counter(m.event for m in members).most_common(1)[0][0],
        "mode": sorted(modes, key=lambda k: (-modes[k], k))[0] if modes else None,
        "actor": _parties(members, "actor"),
        "recipient": _parties(members, "recipient"),
        "date": starts[0].isoformat(),
        "date_range": [starts[0].isoformat(), ends[-1].isoformat()],
        "location": location,
        "modality": modality,
        "happened": modality in HAPPENED_MODALITIES,
        "n_events": len(members),
        "n_documents": len(docs),
        "n_sources": len(sources),
        "sources": sources,
        "n_stories": len(stories),
        "first_reported": {"doc_id": by_published[0].doc_id, "published": by_published[0].published},
        "event_ids": sorted(m.id for m in members),
        "doc_ids": docs,
        # copies of one story are one report: corroboration needs two stories from two outlets
        "corroboration": "multi_source" if len(sources) > 1 and len(stories) > 1 else "single_source",
    }


# ---- the store side ---------------------------------------------------------------------------------

_SELECT = ("SELECT e.id, e.doc_id, e.record, d.source, d.published, coalesce(d.story_id, d.id)"
           " FROM events e JOIN documents d ON d.id = e.doc_id")


def _member(row: sqlite3.Row | tuple[Any, ...]) -> Member | None:
    ev = json.loads(row[2])
    when = interval(ev.get("date"))
    if when is None or ev.get("modality") in NOT_ACTS:
        return None
    shown = when[0]
    info = ev.get("text_info") or {}
    reach_back_perfect = False
    on_publication = (row[4] or "")[:10] == shown.isoformat()
    if "date_text" in info:
        # the record says which words dated it: none (the publication day, for want of a date),
        # or a statement's day ("said on Sunday that ..."), or the day of a later act it came
        # before ("eased the curfew on Monday after the army recaptured the port"): the last day
        # the act can be
        words = info["date_text"]
        reach_back = (words is None and on_publication) or bool(
            words and (words.get("statement") or words.get("before")))
    else:  # a record from before ``date_text``
        reach_back = on_publication
    if when[0] == when[1] and reach_back and ev.get("modality") not in ("planned", "intended"):
        # dated on the day of publication: the date the coder falls back to when the sentence gives
        # none, so the act happened on that day or some days before ("the detention of the men")
        back = PERFECT_LOOKBACK_DAYS if info.get("perfect") else LOOKBACK_DAYS
        when = (when[0] - timedelta(days=back), when[1])
        reach_back_perfect = bool(info.get("perfect"))
    return Member(id=row[0], doc_id=row[1], block=block_of(ev), start=when[0], end=when[1], shown=shown,
                  words=distinctive((ev.get("text_info") or {}).get("text") or ""),
                  event=ev["event"],
                  mode=ev.get("mode"), modality=ev.get("modality") or "asserted", actor=ev.get("actor") or [],
                  recipient=ev.get("recipient") or [], location=ev.get("event_loc"), story=row[5],
                  source=row[3], published=row[4], date_text=ev.get("date") or "", cameo=ev.get("cameo"),
                  perfect=bool(reach_back_perfect),
                  sentence=info["sentence"] if isinstance(info.get("sentence"), int) else -1)


def touched(db: sqlite3.Connection, doc_id: str) -> list[tuple[str, str, str, str]]:
    """(incident id, block, first day, last day) of the incidents a document's stored events
    belong to: what to regroup after its events are replaced or deleted."""
    return [(r[0], r[1], r[2], r[3]) for r in db.execute(
        "SELECT i.id, i.block, i.date, i.date_last FROM incidents i WHERE i.id IN"
        " (SELECT incident_id FROM incident_events WHERE doc_id = ?)", (doc_id,))]


def update(db: sqlite3.Connection, doc_ids: Iterable[str], also: Iterable[tuple[str, str, str, str]] = ()) -> int:
    """Regroup the segments that the events of ``doc_ids`` (as stored now) fall in, and the spans
    in ``also`` (from ``touched``, taken before a document's events were replaced). Runs in the
    caller's transaction. Returns the number of incidents written."""
    new: dict[str, list[Member]] = {}
    spans: dict[str, list[tuple[date, date]]] = {}
    for doc_id in doc_ids:
        for row in db.execute(_SELECT + " WHERE e.doc_id = ?", (doc_id,)):
            m = _member(row)
            if m is not None:
                new.setdefault(m.block, []).append(m)
                spans.setdefault(m.block, []).append((m.start, m.end))
    stale: dict[str, set[str]] = {}
    for inc, block, first, last in also:
        spans.setdefault(block, []).append((date.fromisoformat(first), date.fromisoformat(last)))
        stale.setdefault(block, set()).add(inc)
    written = 0
    for block in sorted(spans):
        ranges = spans[block]
        written += _regroup(db, block, min(r[0] for r in ranges), new.get(block, []), stale.get(block, set()))
    return written


def _regroup(db: sqlite3.Connection, block: str, lo: date, new: list[Member], stale: set[str]) -> int:
    """Regroup the block from day ``lo`` on, with the ``new`` members (and without the events of
    the ``stale`` incidents that are gone).

    Grouping takes events in canonical order, so events before ``lo`` were grouped exactly as a
    full regrouping would group them, and stay. What a full regrouping would hold when it reaches
    ``lo`` is rebuilt: the incidents that can still take an event dated ``lo`` or later (a member
    within the story window of ``lo``), with their members before ``lo``. The block's events from
    ``lo`` on then join them, or new incidents, in canonical order. The result equals a
    regrouping of everything; the work is the events from ``lo`` on, which for news that arrives
    as it happens is the last few days of one block."""
    pad = timedelta(days=STORY_WINDOW_DAYS)
    start = lo.isoformat()
    # the members of the incidents open at `lo` (those before `lo` seed the grouping), and every
    # event from `lo` on, with the incident each belongs to now
    rows = db.execute(
        "SELECT x.event_id, x.incident_id, x.date_first < ? FROM incident_events x WHERE x.incident_id IN"
        " (SELECT DISTINCT incident_id FROM incident_events INDEXED BY incident_events_block"
        "  WHERE block = ? AND date_last >= ? AND date_first < ?)"
        " UNION SELECT event_id, incident_id, 0 FROM incident_events INDEXED BY incident_events_later"
        " WHERE block = ? AND date_first >= ?",
        (start, block, (lo - pad).isoformat(), start, block, start)).fetchall()
    was: dict[str, set[str]] = {}
    before_ids: set[str] = set()
    later_ids: set[str] = set()
    for event_id, inc, early in rows:
        was.setdefault(inc, set()).add(event_id)
        (before_ids if early else later_ids).add(event_id)
    for inc in stale:
        was.setdefault(inc, set())
    loaded = {m.id: m for m in _load(db, before_ids | later_ids)}
    forward = {i: loaded[i] for i in later_ids if i in loaded}
    forward.update({m.id: m for m in new})  # all dated `lo` or later: `lo` is the first of them
    initial: list[list[Member]] = []
    for inc in sorted(was):
        early = sorted((loaded[i] for i in was[inc] if i in before_ids and i in loaded), key=lambda m: m.key)
        if early:
            initial.append(early)
    initial.sort(key=lambda g: g[0].key)
    groups = group(forward.values(), initial)
    # rewrite only what changed: an incident whose members are the same keeps its rows
    now = {incident_id(g): g for g in groups}
    same = {inc for inc, g in now.items() if was.get(inc) == {m.id for m in g}}
    for inc in sorted(set(was) - same):
        for table, key in (("incident_events", "incident_id"), ("incident_parties", "incident_id"),
                           ("incident_sources", "incident_id"), ("incidents", "id")):
            db.execute(f"DELETE FROM {table} WHERE {key} = ?", (inc,))
    for inc, g in now.items():
        if inc not in same:
            _write(db, block, g)
    return len(now) - len(same)


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _party_summary(parties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parties grouping reads: coded ones, and uncoded ones with a sector (``_state_and_armed``
    tells "the rebels" from a state's organs by the sector alone); a summary that dropped them
    would group an increment otherwise than a full regrouping."""
    return [{k: p.get(k) for k in ("code", "sector", "name", "entity_text")} for p in parties
            if p.get("code") or p.get("sector")]


def _summary(m: Member) -> str:
    """What grouping needs of a grouped event, kept beside its membership (``incident_events``)."""
    return json.dumps({
        "doc_id": m.doc_id, "block": m.block, "start": m.start.isoformat(), "end": m.end.isoformat(),
        "shown": m.shown.isoformat(), "words": sorted(m.words), "event": m.event, "mode": m.mode,
        "modality": m.modality, "actor": _party_summary(m.actor), "recipient": _party_summary(m.recipient),
        "location": {k: m.location.get(k) for k in ("code", "geonameid", "text")} if m.location else None,
        "story": m.story, "source": m.source, "published": m.published, "date_text": m.date_text,
        "cameo": m.cameo, **({"perfect": True} if m.perfect else {}),
        **({"sentence": m.sentence} if m.sentence >= 0 else {}),
    }, ensure_ascii=False, separators=(",", ":"))


def _load(db: sqlite3.Connection, ids: set[str]) -> list[Member]:
    """Grouped events, from their summaries."""
    out: list[Member] = []
    for chunk in _chunks(sorted(ids)):
        for event_id, member in db.execute(
                f"SELECT event_id, member FROM incident_events WHERE event_id IN ({_marks(chunk)})", chunk):
            d = json.loads(member)
            for k in ("start", "end", "shown"):
                d[k] = date.fromisoformat(d[k])
            d["words"] = frozenset(d["words"])
            out.append(Member(id=event_id, **d))
    return out


def _write(db: sqlite3.Connection, block: str, members: list[Member]) -> None:
    rec = record(members)
    db.execute(
        "INSERT INTO incidents (id, block, event, date, date_last, modality, happened, n_events, n_documents,"
        " n_sources, corroboration, first_doc, first_published, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (rec["id"], block, rec["event"], rec["date"], rec["date_range"][1], rec["modality"], int(rec["happened"]),
         rec["n_events"], rec["n_documents"], rec["n_sources"], rec["corroboration"],
         rec["first_reported"]["doc_id"], rec["first_reported"]["published"], json.dumps(rec, ensure_ascii=False)))
    db.executemany("INSERT INTO incident_events VALUES (?,?,?,?,?,?,?)",
                   [(m.id, rec["id"], m.doc_id, block, m.start.isoformat(), m.end.isoformat(), _summary(m))
                    for m in members])
    db.executemany("INSERT INTO incident_parties VALUES (?,?,?,?)",
                   [(rec["id"], role, p["code"], p.get("sector"))
                    for role in ("actor", "recipient") for p in rec[role]])
    db.executemany("INSERT INTO incident_sources VALUES (?,?)", [(rec["id"], s) for s in rec["sources"]])


def rebuild(db: sqlite3.Connection) -> int:
    """Regroup every stored event (a store made before incidents existed, or after a change of
    the rules). Runs in the caller's transaction."""
    for table in ("incident_events", "incident_parties", "incident_sources", "incidents"):
        db.execute(f"DELETE FROM {table}")
    blocks: dict[str, list[Member]] = {}
    for row in db.execute(_SELECT):
        m = _member(row)
        if m is not None:
            blocks.setdefault(m.block, []).append(m)
    n = 0
    for block, members in blocks.items():
        for g in group(members):
            _write(db, block, g)
            n += 1
    return n


def with_figures(db: sqlite3.Connection, incident: dict[str, Any]) -> dict[str, Any]:
    """``incident`` with ``figures``: the claims stated in the sentences its events come from (and,
    for violence, the casualty counts of its documents), grouped as the claims ledger groups them,
    with each group's agreement or conflict across sources."""
    from .claims import build_ledger, claim_from_json

    ids = incident["event_ids"]
    places: set[tuple[str, int]] = set()
    for chunk in _chunks(sorted(ids)):
        for r in db.execute(f"SELECT doc_id, json_extract(record, '$.text_info.sentence') FROM events"
                            f" WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            places.add((r[0], r[1]))
    docs = sorted({d for d, _ in places})
    pairs = []
    claim_ids: dict[tuple[str, str | None], str] = {}
    for chunk in _chunks(docs):
        for r in db.execute(
                "SELECT c.record, d.id, d.title, d.source, d.published, d.url, d.story_id FROM claims c"
                f" JOIN documents d ON d.id = c.doc_id WHERE c.doc_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY d.published, d.id", chunk):
            rec = json.loads(r[0])
            casualty = incident["event"] == "ASSAULT" and rec.get("kind") in ("dead", "injured")
            if (r[1], rec.get("sentence")) not in places and not casualty:
                continue
            meta = {"doc_id": r[1], "title": r[2], "source": r[3], "published": r[4], "url": r[5], "story_id": r[6]}
            pairs.append((claim_from_json(rec), meta))
            claim_ids[(r[1], rec.get("text"))] = hashlib.sha1(
                f"{r[1]}|{rec.get('start')}|{rec.get('end')}".encode()).hexdigest()[:16]
    figures = []
    for g in build_ledger(pairs):
        figures.append({
            "subject": g.subject, "kind": g.kind, "status": g.status,
            "rows": [{"figure": row.figure, "value": row.value, "low": row.low, "high": row.high,
                      "qualifier": row.qualifier, "source": row.source, "doc_id": row.doc_id,
                      "claim_id": claim_ids.get((row.doc_id, row.figure)), "latest": row.latest}
                     for row in g.rows],
            "conflicts": [list(p) for p in g.conflicts],
        })
    return {**incident, "figures": figures}


def _marks(chunk: list[str]) -> str:
    return ",".join("?" * len(chunk))
