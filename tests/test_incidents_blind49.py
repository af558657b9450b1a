"""Blind incident batch 49: a trade war between Indonesia and the European Union over nickel ore and palm oil,
October 9 to 19, 2034, for scoring how reports of the same real-world act are grouped into one incident.

Everything in it is synthetic: the six outlets (Tanjung Wire, Northmere Gazette, Bluestone Dispatch, Archway
Herald, Lowland Courier, Saltmarsh Review) and every person are invented, the countries, places and international
bodies are real, the events never happened and the dates are in the future. The story: an EU provisional duty on
Indonesian palm oil, Indonesia's retaliatory ban on nickel ore exports to the bloc, a WTO complaint, envoys summoned
in Jakarta and Brussels, palm growers' rallies in Jakarta and a steelworkers' march in Brussels, a suspended round of
trade-agreement talks, a ministers' meeting in Geneva, a partial deal lifting the ore ban, and a threat to reimpose
it. 25 documents; one is a verbatim syndicated copy (Archway Herald of Tanjung Wire, October 10) and one a lightly
edited copy (Lowland Courier of Bluestone Dispatch, October 16). Look-alikes: two growers' rallies at the EU
delegation in Jakarta (11th and 15th), two summoned envoys (the EU ambassador in Jakarta on the 10th, Indonesia's
ambassador in Brussels on the 11th), two contacts between the same two trade chiefs (a phone call on the 13th, the
Geneva meeting on the 16th), two calls for talks on one day by different speakers (the WTO director-general and the
ASEAN secretary-general, 12th), a threat to cut off nickel ore (9th) and the ban itself (10th), the ban imposed
(10th) and lifted (17th), then a threat to reimpose it (18th); figures change between reports (police put the first
rally at 3,000, then 8,000; 14 detained at the second, then 23).

Gold conventions. An act is one actor (for statements one speaker or institution) doing one thing to one target on
one day; a day's rally by the palm growers is one act, and so is the steelworkers' march and rally; the partial deal
announced in Geneva is one AGREE act holding both sides' pledges. Types follow CAMEO2PLOVER-2021; a second type is
given only where the codebook allows two readings: Indonesia's WTO complaint, formally a request for consultations,
is ACCUSE (a legal complaint) or REQUEST, and the EU's suspension of the negotiating round is SANCTION (reduced
relations) or REJECT (refusing to negotiate). Summoning an ambassador to hear an objection is ACCUSE (an official
complaint); revoking the ore ban is CONCEDE (easing a sanction); the arrests are COERCE. REPORTS lists every sentence
that reports an act that happened, headlines and background recaps in later reports included ("a day after agreeing
in Geneva ..."), with a cue found once in its file; a syndicated copy has its own entries. A sentence whose subject is
an earlier act and that places it in time ("The rally came two days after ...") reports that act; a bare mention of a
measure as the object of another act ("a complaint against the new duty") does not. Planned, promised-but-not-yet-
done, threatened, conditional, hypothetical and denied acts, acts more than a year before, statistics, tallies
(crowd and arrest counts given on their own) and opinions are not listed (a promise is itself AGREE and a threat
THREATEN; the promised or threatened act is not an act until it happens).

Scoring. The documents are ingested into a fresh store as in use. Each grouped event whose sentence contains a
report's cue and whose type is one of that act's types maps to that act. Over the mapped events the test computes
pairwise precision, recall and F1 and B-cubed F1 of the incidents against the gold acts, and reports_found, the share
of gold (file, act) reports with at least one mapped event. FLOORS are all 0.0 until the first run.

Every text was checked for six-word runs shared with the gold, seed, news, demo corpus and tests (with
/tmp/ew/overlap.py) and none was found; within the file only the two copies and the file names that REPORTS repeats
recur. The batch was written from its brief and the template alone, without reading the coder's code, lexicons,
rules or data or any other blind batch.

FIRST RUN, held back and never read (written by a helper at the start of the fifteenth session (2026-12-02)):
run once at its start, on its starting code (a6a59ad): **pairwise F1 0.771** (precision 0.953, recall 0.648),
B-cubed F1 0.822, reports found 0.556.
Run again at its end, on b262bb7 and on its final code 9f7cf80 (the same figures both times): the same figures.
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
    ("2034-10-09_tanjungwire_eu-palm-duty.txt",
     "EU slaps provisional duty on Indonesian palm oil, Jakarta warns of nickel response\n\n"
     "BRUSSELS, October 9, 2034 (Tanjung Wire) - The European Commission imposed a provisional "
     "countervailing duty of 18 percent on palm oil and palm oil derivatives shipped from Indonesia "
     "on Monday, saying Jakarta's export levies and biodiesel subsidies had given its refiners an "
     "unfair edge.\n\n"
     "The rate will apply for up to six months while investigators complete their inquiry.\n\n"
     "In Jakarta, Trade Minister Hendra Kusumawardana warned that Indonesia would stop selling nickel "
     "ore to European buyers if the duty was not withdrawn within days.\n\n"
     "\"Palm oil feeds millions of families in our villages,\" Kusumawardana told reporters after a "
     "cabinet session at the presidential palace.\n\n"
     "Indonesia, the world's largest producer of both commodities, ships roughly a fifth of its "
     "refined palm oil to Europe, while European stainless steel mills rely on its ore for much of "
     "their supply.\n\n"
     "Commission officials said the rate could still be revised when the investigation concludes in "
     "the spring."),
    ("2034-10-09_northmeregazette_brussels-duty.txt",
     "Brussels targets Indonesian palm oil with 18 percent levy\n\n"
     "BRUSSELS, October 9, 2034 (Northmere Gazette) - European refiners will pay an extra 18 percent "
     "on Indonesian palm oil from Tuesday after the European Commission announced a temporary "
     "anti-subsidy duty on Monday.\n\n"
     "The Commission's notice puts the subsidy margin enjoyed by Indonesian refiners at 18 percent, "
     "the level of the new charge.\n\n"
     "Indonesia's trade ministry responded within hours, with Minister Hendra Kusumawardana "
     "threatening to halt nickel ore sales to the bloc.\n\n"
     "The Indonesian Palm Smallholders Alliance, which says it represents some 2.6 million growers, "
     "said members would gather at the EU's offices in the capital on Wednesday.\n\n"
     "Shares in European stainless steel producers fell between 2 and 4 percent in afternoon trading."),
    ("2034-10-10_tanjungwire_nickel-ban.txt",
     "Indonesia halts nickel ore exports to EU, summons bloc's envoy\n\n"
     "JAKARTA, October 10, 2034 (Tanjung Wire) - Indonesia banned all exports of nickel ore to the "
     "European Union on Tuesday, a day after Brussels put an 18 percent duty on Indonesian palm oil, "
     "escalating a quarrel over two of the country's most valuable commodities.\n\n"
     "A regulation signed by Energy and Mineral Resources Minister Bambang Sutrisnadi took effect at "
     "midnight and covers ore shipped directly to EU ports or routed through traders in third "
     "countries, the ministry said.\n\n"
     "Trade Minister Hendra Kusumawardana had warned on Monday that the ore would be withheld unless "
     "the duty was dropped.\n\n"
     "Hours later, foreign ministry officials summoned Tomas Reinholt, the EU ambassador, to hear "
     "what spokesperson Laras Prameswari called Jakarta's \"deep objection\" to the palm oil measure.\n\n"
     "Reinholt did not talk to reporters as he left.\n\n"
     "Some 40 bulk carriers had been booked to load ore for European buyers through December, "
     "according to shipbrokers in Singapore.\n\n"
     "Indonesia supplied about 30 percent of the nickel ore bought by European smelters last year."),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt",
     "Indonesia halts nickel ore exports to EU, summons bloc's envoy\n\n"
     "JAKARTA, October 10, 2034 (Tanjung Wire) - Indonesia banned all exports of nickel ore to the "
     "European Union on Tuesday, a day after Brussels put an 18 percent duty on Indonesian palm oil, "
     "escalating a quarrel over two of the country's most valuable commodities.\n\n"
     "A regulation signed by Energy and Mineral Resources Minister Bambang Sutrisnadi took effect at "
     "midnight and covers ore shipped directly to EU ports or routed through traders in third "
     "countries, the ministry said.\n\n"
     "Trade Minister Hendra Kusumawardana had warned on Monday that the ore would be withheld unless "
     "the duty was dropped.\n\n"
     "Hours later, foreign ministry officials summoned Tomas Reinholt, the EU ambassador, to hear "
     "what spokesperson Laras Prameswari called Jakarta's \"deep objection\" to the palm oil measure.\n\n"
     "Reinholt did not talk to reporters as he left.\n\n"
     "Some 40 bulk carriers had been booked to load ore for European buyers through December, "
     "according to shipbrokers in Singapore.\n\n"
     "Indonesia supplied about 30 percent of the nickel ore bought by European smelters last year."),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt",
     "EU trade chief says Indonesian ore ban breaks WTO rules\n\n"
     "BRUSSELS, October 10, 2034 (Bluestone Dispatch) - EU Trade Commissioner Margit Vollenhoven "
     "accused Indonesia on Tuesday of breaking World Trade Organization rules with its embargo on "
     "nickel ore destined for the bloc.\n\n"
     "\"An export ban aimed at a single trading partner is exactly the kind of discrimination the "
     "multilateral system forbids,\" Vollenhoven told reporters at the Berlaymont.\n\n"
     "She said the Commission was examining all options, including a case of its own at the WTO.\n\n"
     "The ban, announced in Jakarta earlier in the day, followed the Commission's decision on Monday "
     "to impose a provisional 18 percent levy on Indonesian palm oil.\n\n"
     "In Jakarta, the foreign ministry summoned the bloc's ambassador over the palm oil duty.\n\n"
     "Nickel prices on the London Metal Exchange rose 6 percent."),
    ("2034-10-11_saltmarshreview_wto-complaint.txt",
     "Indonesia takes palm oil duty to WTO\n\n"
     "GENEVA, October 11, 2034 (Saltmarsh Review) - Indonesia lodged a complaint at the World Trade "
     "Organization on Wednesday against the European Union's new duty on its palm oil, formally "
     "requesting consultations with Brussels.\n\n"
     "The request, filed by Indonesia's mission in Geneva, argues that the 18 percent levy breaches "
     "the WTO agreement on subsidies and countervailing measures.\n\n"
     "Under the organisation's rules, the two sides have 60 days to settle the matter before Jakarta "
     "can ask for a panel to rule on it.\n\n"
     "Indonesia's ambassador to the WTO, Siti Rahmawati Hakim, is expected to brief other members at "
     "a meeting of the dispute settlement body later this month.\n\n"
     "The complaint comes a day after Jakarta halted nickel ore exports in retaliation, a move the "
     "European Commission has called a breach of trade rules.\n\n"
     "The European Commission offered no reaction to the filing by late evening."),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt",
     "Palm growers rally at EU mission in Jakarta\n\n"
     "JAKARTA, October 11, 2034 (Lowland Courier) - Several thousand palm oil smallholders rallied "
     "outside the European Union delegation in central Jakarta on Wednesday, waving fresh fruit "
     "bunches and banners denouncing the bloc's new duty on their crop.\n\n"
     "Police estimated the turnout at roughly 3,000; organisers from the Indonesian Palm Smallholders "
     "Alliance claimed upwards of 10,000 had travelled by bus from Sumatra and Kalimantan.\n\n"
     "Alliance chairman Yusuf Hamdani told the crowd that prices at village collection points had "
     "already dropped by a tenth since Monday.\n\n"
     "The protest ended peacefully in the late afternoon.\n\n"
     "The rally came two days after the European Commission imposed the provisional duty.\n\n"
     "Indonesia also took the dispute to the WTO in Geneva on Wednesday."),
    ("2034-10-11_northmeregazette_envoy-summoned.txt",
     "EU calls in Indonesian ambassador over ore embargo\n\n"
     "BRUSSELS, October 11, 2034 (Northmere Gazette) - The European External Action Service summoned "
     "Indonesia's ambassador to the EU, Dewi Anggraeni Saputri, on Wednesday to protest against "
     "Jakarta's ban on nickel ore exports, a day after Indonesia called in the bloc's own envoy.\n\n"
     "The EEAS did not say what message had been delivered.\n\n"
     "Industry estimates suggest European stainless steel mills hold about five weeks of ore.\n\n"
     "On Monday the Commission set a temporary 18 percent charge on palm oil imports from Indonesia, "
     "and Jakarta answered with the ore ban on Tuesday."),
    ("2034-10-12_bluestonedispatch_talks-suspended.txt",
     "EU shelves trade review round with Indonesia\n\n"
     "BRUSSELS, October 12, 2034 (Bluestone Dispatch) - The European Union on Thursday suspended the "
     "next round of talks on reviewing its trade agreement with Indonesia, which had been due to open "
     "in Jakarta on Monday, citing the nickel ore ban.\n\n"
     "Commission spokesperson Olivier Brandaux said no new date had been set.\n\n"
     "Negotiators had planned five days of work on chapters covering raw materials, sustainable "
     "forestry and customs procedures.\n\n"
     "Indonesia's chief negotiator, Arief Santoso Halim, declined to comment.\n\n"
     "The suspension follows Indonesia's complaint to the WTO on Wednesday over the palm oil duty and "
     "its ban on ore sales to Europe on Tuesday."),
    ("2034-10-12_tanjungwire_calls-for-talks.txt",
     "WTO chief, ASEAN urge Jakarta and Brussels back to the table\n\n"
     "SINGAPORE, October 12, 2034 (Tanjung Wire) - WTO Director-General Rafael Quintanilla urged "
     "Indonesia and the European Union on Thursday to resolve the quarrel by negotiation rather than "
     "tit-for-tat measures, telling a trade forum in Singapore that the dispute risked spilling over "
     "into global metal markets.\n\n"
     "Hours later in Jakarta, ASEAN Secretary-General Somsak Pradithan made a similar appeal, urging "
     "the two parties to resume negotiating.\n\n"
     "Neither official proposed a specific formula for a settlement.\n\n"
     "Their appeals came hours after Brussels put off a scheduled negotiating session with Jakarta.\n\n"
     "Indonesia banned nickel ore shipments to the bloc on Tuesday in response to an EU duty on its "
     "palm oil."),
    ("2034-10-12_archwayherald_growers-squeeze.txt",
     "Indonesian smallholders feel the pinch as palm prices slide\n\n"
     "PEKANBARU, October 12, 2034 (Archway Herald) - Farm-gate prices for palm fruit in Riau province "
     "have fallen by nearly 15 percent since the European Union imposed a provisional duty on "
     "Indonesian palm products on Monday, growers and traders said on Thursday.\n\n"
     "Many of the farmers here took part in Wednesday's rally at the bloc's mission in Jakarta, which "
     "police on Thursday said had drawn about 8,000 people, more than double their initial estimate.\n\n"
     "\"We borrowed money for fertiliser when prices were good,\" said Rini Astuti, 46, who farms four "
     "hectares near Kampar. \"Now the mill pays us less every day.\"\n\n"
     "Mill operators said they were cutting purchases because refiners in Dumai had slowed output "
     "while buyers in Rotterdam and Hamburg waited to see whether the duty would stand.\n\n"
     "The Indonesian Palm Smallholders Alliance has said it will return to the streets of Jakarta on "
     "Sunday."),
    ("2034-10-13_northmeregazette_brussels-workers.txt",
     "Steelworkers march in Brussels over nickel shortage fears\n\n"
     "BRUSSELS, October 13, 2034 (Northmere Gazette) - Several thousand steelworkers from Belgium, "
     "Finland, Sweden and Spain marched through the European quarter of Brussels on Friday, demanding "
     "that the Commission find a swift way out of the trade dispute with Indonesia before their mills "
     "run short of nickel.\n\n"
     "The march, called by the European Stainless Workers Federation, ended with a rally outside the "
     "Berlaymont building, where federation president Katrin Oberlander said 60,000 jobs depended on "
     "a steady supply of ore.\n\n"
     "Mills in Finland and Belgium have begun trimming shifts since Indonesia banned nickel ore "
     "exports to the bloc on Tuesday.\n\n"
     "The ban was Jakarta's answer to an 18 percent provisional duty that Brussels placed on "
     "Indonesian palm oil on Monday.\n\n"
     "Police said the march passed off without incident."),
    ("2034-10-13_saltmarshreview_phone-call.txt",
     "Indonesian, EU trade chiefs speak by phone as pressure mounts\n\n"
     "JAKARTA, October 13, 2034 (Saltmarsh Review) - Indonesia's trade minister, Hendra "
     "Kusumawardana, and the EU's trade commissioner, Margit Vollenhoven, spoke by telephone on "
     "Friday, their first contact since the quarrel over palm oil and nickel erupted, officials on "
     "both sides said.\n\n"
     "The call lasted nearly an hour, according to a statement from Kusumawardana's office.\n\n"
     "A meeting in Geneva on Monday is under discussion, two officials who know of the preparations "
     "said.\n\n"
     "The call followed appeals on Thursday from the ASEAN secretary-general and the director-general "
     "of the World Trade Organization for the two sides to resume negotiations.\n\n"
     "Neither side gave details of what was discussed.\n\n"
     "The European Union suspended a scheduled round of trade talks with Indonesia on Thursday, a day "
     "after Jakarta took its objections to the palm oil duty to the WTO."),
    ("2034-10-14_lowlandcourier_geneva-preview.txt",
     "Analysis: Geneva meeting offers first exit ramp in palm-for-nickel standoff\n\n"
     "GENEVA, October 14, 2034 (Lowland Courier) - When Indonesia's trade minister and the EU's trade "
     "commissioner sit down in Geneva on Monday, each will arrive holding a measure the other badly "
     "wants removed.\n\n"
     "Brussels slapped its 18 percent duty on Indonesia's palm oil last Monday, and Jakarta replied a "
     "day later by cutting off nickel ore deliveries to European buyers.\n\n"
     "The two officials broke the ice in a telephone call on Friday, and people briefed on the "
     "preparations say a partial arrangement is within reach.\n\n"
     "One option being discussed would see Indonesia lift the ore ban in return for a Commission "
     "commitment to speed up its review of the duty, according to a diplomat from an EU member state.\n\n"
     "Miriam Castellanos of the Vienna consultancy Danube Commodity Research said the nickel ban hurt "
     "Europe faster than the palm duty hurt Indonesia.\n\n"
     "\"Europe's mills measure their ore stocks in weeks; Indonesia's plantations can store oil for "
     "months,\" she said.\n\n"
     "The standoff has already cost the talks on updating the two sides' trade agreement, which the "
     "EU suspended on Thursday.\n\n"
     "It has also brought workers onto the streets, with steelworkers marching in Brussels on Friday "
     "and palm growers planning a second rally in Jakarta on Sunday."),
    ("2034-10-15_tanjungwire_second-protest.txt",
     "Police detain palm farmers as second Jakarta rally turns tense\n\n"
     "JAKARTA, October 15, 2034 (Tanjung Wire) - Palm oil farmers massed outside the EU delegation in "
     "Jakarta again on Sunday, and police detained 14 people after a group tried to force its way "
     "past a barricade.\n\n"
     "Police spokesperson Adi Nugraha said the 14 were taken to a station in Menteng for questioning.\n\n"
     "Organisers put Sunday's turnout at about 6,000.\n\n"
     "The farmers first gathered at the delegation on Wednesday, two days after Brussels levied 18 "
     "percent on palm oil shipped from Indonesia.\n\n"
     "Indonesia's trade minister is due to sit down with Vollenhoven in Geneva on Monday."),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt",
     "Jakarta police hold 14 at palm growers' protest\n\n"
     "JAKARTA, October 15, 2034 (Bluestone Dispatch) - Indonesian police arrested 14 demonstrators on "
     "Sunday during a protest by palm oil growers outside the European Union's delegation in Jakarta, "
     "a police spokesperson said.\n\n"
     "Several thousand farmers had gathered from mid-morning, chanting slogans against the bloc's 18 "
     "percent duty on palm oil and burning an effigy of a European official.\n\n"
     "Spokesperson Adi Nugraha said the arrests were made after a group tried to climb a barricade at "
     "the compound's gate.\n\n"
     "Growers first protested at the delegation on Wednesday, when police first gave a figure of "
     "about 3,000 before revising it to 8,000.\n\n"
     "The EU delegation said its staff were safe and that the building had not been damaged."),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt",
     "Indonesia to lift nickel ore ban under Geneva deal with EU\n\n"
     "GENEVA, October 16, 2034 (Bluestone Dispatch) - Indonesia agreed on Monday to lift its embargo "
     "on nickel ore sales to the European Union, while Brussels committed to completing its review of "
     "the palm oil duty within the current year, after the two sides' trade chiefs met in Geneva.\n\n"
     "Trade Minister Hendra Kusumawardana and Trade Commissioner Margit Vollenhoven talked for three "
     "hours at Indonesia's mission to the WTO before announcing the arrangement to reporters.\n\n"
     "Kusumawardana said the ore ban would be lifted from Tuesday and that shipments could resume "
     "immediately. The palm oil duty remains in place for now.\n\n"
     "Vollenhoven said the Commission would present its findings on the subsidy inquiry by December "
     "31 and would \"take full account\" of Indonesia's arguments.\n\n"
     "The deal ends a week-long standoff that began when Brussels imposed the 18 percent duty on "
     "October 9 and Jakarta responded by halting ore shipments a day later.\n\n"
     "On Sunday, police in Jakarta arrested 23 people at a protest by palm farmers outside the EU "
     "delegation, a higher figure than the 14 given at the time.\n\n"
     "The Geneva meeting marked the first face-to-face contact between the two officials since the "
     "dispute began."),
    ("2034-10-16_lowlandcourier_geneva-deal.txt",
     "Jakarta agrees to end nickel ore ban in Geneva deal with Brussels\n\n"
     "GENEVA, October 16, 2034 (Lowland Courier) - Indonesia agreed on Monday to lift its embargo on "
     "nickel ore sales to the European Union, while Brussels committed to completing its review of "
     "the palm oil duty within the current year, after the two sides' trade ministers met in Geneva.\n\n"
     "Indonesian Trade Minister Hendra Kusumawardana and EU Trade Commissioner Margit Vollenhoven "
     "talked for three hours at Indonesia's mission to the WTO before announcing the arrangement to "
     "reporters.\n\n"
     "Kusumawardana said the ore ban would be lifted from Tuesday and that shipments could resume at "
     "once. The palm oil duty stays in place for now.\n\n"
     "Vollenhoven said the Commission would present its findings on the subsidy inquiry by December "
     "31 and would \"take full account\" of Indonesia's arguments.\n\n"
     "The deal ends a week-long standoff that began when Brussels imposed the 18 percent duty on "
     "October 9 and Jakarta responded by halting ore shipments a day later.\n\n"
     "The Geneva meeting marked the first face-to-face contact between the two officials since the "
     "dispute began."),
    ("2034-10-16_northmeregazette_geneva-talks.txt",
     "EU and Indonesia strike partial truce in Geneva\n\n"
     "GENEVA, October 16, 2034 (Northmere Gazette) - The European Union and Indonesia reached a "
     "partial truce in their trade dispute on Monday, with Jakarta promising to let nickel ore flow "
     "again to European buyers while the 18 percent palm oil duty remains pending a review.\n\n"
     "The agreement emerged from a meeting between Trade Commissioner Margit Vollenhoven and "
     "Indonesian Trade Minister Hendra Kusumawardana on the margins of a WTO gathering.\n\n"
     "Nickel prices in London fell 4 percent after the announcement.\n\n"
     "The duty, imposed on October 9, prompted Indonesia to ban ore exports to the EU the next day "
     "and to bring a case at the World Trade Organization.\n\n"
     "Both officials declined to say whether the WTO case would be withdrawn."),
    ("2034-10-17_tanjungwire_ban-lifted.txt",
     "Indonesia lifts nickel ore export ban on EU\n\n"
     "JAKARTA, October 17, 2034 (Tanjung Wire) - Indonesia lifted its nickel ore export ban against "
     "the European Union on Tuesday, one day after agreeing in Geneva to end the week-old embargo.\n\n"
     "Energy Minister Bambang Sutrisnadi signed a regulation revoking the ban shortly after midnight, "
     "and port officials in Morowali and Weda Bay said loading of ore for European buyers had "
     "restarted.\n\n"
     "The ban had been in force since October 10, imposed in response to an 18 percent EU duty on "
     "Indonesian palm oil that remains in place.\n\n"
     "Under the Geneva arrangement, the European Commission has pledged to complete its review of "
     "that duty before January.\n\n"
     "The first cargo, about 55,000 tonnes, is expected to sail for Rotterdam on Friday."),
    ("2034-10-17_saltmarshreview_smelters-relief.txt",
     "European mills breathe easier as ore flows resume\n\n"
     "HELSINKI, October 17, 2034 (Saltmarsh Review) - Stainless steel producers in Finland and "
     "Belgium said on Tuesday they would restore full shifts next week after Jakarta scrapped its "
     "embargo on ore shipments to the bloc.\n\n"
     "Katrin Oberlander, president of the European Stainless Workers Federation, said Friday's march "
     "in Brussels had shown how exposed European jobs were to the dispute.\n\n"
     "Indonesia's energy ministry revoked the ban just after midnight, a day after trade chiefs from "
     "both sides reached a deal in Geneva.\n\n"
     "Traders said about 1.2 million tonnes of ore had been held up during the eight days the ban was "
     "in force."),
    ("2034-10-18_archwayherald_reimpose-threat.txt",
     "Indonesia warns it will restore ore ban if EU keeps palm duty\n\n"
     "JAKARTA, October 18, 2034 (Archway Herald) - Indonesia will reimpose its nickel ore embargo on "
     "the European Union if Brussels has not scrapped its duty on Indonesian palm oil by December 31, "
     "Trade Minister Hendra Kusumawardana said on Wednesday.\n\n"
     "\"We lifted the ban in good faith. If the duty is still there when the year ends, the ban comes "
     "back,\" Kusumawardana told parliament's trade commission in Jakarta.\n\n"
     "The warning came a day after Jakarta lifted the week-old embargo under a deal struck with the "
     "EU trade commissioner in Geneva on Monday.\n\n"
     "Under that deal, the Commission pledged only to finish its review of the duty by year's end, "
     "not to remove it.\n\n"
     "Indonesia's WTO complaint against the duty, lodged on October 11, is still pending in Geneva."),
    ("2034-10-18_northmeregazette_commission-rejects.txt",
     "Brussels brushes off Jakarta's year-end ultimatum\n\n"
     "BRUSSELS, October 18, 2034 (Northmere Gazette) - The European Commission on Wednesday rejected "
     "Indonesia's demand that it drop its palm oil duty before the year closes, saying the outcome of "
     "its subsidy inquiry could not be dictated by deadlines.\n\n"
     "\"Our investigators will finish their work on schedule, and the evidence will decide the "
     "result,\" spokesperson Olivier Brandaux told the daily press briefing.\n\n"
     "Earlier on Wednesday, Indonesian Trade Minister Hendra Kusumawardana had threatened to "
     "reinstate the embargo on nickel ore unless the duty was scrapped.\n\n"
     "Jakarta lifted the ban on Tuesday, 24 hours after both sides struck a partial deal in Geneva.\n\n"
     "The duty was first imposed on October 9."),
    ("2034-10-19_lowlandcourier_week-in-review.txt",
     "Timeline: ten days of the palm oil and nickel dispute\n\n"
     "BRUSSELS, October 19, 2034 (Lowland Courier) - The trade dispute between Indonesia and the "
     "European Union has swung from escalation to partial truce and back to brinkmanship in little "
     "more than a week. Here are the main steps.\n\n"
     "On October 9, the European Commission put a provisional 18 percent countervailing duty on "
     "Indonesian palm oil. Indonesia's trade minister threatened the same day to cut off nickel ore "
     "supplies.\n\n"
     "Jakarta carried out the threat on October 10, banning ore exports to the bloc and summoning the "
     "EU ambassador.\n\n"
     "Brussels summoned Indonesia's envoy a day later, as Indonesia filed a WTO complaint and palm "
     "farmers rallied in Jakarta.\n\n"
     "On October 12 the EU suspended a round of talks on updating its trade agreement with Indonesia, "
     "while the heads of the WTO and ASEAN urged both sides to negotiate.\n\n"
     "European steelworkers marched in Brussels on October 13, the same day the two trade chiefs held "
     "their first phone call.\n\n"
     "Farmers returned to the EU mission on October 15, and police arrested 23 of them.\n\n"
     "In Geneva on October 16, the ministers agreed that Indonesia would lift the ore ban and that "
     "the Commission would finish its duty review by year-end. The ban was lifted on October 17.\n\n"
     "On October 18, Jakarta warned it would reinstate the ban if the duty survived past December 31, "
     "and Brussels rejected the deadline."),
    ("2034-10-19_saltmarshreview_farmers-next-step.txt",
     "Palm farmers count costs as EU duty stays\n\n"
     "MEDAN, October 19, 2034 (Saltmarsh Review) - Indonesian palm oil smallholders in North Sumatra "
     "say they are still selling fruit at a loss, ten days after the European Union imposed an 18 "
     "percent duty on their crop.\n\n"
     "The Geneva deal struck on Monday dealt with nickel ore but left the palm oil duty untouched.\n\n"
     "Yusuf Hamdani, chairman of the Indonesian Palm Smallholders Alliance, said 23 of its members "
     "had been arrested at Sunday's rally in Jakarta and that nine were still being held.\n\n"
     "Hamdani said the trade minister's warning on Wednesday that the ore ban could return had been "
     "discussed at village meetings across the province.\n\n"
     "The alliance plans to hold its next rally in Jakarta once the Commission publishes its findings.\n\n"
     "Mill gate prices in the province have recovered slightly this week but remain about 10 percent "
     "below where they stood in early October."),
]

#: act id -> (PLOVER types that code it, date "YYYY-MM-DD", what happened in a few words)
ACTS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "A01": (("SANCTION",), "2034-10-09", "European Commission puts provisional 18% duty on Indonesian palm oil"),
    "A02": (("THREATEN",), "2034-10-09", "Trade minister Kusumawardana threatens EU with a nickel ore cutoff"),
    "A03": (("SANCTION",), "2034-10-10", "Indonesia bans nickel ore exports to the EU"),
    "A04": (("ACCUSE",), "2034-10-10", "Indonesian foreign ministry summons EU ambassador Reinholt"),
    "A05": (("ACCUSE",), "2034-10-10", "Commissioner Vollenhoven accuses Indonesia of a WTO breach"),
    "A06": (("ACCUSE",), "2034-10-11", "EEAS summons Indonesian ambassador Saputri in Brussels"),
    "A07": (("ACCUSE", "REQUEST"), "2034-10-11", "Indonesia files WTO dispute complaint over palm oil duty"),
    "A08": (("PROTEST",), "2034-10-11", "Palm smallholders' first rally at EU delegation, Jakarta"),
    "A09": (("SANCTION", "REJECT"), "2034-10-12", "EU suspends trade agreement review round with Indonesia"),
    "A10": (("REQUEST",), "2034-10-12", "WTO director-general Quintanilla urges dialogue"),
    "A11": (("REQUEST",), "2034-10-12", "ASEAN secretary-general Pradithan appeals for a return to talks"),
    "A12": (("PROTEST",), "2034-10-13", "European steelworkers' march and rally in Brussels"),
    "A13": (("CONSULT",), "2034-10-13", "Kusumawardana and Vollenhoven phone call"),
    "A14": (("PROTEST",), "2034-10-15", "Palm farmers' second rally at EU delegation, Jakarta"),
    "A15": (("COERCE",), "2034-10-15", "Jakarta police detain protesters at second rally (14, later 23)"),
    "A16": (("CONSULT",), "2034-10-16", "Kusumawardana and Vollenhoven meet in Geneva"),
    "A17": (("AGREE",), "2034-10-16", "Partial deal: ore ban to go, Commission to finish duty review by year-end"),
    "A18": (("CONCEDE",), "2034-10-17", "Indonesia revokes its ore ban on the EU"),
    "A19": (("THREATEN",), "2034-10-18", "Kusumawardana threatens to reimpose ore ban after December 31"),
    "A20": (("REJECT",), "2034-10-18", "Commission rejects Indonesia's year-end deadline"),
}

#: (file name, act id, cue): the sentence of that file that contains ``cue`` (verbatim, found once in
#: the file) reports the act
REPORTS: list[tuple[str, str, str]] = [
    ("2034-10-09_tanjungwire_eu-palm-duty.txt", "A01", "EU slaps provisional duty"),
    ("2034-10-09_tanjungwire_eu-palm-duty.txt", "A02", "Jakarta warns of nickel response"),
    ("2034-10-09_tanjungwire_eu-palm-duty.txt", "A01", "imposed a provisional countervailing"),
    ("2034-10-09_tanjungwire_eu-palm-duty.txt", "A02", "would stop selling nickel ore"),
    ("2034-10-09_northmeregazette_brussels-duty.txt", "A01", "Brussels targets Indonesian palm oil"),
    ("2034-10-09_northmeregazette_brussels-duty.txt", "A01", "announced a temporary anti-subsidy"),
    ("2034-10-09_northmeregazette_brussels-duty.txt", "A02", "threatening to halt nickel ore"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A03", "Indonesia halts nickel ore exports"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A04", "summons bloc's envoy"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A03", "banned all exports of nickel"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A01", "put an 18 percent duty"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A03", "took effect at midnight"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A02", "had warned on Monday"),
    ("2034-10-10_tanjungwire_nickel-ban.txt", "A04", "officials summoned Tomas Reinholt"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A03", "Indonesia halts nickel ore exports"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A04", "summons bloc's envoy"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A03", "banned all exports of nickel"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A01", "put an 18 percent duty"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A03", "took effect at midnight"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A02", "had warned on Monday"),
    ("2034-10-10_archwayherald_indonesia-nickel-ban.txt", "A04", "officials summoned Tomas Reinholt"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A05", "EU trade chief says"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A05", "accused Indonesia on Tuesday"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A05", "told reporters at the Berlaymont"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A05", "the multilateral system forbids"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A03", "announced in Jakarta earlier"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A01", "decision on Monday to impose"),
    ("2034-10-10_bluestonedispatch_commission-condemns.txt", "A04", "summoned the bloc's ambassador"),
    ("2034-10-11_saltmarshreview_wto-complaint.txt", "A07", "Indonesia takes palm oil duty"),
    ("2034-10-11_saltmarshreview_wto-complaint.txt", "A07", "lodged a complaint at"),
    ("2034-10-11_saltmarshreview_wto-complaint.txt", "A07", "filed by Indonesia's mission"),
    ("2034-10-11_saltmarshreview_wto-complaint.txt", "A07", "The complaint comes a day"),
    ("2034-10-11_saltmarshreview_wto-complaint.txt", "A03", "Jakarta halted nickel ore exports"),
    ("2034-10-11_saltmarshreview_wto-complaint.txt", "A05", "has called a breach of"),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt", "A08", "Palm growers rally at EU"),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt", "A08", "smallholders rallied outside the"),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt", "A08", "The protest ended peacefully"),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt", "A08", "The rally came two days"),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt", "A01", "Commission imposed the provisional duty"),
    ("2034-10-11_lowlandcourier_jakarta-farmers.txt", "A07", "took the dispute to the"),
    ("2034-10-11_northmeregazette_envoy-summoned.txt", "A06", "EU calls in Indonesian ambassador"),
    ("2034-10-11_northmeregazette_envoy-summoned.txt", "A06", "summoned Indonesia's ambassador"),
    ("2034-10-11_northmeregazette_envoy-summoned.txt", "A04", "called in the bloc's own"),
    ("2034-10-11_northmeregazette_envoy-summoned.txt", "A01", "the Commission set a temporary"),
    ("2034-10-11_northmeregazette_envoy-summoned.txt", "A03", "answered with the ore ban"),
    ("2034-10-12_bluestonedispatch_talks-suspended.txt", "A09", "EU shelves trade review round"),
    ("2034-10-12_bluestonedispatch_talks-suspended.txt", "A09", "suspended the next round"),
    ("2034-10-12_bluestonedispatch_talks-suspended.txt", "A09", "The suspension follows Indonesia's"),
    ("2034-10-12_bluestonedispatch_talks-suspended.txt", "A07", "the WTO on Wednesday"),
    ("2034-10-12_bluestonedispatch_talks-suspended.txt", "A03", "sales to Europe on Tuesday"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A10", "WTO chief,"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A11", "ASEAN urge Jakarta"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A10", "Rafael Quintanilla urged"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A11", "made a similar appeal"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A10", "Their appeals came"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A11", "appeals came hours after"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A09", "Brussels put off a scheduled"),
    ("2034-10-12_tanjungwire_calls-for-talks.txt", "A03", "banned nickel ore shipments"),
    ("2034-10-12_archwayherald_growers-squeeze.txt", "A01", "Union imposed a provisional duty"),
    ("2034-10-12_archwayherald_growers-squeeze.txt", "A08", "took part in Wednesday's rally"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A12", "Steelworkers march in Brussels"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A12", "marched through the European quarter"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A12", "ended with a rally outside"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A03", "since Indonesia banned nickel ore"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A03", "The ban was Jakarta's answer"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A01", "that Brussels placed on"),
    ("2034-10-13_northmeregazette_brussels-workers.txt", "A12", "the march passed off"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A13", "trade chiefs speak by phone"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A13", "spoke by telephone on Friday"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A13", "call lasted nearly an hour"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A13", "The call followed appeals"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A10", "and the director-general of"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A11", "from the ASEAN secretary-general"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A09", "suspended a scheduled round"),
    ("2034-10-13_saltmarshreview_phone-call.txt", "A07", "took its objections to"),
    ("2034-10-14_lowlandcourier_geneva-preview.txt", "A01", "Brussels slapped its 18 percent"),
    ("2034-10-14_lowlandcourier_geneva-preview.txt", "A03", "cutting off nickel ore deliveries"),
    ("2034-10-14_lowlandcourier_geneva-preview.txt", "A13", "broke the ice in"),
    ("2034-10-14_lowlandcourier_geneva-preview.txt", "A09", "which the EU suspended"),
    ("2034-10-14_lowlandcourier_geneva-preview.txt", "A12", "steelworkers marching in Brussels"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A15", "Police detain palm farmers"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A14", "second Jakarta rally turns tense"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A14", "Palm oil farmers massed outside"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A15", "police detained 14 people"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A15", "were taken to a station"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A08", "first gathered at the delegation"),
    ("2034-10-15_tanjungwire_second-protest.txt", "A01", "Brussels levied 18 percent on"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A15", "Jakarta police hold 14"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A14", "at palm growers' protest"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A15", "police arrested 14 demonstrators"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A14", "during a protest by palm"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A14", "had gathered from mid-morning"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A15", "the arrests were made"),
    ("2034-10-15_bluestonedispatch_jakarta-arrests.txt", "A08", "Growers first protested at"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A17", "Indonesia to lift nickel ore"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A17", "Indonesia agreed on Monday"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A16", "trade chiefs met in Geneva"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A16", "talked for three hours"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A17", "announcing the arrangement to reporters"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A17", "would be lifted from Tuesday"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A17", "present its findings on the"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A17", "deal ends a week-long"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A01", "Brussels imposed the 18 percent"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A03", "responded by halting ore shipments"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A15", "arrested 23 people"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A14", "a protest by palm farmers"),
    ("2034-10-16_bluestonedispatch_geneva-deal.txt", "A16", "first face-to-face contact"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A17", "Jakarta agrees to end nickel"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A17", "Indonesia agreed on Monday"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A16", "trade ministers met in Geneva"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A16", "talked for three hours"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A17", "announcing the arrangement to reporters"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A17", "would be lifted from Tuesday"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A17", "present its findings on the"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A17", "deal ends a week-long"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A01", "Brussels imposed the 18 percent"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A03", "responded by halting ore shipments"),
    ("2034-10-16_lowlandcourier_geneva-deal.txt", "A16", "first face-to-face contact"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A17", "strike partial truce in Geneva"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A17", "reached a partial truce"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A17", "The agreement emerged from"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A16", "a meeting between Trade"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A01", "imposed on October 9"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A03", "to ban ore exports to"),
    ("2034-10-16_northmeregazette_geneva-talks.txt", "A07", "to bring a case at"),
    ("2034-10-17_tanjungwire_ban-lifted.txt", "A18", "Indonesia lifts nickel ore export"),
    ("2034-10-17_tanjungwire_ban-lifted.txt", "A18", "lifted its nickel ore export"),
    ("2034-10-17_tanjungwire_ban-lifted.txt", "A17", "after agreeing in Geneva"),
    ("2034-10-17_tanjungwire_ban-lifted.txt", "A18", "signed a regulation revoking"),
    ("2034-10-17_tanjungwire_ban-lifted.txt", "A03", "imposed in response to"),
    ("2034-10-17_tanjungwire_ban-lifted.txt", "A17", "has pledged to complete"),
    ("2034-10-17_saltmarshreview_smelters-relief.txt", "A18", "after Jakarta scrapped its"),
    ("2034-10-17_saltmarshreview_smelters-relief.txt", "A12", "Friday's march in Brussels"),
    ("2034-10-17_saltmarshreview_smelters-relief.txt", "A18", "energy ministry revoked the ban"),
    ("2034-10-17_saltmarshreview_smelters-relief.txt", "A17", "reached a deal in Geneva"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A19", "warns it will restore ore"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A19", "Indonesia will reimpose its"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A18", "ban in good faith"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A19", "the ban comes back"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A19", "The warning came a day"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A18", "lifted the week-old embargo"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A17", "deal struck with the EU"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A17", "the Commission pledged only"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A07", "lodged on October 11"),
    ("2034-10-18_archwayherald_reimpose-threat.txt", "A19", "told parliament's trade commission"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A20", "Brussels brushes off Jakarta's"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A20", "on Wednesday rejected Indonesia's demand"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A20", "told the daily press briefing"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A19", "had threatened to reinstate"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A18", "lifted the ban on Tuesday"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A17", "struck a partial deal"),
    ("2034-10-18_northmeregazette_commission-rejects.txt", "A01", "The duty was first imposed"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A01", "put a provisional 18 percent"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A02", "threatened the same day"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A03", "banning ore exports to the"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A04", "summoning the EU ambassador"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A06", "Brussels summoned Indonesia's envoy"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A07", "filed a WTO complaint"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A08", "palm farmers rallied in Jakarta"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A09", "the EU suspended a round"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A10", "heads of the WTO"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A11", "and ASEAN urged both sides"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A12", "steelworkers marched in Brussels"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A13", "held their first phone call"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A14", "Farmers returned to the EU"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A15", "police arrested 23 of them"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A17", "the ministers agreed that Indonesia"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A18", "The ban was lifted on"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A19", "Jakarta warned it would reinstate"),
    ("2034-10-19_lowlandcourier_week-in-review.txt", "A20", "Brussels rejected the deadline"),
    ("2034-10-19_saltmarshreview_farmers-next-step.txt", "A01", "Union imposed an 18 percent"),
    ("2034-10-19_saltmarshreview_farmers-next-step.txt", "A17", "deal struck on Monday"),
    ("2034-10-19_saltmarshreview_farmers-next-step.txt", "A15", "had been arrested at Sunday's"),
    ("2034-10-19_saltmarshreview_farmers-next-step.txt", "A14", "Sunday's rally in Jakarta"),
    ("2034-10-19_saltmarshreview_farmers-next-step.txt", "A19", "trade minister's warning on Wednesday"),
]

FLOORS = {"pairwise_f1": 0.74, "b3_f1": 0.79, "reports_found": 0.52}


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
