"""A forty-seventh blind batch of event coding: short wire stories (one to three sentences) and
passages with no act, written for this test on 2026-12-01, before the coder was run on any of them,
on security and justice at home in every region: police raids and arrests, court verdicts and
sentences, prison riots and escapes, amnesties and pardons, extraditions, curfews and states of
emergency, militia and gang violence, clashes at borders, and the officials who order or condemn
them, many of them named only by a title or an agency ("the interior ministry", "border guards",
"the attorney general"), the way the desks of AP, Reuters, AFP and VOA write it. About half of the
stories are plain wire copy, the other half harder (reported speech, attribution after the clause,
the passive with "by", nominal events, titles instead of names, capitals for states, nationality
adjectives, pronouns resolved from the sentence before, phrasal verbs and idioms, relative clauses).
Each story comes with the PLOVER type of one act its last sentence reports, that act's actor and
recipient (code and sector) and, where it matters, its modality, as the codebook gives them
(CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector conventions, the project's
codes for international bodies: UN agencies UNO, other bodies IGO, NGOs NGO, the European Union EUR;
an act announced for the future or an offer is AGREE, 03, unless it is hostile and conditional,
THREATEN, 13; signing a formal agreement is SUPPORT, 057; lifting a curfew, a ban or a state of
emergency and easing restrictions are CONCEDE, 08; an extradition or a handover of suspects and joint
patrols are COOPERATE, 06; asylum granted and aid delivered are AID, 07; prisoners freed, an amnesty
that sets prisoners free and a pullback of troops are RETREAT, 0841, 087; summoning a foreign
ambassador is ACCUSE, 114; diplomats expelled, relations broken and sanctions are SANCTION, 16;
arrests, curfews imposed, deportations and prison sentences are COERCE, 17; when two parties act
jointly, the coder codes both as actors, as PLOVER-GSR does, so the first is the actor and there is
no recipient; a denial "X denied that ... had ..." gives the modality "negated"; a sector is given
only where it is clear-cut, and for a bare state name, a capital, "authorities", gunmen or protesters
only the code is checked). A story passes when the coder gives one event of the wanted type whose
actor has the wanted code (and sector, where one is given), whose recipient has the wanted code and
sector where one is given, and whose modality is the wanted one where one is given.

The EMPTY passages report no codable act that happened: statistics, polls, tallies, standing positions
in the simple present, forecasts, hedged speculation, background history with years, habits, and
political verbs used in the senses of sport, business, science, technology and fiction (a team that
"attacked", shares that "retreated", a startup that "deployed" an app). An EMPTY passage passes when
the coder gives no event with the modality "asserted" or "reported" for it.

Nothing comes from a gold set, the seed, the news or the demo corpus: every text was checked with
/tmp/ew/overlap.py for six-word runs shared with the gold, seed, news, demo corpus and tests, and none
was found. The batch was written without reading the coder's code, lexicons, rules or output.

FIRST RUN, on commit a81f6e5 (the fifth 2026-12-01 session's final coder; written at the end of the session
and never read): the type found in 47 of 50 stories (0.940); the actor code right on an event of the type in
44 (0.880); code and sector in 18 of the 19 that give a sector (0.947); the recipient right in 25 of the 32
that give one (0.781); **42 of 50 passing (0.840)**; 22 of 25 empty passages left empty. The session's
starting coder (24820a3), run beside it: 41 of 50 passing, code and sector in 17 of 19, the rest the same.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: the type found in 47 of 50 stories (0.940); the actor code right on an event
of the type in 44 (0.880); code and sector in 18 of the 19 that give a sector (0.947); the recipient right in
25 of the 32 that give one (0.781); **42 of 50 passing (0.840)**; 22 of 25 empty passages left empty; the same
on both. Its misses were not printed or read.
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
    # --- AGREE (a pledge by a minister named only by title, resolved from the sentence before; an offer
    # to hand over a fugitive; an amnesty offered on a condition that is not hostile)
    ("A fire at a jail in the Colombian town of Tuluá killed 51 inmates last month. The justice minister "
     "pledged on Thursday to cut overcrowding in the country's prisons by half within two years.",
     "AGREE", ("COL", "GOV"), None, None),
    ("Indonesia offered on Tuesday to hand a fugitive property tycoon over to Singapore as soon as a "
     "Jakarta court approves the request for his extradition.",
     "AGREE", ("IDN", None), ("SGP", None), None),
    ("Nigeria's attorney general said on Wednesday the federal authorities would pardon bandits in "
     "Zamfara state who surrender their rifles by December.",
     "AGREE", ("NGA", None), ("NGA", None), None),
    # --- CONSULT (a meeting of ministers; a visit by the head of an international police body; joint
    # talks between a prosecutor and an international court)
    ("Brazil's justice minister met his Paraguayan counterpart in Foz do Iguaçu on Friday to discuss "
     "cocaine smuggling across the two countries' long river frontier.",
     "CONSULT", ("BRA", "GOV"), ("PRY", "GOV"), None),
    ("Interpol's secretary general arrived in Manila on Monday for talks lasting two days with Philippine "
     "police commanders about online fraud rings run from guarded compounds.",
     "CONSULT", ("IGO", None), ("PHL", "COP"), None),
    ("Ukraine's prosecutor general and the chief prosecutor of the International Criminal Court held "
     "talks in The Hague on Tuesday about children taken from occupied towns.",
     "CONSULT", ("UKR", "JUD"), None, None),
    # --- SUPPORT (praise as a nominal event with the source after the verb; an apology by a minister;
    # an accord signed jointly)
    ("Moldova's new law making its anti-corruption prosecutors independent of the cabinet won warm praise "
     "from the European Commission, which on Wednesday hailed it as a decisive step.",
     "SUPPORT", ("EUR", None), ("MDA", None), None),
    ("Canada's public safety minister apologised on Thursday to an Indigenous family in Manitoba whose "
     "home was raided by mistake when officers went to the wrong address.",
     "SUPPORT", ("CAN", "GOV"), ("CAN", None), None),
    ("Spain and Morocco signed an accord in Rabat on Monday under which migrants who scale the fences "
     "around Ceuta and Melilla will be sent back within 48 hours.",
     "SUPPORT", ("ESP", None), None, None),
    # --- CONCEDE (emergency rule lifted; restrictions eased; a ban lifted, "they" resolved from the
    # sentence before)
    ("Kazakhstan lifted emergency rule in Almaty on Wednesday, three weeks after riots over fuel "
     "prices left scores of people dead in the commercial capital.",
     "CONCEDE", ("KAZ", None), None, None),
    ("Sri Lanka's government eased its restrictions on public gatherings on Monday, a fortnight after "
     "declaring emergency rule over street protests in Colombo.",
     "CONCEDE", ("LKA", "GOV"), None, None),
    ("The military rulers of Mali suspended all activity by political parties in April. They lifted "
     "that ban on Wednesday, state television announced.",
     "CONCEDE", ("MLI", None), None, None),
    # --- COOPERATE (an extradition; a handover in the passive with "by"; joint border patrols)
    ("A former paramilitary commander wanted in Miami on cocaine charges was flown out of Bogotá on "
     "Thursday. Colombia extradited him to the United States aboard a DEA jet, the national police said.",
     "COOPERATE", ("COL", None), ("USA", None), None),
    ("Four Japanese men accused of directing a wave of robberies from an immigration jail in Manila were "
     "handed over to Japan by the Philippines on Tuesday.",
     "COOPERATE", ("PHL", None), ("JPN", None), None),
    ("Soldiers from Niger and Nigeria began joint patrols along their shared frontier on Monday in an "
     "effort to choke off the flow of weapons to jihadist groups.",
     "COOPERATE", ("NER", "MIL"), None, None),
    # --- AID (asylum granted; relief delivered by the Red Cross; equipment sent by a capital)
    ("Argentina granted asylum on Monday to a Venezuelan opposition politician who had spent eight months "
     "sheltering inside its embassy in Caracas.",
     "AID", ("ARG", None), ("VEN", "OPP"), None),
    ("Inmates at the national penitentiary in Haiti's capital had gone weeks without regular meals. Red "
     "Cross workers delivered rice, beans and medicines to the prison on Friday.",
     "AID", ("IGO", None), ("HTI", None), None),
    ("Washington shipped armoured vehicles and night-vision goggles to Ecuador's police on Wednesday to "
     "help officers take on the drug gangs that control parts of Guayaquil.",
     "AID", ("USA", None), ("ECU", "COP"), None),
    # --- RETREAT (prisoners freed with the source after the clause; border troops pulling back; an
    # amnesty that sets prisoners free)
    ("Belarus on Friday freed 14 political prisoners, among them a reporter jailed for covering the 2020 "
     "protests, Lithuania's foreign ministry said.",
     "RETREAT", ("BLR", None), None, None),
    ("After a week of skirmishes on the disputed frontier, Tajik border troops withdrew from two outposts "
     "close to Kok-Tash village on Saturday, Kyrgyzstan's security service said.",
     "RETREAT", ("TJK", None), None, None),
    ("Vietnam's president granted an amnesty to 2,500 prisoners on Wednesday ahead of National Day, "
     "letting them walk free before the end of their terms, the state news agency reported.",
     "RETREAT", ("VNM", "GOV"), None, None),
    # --- REQUEST (a UN body calling on a state; an NGO urging authorities, "them" resolved from the
    # sentence before; families asking a president)
    ("The UN rights office in Geneva called on Bangladesh on Tuesday to investigate the deaths of "
     "students killed when police stormed university dormitories.",
     "REQUEST", ("UNO", None), ("BGD", None), None),
    ("Dozens of people are still in custody after last week's tax protests in Nairobi. Amnesty "
     "International urged Kenyan authorities on Thursday to release them or formally charge them.",
     "REQUEST", ("NGO", None), ("KEN", None), None),
    ("The parents of 43 trainee teachers who vanished in Guerrero in 2014 asked Mexico's president on "
     "Wednesday to open the army's files on the night their sons disappeared.",
     "REQUEST", ("MEX", None), ("MEX", "GOV"), None),
    # --- ACCUSE (an ambassador summoned; an opposition party accusing police; criticism in the passive
    # with "by", from a European body)
    ("Algeria summoned the ambassador of France on Monday to complain about the arrest in Paris of one "
     "of its consular employees on kidnapping charges.",
     "ACCUSE", ("DZA", None), ("FRA", None), None),
    ("Zimbabwe's main opposition party accused the police on Saturday of beating activists who were "
     "rounded up at a prayer meeting on the outskirts of Harare.",
     "ACCUSE", ("ZWE", "OPP"), ("ZWE", "COP"), None),
    ("Georgia's interior ministry was sharply criticised by the Council of Europe's human rights "
     "commissioner on Friday for turning water cannon on demonstrators in Tbilisi.",
     "ACCUSE", ("IGO", None), ("GEO", "GOV"), None),
    # --- REJECT (a supreme court throwing out an appeal; a capital refusing an extradition request,
    # "him" resolved from the sentence before; a parliament voting down a request)
    ("Pakistan's supreme court rejected an appeal by the government on Tuesday against the acquittal of "
     "an opposition leader in a graft case.",
     "REJECT", ("PAK", "JUD"), ("PAK", "GOV"), None),
    ("Bosnian prosecutors have sought the former wartime commander for five years. Belgrade on Thursday "
     "turned down Bosnia's request to extradite him, saying he holds Serbian citizenship.",
     "REJECT", ("SRB", None), ("BIH", None), None),
    ("Peru's Congress voted down a request from the government on Wednesday to keep Lima under a state "
     "of emergency for another 60 days.",
     "REJECT", ("PER", "LEG"), ("PER", "GOV"), None),
    # --- THREATEN (gangs threatening violence unless a council steps down; a police chief warning
    # fighters; a threat in reported speech with the speaker at the end)
    ("A coalition of armed gangs in Haiti threatened on Monday to torch police stations across "
     "Port-au-Prince if the transitional council does not step down by Friday.",
     "THREATEN", ("HTI", None), ("HTI", None), None),
    ("The police commissioner of Papua New Guinea warned tribal fighters in Enga province that "
     "officers would shoot anyone seen carrying a rifle after Sunday's deadline.",
     "THREATEN", ("PNG", "COP"), ("PNG", None), None),
    ("Venezuela will shut the crossing at Cúcuta once more unless Colombian smugglers stop ambushing its "
     "soldiers, the Venezuelan defence minister warned on Tuesday.",
     "THREATEN", ("VEN", "GOV"), ("COL", None), None),
    # --- PROTEST (lawyers marching; a hunger strike with the source in mid-sentence; residents blocking
    # roads)
    ("Hundreds of lawyers marched through Tunis on Monday to demand the release of a colleague who was "
     "arrested after criticising the president on a television talk show.",
     "PROTEST", ("TUN", None), None, None),
    ("Dozens of political prisoners in Tehran's Evin jail started a hunger strike on Sunday, their families "
     "said, in protest at a wave of executions.",
     "PROTEST", ("IRN", None), None, None),
    ("Residents of a township outside Cape Town blocked roads with burning tyres on Thursday, protesting "
     "against a surge in gang shootings that has killed eleven people this month.",
     "PROTEST", ("ZAF", None), None, None),
    # --- SANCTION (diplomats expelled; relations broken off; sanctions in the passive with "by")
    ("Nicaragua expelled two Costa Rican diplomats on Saturday, accusing them of helping opposition "
     "figures slip out of the country.",
     "SANCTION", ("NIC", None), ("CRI", None), None),
    ("Mexico broke off diplomatic relations with Ecuador on Friday after Ecuadorean police forced their "
     "way into its embassy in Quito to seize a former vice president.",
     "SANCTION", ("MEX", None), ("ECU", None), None),
    ("Sanctions were imposed on Monday by the European Union on two Iranian judges who handed down death "
     "sentences to young protesters.",
     "SANCTION", ("EUR", None), ("IRN", "JUD"), None),
    # --- MOBILIZE (police reinforcements flown in; an alert raised by the armed forces; troops ordered
    # onto the streets)
    ("France sent 2,000 extra police officers to New Caledonia on Wednesday after a second night of "
     "rioting and arson in Nouméa.",
     "MOBILIZE", ("FRA", None), None, None),
    ("Indonesia's armed forces raised their alert level across Papua on Tuesday after separatist rebels "
     "seized a New Zealand pilot whose plane had landed in the highlands.",
     "MOBILIZE", ("IDN", "MIL"), None, None),
    ("Chile's president ordered the army onto the roads of the Araucanía region on Monday after a string "
     "of arson attacks on logging trucks.",
     "MOBILIZE", ("CHL", "GOV"), None, None),
    # --- COERCE (detentions in raids; a curfew imposed by a ministry named only by title; migrants
    # deported by border guards; a sentence in the passive with "by")
    ("Turkish police detained 23 people in dawn raids across Istanbul on Tuesday on suspicion of "
     "laundering money for an illegal betting network.",
     "COERCE", ("TUR", "COP"), None, None),
    ("Clashes between supporters of rival candidates killed four people in the Guinean city of "
     "Nzérékoré this week. The interior ministry imposed a night curfew on the city on Saturday.",
     "COERCE", ("GIN", "GOV"), None, None),
    ("Border guards in Pakistan's Balochistan province deported 900 Afghan migrants on Friday, sending "
     "them back across the Chaman crossing on foot.",
     "COERCE", ("PAK", None), ("AFG", "REF"), None),
    ("An exiled opposition leader was handed a 27-year prison term by a Phnom Penh court on Friday for "
     "plotting with foreign powers to topple the government.",
     "COERCE", ("KHM", "JUD"), ("KHM", "OPP"), None),
    # --- ASSAULT (gunmen killing villagers with the source at the end; troops firing across a border;
    # a denial by a police spokesman, "negated"; a prison riot, inmates resolved from the sentence before)
    ("Gunmen killed 12 villagers in an attack on a cattle market in Plateau state in central Nigeria on "
     "Sunday, police said.",
     "ASSAULT", ("NGA", None), ("NGA", "CVL"), None),
    ("Azerbaijani forces fired on Armenian army posts close to Sotk on Tuesday, wounding two "
     "soldiers, according to Armenia's defence ministry.",
     "ASSAULT", ("AZE", "MIL"), ("ARM", None), None),
    ("Uganda's police spokesman denied on Monday that officers had shot dead two supporters of an "
     "opposition presidential candidate during a rally in Masaka.",
     "ASSAULT", ("UGA", "COP"), ("UGA", None), "negated"),
    ("A riot broke out on Tuesday at the main prison in Port Vila, the capital of Vanuatu. Inmates "
     "attacked guards with iron bars and set fire to an office block, police said.",
     "ASSAULT", ("VUT", None), ("VUT", None), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Homicides in Honduras dropped 14 percent over the nine months to September, the violence "
    "observatory of the national university said.",
    "A survey by a Lima polling firm found that 71 percent of Peruvians feel unsafe walking alone after "
    "dark in their own neighbourhood.",
    "Brazil's prison population stood at roughly 850,000 at the end of June, the third largest in the "
    "world behind those of the United States and China.",
    "The ruling party opposes any lowering of the age of criminal responsibility, which is currently set "
    "at 14 years.",
    "Analysts expect the number of asylum claims lodged in Europe to level off next year as fewer boats "
    "make the crossing from Libya.",
    "The attorney general could decide as early as next month whether to bring charges, although aides "
    "cautioned that the timetable might slip.",
    "Sri Lanka's 26-year civil war came to an end in 2009 when government forces overran the last "
    "strip of land held by the Tamil Tigers in the northeast.",
    "Every Thursday afternoon, mothers of people who disappeared under the dictatorship gather in a small "
    "square in the centre of the capital.",
    "Morocco attacked relentlessly down the left wing after the break, but Senegal's well-drilled "
    "defence held out for a draw.",
    "Shares in the Mexican cement maker retreated by 3 percent in morning trade after it posted weaker "
    "quarterly sales than analysts had forecast.",
    "The Nairobi startup deployed an updated release of its payments app to more than two million users "
    "last week, its technology chief said.",
    "A team of Cape Town botanists found that an invasive pine has colonised nearly a third of the "
    "fynbos reserve they studied.",
    "The novel follows a weary detective who hunts a strangler through the back streets of Naples in "
    "the summer of 1976.",
    "The new chip blocks malicious code before it can reach the processor, according to the engineers "
    "who designed it.",
    "Japan's sprinters surged ahead on the final leg of the relay to beat the British quartet by a tenth "
    "of a second.",
    "The carrier has slashed ticket prices on flights between Bogotá and Medellín to win back "
    "passengers from long-distance bus companies.",
    "Forecasters warned that heavy rain would keep falling across southern Bangladesh through the "
    "weekend, with flooding likely in low-lying districts.",
    "Kidnappings for ransom in Nigeria rose to an estimated 3,600 cases last year, a risk consultancy "
    "based in Lagos said in its annual report.",
    "Australia does not extradite suspects to countries where they could face the death penalty.",
    "Some diplomats believe the junta may eventually free the former president, but none would guess "
    "when that might happen.",
    "In 1994 the government granted an amnesty to thousands of fighters who had taken part in the "
    "uprising in the south.",
    "Argentina's back line held firm against a late flurry of French raids on the visitors' goal in the "
    "closing minutes.",
    "The police ministry's budget for next year includes 4.2 billion rand for new patrol vehicles and "
    "body cameras.",
    "Most Filipinos say they trust the police more than they did five years ago, according to a poll "
    "released this week.",
    "According to doctors, the parasite that causes malaria invades a person's red blood cells soon "
    "after a mosquito bite.",
]

FLOORS = {"type": 0.93, "actor_code": 0.87, "actor_sector": 0.91, "recipient": 0.81, "pass": 0.85,
          "empty": 0.85}
PUBLISHED = "2026-12-01"
HAPPENED = ("asserted", "reported")


def _has(parties: list[dict[str, Any]], want: Party) -> bool:
    code, sector = want
    return any(p.get("code") == code and (sector is None or p.get("sector") == sector) for p in parties)


def _show(parties: list[dict[str, Any]]) -> list[str]:
    return sorted(f"{p.get('code')}/{p.get('sector')}" for p in parties)


def _code(texts: list[str], resources: Resources, prefix: str) -> list[list[Event]]:
    docs = [Document(id=f"{prefix}-{i}", text=t, raw_text=t, published=PUBLISHED)
            for i, t in enumerate(texts)]
    return [code_events(ann, resources) for ann in annotate(docs, resources)]


@pytest.fixture(scope="module")
def coded_stories(resources: Resources) -> list[list[Event]]:
    return _code([c[0] for c in STORIES], resources, "blind47")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind47-empty")


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


def test_blind47_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind47 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind47_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind47 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
                                     + "\n".join(wrong))


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
