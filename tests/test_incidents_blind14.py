"""The fourteenth blind incident batch for eventwire, written on 2026-12-01 before the coder was run on any of
it.

Crisis: ten days of a cross-border crisis between India and Pakistan in March 2033. Militants of a new group,
Saif-ul-Haq, storm an Indian army camp in Rajouri (seven soldiers dead, then nine); India summons Pakistan's
charge d'affaires and shuts the Attari-Wagah crossing; two days after the raid Indian jets bomb what New Delhi
calls a militant camp near Kotli, which Pakistan says was an empty hillside; Pakistan's military spokesman
warns of a response and the next day Pakistani jets strike across the line of control, down an Indian Su-30
and capture its pilot; Pakistan summons India's charge d'affaires; China and the United States urge restraint
on the same day, Saudi Arabia two days later; Pakistan bars Indian airlines from its airspace; Pakistani
troops shell Poonch on Thursday night (two civilians dead, then three) and again on Sunday night; the UN
Security Council meets behind closed doors; the pilot is handed back at Wagah; the two directors general of
military operations talk on the hotline; India reopens the crossing.

Everything in it is synthetic: the outlets, people and the militant group are invented; the countries and
places are real; the events never happened and their dates lie in the future.

Gold conventions: an act is one real-world act: one actor (for statements, one speaker or one institution)
doing one thing to one target on one day. ACTS gives its PLOVER types (a second type only where the codebook
allows two readings: closing a border crossing and closing airspace to a country's airlines are both SANCTION
and COERCE), the day it happened and a description. REPORTS lists, for every body sentence of every document
that reports an act that happened (background recaps in later reports and quotes that tell the act included),
a verbatim cue found once in that file; a sentence may report two acts of different types. Headlines are not
reports. Not listed: planned or future acts, denied, conditional or hypothetical acts, acts more than a year
before, statistics and tallies, opinions. A promise is an AGREE act, a threat a THREATEN act, a demand a
REQUEST act, but the promised, threatened or demanded act counts only once it happens. The batch holds a
verbatim syndicated copy (Talon Wire -> Highland Bulletin), a lightly edited copy (Tidewater Agency -> Cedar
Gate News), tolls that change between reports (seven soldiers dead, then nine; two civilians, then three), and
look-alike acts that are not the same: two Pakistani shellings of Poonch three nights apart, two summonses of
charges d'affaires by the two sides on different days, appeals for restraint by China and the United States on
the same day (and by Saudi Arabia later), air strikes in opposite directions on consecutive days, a threat to
respond and the strike that followed, the closure and the reopening of one crossing, and the capture and the
handover of one pilot.

Scoring: the documents are ingested into a fresh store as in use; each grouped event whose sentence contains a
report's cue and whose type is one of the act's types maps to that act; over the mapped events the test
computes pairwise precision, recall and F1 and B-cubed F1, and reports_found, the share of gold (file, act)
reports with at least one mapped event.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap_inc.py) and none was found.

FIRST RUN, on commit f98c98e (the sixth 2026-12-01 session's starting code; the batch was written at the
session's start and is held back, figures only), with `figures`: **pairwise F1 0.690** (precision 0.797,
recall 0.609), B-cubed F1 0.828. The same on f3ef3fb, run beside it.

HELD-BACK RUN, at the end of the sixth 2026-12-01 session, on commit 87fe1d8 (its final code), beside the
session's starting code f98c98e: pairwise F1 0.690 (precision 0.797, recall 0.609), B-cubed F1 0.828, the same
on both. Its groupings were not printed or read.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from eval.incidents import score
from eventwire.config import Settings
from eventwire.pipeline import Pipeline, run_ingest
from eventwire.resources import Resources
from eventwire.store import Store

pytestmark = pytest.mark.slow

#: (file name "YYYY-MM-DD_outlet_slug.txt", text): a headline, a blank line, then paragraphs, the first
#: opening with a dateline "CITY, Month D, YYYY (Outlet) - "
DOCS: list[tuple[str, str]] = [
    ('2033-03-06_talon_gunmen-kill-soldiers-rajouri.txt',
     'Gunmen kill seven Indian soldiers in raid on Kashmir army camp\n\n'
     'RAJOURI, March 6, 2033 (Talon Wire) - Militants armed with rifles and grenades stormed an Indian '
     'army camp in the Rajouri district of Jammu and Kashmir before dawn on Sunday, killing seven '
     'soldiers, army officials said.\n\n'
     'The attackers also wounded four other soldiers, two of them critically, who were flown to a '
     "military hospital in Udhampur, said Col. Harpreet Sandhu, a spokesman for the army's Northern "
     'Command. Sandhu said the attackers cut through a perimeter fence under cover of fog and opened '
     'fire on barracks where off-duty troops lay asleep.\n\n'
     'A little-known group calling itself Saif-ul-Haq said in a message posted online that its '
     'fighters had carried out the raid. Indian officials did not immediately say who they believed '
     'had planned the operation, and Talon Wire could not verify the message.\n\n'
     'The camp lies roughly 30 kilometres from the line of control, the heavily fortified frontier '
     'that splits the Himalayan territory between India and Pakistan. Both nuclear-armed neighbours '
     'claim all of Kashmir and have gone to war over it twice since 1947.\n\n'
     '"Nobody in this town has slept properly for years, and after today it will only get worse," said '
     'Mohammad Ashraf, who runs a pharmacy near the camp gate.'),
    ('2033-03-06_crescent_troops-dead-army-base-raid.txt',
     'Seven troops dead as militants raid army base in Indian Kashmir\n\n'
     'SRINAGAR, March 6, 2033 (Crescent Newswire) - Seven Indian soldiers were killed on Sunday when '
     'militants attacked a remote army base in Rajouri, police and military sources said, in a raid '
     'likely to sharpen tensions between New Delhi and Islamabad.\n\n'
     'The assailants, believed to number four or five, slipped into the base in the early hours and '
     'set fire to two barracks with incendiary devices, a senior police officer told Crescent Newswire '
     'on condition of anonymity. Helicopters circled over the pine forest beyond the base late on '
     'Sunday as the search for the attackers went on.\n\n'
     'Saif-ul-Haq, a group that first surfaced last year, said in a short statement that its members '
     "had mounted the assault. Pakistan's foreign office said the country had no connection with the "
     'violence.\n\n'
     '"It is far too early to point fingers, but the pressure on the government to hit back will be '
     'immense," said Nandita Rao, a security analyst at the Centre for Frontier Studies in New Delhi.\n\n'
     'Militant violence in the Indian-administered part of Kashmir had declined steadily over the past '
     'decade, according to government figures, though assaults on troops in the Rajouri and Poonch '
     'districts rose again in 2031 and 2032.'),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt',
     'India summons Pakistani envoy, shuts Attari crossing after Kashmir attack\n\n'
     "NEW DELHI, March 7, 2033 (Highland Bulletin) - India summoned Pakistan's most senior diplomat in "
     'New Delhi on Monday and shut the main land crossing between the two countries, a day after '
     'militants killed nine soldiers at an army camp in Kashmir.\n\n'
     "The foreign ministry said Pakistan's charge d'affaires, Faisal Rahim, received a written protest "
     'over the bloodshed. Rahim was called to South Block, the seat of the foreign ministry, shortly '
     'after 11 a.m. Two of the wounded soldiers died overnight at a military hospital in Udhampur, '
     'army officials said.\n\n'
     'The Attari-Wagah crossing near Amritsar, the only road link between the neighbours that is open '
     'to trade, was closed to cargo and passengers from Monday morning until further notice, the home '
     'ministry said. Dozens of trucks loaded with onions and cement were stuck on both sides.\n\n'
     "Pakistan's foreign office said the country had no link whatsoever to what happened in Rajouri. "
     'New Delhi has for decades said that Pakistan arms and trains insurgents who fight in Kashmir, a '
     'charge Islamabad has always denied.\n\n'
     '"Closing the border costs both sides money, but it is the quickest signal New Delhi can send," '
     'said Ayesha Malik, who teaches international relations at a university in Lahore.'),
    ('2033-03-07_saltmarsh_trucks-stranded-wagah-closed.txt',
     'Trucks stranded as India closes Wagah border after army camp raid\n\n'
     'AMRITSAR, March 7, 2033 (Saltmarsh Press) - Indian authorities closed the Attari-Wagah border '
     'post to all traffic on Monday, leaving hundreds of trucks and travellers stranded, in the first '
     "official response to Sunday's deadly raid on an army camp in Kashmir.\n\n"
     '"I have forty tonnes of tomatoes in this truck and no one can tell me when I can cross," said '
     'Gurpreet Singh, a driver from Jalandhar. Officials in New Delhi gave no date for the border post '
     'to reopen.\n\n'
     "Earlier on Monday, India's foreign ministry summoned Pakistan's charge d'affaires to protest "
     'against the raid, in which militants killed nine soldiers, according to the latest army figures.\n\n'
     'Trade through the crossing shrank sharply after 2019 and is now worth only a few hundred million '
     'dollars a year, Indian customs data show. The evening flag ceremony at the post usually draws '
     'thousands of spectators from both sides.\n\n'
     'Pakistani officials on the Wagah side said India had closed the post without any formal notice '
     'to them.'),
    ('2033-03-07_tidewater_toll-kashmir-camp-attack-nine.txt',
     'Death toll in Kashmir camp attack rises to nine; India lodges protest\n\n'
     "JAMMU, March 7, 2033 (Tidewater Agency) - Two more Indian soldiers wounded in Sunday's attack on "
     'an army camp in Rajouri have died, raising the toll to nine, the army said on Monday, as New '
     'Delhi lodged a protest with Pakistan.\n\n'
     'The militants struck the camp shortly before 4 a.m., when most of the soldiers were asleep, '
     'according to the army. The soldiers, aged between 22 and 35, were cremated with military honours '
     'in their home villages in Himachal Pradesh, Punjab and Uttarakhand.\n\n'
     "Pakistan's acting envoy in New Delhi was called to the foreign ministry on Monday and told of "
     'India\'s "deep outrage", a ministry spokesman, Anil Varadarajan, told reporters. "Our soldiers '
     'were killed in their sleep, and this country will not forget them," Varadarajan said.\n\n'
     'Indian intelligence officials believe Saif-ul-Haq is a new name for fighters from older groups '
     'that were outlawed years ago. Islamabad says it has no ties to any of them.\n\n'
     '"Each time a raid like this happens, the room for diplomacy gets smaller," said Rajiv Menon, a '
     'retired brigadier who once commanded troops in the district.'),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt',
     'India strikes what it calls militant camp in Pakistani Kashmir; Islamabad vows response\n\n'
     'NEW DELHI, March 8, 2033 (Talon Wire) - Indian warplanes bombed targets across the line of '
     'control in Pakistan-administered Kashmir before dawn on Tuesday, in what New Delhi said was a '
     "strike on a training camp used by the group behind Sunday's attack on its soldiers.\n\n"
     'Foreign Secretary Meera Kulkarni told reporters the jets had hit a camp near the town of Kotli '
     'and that "a large number" of fighters had died. She gave no figures, and Talon Wire could not '
     'independently confirm her account.\n\n'
     "Pakistan's military said the bombs fell on an empty hillside and that nobody had been hurt. "
     '"There is no camp there, and there never was," military spokesman Maj. Gen. Imran Sadiq said in '
     'Rawalpindi.\n\n'
     'Sadiq warned that Pakistan would answer the strike "at a time and place of our choosing".\n\n'
     'Indian officials said 12 aircraft took part in the raid, which lasted about 20 minutes. Indian '
     'and Pakistani jets last fought over Kashmir in 2019, weeks after a suicide bomber killed dozens '
     'of Indian paramilitary police. Shares in Karachi fell nearly 3 percent in early trade on '
     'Tuesday.\n\n'
     '"Both governments now face home audiences that expect them to look strong, which is exactly what '
     'makes this moment dangerous," said Nandita Rao of the Centre for Frontier Studies.'),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt',
     'India strikes what it calls militant camp in Pakistani Kashmir; Islamabad vows response\n\n'
     'NEW DELHI, March 8, 2033 (Highland Bulletin) - Indian warplanes bombed targets across the line '
     'of control in Pakistan-administered Kashmir before dawn on Tuesday, in what New Delhi said was a '
     "strike on a training camp used by the group behind Sunday's attack on its soldiers.\n\n"
     'Foreign Secretary Meera Kulkarni told reporters the jets had hit a camp near the town of Kotli '
     'and that "a large number" of fighters had died. She gave no figures, and Talon Wire could not '
     'independently confirm her account.\n\n'
     "Pakistan's military said the bombs fell on an empty hillside and that nobody had been hurt. "
     '"There is no camp there, and there never was," military spokesman Maj. Gen. Imran Sadiq said in '
     'Rawalpindi.\n\n'
     'Sadiq warned that Pakistan would answer the strike "at a time and place of our choosing".\n\n'
     'Indian officials said 12 aircraft took part in the raid, which lasted about 20 minutes. Indian '
     'and Pakistani jets last fought over Kashmir in 2019, weeks after a suicide bomber killed dozens '
     'of Indian paramilitary police. Shares in Karachi fell nearly 3 percent in early trade on '
     'Tuesday.\n\n'
     '"Both governments now face home audiences that expect them to look strong, which is exactly what '
     'makes this moment dangerous," said Nandita Rao of the Centre for Frontier Studies.\n\n'
     'This report first appeared on the Talon Wire service.'),
    ('2033-03-08_crescent_pakistan-says-jets-hit-hillside.txt',
     'Pakistan says Indian jets hit empty hillside, warns of retaliation\n\n'
     'ISLAMABAD, March 8, 2033 (Crescent Newswire) - Pakistan vowed on Tuesday to retaliate for an '
     'Indian air raid on its side of disputed Kashmir, saying the raid had caused no casualties.\n\n'
     'Villagers near Kotli said they were woken at about 3 a.m. by several loud blasts. "We are '
     'farmers here, there is nothing in these hills except goats and pine trees," said Zahid Hussain, '
     '54.\n\n'
     "Military spokesman Maj. Gen. Imran Sadiq told reporters in Rawalpindi that Pakistan's forces "
     'were ready to hit back "with full strength" and that Indian talk of a militant camp was "pure '
     'fiction".\n\n'
     'The Indian jets crossed the line of control at three points and stayed over Pakistani territory '
     'for less than four minutes, according to the military. Pakistan has said repeatedly since Sunday '
     'that it has no links to Saif-ul-Haq. Its airspace remained open, but civil aviation officials '
     'said some flights to Lahore and Sialkot had been rerouted as a precaution.\n\n'
     '"The risk is a cycle in which each side feels it must have the last word," said Ayesha Malik, a '
     'lecturer in international relations in Lahore.'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt',
     'Pakistan downs Indian jet, captures pilot as Kashmir crisis escalates\n\n'
     'MUZAFFARABAD, March 9, 2033 (Saltmarsh Press) - Pakistani fighter jets struck targets on the '
     'Indian side of the line of control on Wednesday and shot down an Indian warplane, whose pilot '
     "was captured after ejecting over Pakistan-administered Kashmir, Pakistan's military said.\n\n"
     "India's defence ministry said one of its Su-30 jets had been lost and that the pilot was missing "
     'in action. A video posted by the Pakistani military showed a man in a flight suit, his face '
     'bruised, giving his name as Squadron Leader Rohan Bhatia.\n\n'
     'Pakistani officials said the jets had targeted open ground near military positions to show '
     '"capability and resolve" without causing casualties.\n\n'
     'On Tuesday, Indian warplanes bombed what New Delhi described as a militant camp near Kotli, and '
     "Pakistan's army vowed a response.\n\n"
     '"Pakistan has no wish to see this go any further," military spokesman Maj. Gen. Imran Sadiq '
     'said. Many families in villages along the frontier moved in with relatives farther from the '
     'line.'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt',
     'U.S., China urge India and Pakistan to step back after jet downed\n\n'
     'WASHINGTON, March 9, 2033 (Tidewater Agency) - The United States urged India and Pakistan on '
     'Wednesday to pull back from the brink, after Pakistan shot down an Indian fighter jet over '
     'Kashmir.\n\n'
     'Secretary of State Daniel Okafor said in a written statement that further military action '
     '"serves no one" and that both governments should talk directly.\n\n'
     'In Beijing, foreign ministry spokesman Li Wenhao called on the two neighbours to "exercise calm '
     'and restraint" at a regular briefing.\n\n'
     "China is Pakistan's closest ally and biggest arms supplier, while the United States has built "
     'closer defence ties with India over the past decade.\n\n'
     "Pakistan's military said its jets had hit open ground on the Indian side of the frontier to "
     "demonstrate its capability. New Delhi says Tuesday's raid near Kotli destroyed a militant "
     'training camp.\n\n'
     'The Indian pilot remained in Pakistani custody on Wednesday evening, officials in both countries '
     'said.\n\n'
     '"Washington and Beijing rarely agree on South Asia, but neither wants a war between two nuclear '
     'powers," said Peter Lindqvist, a South Asia analyst at a Stockholm research institute.'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt',
     'Washington, Beijing urge restraint on India and Pakistan after fighter shot down\n\n'
     'WASHINGTON, March 9, 2033 (Cedar Gate News) - The United States urged India and Pakistan on '
     'Wednesday to edge back from the brink, after Pakistan shot down an Indian fighter jet over '
     'Kashmir.\n\n'
     'Secretary of State Daniel Okafor said in a written statement that further military action '
     '"serves no one" and that both governments should talk directly.\n\n'
     'In Beijing, foreign ministry spokesman Li Wenhao called on the two neighbours to "exercise calm '
     'and restraint" at a daily news briefing.\n\n'
     "China is Pakistan's closest ally and main source of weapons, while the United States has built "
     'closer defence ties with India over the past decade.\n\n'
     "Pakistan's military said its jets had hit open ground on the Indian side of the frontier to "
     "demonstrate its capability. New Delhi says Tuesday's raid near Kotli destroyed a militant "
     'training camp.\n\n'
     'The Indian pilot remained in Pakistani custody on Wednesday evening, officials in both countries '
     'said.\n\n'
     'This report first appeared on the Tidewater Agency service.'),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt',
     'Pakistan summons Indian diplomat over air strike, says captured pilot is well\n\n'
     "ISLAMABAD, March 9, 2033 (Crescent Newswire) - Pakistan summoned India's charge d'affaires on "
     "Wednesday to protest against Tuesday's Indian air raid in Kashmir, the foreign office said, as "
     'tensions between the nuclear-armed neighbours climbed.\n\n'
     'The diplomat, Vikram Sethi, was told that the raid was a "blatant violation" of Pakistan\'s '
     'sovereignty, spokeswoman Sadia Nawaz said at her weekly briefing.\n\n'
     'Nawaz said Squadron Leader Bhatia was being treated well and had received medical care for minor '
     'injuries. Bhatia was taken into custody by Pakistani soldiers on Wednesday morning after his '
     'Su-30 was hit during an air battle over the line of control, according to the military.\n\n'
     'Asked whether the airman would go home soon, Nawaz said "no decision" had been made.\n\n'
     "Earlier in the week, India had summoned Pakistan's own charge d'affaires in New Delhi. Neither "
     "country has had a high commissioner in the other's capital since 2019, when both downgraded "
     'their missions.\n\n'
     '"Calling in diplomats is the ritual of every crisis between us, and it rarely changes anything," '
     'said Javed Rana, a retired Pakistani ambassador.'),
    ('2033-03-10_highland_pakistan-bars-indian-airlines.txt',
     'Pakistan bars Indian airlines from its airspace\n\n'
     'KARACHI, March 10, 2033 (Highland Bulletin) - Pakistan closed its airspace to all Indian '
     'airlines on Thursday, forcing carriers flying from New Delhi and Mumbai to Europe and the Gulf '
     'to take longer routes over the Arabian Sea.\n\n'
     "The ban, announced in a notice to airmen issued by Pakistan's civil aviation authority, covers "
     'every aircraft registered in India as well as Indian military planes, and will run until at '
     'least March 31. The restriction took effect at midnight, the authority said. Foreign carriers '
     "and Pakistan's own airlines can still fly through.\n\n"
     'An executive at one Indian airline said the detour would add up to 90 minutes to some westbound '
     'flights and cost millions of dollars a month in extra fuel.\n\n'
     "The ban followed Wednesday's air battle over Kashmir, in which Pakistan shot down an Indian jet "
     'and seized its pilot.\n\n'
     "India's civil aviation ministry said it was studying the notice and had not decided whether to "
     'respond in kind. Pakistan kept its skies shut to Indian flights for almost five months in 2019.\n\n'
     'The U.N. Security Council is due to discuss the crisis behind closed doors on Friday, diplomats '
     'said.'),
    ('2033-03-11_talon_shelling-kills-civilians-poonch.txt',
     'Two civilians killed as Pakistani shelling hits Poonch villages\n\n'
     'POONCH, March 11, 2033 (Talon Wire) - Pakistani troops shelled Indian army posts and border '
     'villages in the Poonch sector late on Thursday, killing two civilians and wounding five, Indian '
     'army officials said on Friday.\n\n'
     'The shelling began at about 10 p.m. and continued for almost four hours, said Col. Harpreet '
     "Sandhu of the army's Northern Command. A mortar round struck a house in the village of Salotri, "
     'killing a woman and her teenage son, police said.\n\n'
     "Pakistan's military did not comment on the Indian account.\n\n"
     'The two armies agreed in 2021 to observe a ceasefire along the frontier, and the arrangement had '
     'largely held until this week. Hundreds of villagers spent the night in underground bunkers built '
     'by the government after earlier rounds of firing.\n\n'
     'Indian officials said the shells landed on at least six villages. Diplomats said the Security '
     'Council would hold closed consultations on the crisis in New York later on Friday.'),
    ('2033-03-11_saltmarsh_shelling-toll-three-saudi-calm.txt',
     'Death toll from Kashmir shelling rises to three; Saudi Arabia urges calm\n\n'
     'JAMMU, March 11, 2033 (Saltmarsh Press) - A third civilian has died from wounds suffered in '
     "Thursday night's Pakistani artillery fire on villages in Poonch, local officials said on Friday, "
     'as Saudi Arabia joined calls for the two neighbours to step back.\n\n'
     'The man, a 60-year-old shepherd, died in a hospital in Jammu early on Friday, said Poonch '
     'district magistrate Arun Bhat.\n\n'
     'Saudi Foreign Minister Prince Khalid bin Saad urged India and Pakistan in a statement to '
     '"exercise the utmost restraint" and settle their dispute through dialogue. The kingdom has close '
     'ties with both countries, which send millions of workers to the Gulf.\n\n'
     "Thursday's shelling was the first serious breach of the frontier ceasefire since 2021, according "
     'to Indian army records.\n\n'
     '"The shells started falling on Thursday night and did not stop until long after midnight," said '
     'Shamim Akhtar, who lives in a village a few kilometres from the line of control.'),
    ('2033-03-11_cedargate_security-council-closed-meeting.txt',
     'U.N. Security Council meets behind closed doors on India-Pakistan crisis\n\n'
     'UNITED NATIONS, March 11, 2033 (Cedar Gate News) - Envoys on the U.N. Security Council discussed '
     'the escalating confrontation between India and Pakistan in a closed-door session on Friday, but '
     'ended the meeting without issuing a statement, diplomats said.\n\n'
     "The closed session lasted about 90 minutes, two diplomats who attended said. Colombia's envoy, "
     'Mariela Quintero, who chairs the council in March, told reporters afterwards that members had '
     '"expressed deep concern" about the violence.\n\n'
     'India, which does not sit on the council, regards the dispute as a bilateral matter and opposes '
     'any outside role.\n\n'
     'On Wednesday, Chinese foreign ministry spokesman Li Wenhao called for calm and restraint from '
     'both sides. The same day, U.S. Secretary of State Daniel Okafor urged both capitals to pull back '
     'from confrontation.\n\n'
     'On the ground, Indian officials said Pakistani shelling killed three civilians in Poonch late on '
     'Thursday.\n\n'
     '"A council that cannot even agree a press statement sends its own message," said Richard Ahn, a '
     'former U.N. official.'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt',
     'Pakistan hands captured Indian pilot back at Wagah border\n\n'
     'WAGAH, March 12, 2033 (Tidewater Agency) - Pakistan handed a captured Indian air force pilot '
     'back to India at the Wagah border crossing on Saturday, a move both governments described as a '
     'step toward easing the worst crisis between them in more than a decade.\n\n'
     'Squadron Leader Rohan Bhatia walked across the white line at the crossing at about 5:30 p.m., '
     'accompanied by Pakistani officials and two Red Cross workers. Indian officers greeted him on the '
     'other side and drove him to a military hospital in Amritsar for checks.\n\n'
     'Bhatia was captured by Pakistani troops on Wednesday after his fighter was shot down over '
     'Pakistan-administered Kashmir during an air clash.\n\n'
     "India's foreign ministry confirmed that the airman was back on Indian soil. Hundreds of people "
     'waited on the Indian side for hours, many of them waving flags.\n\n'
     'The Attari-Wagah crossing has otherwise remained closed to trade and travellers since India shut '
     'it on Monday.'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt',
     'Freed Indian airman crosses home as diplomats push for calm\n\n'
     'LAHORE, March 12, 2033 (Crescent Newswire) - Pakistan released the Indian air force pilot Rohan '
     'Bhatia on Saturday evening, sending him home across the Wagah land border, Pakistani officials '
     'said.\n\n'
     'The handover took place a day after the U.N. Security Council discussed the crisis in a closed '
     'session in New York.\n\n'
     'Bhatia, whose Su-30 was shot down on Wednesday, crossed on foot shortly before sunset. Foreign '
     'office spokeswoman Sadia Nawaz said the decision showed that Pakistan "does not want war". '
     'Indian airlines remained barred from Pakistani airspace under a ban Islamabad imposed on '
     'Thursday.\n\n'
     '"A gesture like this lowers the temperature, but the reasons this crisis began are still there," '
     'said Ayesha Malik, the Lahore-based academic.'),
    ('2033-03-12_highland_airline-detours-airspace-ban.txt',
     "Airline detours mount as Pakistan's airspace ban drags on\n\n"
     'MUMBAI, March 12, 2033 (Highland Bulletin) - Indian airlines cancelled or rerouted more than 40 '
     "flights on Saturday as Pakistan's ban on Indian aircraft entered its third day, even as the two "
     'governments took a first step back from confrontation.\n\n'
     'Pakistan shut its skies to Indian carriers on Thursday, a day after its air force downed an '
     "Indian fighter jet over Kashmir. The jet's pilot was handed back to India at the Wagah crossing "
     'on Saturday evening.\n\n'
     'Flights from Delhi to London and Frankfurt now spend up to an extra hour in the air, according '
     'to flight-tracking data. A spokesman for one Indian carrier said fares on some routes had risen '
     'by a fifth.\n\n'
     'India has not answered with a ban of its own.'),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt',
     'Fresh Pakistani shelling hits Poonch three days after deadly barrage\n\n'
     'POONCH, March 14, 2033 (Saltmarsh Press) - Pakistani troops fired artillery and mortar shells at '
     'Indian positions along the line of control in Poonch late on Sunday, damaging several homes, the '
     'Indian army said on Monday, in the second such bombardment in four days.\n\n'
     "No one was killed in Sunday night's firing, which lasted about two hours, said army spokesman "
     'Col. Harpreet Sandhu.\n\n'
     'On Thursday night, Pakistani shelling in the same sector killed three civilians, the deadliest '
     'cross-border fire in the area in more than ten years.\n\n'
     "The renewed firing came despite Saturday's return of a captured Indian pilot by Pakistan, which "
     'both sides had presented as a goodwill gesture.\n\n'
     'Villagers in Salotri said they had gone back to their homes only on Saturday after two nights in '
     'bunkers. "On Sunday night the shells came again just as we were sitting down to eat," said '
     'Mohammad Yaqub, a schoolteacher.\n\n'
     "Pakistan's army spokesman could not be reached on Monday."),
    ('2033-03-14_talon_military-chiefs-hotline-call.txt',
     'Indian, Pakistani military chiefs talk on hotline after a week of clashes\n\n'
     'NEW DELHI, March 14, 2033 (Talon Wire) - The top military operations officers of India and '
     'Pakistan spoke over their dedicated hotline on Monday, the first such contact since the crisis '
     'over Kashmir began eight days ago, the Indian army said.\n\n'
     "Lt. Gen. Sanjay Thapar, India's director general of military operations, and his Pakistani "
     'counterpart, Maj. Gen. Asif Kamal, discussed the situation along the line of control, according '
     'to a short Indian army statement. The statement did not say whether the two officers had reached '
     'any understanding.\n\n'
     'The call came hours after Pakistani troops shelled Indian positions in the Poonch sector late on '
     'Sunday, damaging homes but causing no casualties.\n\n'
     "Pakistan's military confirmed the contact in a brief statement but gave no details. The hotline, "
     'set up in the 1980s, is normally used once a week by more junior officers.\n\n'
     '"A call at this level is the clearest sign yet that both militaries want a way out," said Rajiv '
     'Menon, a retired brigadier.'),
    ('2033-03-14_tidewater_commanders-phone-call.txt',
     'Pakistani, Indian commanders hold phone call as Kashmir tensions simmer\n\n'
     "ISLAMABAD, March 14, 2033 (Tidewater Agency) - India's and Pakistan's senior military operations "
     "commanders held a telephone conversation on Monday, Pakistan's army said, in a sign that the two "
     'sides were trying to stop a week of clashes from spiralling further.\n\n'
     'Maj. Gen. Asif Kamal spoke to Lt. Gen. Sanjay Thapar for about 20 minutes, military spokesman '
     'Maj. Gen. Imran Sadiq said, but did not disclose what the two men discussed. Sadiq did not say '
     'which side had sought the call.\n\n'
     'The contact followed a fresh Pakistani artillery barrage on Indian positions in Poonch late on '
     'Sunday, which Indian officials said damaged several homes.\n\n'
     'The crisis began on Sunday, March 6, when militants killed nine soldiers at an army camp in '
     'Rajouri. Pakistan freed a captured Indian pilot on Saturday in what it called a goodwill '
     'gesture.\n\n'
     '"The generals talking to each other is worth more than a dozen statements from capitals," said '
     'Peter Lindqvist, the Stockholm-based analyst.'),
    ('2033-03-15_cedargate_india-reopens-attari-crossing.txt',
     'India reopens Attari-Wagah crossing as tensions ease\n\n'
     'AMRITSAR, March 15, 2033 (Cedar Gate News) - India reopened the Attari-Wagah border crossing '
     'with Pakistan to trade and passengers on Tuesday, eight days after shutting it.\n\n'
     'The first trucks, carrying dried fruit and gypsum from Afghanistan and Pakistan, rolled across '
     'shortly after 10 a.m., customs officials said.\n\n'
     'India\'s home ministry said in a notice that normal operations at the crossing would resume "in '
     'view of the improved situation".\n\n'
     'The decision came a day after the senior military commanders of the two countries held their '
     'first hotline conversation of the crisis.\n\n'
     'Customs officials expected traffic to return to normal within days. "We lost more than a week of '
     'business and nobody will pay us back," said Naveed Akhtar, a Pakistani exporter waiting on the '
     'Wagah side.'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt',
     'Traders cheer as Wagah crossing reopens after eight-day closure\n\n'
     'LAHORE, March 15, 2033 (Crescent Newswire) - Trucks and travellers began crossing between India '
     'and Pakistan at Wagah again on Tuesday after New Delhi lifted an eight-day closure of the '
     'frontier post.\n\n'
     'India shut the crossing on March 7, a day after militants killed nine soldiers at an army camp '
     'in Rajouri.\n\n'
     'Pakistani customs officials said about 300 trucks of cement, fruit and rock salt had waited at '
     'Wagah for most of the closure.\n\n'
     "The reopening followed a hotline call on Monday between the two armies' directors general of "
     'military operations, the first direct contact between the militaries since the crisis began.\n\n'
     'Indian airlines still cannot use Pakistani airspace, where Islamabad banned them last Thursday.\n\n'
     '"Nothing has been solved, only paused," said Ayesha Malik, the Lahore academic.'),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    'A01': (('ASSAULT',), '2033-03-06',
            'Saif-ul-Haq militants attack an Indian army camp in Rajouri, killing 7 (later 9) soldiers'),
    'A02': (('ACCUSE',), '2033-03-07',
            "India's foreign ministry summons Pakistan's charge d'affaires Faisal Rahim and protests"),
    'A03': (('SANCTION', 'COERCE'), '2033-03-07',
            'India closes the Attari-Wagah border crossing to trade and travellers'),
    'A04': (('ASSAULT',), '2033-03-08',
            'Indian warplanes bomb an alleged militant camp near Kotli in Pakistan-administered Kashmir'),
    'A05': (('THREATEN',), '2033-03-08',
            'Pakistan military spokesman Imran Sadiq warns Pakistan will answer the Indian strike'),
    'A06': (('ACCUSE',), '2033-03-09',
            "Pakistan's foreign office summons India's charge d'affaires Vikram Sethi over the air raid"),
    'A07': (('ASSAULT',), '2033-03-09',
            'Pakistani jets strike across the line of control and shoot down an Indian Su-30'),
    'A08': (('COERCE',), '2033-03-09', 'Pakistani troops capture the Indian pilot Rohan Bhatia'),
    'A09': (('REQUEST',), '2033-03-09',
            "China's foreign ministry (Li Wenhao) calls on India and Pakistan for restraint"),
    'A10': (('REQUEST',), '2033-03-09',
            'US Secretary of State Daniel Okafor urges India and Pakistan to pull back'),
    'A11': (('ASSAULT',), '2033-03-10',
            'Pakistani troops shell Indian posts and villages in Poonch at night, killing 2 (later 3)'),
    'A12': (('SANCTION', 'COERCE'), '2033-03-10', 'Pakistan closes its airspace to Indian airlines'),
    'A13': (('CONSULT',), '2033-03-11', 'UN Security Council holds closed consultations on the crisis'),
    'A14': (('REQUEST',), '2033-03-11',
            'Saudi Foreign Minister Prince Khalid bin Saad urges India and Pakistan to show restraint'),
    'A15': (('RETREAT',), '2033-03-12', 'Pakistan hands the captured pilot back to India at Wagah'),
    'A16': (('ASSAULT',), '2033-03-13',
            'Pakistani troops shell Indian positions in Poonch again late on Sunday'),
    'A17': (('CONSULT',), '2033-03-14',
            'Indian and Pakistani directors general of military operations talk on the hotline'),
    'A18': (('CONCEDE',), '2033-03-15', 'India reopens the Attari-Wagah crossing'),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ('2033-03-06_talon_gunmen-kill-soldiers-rajouri.txt', 'A01', 'stormed an Indian army camp'),
    ('2033-03-06_talon_gunmen-kill-soldiers-rajouri.txt', 'A01', 'opened fire on barracks'),
    ('2033-03-06_talon_gunmen-kill-soldiers-rajouri.txt', 'A01', 'its fighters had carried out the raid'),
    ('2033-03-06_talon_gunmen-kill-soldiers-rajouri.txt',
     'A01', 'The attackers also wounded four other soldiers'),
    ('2033-03-06_crescent_troops-dead-army-base-raid.txt', 'A01', 'militants attacked a remote army base'),
    ('2033-03-06_crescent_troops-dead-army-base-raid.txt', 'A01', 'set fire to two barracks'),
    ('2033-03-06_crescent_troops-dead-army-base-raid.txt', 'A01', 'its members had mounted the assault'),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt',
     'A02', "summoned Pakistan's most senior diplomat"),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt', 'A03', 'shut the main land crossing'),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt', 'A01', 'militants killed nine soldiers'),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt', 'A02', 'received a written protest'),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt', 'A02', 'Rahim was called to South Block'),
    ('2033-03-07_highland_india-summons-envoy-shuts-crossing.txt', 'A03', 'closed to cargo and passengers'),
    ('2033-03-07_saltmarsh_trucks-stranded-wagah-closed.txt', 'A03', 'closed the Attari-Wagah border post'),
    ('2033-03-07_saltmarsh_trucks-stranded-wagah-closed.txt', 'A01', "Sunday's deadly raid on an army camp"),
    ('2033-03-07_saltmarsh_trucks-stranded-wagah-closed.txt',
     'A02', "summoned Pakistan's charge d'affaires to protest"),
    ('2033-03-07_saltmarsh_trucks-stranded-wagah-closed.txt',
     'A01', 'in which militants killed nine soldiers'),
    ('2033-03-07_saltmarsh_trucks-stranded-wagah-closed.txt', 'A03', 'India had closed the post without'),
    ('2033-03-07_tidewater_toll-kashmir-camp-attack-nine.txt',
     'A01', "wounded in Sunday's attack on an army camp"),
    ('2033-03-07_tidewater_toll-kashmir-camp-attack-nine.txt',
     'A02', 'New Delhi lodged a protest with Pakistan'),
    ('2033-03-07_tidewater_toll-kashmir-camp-attack-nine.txt', 'A02', 'was called to the foreign ministry'),
    ('2033-03-07_tidewater_toll-kashmir-camp-attack-nine.txt', 'A01', 'The militants struck the camp'),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt', 'A04', 'Indian warplanes bombed targets'),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt',
     'A01', "behind Sunday's attack on its soldiers"),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt', 'A04', 'the jets had hit a camp near'),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt',
     'A04', 'the bombs fell on an empty hillside'),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt', 'A04', '12 aircraft took part in the raid'),
    ('2033-03-08_talon_india-strikes-camp-pakistani-kashmir.txt', 'A05', 'would answer the strike'),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt',
     'A04', 'Indian warplanes bombed targets'),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt',
     'A01', "behind Sunday's attack on its soldiers"),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt', 'A04', 'the jets had hit a camp near'),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt',
     'A04', 'the bombs fell on an empty hillside'),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt',
     'A04', '12 aircraft took part in the raid'),
    ('2033-03-08_highland_india-strikes-camp-pakistani-kashmir.txt', 'A05', 'would answer the strike'),
    ('2033-03-08_crescent_pakistan-says-jets-hit-hillside.txt', 'A05', 'vowed on Tuesday to retaliate'),
    ('2033-03-08_crescent_pakistan-says-jets-hit-hillside.txt', 'A04', 'an Indian air raid on its side'),
    ('2033-03-08_crescent_pakistan-says-jets-hit-hillside.txt', 'A04', 'woken at about 3 a.m.'),
    ('2033-03-08_crescent_pakistan-says-jets-hit-hillside.txt', 'A05', 'forces were ready to hit back'),
    ('2033-03-08_crescent_pakistan-says-jets-hit-hillside.txt',
     'A04', 'The Indian jets crossed the line of control'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt', 'A07', 'shot down an Indian warplane'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt', 'A08', 'whose pilot was captured after ejecting'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt', 'A07', 'one of its Su-30 jets had been lost'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt', 'A07', 'the jets had targeted open ground'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt', 'A04', 'Indian warplanes bombed what New Delhi'),
    ('2033-03-09_saltmarsh_pakistan-downs-indian-jet.txt', 'A05', 'army vowed a response'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A10', 'The United States urged India and Pakistan'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A07', 'Pakistan shot down an Indian fighter jet'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A10', 'both governments should talk directly'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A09', 'Li Wenhao called on the two neighbours'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A07', 'its jets had hit open ground'),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A04', "Tuesday's raid near Kotli destroyed"),
    ('2033-03-09_tidewater_us-china-urge-restraint.txt', 'A08', 'remained in Pakistani custody'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt',
     'A10', 'The United States urged India and Pakistan'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt',
     'A07', 'Pakistan shot down an Indian fighter jet'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt', 'A10', 'both governments should talk directly'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt',
     'A09', 'Li Wenhao called on the two neighbours'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt', 'A07', 'its jets had hit open ground'),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt', 'A04', "Tuesday's raid near Kotli destroyed"),
    ('2033-03-09_cedargate_washington-beijing-urge-calm.txt', 'A08', 'remained in Pakistani custody'),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt',
     'A06', "Pakistan summoned India's charge d'affaires"),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt',
     'A04', "Tuesday's Indian air raid in Kashmir"),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt', 'A06', 'Vikram Sethi, was told that'),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt',
     'A08', 'taken into custody by Pakistani soldiers'),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt', 'A07', 'his Su-30 was hit during an air'),
    ('2033-03-09_crescent_pakistan-summons-indian-diplomat.txt',
     'A02', "India had summoned Pakistan's own charge"),
    ('2033-03-10_highland_pakistan-bars-indian-airlines.txt',
     'A12', 'closed its airspace to all Indian airlines'),
    ('2033-03-10_highland_pakistan-bars-indian-airlines.txt', 'A12', 'announced in a notice to airmen'),
    ('2033-03-10_highland_pakistan-bars-indian-airlines.txt',
     'A12', 'The restriction took effect at midnight'),
    ('2033-03-10_highland_pakistan-bars-indian-airlines.txt', 'A07', 'Pakistan shot down an Indian jet'),
    ('2033-03-10_highland_pakistan-bars-indian-airlines.txt', 'A08', 'seized its pilot'),
    ('2033-03-11_talon_shelling-kills-civilians-poonch.txt',
     'A11', 'Pakistani troops shelled Indian army posts'),
    ('2033-03-11_talon_shelling-kills-civilians-poonch.txt', 'A11', 'The shelling began at about 10 p.m.'),
    ('2033-03-11_talon_shelling-kills-civilians-poonch.txt', 'A11', 'A mortar round struck a house'),
    ('2033-03-11_talon_shelling-kills-civilians-poonch.txt',
     'A11', 'the shells landed on at least six villages'),
    ('2033-03-11_saltmarsh_shelling-toll-three-saudi-calm.txt',
     'A11', "Thursday night's Pakistani artillery fire"),
    ('2033-03-11_saltmarsh_shelling-toll-three-saudi-calm.txt', 'A14', 'Saudi Arabia joined calls'),
    ('2033-03-11_saltmarsh_shelling-toll-three-saudi-calm.txt', 'A14', 'Prince Khalid bin Saad urged India'),
    ('2033-03-11_saltmarsh_shelling-toll-three-saudi-calm.txt', 'A11', "Thursday's shelling was the first"),
    ('2033-03-11_saltmarsh_shelling-toll-three-saudi-calm.txt',
     'A11', 'The shells started falling on Thursday night'),
    ('2033-03-11_cedargate_security-council-closed-meeting.txt',
     'A13', 'discussed the escalating confrontation'),
    ('2033-03-11_cedargate_security-council-closed-meeting.txt',
     'A13', 'The closed session lasted about 90 minutes'),
    ('2033-03-11_cedargate_security-council-closed-meeting.txt', 'A09', 'Li Wenhao called for calm'),
    ('2033-03-11_cedargate_security-council-closed-meeting.txt', 'A10', 'Daniel Okafor urged both capitals'),
    ('2033-03-11_cedargate_security-council-closed-meeting.txt',
     'A11', 'Pakistani shelling killed three civilians'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt',
     'A15', 'handed a captured Indian air force pilot back'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt', 'A15', 'walked across the white line'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt', 'A08', 'was captured by Pakistani troops'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt', 'A07', 'his fighter was shot down over'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt', 'A03', 'since India shut it on Monday'),
    ('2033-03-12_tidewater_pakistan-hands-back-pilot.txt', 'A15', 'confirmed that the airman was back'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt',
     'A15', 'Pakistan released the Indian air force pilot'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt', 'A15', 'The handover took place a day after'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt', 'A13', 'discussed the crisis in a closed session'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt', 'A12', 'under a ban Islamabad imposed'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt', 'A07', 'whose Su-30 was shot down on Wednesday'),
    ('2033-03-12_crescent_freed-airman-crosses-home.txt', 'A15', 'crossed on foot shortly before sunset'),
    ('2033-03-12_highland_airline-detours-airspace-ban.txt', 'A12', "Pakistan's ban on Indian aircraft"),
    ('2033-03-12_highland_airline-detours-airspace-ban.txt', 'A12', 'shut its skies to Indian carriers'),
    ('2033-03-12_highland_airline-detours-airspace-ban.txt',
     'A07', 'its air force downed an Indian fighter jet'),
    ('2033-03-12_highland_airline-detours-airspace-ban.txt', 'A15', 'handed back to India at the Wagah'),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt', 'A16', 'fired artillery and mortar shells'),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt', 'A16', "Sunday night's firing, which lasted"),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt', 'A11', 'On Thursday night, Pakistani shelling'),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt', 'A16', 'The renewed firing came despite'),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt', 'A15', "Saturday's return of a captured Indian pilot"),
    ('2033-03-14_saltmarsh_fresh-shelling-poonch.txt', 'A16', 'the shells came again just as'),
    ('2033-03-14_talon_military-chiefs-hotline-call.txt', 'A17', 'spoke over their dedicated hotline'),
    ('2033-03-14_talon_military-chiefs-hotline-call.txt', 'A17', 'discussed the situation along the line'),
    ('2033-03-14_talon_military-chiefs-hotline-call.txt', 'A17', 'The call came hours after'),
    ('2033-03-14_talon_military-chiefs-hotline-call.txt', 'A16', 'Pakistani troops shelled Indian positions'),
    ('2033-03-14_talon_military-chiefs-hotline-call.txt',
     'A17', 'confirmed the contact in a brief statement'),
    ('2033-03-14_tidewater_commanders-phone-call.txt', 'A17', 'held a telephone conversation on Monday'),
    ('2033-03-14_tidewater_commanders-phone-call.txt', 'A17', 'spoke to Lt. Gen. Sanjay Thapar'),
    ('2033-03-14_tidewater_commanders-phone-call.txt', 'A17', 'The contact followed a fresh'),
    ('2033-03-14_tidewater_commanders-phone-call.txt', 'A16', 'a fresh Pakistani artillery barrage'),
    ('2033-03-14_tidewater_commanders-phone-call.txt',
     'A01', 'militants killed nine soldiers at an army camp'),
    ('2033-03-14_tidewater_commanders-phone-call.txt', 'A15', 'freed a captured Indian pilot'),
    ('2033-03-15_cedargate_india-reopens-attari-crossing.txt',
     'A18', 'India reopened the Attari-Wagah border crossing'),
    ('2033-03-15_cedargate_india-reopens-attari-crossing.txt', 'A03', 'eight days after shutting it'),
    ('2033-03-15_cedargate_india-reopens-attari-crossing.txt',
     'A18', 'normal operations at the crossing would resume'),
    ('2033-03-15_cedargate_india-reopens-attari-crossing.txt', 'A18', 'The decision came a day after'),
    ('2033-03-15_cedargate_india-reopens-attari-crossing.txt',
     'A17', 'held their first hotline conversation'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt', 'A18', 'New Delhi lifted an eight-day closure'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt', 'A03', 'India shut the crossing on March 7'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt',
     'A01', 'a day after militants killed nine soldiers'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt', 'A18', 'The reopening followed'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt', 'A17', 'a hotline call on Monday between'),
    ('2033-03-15_crescent_traders-cheer-wagah-reopens.txt',
     'A12', 'where Islamabad banned them last Thursday'),
]

FLOORS = {"pairwise_f1": 0.72, "b3_f1": 0.83, "reports_found": 0.74}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def grouped(folder: Path, resources: Resources) -> list[dict[str, Any]]:
    """Ingest DOCS into a fresh store, as documents arrive in use, and return each grouped event
    that maps to one gold act, with its incident."""
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in DOCS:
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings().with_(db=str(folder / "store.db"))
    with Store(settings.db) as store:
        report = run_ingest([str(corpus)], store, settings, pipeline=Pipeline(settings, resources))
        assert not report.failed, report.summary()
    with sqlite3.connect(settings.db) as c:
        rows = c.execute("SELECT e.record, d.origin, x.incident_id FROM events e JOIN documents d ON d.id = e.doc_id"
                         " JOIN incident_events x ON x.event_id = e.id").fetchall()
    out = []
    for record, origin, incident in rows:
        ev = json.loads(record)
        sentence = _norm(ev["text_info"]["text"])
        name = Path(origin).name
        acts = {act for file, act, cue in REPORTS
                if file == name and ev["event"] in ACTS[act][0] and _norm(cue) in sentence}
        if len(acts) == 1:
            out.append({"incident": incident, "act": acts.pop(), "doc": name, "event": ev["event"],
                        "date": (ev.get("date") or "")[:10], "sentence": sentence})
    return out


@pytest.fixture(scope="module")
def items(resources: Resources, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return grouped(tmp_path_factory.mktemp("incidents"), resources)


def figures(items: list[dict[str, Any]]) -> dict[str, float]:
    out = score(items)
    found = {(it["doc"], it["act"]) for it in items}
    out["reports_found"] = len({(f, a) for f, a, _ in REPORTS} & found) / len({(f, a) for f, a, _ in REPORTS})
    return out


def test_incidents_against_the_gold_acts(items: list[dict[str, Any]]) -> None:
    got = figures(items)
    low = {k: round(got[k], 3) for k in FLOORS if got[k] < FLOORS[k]}
    by_act: dict[str, list[str]] = {}
    for it in items:
        by_act.setdefault(it["act"], []).append(f"{it['incident'][-6:]} {it['event']} {it['date']} {it['doc'][:40]}")
    assert not low, (f"below the floors {FLOORS}: {low} (all: { {k: round(v, 3) for k, v in got.items()} })\n"
                     + "\n".join(f"{a}: {v}" for a, v in sorted(by_act.items())))


def test_batch_is_wellformed() -> None:
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    names = [n for n, _ in DOCS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d_[a-z]+_[a-z0-9-]+\.txt", n) for n in names)
    texts = dict(DOCS)
    for name, text in DOCS:
        head, _, body = text.partition("\n\n")
        assert head and "\n" not in head and body, name
        assert re.match(r"[A-Z][A-Za-z .'-]+, [A-Z][a-z]+ \d{1,2}, \d{4} \([A-Z][A-Za-z .]+\) - ", body), name
    for name, act, cue in REPORTS:
        assert name in texts and act in ACTS, (name, act)
        assert _norm(texts[name]).count(_norm(cue)) == 1, (name, cue)
    assert len(set(REPORTS)) == len(REPORTS)
    assert all(set(t) <= types and t for t, _, _ in ACTS.values())
    assert {a for _, a, _ in REPORTS} == set(ACTS)
    assert set(FLOORS) == {"pairwise_f1", "b3_f1", "reports_found"}
