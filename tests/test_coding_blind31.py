"""A thirty-first blind batch of event coding: short wire stories (one to three sentences) and
passages with no act, written for this test on 2026-12-01, before the coder was run on any of them,
on domestic politics, law and public order: elections and disputed results, courts and prosecutions,
parliaments and votes of no confidence, protests and strikes, police and press freedom, corruption
cases, governors and mayors, opposition parties, the way the desks of AP, Reuters, AFP and VOA write
it. About half of the stories are plain wire copy (offered, met, praised, lifted, extradited,
approved a grant, freed, called on, accused, rejected, vetoed, threatened, marched, went on strike,
recalled, expelled, deployed, detained, barred, shot dead), the other half harder: reported speech
with the attribution after the clause, passives with "by", nominal events ("talks between", "an
apology to", "the release of"), titles instead of names, capitals for states, nationality
adjectives, pronouns resolved from the sentence before, phrasal verbs ("pulled off", "handed over",
"turned down", "went on strike", "drove back") and relative clauses. Each story comes with the PLOVER
type of one act its last sentence reports, that act's actor and recipient (code and sector) and,
where it matters, its modality, as the codebook gives them (CAMEO2PLOVER-2021, the PLOVER type
definitions, CAMEO's actor and sector conventions, the project's codes for international bodies: UN
agencies UNO, other intergovernmental bodies IGO, NGOs NGO, the European Union EUR; an act announced
for the future is an expression of intent, AGREE, 03, unless it is hostile and conditional, THREATEN,
13; signing a formal agreement and an apology are SUPPORT, 057, 055; accepting demands and lifting a
ban or a curfew are CONCEDE, 08; an extradition or handing over evidence is COOPERATE, 06; asylum
granted is AID, 07; a release of prisoners or a pullback of troops is RETREAT, 0841, 087; summoning a
foreign ambassador is ACCUSE, 114; an ambassador recalled, diplomats expelled and aid frozen are
SANCTION, 16; repression of a crowd with tear gas is COERCE, 17; when two parties act jointly, as
"X and Y signed" or "X and Y clashed", both are coded as actors with no recipient, as PLOVER-GSR
does, so the first side is given as the actor and the recipient as None; a sector is given only where
it is clear-cut, and a bare state name, a capital, "authorities", protesters or gunmen carry only a
code; a denial "X denied that it had ..." gives the modality "negated"). Nothing comes from a gold
set, the seed or the demo corpus; the batch was written without reading the coder's lexicons and
rules or any earlier blind batch's stories.

Two kinds of case:

- STORIES: 50 stories over all sixteen PLOVER types, three of each and four of ACCUSE and COERCE, from
  every continent, with some international bodies among the parties. A story passes when the coder
  gives one event of the wanted type whose actor has the wanted code (and sector, where one is given),
  whose recipient has the wanted code and sector where a recipient is given, and whose modality is the
  wanted one where a modality is given.
- EMPTY: 25 passages that report no codable act that happened, leaning toward ordinary non-political
  news pages (education, crime, technology, business, sport, science, health): statistics, polls,
  tallies, standing positions in the simple present, forecasts, hedged speculation, background history
  with years, habits, and political verbs used in their sports, business, science and technology
  senses (a side that "attacked", shares that "retreated", a bank that "deployed" software, a
  champion who "crushed" an opponent, a quarterback "sacked" five times). A passage passes when the
  coder gives no event with the modality "asserted" or "reported".

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap.py), and none was found.

FIRST RUN, on commit 5610c44 (the third 2026-12-01 session's starting coder): the type found in 44 of
50 stories (0.880); the actor code right on an event of the type in 43 (0.860); code and sector in 24
of the 28 that give a sector (0.857); the recipient right in 28 of the 36 that give one (0.778);
**37 of 50 passing (0.740)**; 22 of the 25 empty passages with no event that happened (0.880). No
expectation was changed after the first run. Its 13 misses: a promise's receiver told by "hand the
agency", an attorney general coded as judiciary, a minister met in a visited capital left without
his state, an apology "delivered ... by" a minister dated by the year of the deaths it apologises
for, relief goods "handed to" an electoral commission "by" a UN agency, an allegation at the clause's
end ("..., the opposition leader charged"), an invitation turned down whose inviter is the
previous sentence's president, two threats whose target is only in the condition or the object's
owner, a march "to oppose a measure" read as a refusal, food refused "in protest" (a hunger
strike, 142), riot police who "drove them back with ... tear gas", and a machete fight read as a
riot. One of these, the tear gas, is expected as COERCE where the CAMEO->PLOVER table files
violent repression (175) under ASSAULT; it is left as written, since no expectation changes after
a first run. Three empty passages gave events: a poll's "support ... stood at 31 percent" and two
football matches ("attacked relentlessly", "mounted a late offensive"). The misses were read and
rules followed, so the batch is no longer blind. FLOORS were set after those rules, a little under its
figures then.
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
    # --- AGREE (0331 plain offer with the attribution after; 031 announced for the future in reported
    # speech after a context sentence; 032 promise with "He" and "them" resolved from the sentence before)
    ("Peru's interim president, Alicia Romero, offered the opposition two seats on a commission that will "
     "redraft the electoral law, her office said on Thursday.",
     "AGREE", ("PER", "GOV"), ("PER", "OPP"), None),
    ("Malaysia's anti-corruption agency has long complained that its budget is set by the finance ministry. "
     "Prime Minister Hamid Rashid told reporters on Wednesday the cabinet would hand the agency full control "
     "over its own spending from next year.",
     "AGREE", ("MYS", "GOV"), ("MYS", None), None),
    ("Ghana's attorney general met striking court clerks in Accra on Friday. He promised them that all "
     "overdue salary arrears would be paid before the end of January.",
     "AGREE", ("GHA", "GOV"), ("GHA", None), None),
    # --- CONSULT (040 plain meeting; joint talks as a nominal event; a visit and talks by a UN expert
    # with "She" resolved from the sentence before)
    ("Romanian President Mihai Stanciu met the leaders of the two largest opposition parties at the "
     "Cotroceni Palace on Tuesday to discuss a date for early elections.",
     "CONSULT", ("ROU", "GOV"), ("ROU", "OPP"), None),
    ("Talks between Bolivia's government and the leaders of the striking miners' federation went on late "
     "into Sunday night in La Paz, a ministry spokesman said.",
     "CONSULT", ("BOL", "GOV"), None, None),
    ("A United Nations expert on the independence of judges arrived in Tunisia this week for a five-day "
     "visit. She held talks with Justice Minister Leila Ben Salah in Tunis on Thursday, according to a "
     "statement from her office.",
     "CONSULT", ("UNO", None), ("TUN", "GOV"), None),
    # --- SUPPORT (051 praise by an EU body; 057 joint signing; 055 apology as a nominal event, passive
    # with "by")
    ("The European Union on Wednesday praised Moldova's parliament for passing a law that shields "
     "prosecutors from political interference.",
     "SUPPORT", ("EUR", None), ("MDA", "LEG"), None),
    ("After a week of blockades that left supermarket shelves empty, Colombia's transport ministry and the "
     "largest truckers' union signed an agreement in Bogota on Saturday setting a ceiling on diesel prices.",
     "SUPPORT", ("COL", "GOV"), None, None),
    ("An apology to the families of eleven miners shot dead by police in 1994 was delivered in parliament on "
     "Monday by South Africa's police minister.",
     "SUPPORT", ("ZAF", "GOV"), ("ZAF", None), None),
    # --- CONCEDE (0813 curfew lifted, plain; 083 demands accepted with a fronted participle clause; 0812
    # ban lifted, passive with "by" and a relative clause)
    ("Sri Lankan authorities lifted a curfew in the eastern town of Batticaloa on Sunday, four days after "
     "clashes between rival party supporters left two people dead.",
     "CONCEDE", ("LKA", None), None, None),
    ("Bowing to a strike that had shut schools for three weeks, Serbia's education minister accepted the "
     "teachers' union's demand for a 20 percent pay rise, the union said on Tuesday.",
     "CONCEDE", ("SRB", "GOV"), ("SRB", None), None),
    ("A six-month ban on the opposition weekly Le Reveil was lifted on Thursday by Senegal's interior "
     "ministry, which had accused the paper of spreading false news.",
     "CONCEDE", ("SEN", "GOV"), ("SEN", None), None),
    # --- COOPERATE (0631 extradition, plain; evidence handed over, phrasal verb, attribution after;
    # joint police operation by two nationality adjectives)
    ("Paraguay extradited a former Brazilian senator to Brazil on Wednesday to face charges of laundering "
     "kickbacks from road contracts.",
     "COOPERATE", ("PRY", None), ("BRA", None), None),
    ("Swiss prosecutors handed over bank records belonging to a jailed former Ukrainian infrastructure "
     "minister to investigators in Kyiv, the Swiss attorney general's office said on Monday.",
     "COOPERATE", ("CHE", "JUD"), ("UKR", None), None),
    ("Kenyan and Ugandan police carried out a joint operation along their shared border this week, "
     "arresting 30 suspected cattle rustlers, officials said.",
     "COOPERATE", ("KEN", "COP"), None, None),
    # --- AID (071 grant by an intergovernmental body, plain; 075 asylum granted with a relative clause;
    # 071 material aid, passive with "by", a UN agency)
    ("The World Bank approved a $120 million grant to Malawi on Thursday to help rebuild courts and police "
     "stations destroyed by floods.",
     "AID", ("IGO", None), ("MWI", None), None),
    ("Costa Rica granted political asylum to a Nicaraguan opposition lawmaker who fled across the border "
     "last month, Costa Rican officials said on Monday.",
     "AID", ("CRI", None), ("NIC", None), None),
    ("Ballot boxes, voting screens and solar lamps worth $8 million were handed to Liberia's electoral "
     "commission on Friday by the United Nations Development Programme.",
     "AID", ("UNO", None), ("LBR", None), None),
    # --- RETREAT (0841 release, plain; 087 troops pulled off the streets, phrasal verb; 0841 release as a
    # nominal event ordered by a prosecutor)
    ("Belarus freed 23 political prisoners on Thursday, among them two journalists and a former "
     "presidential candidate, an exiled opposition group said.",
     "RETREAT", ("BLR", None), None, None),
    ("Ecuador's army pulled its soldiers off the streets of Guayaquil on Monday and handed security back to "
     "the police after a 60-day state of emergency expired.",
     "RETREAT", ("ECU", "MIL"), None, None),
    ("Egypt's public prosecutor ordered the release of 40 people detained during protests over bread prices "
     "in Alexandria, state media reported on Sunday.",
     "RETREAT", ("EGY", "JUD"), None, None),
    # --- REQUEST (020 call on by an NGO, plain; urging with the attribution after the clause, an EU body;
    # petition to a court by lawyers)
    ("Amnesty International on Tuesday called on Tanzanian authorities to free an opposition leader who has "
     "been held without charge since August.",
     "REQUEST", ("NGO", None), ("TZA", None), None),
    ("Ukraine's parliament should throw out a bill that would strip the anti-graft bureau of its power to "
     "wiretap suspects, the European Commission urged in a statement on Friday.",
     "REQUEST", ("EUR", None), ("UKR", "LEG"), None),
    ("Lawyers for Imran Qadir, the jailed leader of a Pakistani opposition party, petitioned the Supreme "
     "Court on Monday to grant him bail on health grounds.",
     "REQUEST", ("PAK", None), ("PAK", "JUD"), None),
    # --- ACCUSE (112 accusation, plain; 114 ambassador summoned with a capital standing for its state;
    # accusation with the attribution after the clause; 111 denunciation by an NGO)
    ("Hungary's opposition accused the government on Monday of steering European farm subsidies to "
     "companies owned by friends of ministers.",
     "ACCUSE", ("HUN", "OPP"), ("HUN", "GOV"), None),
    ("Mexico's foreign ministry summoned the Peruvian ambassador on Thursday over remarks by Lima's foreign "
     "minister about the arrest of a Mexican reporter.",
     "ACCUSE", ("MEX", "GOV"), ("PER", None), None),
    ("The ruling party has been buying votes across the north with cash and bags of maize, Malawi's main "
     "opposition leader charged at a rally in Mzuzu on Sunday.",
     "ACCUSE", ("MWI", "OPP"), ("MWI", None), None),
    ("Reporters Without Borders denounced Guatemalan prosecutors on Wednesday for opening a criminal case "
     "against the editor of one of the country's last independent newspapers.",
     "ACCUSE", ("NGO", None), ("GTM", "JUD"), None),
    # --- REJECT (12 request rejected by a court, plain; 1222 veto, plain; invitation turned down, phrasal
    # verb, with "They" resolved from the sentence before)
    ("Israel's Supreme Court on Tuesday rejected a government request to postpone a hearing on the "
     "dismissal of the attorney general.",
     "REJECT", ("ISR", "JUD"), ("ISR", "GOV"), None),
    ("Poland's president vetoed legislation adopted by parliament that sought to move control of public "
     "broadcasters to a new media council.",
     "REJECT", ("POL", "GOV"), ("POL", "LEG"), None),
    ("Zambia's President Daniel Mwanza invited opposition parties to a national dialogue on the "
     "constitution last week. They turned down the invitation on Saturday, saying the talks were a ploy "
     "to extend his term.",
     "REJECT", ("ZMB", "OPP"), ("ZMB", "GOV"), None),
    # --- THREATEN (1312 strike threatened, conditional, plain; 13 threat in reported speech with the
    # attribution after; 13 threat by a mayor)
    ("Nigeria's main labour federation threatened on Monday to call a nationwide general strike if the "
     "government goes ahead with a planned rise in electricity tariffs.",
     "THREATEN", ("NGA", "LAB"), ("NGA", "GOV"), None),
    ("Any member of his party who backs the no-confidence motion will be expelled, Nepal's prime minister "
     "warned on Sunday, days before the vote in parliament.",
     "THREATEN", ("NPL", "GOV"), ("NPL", None), None),
    ("The mayor of Manila threatened on Wednesday to revoke the franchises of jeepney operators who join a "
     "transport strike called for next week.",
     "THREATEN", ("PHL", "GOV"), ("PHL", None), None),
    # --- PROTEST (141 march; 143 strike, phrasal "went on"; 142 hunger strike as food refused, attribution
    # after)
    ("Several thousand demonstrators marched down Rustaveli Avenue in Tbilisi on Saturday to oppose a "
     "measure forcing media outlets funded from abroad to register as foreign agents.",
     "PROTEST", ("GEO", None), None, None),
    ("Teachers in Argentina's Buenos Aires province went on a 48-hour strike on Tuesday, demanding wage "
     "increases that keep pace with inflation.",
     "PROTEST", ("ARG", "EDU"), None, None),
    ("A jailed Cambodian opposition activist has refused all food since Monday in protest at his 12-year "
     "prison sentence for treason, his lawyer said.",
     "PROTEST", ("KHM", None), None, None),
    # --- SANCTION (161 ambassador recalled, plain; aid frozen, passive with "by", an EU body; 1663
    # diplomats expelled, with a nationality adjective)
    ("Honduras recalled its ambassador to Guatemala on Friday after a Guatemalan court ordered the arrest "
     "of a former Honduran president's brother.",
     "SANCTION", ("HND", None), ("GTM", None), None),
    ("Budget support to Mozambique worth 40 million euros was frozen this week by the European Union over "
     "the handling of a disputed presidential election.",
     "SANCTION", ("EUR", None), ("MOZ", None), None),
    ("Tajikistan expelled two Kyrgyz diplomats late on Monday for allegedly holding meetings with opposition "
     "figures ahead of local elections.",
     "SANCTION", ("TJK", None), ("KGZ", None), None),
    # --- MOBILIZE (15 deployment, plain; deployment, passive with "by"; 150 alert raised, with a context
    # sentence before)
    ("Bangladesh deployed paramilitary border guards across Dhaka on Sunday ahead of a mass rally called by "
     "the main opposition party.",
     "MOBILIZE", ("BGD", None), None, None),
    ("Some 2,000 riot police were deployed around Congress in Lima on Tuesday by Peru's interior ministry as "
     "lawmakers prepared to debate an impeachment motion against the president.",
     "MOBILIZE", ("PER", "GOV"), None, None),
    ("Violence has flared in Papua in the run-up to regional polls. Indonesia's national police put all of "
     "its units in the province on maximum alert on Friday, a spokesman said.",
     "MOBILIZE", ("IDN", "COP"), None, None),
    # --- COERCE (173 detention of a mayor, phrasal; 17 candidate barred; 175 crowd driven back with tear gas,
    # "them" resolved from the sentence before; 173 detention denied, negated)
    ("Turkish police took the mayor of Istanbul's Sariyer district into custody on Wednesday in a corruption "
     "investigation into municipal tenders.",
     "COERCE", ("TUR", "COP"), ("TUR", "GOV"), None),
    ("Tanzania's electoral commission barred the leading opposition challenger for the presidency from the "
     "October ballot, citing errors in his nomination papers.",
     "COERCE", ("TZA", None), ("TZA", "OPP"), None),
    ("Supporters of the opposition candidate gathered outside the tally centre in Harare on Friday. Riot "
     "police drove them back with volleys of tear gas and jets from water cannon.",
     "COERCE", ("ZWE", "COP"), ("ZWE", None), None),
    ("Uganda's police denied on Tuesday that they had detained the opposition presidential candidate, "
     "saying he had been escorted home for his own safety.",
     "COERCE", ("UGA", "COP"), ("UGA", "OPP"), "negated"),
    # --- ASSAULT (186 killing, plain; 18 attack on a polling station, attribution after; 19 joint clash
    # between rival supporters)
    ("Gunmen shot dead a man running for mayor of a small town in Guerrero, Mexico, on Friday as he left a "
     "campaign event, state prosecutors said.",
     "ASSAULT", ("MEX", None), ("MEX", None), None),
    ("Suspected militants stormed a polling station near Maiduguri in northeastern Nigeria on Saturday, "
     "killing three election officials, the army said.",
     "ASSAULT", ("NGA", None), ("NGA", None), None),
    ("Supporters of rival candidates clashed with machetes and bush knives in Papua New Guinea's Enga "
     "province after the count was declared, police said.",
     "ASSAULT", ("PNG", None), None, None),
]

#: passages that report no codable act that happened
EMPTY: list[str] = [
    "Support for the governing coalition stood at 31 percent in a survey of 1,200 voters published on "
    "Sunday, down four points from March.",
    "Courts in the province handled 14,300 criminal cases last year, and about one in five ended in "
    "acquittal, figures from the judicial council show.",
    "The party opposes any change to the two-term limit and favours a directly elected senate.",
    "Analysts expect turnout to fall below half of registered voters in the runoff, which is scheduled for "
    "the second Sunday of November.",
    "It is unclear whether the speaker might put the censure motion to a vote before the summer recess, and "
    "aides said no decision was imminent.",
    "The country's first multiparty election was held in 1991, and the constitution has been amended six "
    "times since then.",
    "Every Thursday, relatives of the disappeared gather in the square with photographs, a ritual that "
    "dates back to the late 1970s.",
    "Leeds attacked relentlessly after the break and struck twice in five minutes to overturn a one-goal "
    "deficit against Stoke.",
    "Shares in the copper miner retreated 3 percent on Tuesday after the company trimmed its output forecast "
    "for the year.",
    "The bank deployed a new fraud-detection system across its 400 branches, cutting the time needed to flag "
    "suspicious transfers from hours to seconds.",
    "The virus attacks the lining of the lungs and can spread from cell to cell without ever entering the "
    "bloodstream, the researchers found.",
    "Enrolment in teacher-training colleges has fallen for six straight years, and a third of rural schools "
    "now operate without a qualified science teacher.",
    "The defending champion crushed her opponent in straight sets and will face the second seed in "
    "Saturday's semi-final.",
    "The hospital's emergency ward treats about 300 patients a day, many of them children with malaria "
    "during the rainy season.",
    "Burglaries in the district rose by 12 percent last year, with most break-ins occurring on weekday "
    "afternoons, police figures show.",
    "Oil prices surrendered early gains and closed lower as traders weighed rising stockpiles in the United "
    "States.",
    "The visitors mounted a late offensive, but their captain's shot in stoppage time struck the crossbar.",
    "The update blocks apps from tracking users across websites unless they opt in, a change that "
    "advertisers have long resisted.",
    "In the experiment, mice deprived of sleep for two nights fought more often and guarded food more "
    "aggressively than the control group.",
    "Forecasters say heavy rain is likely to hit the capital through Thursday, with as much as 120 "
    "millimetres possible in the hills.",
    "Under the constitution, the president may dissolve parliament only once in any twelve-month period and "
    "must call elections within sixty days.",
    "In 1964 the army seized power in a bloodless coup, and it ruled for two decades before handing control "
    "back to civilians in 1985.",
    "The retailer's bid for its smaller rival is the largest in the sector since 2018, and the two chains "
    "together employ 42,000 people.",
    "The rookie quarterback was sacked five times and threw two interceptions as Denver fell to 2-7 on the "
    "season.",
    "Officials could ask the courts to review the result if the margin is below 0.5 percent, but no "
    "candidate has indicated an intention to do so.",
]

#: set after the rules the batch prompted, a little under its figures then (the first run is in the docstring)
FLOORS = {"type": 0.91, "actor_code": 0.91, "actor_sector": 0.89, "recipient": 0.83, "pass": 0.83,
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
    return _code([c[0] for c in STORIES], resources, "blind31")


@pytest.fixture(scope="module")
def coded_empty(resources: Resources) -> list[list[Event]]:
    return _code(EMPTY, resources, "blind31-empty")


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


def test_blind31_stories(coded_stories: list[list[Event]]) -> None:
    rates, misses = _score(coded_stories)
    low = {k: round(v, 3) for k, v in rates.items() if v < FLOORS[k]}
    assert not low, (f"blind31 below its floors {FLOORS}: {low} (all: "
                     f"{ {k: round(v, 3) for k, v in rates.items()} })\n" + "\n".join(misses))


def test_blind31_empty(coded_empty: list[list[Event]]) -> None:
    wrong = _empty_misses(coded_empty)
    rate = 1 - len(wrong) / len(EMPTY)
    assert rate >= FLOORS["empty"], (f"blind31 empty pass rate {rate:.3f} < {FLOORS['empty']}:\n"
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
