"""A twenty-second blind batch of event coding: short wire stories (one to three sentences) and passages
with no act, written for this test on 2026-12-01, before the coder was run on any of them. About half
of the stories are plain, everyday wire copy (agreed, met, praised, lifted, held joint drills, flew,
resigned, asked, accused, rejected, warned, marched, imposed a tariff, deployed, sent, arrested,
deported, killed), the other half harder. Each story comes with the PLOVER type of one act its last
sentence reports, that act's actor and recipient (code and sector) and, where it matters, its modality,
as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type definitions, CAMEO's actor and sector
conventions, the project's codes for international bodies: UN agencies UNO, other bodies IGO, NGOs NGO,
the European Union EUR; an act announced for the future is an expression of intent, AGREE, 03, unless
it is hostile and conditional, THREATEN, 13; signing a formal agreement is SUPPORT, 057; sanctions,
tariffs and aid cut off are SANCTION; a resignation, a release or a pullback of troops is RETREAT,
0831, 0841, 087; lifting a curfew or a suspension is CONCEDE, 081; summoning a foreign ambassador is
ACCUSE, 114). Nothing comes from a gold set, the seed or the demo corpus; the verbs, idioms, settings
and the countries in each role avoid those of the earlier blind batches.

Two kinds of case:

- ``STORIES``: 50, three for each of the 16 types and four for COERCE and ASSAULT, from every continent,
  leaning on places the earlier batches used little (South America: Uruguay, Paraguay, Bolivia, Ecuador,
  Peru, Colombia, Venezuela, Chile, Argentina, and Guyana; Southern Africa: Namibia, Botswana, Zambia,
  Zimbabwe, Malawi, Mozambique, Angola, Lesotho, Eswatini, Madagascar, and South Africa; North Africa
  and the Gulf: Morocco, Algeria, Tunisia, Libya, Egypt, Oman, Qatar, Kuwait, Yemen; the Balkans and the
  Baltics: Serbia, Montenegro, Albania, North Macedonia, Bosnia, Estonia, Latvia, Lithuania; South Asia:
  Nepal, Sri Lanka, the Maldives, Bangladesh, Pakistan, Afghanistan; and the Solomon Islands, Australia,
  Myanmar, India, China, Russia, Belarus, France, the United States) and from international bodies and
  armed groups (the European Union, the World Food Programme, the International Monetary Fund, Amnesty
  International, Yemen's Houthi rebels, the Polisario Front, Islamist insurgents in northern Mozambique,
  gunmen in Libya, Colombia's National Liberation Army), in the forms wire copy uses: reported speech
  ("Kuwait's foreign minister told the state news agency KUNA on Sunday that his government would pay to
  rebuild ...", "China said on Wednesday that it would rebuild 12 of them", "Pakistan's army said on
  Saturday it had pulled its troops back ...", "Lesotho's prime minister assured lawmakers on Wednesday
  that Maseru had urged South Africa ...", "Australia's top diplomat said on Wednesday that Canberra had
  halted funding ..."), attribution after the clause ("..., the official Qatar News Agency reported",
  "..., the finance ministry said", "..., the interior ministry in Skopje said", "..., the foreign
  ministry in Antananarivo said", "..., Morocco's foreign minister warned on Tuesday", "..., a military
  spokesman in Tallinn said", "..., Egypt's state news agency said"), the passive with a "by" agent
  ("was hosted by the president of the Maldives", "was lifted by Algeria's communications ministry",
  "were handed over to Albania by North Macedonia", "were freed by a Sri Lankan court", "was summoned by
  Latvia's foreign ministry", "was rebuffed by Naypyidaw", "were broken off by Paraguay", "was blown up
  by gunmen"), nominal events ("A three-month suspension of Al Jazeera's bureau in Algiers was lifted",
  "A Bangladeshi proposal to start sending Rohingya refugees home ... was rebuffed", "Diplomatic
  relations with Venezuela were broken off", "A Pakistani air strike on what Islamabad called militant
  camps ... killed at least nine people"), titles and roles instead of names ("Qatar's emir", "Algeria's
  president", "Sri Lanka's president", "Zimbabwe's finance minister", "Bolivia's president", "Peru's
  interior minister", "Nepal's prime minister", "Lithuania's prime minister"), capitals for states
  ("Caracas", "Maseru", "Naypyidaw", "Rabat", "Pretoria", "Bogota", "Canberra", "Honiara", "Asuncion"),
  pronouns and nouns resolved from the sentence before ("12 of them" after footbridges in Nepal's
  Karnali province, "the worst-hit district" after Madagascar's east coast, "the plan" after bus drivers
  in Montevideo, "hit out at it" after Tunisia, "the city" after Lilongwe, "Its fighters" after
  Colombia's National Liberation Army), relative clauses ("Nepal's prime minister, who arrived in
  Beijing on Sunday, ...", "Jailed pro-democracy activists in Eswatini, who have been held without trial
  since 2021, ...", "Bosnia's state court, which handles war crimes ...", "fighters of the Polisario
  Front who fired rockets", "any drilling ship that entered disputed waters"), idioms and phrasal verbs
  ("stood up for", "backed down", "handed over", "pulled ... back", "hit out at", "turned down", "walked
  out of", "called up", "broken off", "blown up", "for good"), two acts announced for the future and so
  expressions of intent (a water treatment plant in Aden, footbridges in Nepal: AGREE, no modality
  checked), two conditional threats ("would board any drilling ship that entered ...", "would recall its
  ambassador from Pretoria if ...") beside a plain one ("threatened ... to close the border with Belarus
  for good"), and two denials (modality "negated": the names of Serbian opposition activists passed by
  Montenegro's police to Serbia's intelligence agency, drones or missile parts supplied by Oman to
  Yemen's Houthi rebels). Where a sector is open to argument (a bare state, a capital, authorities, a
  body or armed group named by its own name, insurgents, gunmen, students, teachers, jailed activists,
  border guards, a government that acts through a minister who speaks for it) only the code is checked;
  a recipient of None is not checked. A story passes when one coded event of the expected type has,
  among its actors, a party with the expected code (and sector, where given), among its recipients a
  party with the expected code (and sector, where given), and the expected modality (where given).
  Reported apart: the type found at all; an event of the type with the actor code right; with the actor
  code and sector right (over the stories that give an actor sector); with the recipient right (over the
  stories that give a recipient); the full pass;
- ``EMPTY``: 25 passages with no codable act that happened: tallies (migrants stopped at sea by
  Tunisia's coast guard since January, people killed or maimed by landmines in Angola since 1975),
  statistics (Chile's copper output, remittances to Nepal), two polls (one with a hypothetical "would
  vote to join the European Union if a referendum were held"), standing positions in the simple present
  ("Serbia still treats Kosovo, which declared independence in 2008, as one of its provinces", "Bolivia
  still claims a sovereign outlet to the Pacific", "Morocco considers Western Sahara part of its
  territory"), forecasts ("expects Guyana's economy to grow", "expect Argentina's central bank to lower
  its benchmark rate"), hedged speculation ("could try to extend the president's term", "may be shipping
  drone parts"), background history (Botswana's independence in 1966, Paraguay's war against its three
  neighbours that ended in 1870, the end of Sri Lanka's civil war in 2009), habits ("regularly drive
  their yaks across high passes", "usually meet each December", "train together ... several times a
  year"), and political verbs in sports, business, science, literature or entertainment senses ("crushed
  Bolivia 5-1", carmakers that "have invaded Chile's market", sprinters who "stormed to gold", a fungus
  that "has attacked banana plantations", a book that "declares war on the country's bureaucracy",
  villages in a comedy that "go to war over a stolen goat"): one passes when no event that happened
  (asserted or reported) comes out of it.

Before it was filed every text was checked for six-word runs shared with the files under
../shared/gold, the seed, the demo corpus under ../shared/news and the test files under tests/, and
within the batch itself (with /tmp/ew/blind22/overlap.py); the final check found none. The coder was
not run on any of these texts, nor this test.

The batch was written on 2026-12-01 and held back: its first run is recorded below. FLOORS were
set after the rules the batch prompted, a little under the batch's figures then.

FIRST RUN, on commit 02c723b (the coder as the second 2026-12-01 session found it, before any of its
rules): the type found in 44 of 50 stories (0.880); the actor code right on an event of the type in 44
(0.880); code and sector in 17 of the 19 that give a sector (0.895); the recipient right in 29 of the
39 that give one (0.744); **39 of 50 passing (0.780)**; 24 of the 25 empty passages with no event that
happened (0.960). One label was corrected after the first run, and the figures above are with it: a
journalist's sector was written MED, CAMEO's code for the media, where PLOVER (and this project)
writes JRN; with the label as written the first run passed 38 and the recipient figure was 0.718.
No other expectation was changed. Its 11 misses: acts not coded (a payment to rebuild a plant, a
promise to rebuild footbridges, suspects "handed over to" a state, a suspension lifted read as the
suspension, "stood up for"), parties missing or wrong (a charge d'affaires summoned in the passive,
a border "with" a state after a threat, aid for a district, names passed to another state's agency,
a Bosnian Serb read as Serbia's) and a journalist's sector. The misses were read and rules followed
(CAMEO 052, 081, 064, 1721, 172; a charge d'affaires as a diplomat; peoples of a region coded with
their state; a date-split infinitive), so the batch is no longer blind: 45 of 50 and 25 of 25 now.
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
    # --- AGREE (031 plain, 0331 announced for the future in reported speech, 033 announced for the
    # future with "them" resolved from the sentence before)
    ("Botswana agreed on Tuesday to supply Namibia with up to 150 megawatts of electricity from its "
     "Morupule coal plant through the southern winter.",
     "AGREE", ("BWA", None), ("NAM", None), None),
    ("Kuwait's foreign minister told the state news agency KUNA on Sunday that his government would "
     "pay to rebuild the main water treatment plant in Aden, Yemen's temporary capital.",
     "AGREE", ("KWT", None), ("YEM", None), None),
    ("Floods in September washed away most of the footbridges in Nepal's remote Karnali province. "
     "China said on Wednesday that it would rebuild 12 of them before the next monsoon.",
     "AGREE", ("CHN", None), ("NPL", None), None),
    # --- CONSULT (042 plain with titles, 041 with titles and attribution after the clause, 043 in the
    # passive with a "by" agent and a capital)
    ("Peru's foreign minister met Ecuador's foreign minister on Thursday in Tumbes, near their shared "
     "frontier, to discuss smuggling and a new bridge over the Zarumilla River.",
     "CONSULT", ("PER", "GOV"), ("ECU", "GOV"), None),
    ("Qatar's emir spoke by telephone with Algeria's president on Monday about gas supplies to Europe "
     "and the war in Sudan, the official Qatar News Agency reported.",
     "CONSULT", ("QAT", "GOV"), ("DZA", "GOV"), None),
    ("Sri Lanka's president was hosted by the president of the Maldives in Male on Sunday for talks on "
     "tuna fishing rights and a ferry link to Colombo.",
     "CONSULT", ("MDV", "GOV"), ("LKA", "GOV"), None),
    # --- SUPPORT (051 plain by the European Union, 057 with a title and attribution after the clause,
    # 052 as a phrasal verb with a capital)
    ("The European Union praised Malawi on Monday for the calm conduct of last week's presidential "
     "election.",
     "SUPPORT", ("EUR", None), ("MWI", None), None),
    ("Zimbabwe's finance minister signed a deal with Mozambique on Monday to build a second fuel "
     "pipeline from the port of Beira to Harare, the finance ministry said.",
     "SUPPORT", ("ZWE", "GOV"), ("MOZ", None), None),
    ("Venezuela has been suspended from the Mercosur trade bloc since 2016. Bolivia's president stood "
     "up for Caracas at the bloc's summit in Montevideo on Friday, calling the suspension unfair.",
     "SUPPORT", ("BOL", "GOV"), ("VEN", None), None),
    # --- CONCEDE (081 a curfew lifted plain, 081 a suspension lifted as a nominal in the passive with
    # a "by" agent, 0832 as a phrasal verb after a strike named in the sentence before)
    ("Mozambique's government lifted the nightly curfew in Maputo on Saturday, a month after riots "
     "broke out over the results of the general election.",
     "CONCEDE", ("MOZ", "GOV"), None, None),
    ("A three-month suspension of Al Jazeera's bureau in Algiers was lifted by Algeria's communications "
     "ministry on Sunday, the Doha-based broadcaster said.",
     "CONCEDE", ("DZA", "GOV"), None, None),
    ("Bus drivers in Montevideo struck for four days against a plan to scrap night routes. Uruguay's "
     "transport ministry backed down on Friday and shelved the plan.",
     "CONCEDE", ("URY", "GOV"), None, None),
    # --- COOPERATE (062 plain with two navies, 064 denied, 063 in the passive with a "by" agent and
    # attribution after the clause)
    ("Chile's navy held joint search-and-rescue drills with Argentina's navy in the Beagle Channel on "
     "Wednesday.",
     "COOPERATE", ("CHL", "MIL"), ("ARG", "MIL"), None),
    ("Montenegro denied on Friday that its police had passed the names of Serbian opposition activists living "
     "in Podgorica to Serbia's intelligence agency.",
     "COOPERATE", ("MNE", None), ("SRB", None), "negated"),
    ("Two Albanian brothers wanted for a double murder in Durres were handed over to Albania by North "
     "Macedonia on Thursday, the interior ministry in Skopje said.",
     "COOPERATE", ("MKD", None), ("ALB", None), None),
    # --- AID (073 plain, 072 denied with an armed group as the recipient, 073 by a UN agency with the
    # place resolved from the sentence before)
    ("The United States flew 40 tonnes of food, tents and medicine to Libya's flood-hit city of Derna "
     "on Sunday.",
     "AID", ("USA", None), ("LBY", None), None),
    ("Oman on Thursday denied that it had supplied drones or missile parts to Yemen's Houthi rebels, "
     "dismissing a United Nations panel's report as baseless.",
     "AID", ("OMN", None), ("YEM", None), "negated"),
    ("A cyclone tore the roofs off thousands of homes along Madagascar's east coast last week. The World Food "
     "Programme airlifted rice and cooking oil to the worst-hit district on Tuesday, the agency said.",
     "AID", ("UNO", None), ("MDG", None), None),
    # --- RETREAT (0831 a resignation plain with a title, 0841 in the passive with a "by" agent and
    # attribution after the clause, 087 in reported speech as a phrasal verb)
    ("Peru's interior minister resigned on Sunday, two days after police shot dead a protester during "
     "a march in Lima against the government.",
     "RETREAT", ("PER", "GOV"), None, None),
    ("Eighteen Indian fishermen arrested for poaching off Jaffna in June were freed by a Sri Lankan "
     "court on Thursday, India's mission in Colombo said.",
     "RETREAT", ("LKA", "JUD"), ("IND", None), None),
    ("Pakistan's army said on Saturday it had pulled its troops back from two hilltop posts on "
     "the Afghan border near Chaman after talks with Taliban commanders.",
     "RETREAT", ("PAK", "MIL"), ("AFG", None), None),
    # --- REQUEST (1031 plain to an international body, 102 in reported speech with a capital, 1011
    # with a title and a relative clause)
    ("Zambia asked the International Monetary Fund on Tuesday for an extra $300 million to pay for "
     "maize imports after a second year of drought.",
     "REQUEST", ("ZMB", None), ("IGO", None), None),
    ("Lesotho's prime minister assured lawmakers on Wednesday that Maseru had urged South Africa to drop "
     "a plan to make Basotho workers carry new permits.",
     "REQUEST", ("LSO", None), ("ZAF", None), None),
    ("Nepal's prime minister, who arrived in Beijing on Sunday, pressed China on Monday to reopen the "
     "Tatopani border crossing to Nepali traders.",
     "REQUEST", ("NPL", "GOV"), ("CHN", None), None),
    # --- ACCUSE (1123 plain, 114 in the passive with a "by" agent, 111 by an NGO after a pronoun as an
    # idiom)
    ("Morocco accused Algeria on Friday of arming fighters of the Polisario Front who fired rockets "
     "near the town of Smara.",
     "ACCUSE", ("MAR", None), ("DZA", None), None),
    ("Russia's charge d'affaires in Riga was summoned by Latvia's foreign ministry on Tuesday after a "
     "Russian military drone fell on farmland near Rezekne.",
     "ACCUSE", ("LVA", "GOV"), ("RUS", None), None),
    ("Tunisia has jailed dozens of opposition politicians and journalists since 2023. Amnesty "
     "International hit out at it on Thursday, calling the trials a sham.",
     "ACCUSE", ("NGO", None), ("TUN", None), None),
    # --- REJECT (125 plain, 120 as a phrasal verb with attribution after the clause, 120 a nominal
    # proposal in the passive with a "by" agent and a capital)
    ("Chile rejected on Monday a Bolivian call for new talks on giving Bolivia access to the Pacific "
     "Ocean.",
     "REJECT", ("CHL", None), ("BOL", None), None),
    ("Madagascar turned down a French proposal on Friday to jointly manage the Scattered Islands in "
     "the Mozambique Channel, the foreign ministry in Antananarivo said.",
     "REJECT", ("MDG", None), ("FRA", None), None),
    ("A Bangladeshi proposal to start sending Rohingya refugees home by March was rebuffed by "
     "Naypyidaw on Tuesday.",
     "REJECT", ("MMR", None), ("BGD", None), None),
    # --- THREATEN (138 plain and conditional, 1313 conditional with capitals and attribution after
    # the clause, 131 plain with a title)
    ("Venezuela warned Guyana on Monday that its navy would board any drilling ship that entered "
     "disputed waters off the Essequibo coast.",
     "THREATEN", ("VEN", None), ("GUY", None), None),
    ("Rabat would recall its ambassador from Pretoria if South Africa let a Polisario Front delegation "
     "open an office there, Morocco's foreign minister warned on Tuesday.",
     "THREATEN", ("MAR", None), ("ZAF", None), None),
    ("Lithuania's prime minister threatened on Monday to close the border with Belarus for good after "
     "smuggling balloons forced Vilnius airport to shut for a fourth night.",
     "THREATEN", ("LTU", "GOV"), ("BLR", None), None),
    # --- PROTEST (141 plain, 142 with a relative clause and attribution after the clause, 143 as a
    # phrasal verb)
    ("Tens of thousands of students marched through the Serbian city of Novi Sad on Saturday to press for "
     "a snap parliamentary election.",
     "PROTEST", ("SRB", None), None, None),
    ("Jailed pro-democracy activists in Eswatini, who have been held without trial since 2021, started a "
     "hunger strike on Monday, their lawyers said.",
     "PROTEST", ("SWZ", None), None, None),
    ("Teachers across Namibia walked out of their classrooms on Monday to press the government for a "
     "12 percent pay rise.",
     "PROTEST", ("NAM", None), None, None),
    # --- SANCTION (a tariff plain with a capital, 162 in reported speech with capitals, 161 in the
    # passive with a "by" agent)
    ("Ecuador imposed a tariff of 30 percent on everything imported from Colombia on Saturday, saying "
     "Bogota had done too little to stop cocaine crossing their shared border.",
     "SANCTION", ("ECU", None), ("COL", None), None),
    ("Australia's top diplomat said on Wednesday that Canberra had halted funding for a new police "
     "academy in the Solomon Islands after Honiara let Chinese officers train its recruits.",
     "SANCTION", ("AUS", None), ("SLB", None), None),
    ("Diplomatic relations with Venezuela were broken off by Paraguay on Wednesday, hours after Caracas "
     "accused Asuncion of backing a plot against its president.",
     "SANCTION", ("PRY", None), ("VEN", None), None),
    # --- MOBILIZE (154 plain, 154 plain with an army, 154 as a phrasal verb with attribution after
    # the clause)
    ("Bangladesh deployed 5,000 extra border guards along its frontier with Myanmar on Monday after "
     "mortar shells from fighting in Rakhine state landed in Cox's Bazar.",
     "MOBILIZE", ("BGD", None), None, None),
    ("Angola's army sent an extra brigade to the oil-rich enclave of Cabinda on Thursday after "
     "separatists attacked a convoy of oil workers.",
     "MOBILIZE", ("AGO", "MIL"), None, None),
    ("Estonia called up 3,000 reservists on Monday for snap drills near the Russian border, a military "
     "spokesman in Tallinn said.",
     "MOBILIZE", ("EST", None), None, None),
    # --- COERCE (173 plain, 174 plain with attribution after the clause, 1722 with a relative
    # clause, 1723 with the city resolved from the sentence before)
    ("Police in Zambia arrested a radio journalist in Kitwe on Wednesday over a broadcast accusing a "
     "cabinet minister of taking bribes.",
     "COERCE", ("ZMB", "COP"), ("ZMB", "JRN"), None),
    ("Libyan authorities deported about 700 Egyptian migrants through the Salloum border crossing on "
     "Sunday, Egypt's state news agency said.",
     "COERCE", ("LBY", None), ("EGY", None), None),
    ("Bosnia's state court, which handles war crimes and cases against the country's institutions, "
     "barred the Bosnian Serb leader Milorad Dodik from holding office for six years on Wednesday.",
     "COERCE", ("BIH", "JUD"), ("BIH", None), None),
    ("Youths torched shops and looted a supermarket in Lilongwe on Monday night during protests over "
     "fuel shortages. The government imposed an overnight curfew on the city on Tuesday.",
     "COERCE", ("MWI", "GOV"), None, None),
    # --- ASSAULT (190 plain with insurgents, 1712 in the passive with a "by" agent, 195 a nominal
    # strike, 193 after a pronoun for an armed group)
    ("Islamist insurgents killed at least 15 villagers in a raid near Macomia, in northern Mozambique, "
     "on Sunday, police said.",
     "ASSAULT", ("MOZ", None), ("MOZ", "CVL"), None),
    ("The main pipeline carrying crude from Libya's Sharara oilfield to the coast was blown up by "
     "gunmen on Thursday, the National Oil Corporation said.",
     "ASSAULT", ("LBY", None), ("LBY", None), None),
    ("A Pakistani air strike on what Islamabad called militant camps in Afghanistan's Khost province "
     "killed at least nine people on Tuesday, Taliban officials said.",
     "ASSAULT", ("PAK", None), ("AFG", None), None),
    ("Colombia's National Liberation Army has stepped up attacks in Arauca since peace talks collapsed. "
     "Its fighters ambushed an army patrol near Tame on Saturday, killing four soldiers, according "
     "to the army.",
     "ASSAULT", ("COL", None), ("COL", "MIL"), None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Tunisia's coast guard has stopped more than 20,000 migrants at sea since January, the interior "
    "ministry said.",
    "Landmines left over from Angola's civil war have killed or maimed more than 80,000 people since "
    "1975, demining groups estimate.",
    "Chile's copper output in October was 4 percent higher than a year before, the state copper "
    "commission Cochilco said.",
    "Remittances sent home by Nepalis working abroad reached a record $11 billion in the year to "
    "mid-July, the central bank said.",
    "Seven in ten Paraguayans trust the army more than Congress, according to a survey published by the "
    "newspaper ABC Color.",
    "A majority of Montenegrins would vote to join the European Union if a referendum were held "
    "tomorrow, a poll for the daily Vijesti suggested.",
    "Serbia still treats Kosovo, which declared independence in 2008, as one of its provinces.",
    "Bolivia still claims a sovereign outlet to the Pacific, cut off since Chilean forces seized its "
    "coast in 1879.",
    "Morocco considers Western Sahara part of its territory, while the Algerian-backed Polisario Front "
    "seeks independence for it.",
    "The World Bank expects Guyana's economy to grow by more than 10 percent again next year on rising "
    "oil output.",
    "Most analysts expect Argentina's central bank to lower its benchmark rate twice more before June.",
    "Zimbabwe's ruling party could try to extend the president's term to 2030, some opposition figures "
    "fear.",
    "Iran may be shipping drone parts to Yemen's Houthis through Omani waters, some Western officials "
    "believe.",
    "Britain granted Botswana independence in 1966, a year after its first general election.",
    "Paraguay lost more than half its adult men in a war against Brazil, Argentina and Uruguay that "
    "ended in 1870.",
    "Sri Lanka's civil war ended in 2009 when the army overran the last Tamil Tiger strongholds.",
    "Bhutanese herders regularly drive their yaks across high passes into Tibet for summer grazing.",
    "Foreign ministers of the Gulf Cooperation Council usually meet each December before the bloc's "
    "annual summit.",
    "Lithuanian and Polish troops train together in the Suwalki Gap several times a year.",
    "Argentina crushed Bolivia 5-1 in Buenos Aires on Tuesday night to stay top of South America's "
    "qualifying table.",
    "Chinese carmakers have invaded Chile's market, selling about a third of all new cars there last "
    "year.",
    "Botswana's sprinters stormed to gold in the men's 4x400 metres relay at the world championships "
    "in Tokyo.",
    "A fungus known as Fusarium race 4 has attacked banana plantations along Ecuador's coast, plant "
    "scientists say.",
    "The Serbian novelist's new book declares war on the country's bureaucracy with biting humour.",
    "In the Albanian comedy, which opened in Tirana last week, two mountain villages go to war over a "
    "stolen goat.",
]

#: set after the first run (see the docstring)
FLOORS = {"type": 0.93, "actor_code": 0.93, "actor_sector": 0.97, "recipient": 0.89, "pass": 0.91,
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
    return _code([c[0] for c in STORIES], resources, "blind22")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind22-empty")


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


def test_blind22_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind22 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind22_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], f"blind22 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n" + "\n".join(wrong)


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
