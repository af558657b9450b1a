"""A thirty-sixth blind batch of event coding: short wire stories (one to three sentences) and passages with
no act, written for this test on 2026-12-01, before the coder was run on any of them. Its theme is
international bodies and transnational actors as the parties: UN agencies and the Security Council, the
African Union, ASEAN, ECOWAS, the IMF and the World Bank, NATO, Interpol, the International Criminal Court and
the Red Cross, NGOs (Amnesty International, Human Rights Watch, Doctors Without Borders), and armed groups and
cartels (Hamas, Hezbollah, al-Shabaab, the Houthis, Boko Haram, M23, the Sinaloa cartel), with states on every
continent on the other side; multinational companies appear only in the passages with no act. About half of
the stories are plain wire copy in the way AP, Reuters, AFP and VOA write it (pledged, met, praised, lifted,
extradited, delivered, freed, called on, accused, vetoed, threatened, marched, expelled, deployed,
arrested, attacked), the other half harder: reported speech and attribution after the clause, passives with
"by", nominal events, titles instead of names, capitals standing for states, nationality adjectives, pronouns
resolved from the sentence before, phrasal verbs and idioms (turned down, walked off the job, set free, pulled
back, broke off), relative clauses, and one denial.

Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and recipient
(code and sector) and, where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the
PLOVER type definitions, CAMEO's actor and sector conventions, and the project's codes for international
bodies: the UN and its agencies UNO, the European Union EUR, other intergovernmental bodies such as NATO, the
African Union, ASEAN, ECOWAS, the IMF, the World Bank, Interpol, the ICC and the ICRC IGO, NGOs NGO). Armed
groups take the code of their country: al-Shabaab SOM, Boko Haram NGA and M23 COD with the sector REB, the
Sinaloa cartel MEX with CRM, Hamas PSE, Hezbollah LBN and the Houthis YEM with the code only. An act announced
for the future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN, 13;
signing a formal agreement and an apology are SUPPORT, 05; lifting a ban or an embargo and declaring a
ceasefire are CONCEDE, 08; extradition, intelligence sharing and joint exercises are COOPERATE, 06; a release
of captives or a pullback of fighters is RETREAT, 0841, 087; summoning a foreign envoy is ACCUSE, 114;
sanctions, breaking off relations and expelling a UN official are SANCTION, 16; a joint act ("X and Y
signed", "X and Y troops began joint drills") is coded with both sides as actors and no recipient, as
PLOVER-GSR does, so its first side is given as the actor and the recipient is None; a denial "X denied that it
had ..." gives the modality "negated". A sector is given only where it is clear-cut (a minister GOV, soldiers
MIL, police COP); a bare state, a capital, authorities or an international body is checked by its code only.

Two kinds of case:

* STORIES: a story passes when the coder returns at least one event of the expected type whose actors include
  the expected actor (code, and sector where one is given), whose recipients include the expected recipient
  where one is given, and whose modality is the expected one where one is given.
* EMPTY: passages that report no codable act that happened: statistics, polls and tallies, standing positions
  in the simple present, forecasts, hedged speculation, background history with years, habits, and political
  verbs in their sports, business, science, technology and crime-reporting senses (a side that "attacked", a
  share price that "retreated", a company that "deployed" software, a drug that "attacks" tumours). A passage
  passes when no event comes back with the modality "asserted" or "reported".

Every text is new writing for this batch. Each was checked for six-word runs shared with the gold sets, the
seed, the news, the demo corpus and the tests (with /tmp/ew/overlap.py), and none was found.

FIRST RUN, on commit 26dc525 (the third 2026-12-01 session's coder, after the rules blind batches 30 to
33 and the first article batch prompted): the type found in 45 of 50 stories (0.900); the actor code
right on an event of the type in 43 (0.860); code and sector in 7 of the 12 that give a sector (0.583);
the recipient right in 34 of the 39 that give one (0.872); **38 of 50 passing (0.760)**; 19 of the 25
empty passages with no event that happened (0.760). The session's starting coder (5610c44), run on it
afterwards for comparison only: 38 of 50 and 19 of 25. No expectation was changed after the first run.
Its 12 misses: talks to be hosted by the African Union (a meeting told in the future, which the coder
keeps as planned), the ICRC (which the project codes as an NGO, where the batch expects IGO), the
chief "of the U.N." force left without the UN, an arms embargo lifted, a unilateral ceasefire (which
the CAMEO->PLOVER table files under RETREAT, 0871, where the batch expects CONCEDE), children set free
by "they" read as the children, a demand told before "..., Human Rights Watch urged", a president who
"turned to the World Bank for" funding, a threat's target in its act ("to attack Kenyan troops if"),
a UN official expelled (coded as a deportation), a state deploying its police (the batch gives the
actor the police's sector), gunmen "from the Sinaloa cartel" left unidentified. Six empty passages
gave events: "password attacks" blocked by software, a standing rule on "any member whose army seizes
control", arms exports barred "to any nation", bread handed out "every Friday", software "deployed",
a drug that "attacks tumours". The misses were read and rules followed, so the batch is no longer
blind. FLOORS were set after those rules, a little under its figures then.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding import code_events
from eventwire.model import Document, Event
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow

#: (code, sector); sector None: only the code is checked
Party = tuple[str, str | None]

#: (story, type of an act of its last sentence, actor, recipient, modality); recipient and modality
#: None: not checked
STORIES: list[tuple[str, str, Party, Party | None, str | None]] = [
    # --- AGREE (0331 pledge of a loan by an IGO, 036 intent to host talks in reported speech with capitals,
    # 0332 promise by a leader resolved from the sentence before)
    ("The World Bank pledged on Thursday to lend Malawi $250 million, spread over three years, to rebuild "
     "roads and bridges washed away by last season's cyclone.",
     "AGREE", ("IGO", None), ("MWI", None), None),
    ("Fighting along the Ethiopia-Eritrea border has displaced tens of thousands of people since August. The "
     "African Union will host talks between Addis Ababa and Asmara in Nairobi before the end of the month, "
     "its commission chairman said on Wednesday.",
     "AGREE", ("IGO", None), None, None),
    ("Myanmar's generals have kept foreign relief agencies out of Rakhine state for most of the year. Their "
     "leader promised a visiting ASEAN delegation on Monday that convoys carrying rice and medicine would be "
     "let in before the monsoon, a Thai diplomat said.",
     "AGREE", ("MMR", None), ("IGO", None), None),
    # --- CONSULT (042 meeting, 041 telephone call reported by the organisation, 042 visit to a capital)
    ("The U.N. chief, Antonio Guterres, met Sudan's army chief Abdel Fattah al-Burhan in Port Sudan on "
     "Saturday to discuss a humanitarian truce.",
     "CONSULT", ("UNO", None), ("SDN", None), None),
    ("The ICRC's president discussed access to detainees in a telephone call with Israel's foreign minister "
     "on Tuesday, the organisation said.",
     "CONSULT", ("IGO", None), ("ISR", "GOV"), None),
    ("NATO Secretary-General Mark Rutte arrived in Vilnius on Thursday for a two-day visit focused on air "
     "defences along the alliance's eastern flank.",
     "CONSULT", ("IGO", None), ("LTU", None), None),
    # --- SUPPORT (051 praise by the IMF, 057 joint signing, 055 apology after a sentence of context)
    ("The International Monetary Fund praised Sri Lanka on Friday for meeting the revenue targets set under "
     "its $2.9 billion bailout.",
     "SUPPORT", ("IGO", None), ("LKA", None), None),
    ("Indonesia and the European Union signed a free trade agreement in Jakarta on Tuesday, ending almost a "
     "decade of haggling over palm oil, nickel and car tariffs.",
     "SUPPORT", ("IDN", None), None, None),
    ("Peacekeepers opened fire on demonstrators in the eastern town of Beni last week, killing two. The "
     "chief of the U.N. peacekeeping force in Congo apologised to Congolese civilians on Monday for the "
     "deaths in a radio address.",
     "SUPPORT", ("UNO", None), ("COD", "CVL"), None),
    # --- CONCEDE (081 embargo lifted, 0871 ceasefire declared by rebels in a relative-clause sentence,
    # 0812 ban lifted by "it" resolved from the sentence before)
    ("The U.N. Security Council on Thursday lifted the arms embargo on the Central African Republic's "
     "government, which had been in place for over a decade.",
     "CONCEDE", ("UNO", None), ("CAF", "GOV"), None),
    ("M23 rebels, who took control of Goma in January, declared a unilateral ceasefire on Tuesday, citing "
     "the need to let food and medicine reach the city.",
     "CONCEDE", ("COD", "REB"), None, None),
    ("Niger's military government suspended several aid groups in 2023, saying they had colluded with "
     "jihadists. It lifted the ban on Doctors Without Borders on Wednesday, allowing the charity to reopen "
     "clinics near the Malian border, a government statement said.",
     "CONCEDE", ("NER", None), ("NGO", None), None),
    # --- COOPERATE (0631 extradition, 062 joint drills with nationality adjectives, 064 intelligence shared
    # in reported speech)
    ("Colombia extradited a senior Sinaloa cartel financier to the United States late on Friday, putting him "
     "on a DEA flight to Chicago to stand trial on fentanyl charges.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("Philippine and Australian troops began joint amphibious drills on the northern island of Luzon on "
     "Monday, days after a standoff with Chinese coast guard vessels.",
     "COOPERATE", ("PHL", "MIL"), None, None),
    ("Interpol said on Wednesday it had shared intelligence with Brazilian federal police that helped them "
     "dismantle a ring smuggling migrants through the Amazon.",
     "COOPERATE", ("IGO", None), ("BRA", "COP"), None),
    # --- AID (073 food delivered, 073 passive with "by", 073 with attribution after the clause, 072 denied)
    ("The World Food Programme delivered 3,000 tonnes of sorghum and lentils to Sudanese families in North "
     "Darfur on Sunday, its first convoy into the region since May.",
     "AID", ("UNO", None), ("SDN", None), None),
    ("Tents, jerrycans and chlorine tablets were airlifted to flood-stricken northern Mozambique on Tuesday "
     "by UNICEF, the U.N. children's agency.",
     "AID", ("UNO", None), ("MOZ", None), None),
    ("The European Union sent 40 tonnes of medical supplies to Gaza through the Rafah crossing on Wednesday, "
     "the bloc's humanitarian aid commissioner said.",
     "AID", ("EUR", None), ("PSE", None), None),
    ("Tehran on Tuesday denied that it had ever shipped combat drones to the Sudanese army, dismissing a "
     "U.N. panel's findings as baseless.",
     "AID", ("IRN", None), ("SDN", "MIL"), "negated"),
    # --- RETREAT (0841 hostages freed, 087 pullback with attribution after the clause, 0841 "set free" by
    # "they" resolved from the sentence before)
    ("Hamas freed four Israeli hostages in Gaza on Saturday and handed them over to the Red Cross under a "
     "truce brokered by Qatar and Egypt.",
     "RETREAT", ("PSE", None), None, None),
    ("Hezbollah fighters pulled back from positions south of the Litani River on Thursday under the terms of "
     "the ceasefire with Israel, the Lebanese army said.",
     "RETREAT", ("LBN", None), None, None),
    ("Boko Haram fighters abducted more than 130 pupils from their dormitories at a school in northeastern "
     "Nigeria last month. They set the children free on Sunday, the governor of Borno state said.",
     "RETREAT", ("NGA", "REB"), None, None),
    # --- REQUEST (0241 called on, 020 urged with attribution after the clause, 021 appeal by a title)
    ("Amnesty International called on Saudi Arabia on Tuesday to release a women's rights activist jailed "
     "for her posts on social media.",
     "REQUEST", ("NGO", None), ("SAU", None), None),
    ("The Security Council should extend its arms embargo to the whole of Sudan, Human Rights Watch urged in "
     "a report published on Thursday.",
     "REQUEST", ("NGO", None), ("UNO", None), None),
    ("The Somali president turned to the World Bank on Wednesday for emergency funding to help millions of "
     "people facing hunger after a third failed rainy season.",
     "REQUEST", ("SOM", "GOV"), ("IGO", None), None),
    # --- ACCUSE (112 accused, 114 envoy summoned by a capital, 111 denounced in the passive)
    ("Israel accused the U.N. agency for Palestinian refugees on Monday of employing members of Hamas in its "
     "schools in Gaza.",
     "ACCUSE", ("ISR", None), ("UNO", None), None),
    ("Kinshasa summoned Rwanda's charge d'affaires on Tuesday over what it called Kigali's backing for the "
     "M23 rebel group.",
     "ACCUSE", ("COD", None), ("RWA", None), None),
    ("Kenyan police were denounced by Amnesty International on Wednesday for firing live rounds at "
     "demonstrators in Nairobi.",
     "ACCUSE", ("NGO", None), ("KEN", "COP"), None),
    # --- REJECT (1231 veto, 120 rejection in reported speech, 1246 "turned down" an offer)
    ("Russia vetoed a U.N. Security Council resolution on Friday that demanded an immediate ceasefire in "
     "Sudan.",
     "REJECT", ("RUS", None), None, None),
    ("Yemen's Houthi movement has rejected a U.N. plan to reopen the roads around the besieged city of Taiz, "
     "the movement's chief negotiator said on Sunday.",
     "REJECT", ("YEM", None), ("UNO", None), None),
    ("Niger's military rulers turned down an ECOWAS offer on Saturday to send mediators to Niamey.",
     "REJECT", ("NER", None), ("IGO", None), None),
    # --- THREATEN (138 threat of attack, conditional; 138 warning by a title; 1312 threat of sanctions by a
    # capital)
    ("Al-Shabaab threatened on Monday to attack Kenyan troops if Nairobi did not pull them out of southern "
     "Somalia.",
     "THREATEN", ("SOM", "REB"), ("KEN", "MIL"), None),
    ("Hezbollah's leader warned Israel in a televised address that his fighters would hit targets deep "
     "inside its territory if the bombardment of southern Lebanon went on.",
     "THREATEN", ("LBN", None), ("ISR", None), None),
    ("Washington threatened on Wednesday to sanction judges of the International Criminal Court if the "
     "tribunal pursued cases against American citizens.",
     "THREATEN", ("USA", None), ("IGO", None), None),
    # --- PROTEST (141 march, 143 strike as an idiom, 142 hunger strike with attribution after the clause)
    ("Thousands of Congolese marched through the streets of Butembo on Saturday to demand the departure of "
     "U.N. peacekeepers from eastern Congo.",
     "PROTEST", ("COD", None), ("UNO", None), None),
    ("Doctors at public hospitals across Nigeria walked off the job at the start of the week to demand "
     "salary arrears going back months, their union said.",
     "PROTEST", ("NGA", "MED"), None, None),
    ("Hundreds of Palestinian prisoners held in Israeli jails began an open-ended hunger strike on Sunday "
     "over restrictions on family visits, a prisoners' rights group said.",
     "PROTEST", ("PSE", None), ("ISR", None), None),
    # --- SANCTION (163 sanctions by the EU, 1663 UN official expelled, 161 relations broken off by a capital)
    ("The European Union slapped asset freezes and travel bans on six Sudanese paramilitary commanders from "
     "the RSF on Tuesday, accusing them of atrocities in Darfur.",
     "SANCTION", ("EUR", None), ("SDN", None), None),
    ("Burkina Faso expelled the top U.N. humanitarian official in the country on Friday and gave her 72 "
     "hours to leave.",
     "SANCTION", ("BFA", None), ("UNO", None), None),
    ("Bamako broke off diplomatic relations with Kyiv on Sunday after a Ukrainian official boasted of his "
     "country's role in a rebel ambush on Malian soldiers.",
     "SANCTION", ("MLI", None), ("UKR", None), None),
    # --- MOBILIZE (1522 police deployed abroad, 150 alert raised after a sentence of context, 152 troops sent
    # in the passive with "by")
    ("Kenya deployed a second contingent of 200 police officers to Port-au-Prince on Tuesday to join the "
     "U.N.-backed mission against armed gangs.",
     "MOBILIZE", ("KEN", "COP"), ("HTI", None), None),
    ("A Russian reconnaissance plane entered Estonian airspace without permission on Tuesday. NATO put its "
     "air-policing squadrons on heightened alert over the Baltic states a day later.",
     "MOBILIZE", ("IGO", None), None, None),
    ("Some 3,000 troops were sent to the border with Congo by Burundi on Monday as fighting between the "
     "Congolese army and M23 rebels edged closer to Bujumbura.",
     "MOBILIZE", ("BDI", None), None, None),
    # --- COERCE (173 arrests, 173 detention of a cartel figure with attribution, 174 deportation in the
    # passive with "by")
    ("Ugandan police arrested 30 supporters of opposition leader Bobi Wine in Kampala on Thursday as they "
     "gathered for a rally.",
     "COERCE", ("UGA", "COP"), ("UGA", None), None),
    ("Mexican soldiers detained a suspected Sinaloa cartel plaza boss in a dawn raid in Culiacan, Mexico's "
     "defence ministry said on Friday.",
     "COERCE", ("MEX", "MIL"), ("MEX", "CRM"), None),
    ("More than 1,200 Afghan refugees were deported by Pakistan on Friday, the U.N. refugee agency said.",
     "COERCE", ("PAK", None), ("AFG", "REF"), None),
    # --- ASSAULT (190 attack on an AU base, 180 killing in the passive with "by", 195 air strikes with
    # attribution after the clause, 190 ambush by cartel gunmen)
    ("Al-Shabaab fighters attacked an African Union base in southern Somalia on Friday, killing at least "
     "nine soldiers.",
     "ASSAULT", ("SOM", "REB"), ("IGO", None), None),
    ("At least 40 farmers were killed by Boko Haram insurgents outside Maiduguri, in Nigeria's northeast, on "
     "Sunday while they harvested their crops.",
     "ASSAULT", ("NGA", "REB"), ("NGA", None), None),
    ("Israeli aircraft struck Hezbollah positions in southern Lebanon overnight, the Israeli military said "
     "on Tuesday.",
     "ASSAULT", ("ISR", None), ("LBN", None), None),
    ("Gunmen from the Sinaloa cartel ambushed a National Guard patrol in Culiacan on Saturday, killing three "
     "officers, Mexican officials said.",
     "ASSAULT", ("MEX", "CRM"), ("MEX", None), None),
]

#: passages with no codable act that happened
EMPTY: list[str] = [
    # statistics, polls and tallies
    "The number of people forced from their homes worldwide rose to 123 million by the end of last year, the "
    "U.N. refugee agency's annual report shows.",
    "Sixty-one percent of Germans surveyed in November said they had confidence in NATO, up from 54 percent "
    "a year earlier, according to an Infratest survey for German public television.",
    "Since January the United Nations has recorded 312 attacks on aid workers in Sudan, more than in any "
    "other country.",
    "Microsoft said its security systems blocked more than 1,500 password attacks every second on its cloud "
    "services last year.",
    # standing positions and standing facts in the simple present
    "The African Union does not recognise governments that take power by force and suspends any member whose "
    "army seizes control.",
    "Switzerland remains neutral and bars arms exports to any nation engaged in armed conflict.",
    "The Security Council has 15 members, five of which hold permanent seats and the power of veto.",
    # forecasts and hedged speculation
    "The IMF expects growth in sub-Saharan Africa to slow to 3.8 percent next year as higher borrowing costs "
    "weigh on investment.",
    "World Bank economists project that remittances to Central America will keep rising through 2027, driven "
    "by wages in the United States.",
    "Analysts say the Houthis could resume strikes on shipping if talks in Muscat stall, though there is no "
    "sign yet of such a move.",
    "Diplomats in New York said a vote on the draft might slip to next week, but no date has been fixed.",
    # background history with years
    "The International Criminal Court was set up in 2002 under the Rome Statute, which 125 countries have "
    "since ratified.",
    "Boko Haram began its insurgency in 2009 in the city of Maiduguri, and the conflict later spread into "
    "Niger, Chad and Cameroon.",
    # habits
    "Every Friday, volunteers from the Red Crescent hand out bread and lentils to families queuing outside "
    "the mosque in the old city.",
    "Fishermen in the Gulf of Guinea usually set out before dawn and come back with their catch by "
    "mid-morning.",
    # sports
    "Real Madrid attacked relentlessly down the right flank after the break, yet Bayern Munich held on for a "
    "2-1 win.",
    "The Springboks defended their title with a 12-11 win over New Zealand in the final at the Stade de "
    "France.",
    "Norway's Magnus Carlsen crushed his opponents in the blitz section, winning nine of his eleven games.",
    # business and markets
    "Shares of Nestle retreated 2.3 percent in Zurich after the food group trimmed its sales outlook for the "
    "year.",
    "Oil prices surged on Monday as traders weighed the risk of supply disruption in the Strait of Hormuz.",
    "Glencore said its copper output fell 6 percent in the third quarter because of lower ore grades at its "
    "Chilean mines.",
    # technology, science and weather
    "Siemens said it had deployed an upgraded release of its factory-automation software to more than 4,000 "
    "industrial customers across Europe.",
    "The experimental drug attacks tumours by starving them of their blood supply, researchers at the "
    "Pasteur Institute reported in the journal Nature.",
    "A powerful storm battered the coast of Brittany overnight, cutting power to about 80,000 homes.",
    # crime reporting
    "Prosecutors allege that the gang laundered about $40 million through shell companies in Dubai and Hong "
    "Kong between 2019 and 2022.",
]

FLOORS = {"type": 0.93, "actor_code": 0.91, "actor_sector": 0.8, "recipient": 0.97, "pass": 0.89,
          "empty": 0.97}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED) for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind36")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind36-empty")


def _score(coded: list[list[Event]]) -> tuple[dict[str, float], list[str]]:
    """The five story figures and a line for each story that does not pass."""
    hits = {"type": 0, "actor_code": 0, "actor_sector": 0, "recipient": 0, "pass": 0}
    n_sector = sum(c[2][1] is not None for c in STORIES)
    n_recipient = sum(c[3] is not None for c in STORIES)
    misses = []
    for (text, etype, actor, recipient, modality), events in zip(STORIES, coded, strict=True):
        typed = [e for e in events if e.event == etype]
        hits["type"] += bool(typed)
        hits["actor_code"] += any(_has(e.actor, (actor[0], None)) for e in typed)
        hits["actor_sector"] += actor[1] is not None and any(_has(e.actor, actor) for e in typed)
        hits["recipient"] += recipient is not None and any(_has(e.recipient, recipient) for e in typed)
        if any(_has(e.actor, actor) and (recipient is None or _has(e.recipient, recipient))
               and (modality is None or e.modality == modality) for e in typed):
            hits["pass"] += 1
        else:
            got = [(e.event, _show(e.actor), _show(e.recipient), e.modality) for e in events]
            misses.append(f"{text!r}: want {(etype, actor, recipient, modality)}, got {got}")
    n = len(STORIES)
    rates = {"type": hits["type"] / n, "actor_code": hits["actor_code"] / n,
             "actor_sector": hits["actor_sector"] / n_sector, "recipient": hits["recipient"] / n_recipient,
             "pass": hits["pass"] / n}
    return rates, misses


def _empty_misses(coded: list[list[Event]]) -> list[str]:
    wrong = []
    for text, events in zip(EMPTY, coded, strict=True):
        happened = [(e.event, e.modality, e.event_text) for e in events if e.modality in HAPPENED]
        if happened:
            wrong.append(f"{text!r}: got {happened}")
    return wrong


def test_blind36_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind36 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind36_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind36 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


def test_cases_are_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    modalities = {"asserted", "reported", "planned", "intended", "hypothetical", "conditional", "negated",
                  "historical"}
    assert 40 <= len(STORIES) <= 60 and 20 <= len(EMPTY) <= 40
    assert len({c[0] for c in STORIES} | set(EMPTY)) == len(STORIES) + len(EMPTY)
    assert all(c[1] in types for c in STORIES)
    assert all(sum(c[1] == t for c in STORIES) >= 2 for t in types)
    assert all(c[4] is None or c[4] in modalities for c in STORIES)
    codes = [c[2][0] for c in STORIES] + [c[3][0] for c in STORIES if c[3]]
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert set(FLOORS) == {"type", "actor_code", "actor_sector", "recipient", "pass", "empty"}
