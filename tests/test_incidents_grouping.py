"""Incident grouping on hand-made members: what rules two reports out of one act, and what links
them. (The store side, increments and the CLI are in ``test_monitor.py``.)"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from typing import Any

from eventwire import incidents as inc


def _m(id_: str, day: int, actor: list[str], recipient: list[str], story: str, words: str = "",
       sector: dict[str, str] | None = None) -> inc.Member:
    def parties(codes: list[str]) -> list[dict[str, Any]]:
        return [{"code": c, "sector": (sector or {}).get(c)} for c in codes]

    d = date(2025, 3, day)
    return inc.Member(id=id_, doc_id=story + id_, block="COERCE", start=d, end=d, shown=d,
                      words=frozenset(words.split()), event="COERCE", mode=None, modality="asserted",
                      actor=parties(actor), recipient=parties(recipient), location=None, story=story,
                      source=story, published=d.isoformat(), date_text=d.isoformat())


def _sets(groups: list[list[inc.Member]]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in g) for g in groups}


def test_a_report_naming_neither_party_joins_through_the_report_that_shares_its_words() -> None:
    full = _m("a", 1, ["MYS"], ["IDN"], "s1", "trawler tawau")
    same_story = _m("b", 1, ["MYS"], [], "s1")                     # no words, no recipient
    other_outlet = _m("c", 1, [], ["IDN"], "s2", "trawler")        # shares a word with `a` only
    assert not inc.linked(same_story, other_outlet)
    assert _sets(inc.group([full, same_story, other_outlet])) == {frozenset("abc")}


def test_a_conflict_with_any_member_keeps_a_report_out() -> None:
    a = _m("a", 1, ["MYS"], ["IDN"], "s1", "trawler")
    b = _m("b", 1, [], ["IDN"], "s2", "trawler")
    c = _m("c", 1, ["PHL"], [], "s3", "trawler")                   # linked to b, but not a's actor
    assert inc.linked(b, c) and not inc.conflict(b, c) and inc.conflict(a, c)
    assert _sets(inc.group([a, b, c])) == {frozenset("ab"), frozenset("c")}


def test_a_chain_of_near_dates_does_not_join_acts_further_apart() -> None:
    # each report is within the window of the next, the first and the last are not
    days = [_m(k, 1 + n * inc.WINDOW_DAYS, ["MYS"], ["IDN"], f"s{n}", "trawler") for n, k in enumerate("abc")]
    assert not inc.conflict(days[0], days[1]) and inc.conflict(days[0], days[2])
    assert _sets(inc.group(days)) == {frozenset("ab"), frozenset("c")}


def test_sectors_of_one_code_must_agree() -> None:
    navy = _m("a", 1, ["MYS"], ["IDN"], "s1", "trawler", sector={"MYS": "MIL"})
    cabinet = _m("b", 1, ["MYS"], ["IDN"], "s2", "trawler", sector={"MYS": "GOV"})
    assert inc.conflict(navy, cabinet)
    assert len(inc.group([navy, cabinet])) == 2


def test_an_act_dated_by_a_statement_may_be_of_the_days_before() -> None:
    def row(date_text: dict[str, Any] | None, date: str) -> tuple[Any, ...]:
        record = {"date": date, "event": "COERCE", "modality": "reported", "actor": [], "recipient": [],
                  "text_info": {"text": "", "date_text": date_text}}
        return ("e1", "d1", json.dumps(record), "src", "2026-06-01", "s1")

    said = inc._member(row({"text": "Saturday", "start": 0, "end": 8, "statement": True}, "2026-05-30"))
    done = inc._member(row({"text": "Saturday", "start": 0, "end": 8, "statement": False}, "2026-05-30"))
    undated = inc._member(row(None, "2026-06-01"))
    perfect = inc._member(("e2", "d1", json.dumps({
        "date": "2026-06-01", "event": "REQUEST", "modality": "asserted", "actor": [], "recipient": [],
        "text_info": {"text": "", "date_text": None, "perfect": True}}), "src", "2026-06-01", "s1"))
    assert perfect and perfect.start == date(2026, 6, 1) - timedelta(days=inc.PERFECT_LOOKBACK_DAYS)
    assert inc.PERFECT_LOOKBACK_DAYS > inc.LOOKBACK_DAYS
    assert said and done and undated
    assert (said.start, said.end) == (date(2026, 5, 30) - timedelta(days=inc.LOOKBACK_DAYS), date(2026, 5, 30))
    assert (done.start, done.end) == (date(2026, 5, 30), date(2026, 5, 30))
    assert undated.start == date(2026, 6, 1) - timedelta(days=inc.LOOKBACK_DAYS)
    # so may an act told as what came before a dated one ("eased the curfew on Saturday after the
    # army recaptured the port")
    before = inc._member(row({"text": "Saturday", "start": 0, "end": 8, "statement": False, "before": True},
                             "2026-05-30"))
    assert before and (before.start, before.end) == (date(2026, 5, 30) - timedelta(days=inc.LOOKBACK_DAYS),
                                                     date(2026, 5, 30))


def test_the_story_window_is_for_copies_not_for_two_acts_one_report_tells() -> None:
    def at(id_: str, day: int, doc: str) -> inc.Member:
        m = _m(id_, day, ["MYS"], ["IDN"], "s1", "trawler")
        m.doc_id = doc
        return m

    # a report and its syndicated copy may resolve "on Monday" from different days ...
    assert not inc.conflict(at("a", 1, "d1"), at("b", 5, "d2"))
    # ... but one report dating two acts days apart tells two acts
    assert inc.conflict(at("a", 1, "d1"), at("b", 5, "d1"))
    assert len(inc.group([at("a", 1, "d1"), at("b", 5, "d1")])) == 2


def test_a_crew_detained_and_its_boat_seized_may_be_one_act_but_a_call_is_no_visit() -> None:
    def told(id_: str, event: str, mode: str) -> inc.Member:
        m = _m(id_, 1, ["MYS"], ["IDN"], f"s{id_}", "trawler")
        m.event, m.block, m.mode = event, event, mode
        return m

    assert not inc.conflict(told("a", "COERCE", "arrest"), told("b", "COERCE", "seize"))
    assert inc.conflict(told("a", "COERCE", "arrest"), told("b", "COERCE", "ban"))
    assert inc.conflict(told("a", "CONSULT", "phone"), told("b", "CONSULT", "visit"))
    # a call is no meeting either, but talks told with no medium ("discussed", "the conversation":
    # CAMEO 040, coded with no mode) may be the call
    assert inc.conflict(told("a", "CONSULT", "phone"), told("b", "CONSULT", "meet"))
    generic = told("b", "CONSULT", "meet")
    generic.mode = None
    assert not inc.conflict(told("a", "CONSULT", "phone"), generic)
    # a visit and its hosting are one visit's two sides (CAMEO 042, 043), and talks hosted by a third
    # state are the talks held there
    assert not inc.conflict(told("a", "CONSULT", "visit"), told("b", "CONSULT", "host"))
    assert not inc.conflict(told("a", "CONSULT", "meet"), told("b", "CONSULT", "host"))
    # one clash told by its gunfire and by its shelling (CAMEO 193, 194); an air strike is no gunfight
    assert not inc.conflict(told("a", "ASSAULT", "firearms"), told("b", "ASSAULT", "heavy-weapons"))
    assert inc.conflict(told("a", "ASSAULT", "firearms"), told("b", "ASSAULT", "aerial"))
    # but only told of the same day: a day apart, gunfire and shelling are two clashes
    later = told("c", "ASSAULT", "heavy-weapons")
    later.start = later.end = later.shown = later.start + timedelta(days=1)
    assert inc.conflict(told("a", "ASSAULT", "firearms"), later)
    assert not inc.conflict(told("a", "ASSAULT", "heavy-weapons"), later)
    # captives handed back are told as returned or as freed (CAMEO 0841, 0842); a pullback is neither
    assert not inc.conflict(told("a", "RETREAT", "return"), told("b", "RETREAT", "release"))
    assert inc.conflict(told("a", "RETREAT", "withdraw"), told("b", "RETREAT", "release"))
    # one night's unrest is told as people taking to the streets and as rioting (CAMEO 141, 145);
    # a strike is neither
    assert not inc.conflict(told("a", "PROTEST", "demo"), told("b", "PROTEST", "riot"))
    assert inc.conflict(told("a", "PROTEST", "strike"), told("b", "PROTEST", "riot"))
    # a protest's roadblocks are told as the protest (CAMEO 144, 141); a strike is no roadblock
    assert not inc.conflict(told("a", "PROTEST", "obstruct"), told("b", "PROTEST", "demo"))
    assert inc.conflict(told("a", "PROTEST", "strike"), told("b", "PROTEST", "obstruct"))


def test_two_undated_reports_days_apart_are_two_acts() -> None:
    def undated(id_: str, published: int) -> inc.Member:
        m = _m(id_, published, ["MYS"], ["IDN"], f"s{id_}", "trawler")
        m.start = m.shown - timedelta(days=inc.LOOKBACK_DAYS)
        return m

    # each report's slack reaches the other's day, but only at its far end
    assert inc.conflict(undated("a", 3), undated("b", 5))
    # a day apart they may tell the same act
    assert not inc.conflict(undated("a", 3), undated("b", 4))


def test_support_of_another_kind_is_another_act() -> None:
    def support(id_: str, cameo: str) -> inc.Member:
        m = _m(id_, 1, ["MYS"], ["IDN"], f"s{id_}", "accord")
        m.event, m.block, m.cameo = "SUPPORT", "AGREE", cameo
        return m

    assert inc.conflict(support("a", "057"), support("b", "051"))     # signing is not praising
    assert not inc.conflict(support("a", "057"), support("b", "057"))
    assert not inc.conflict(support("a", "050"), support("b", "057"))  # 050 may be either


def test_forces_put_on_alert_are_not_forces_sent() -> None:
    def mobilize(id_: str, cameo: str) -> inc.Member:
        m = _m(id_, 1, ["IDN"], [], f"s{id_}", "tarakan")
        m.event, m.block, m.cameo = "MOBILIZE", "MOBILIZE", cameo
        return m

    assert inc.conflict(mobilize("a", "152"), mobilize("b", "154"))     # on standby is not deployed
    assert not inc.conflict(mobilize("a", "154"), mobilize("b", "154"))
    assert len(inc.group([mobilize("a", "152"), mobilize("b", "154")])) == 2


def test_names_two_reports_share_are_distinctive_words() -> None:
    a = inc.distinctive("Neither side has published the names, and the inquiry agreed in Geneva has 60 days.")
    b = inc.distinctive("The two governments signed the accord in Geneva on Sunday.")
    assert "geneva" in a & b                      # a place named in both, though a common word
    assert "sunday" not in b and "neithe" not in a  # days, and capitals that open a sentence, are not names


def test_a_count_spelled_out_is_the_number_written_in_figures() -> None:
    a = inc.distinctive("Coast guards held seven fishermen overnight, a spokesman said.")
    b = inc.distinctive("The 7 men were questioned aboard the cutter before dawn.")
    c = inc.distinctive("Officials met for seventy minutes.")
    assert "7" in a & b        # AP style spells counts under ten; another report gives the figure
    assert "7" not in c and "70" not in c  # only the counts listed are read as numbers
    # a count spelled with a hyphen is one number: twenty-three shares nothing with "three residents"
    d = inc.distinctive("Twenty-three soldiers died in the ambush.")
    assert "23" in d and "3" not in d and "20" not in d


def test_a_clash_told_the_other_way_round_by_the_other_side_is_one_clash() -> None:
    def clash(id_: str, day: int, actor: list[str], recipient: list[str], story: str) -> inc.Member:
        m = _m(id_, day, actor, recipient, story)
        m.event = m.block = "ASSAULT"
        return m

    ours = clash("a", 4, ["TJK"], ["KGZ"], "s1")                   # "Tajik troops fired on a Kyrgyz post"
    theirs = clash("b", 4, ["KGZ"], ["TJK"], "s2")                 # "a Kyrgyz patrol shot at Tajik positions first"
    later = clash("c", 7, ["KGZ"], ["TJK"], "s3")                  # three days on: another clash
    assert inc.linked(ours, theirs) and not inc.conflict(ours, theirs) and inc.conflict(ours, later)
    assert _sets(inc.group([ours, theirs, later])) == {frozenset("ab"), frozenset("c")}
    # a detention is done by one side to the other: told the other way round it is another act
    held, held_back = _m("d", 4, ["TJK"], ["KGZ"], "s1"), _m("e", 4, ["KGZ"], ["TJK"], "s2")
    assert inc.conflict(held, held_back)


def test_a_states_organs_and_an_armed_group_are_two_sides() -> None:
    def release(id_: str, sector: str, story: str) -> inc.Member:
        m = _m(id_, 9, [], [], story, "wednesday prisoners")
        m.event = m.block = "RETREAT"
        m.actor = [{"code": "MLI" if sector == "GOV" else None, "sector": sector}]
        return m

    government = release("a", "GOV", "s1")                         # "the government freed 20 fighters"
    rebels = release("b", "REB", "s2")                             # "the rebels let go of 14 hostages"
    army = release("c", "MIL", "s3")                               # a state's organ too
    assert inc.conflict(government, rebels) and not inc.conflict(government, army)


def test_one_crowd_told_as_protesters_students_or_people_is_one_side() -> None:
    def shot(id_: str, sector: str, story: str) -> inc.Member:
        m = _m(id_, 11, ["NPL"], ["NPL"], story, "parliament", sector={"NPL": "COP"})
        m.event = m.block = "ASSAULT"
        m.recipient = [{"code": "NPL", "sector": sector}]
        return m

    protesters, students, people = shot("a", "OPP", "s1"), shot("b", "EDU", "s2"), shot("c", "CVL", "s3")
    assert not inc.conflict(protesters, students) and not inc.conflict(students, people)
    soldiers = shot("d", "MIL", "s4")                               # a state's own side is another party
    assert inc.conflict(protesters, soldiers)


def test_one_armed_group_told_as_gang_fighters_or_gunmen_is_one_side() -> None:
    # reports name one armed group by what it does ("gang members", "his fighters", "gunmen"): the
    # coder gives CRM, REB or UAF, none of which is a state's side
    def stormed(id_: str, sector: str, story: str) -> inc.Member:
        m = _m(id_, 14, ["HTI"], ["HTI"], story, "station", sector={"HTI": sector})
        m.event = m.block = "ASSAULT"
        m.recipient = [{"code": "HTI", "sector": "COP"}]
        return m

    gang, fighters, gunmen = stormed("a", "CRM", "s1"), stormed("b", "REB", "s2"), stormed("c", "UAF", "s3")
    assert not inc.conflict(gang, fighters) and not inc.conflict(fighters, gunmen)
    assert inc.conflict(gang, stormed("d", "MIL", "s4"))            # the army is another side


def test_a_target_coded_as_the_doer_itself_rules_nothing_out() -> None:
    # "Chile sent 800 soldiers to its own northern border" (CHL -> CHL) and "Chile deployed troops to
    # the Bolivian border" (CHL -> BOL) may be one deployment; the first target is only the place
    def sent(id_: str, recipient: list[str], story: str) -> inc.Member:
        m = _m(id_, 3, ["CHL"], recipient, story, "800 soldiers")
        m.event = m.block = "MOBILIZE"
        return m

    home, border = sent("a", ["CHL"], "s1"), sent("b", ["BOL"], "s2")
    assert not inc.conflict(home, border)
    assert inc.conflict(sent("c", ["PER"], "s3"), border)        # two other targets still differ


def test_a_summary_keeps_what_grouping_reads_so_increments_group_as_a_rebuild_does() -> None:
    # an increment reloads earlier members from their stored summaries (``_load``): an uncoded
    # party's sector ("the rebels") must survive, or a state's release and an armed group's would
    # be told apart in a full regrouping and joined in an increment
    rebels = _m("b", 9, [], [], "s2", "wednesday prisoners")
    rebels.event = rebels.block = "RETREAT"
    rebels.actor = [{"code": None, "sector": "REB", "name": "the rebels"}]
    stored = json.loads(inc._summary(rebels))
    assert stored["actor"] == [{"code": None, "sector": "REB", "name": "the rebels", "entity_text": None}]
    government = _m("a", 9, ["MLI"], [], "s1", "wednesday prisoners", sector={"MLI": "GOV"})
    government.event = government.block = "RETREAT"
    reloaded = inc.Member(id="b", **{**stored, "start": rebels.start, "end": rebels.end, "shown": rebels.shown,
                                    "words": frozenset(stored["words"])})
    assert inc.conflict(government, rebels) and inc.conflict(government, reloaded)


def test_one_miscoded_report_is_outvoted_by_the_reports_that_agree() -> None:
    # two reports of one seizure leave the doer uncoded, a third names the wrong doer (the flag
    # state the sentence also names): a fourth that names the right one joins the act the two
    # agree with, not a new one
    vague = [_m(k, 4, [], ["IDN"], f"s{n}", "trawler") for n, k in enumerate("ab")]
    wrong = _m("c", 4, ["VNM"], ["IDN"], "s2", "trawler")
    right = _m("d", 4, ["MYS"], ["IDN"], "s3", "trawler")
    assert inc.conflict(right, wrong)
    assert _sets(inc.group([*vague, wrong, right])) == {frozenset("abcd")}
    # one report against one is no miscoding to outvote: two doers, two acts
    assert _sets(inc.group([*vague[:1], wrong, right])) == {frozenset("ac"), frozenset("d")}
    # and a date is never outvoted: the same parties four days later are another act
    later = _m("e", 8, ["VNM"], ["IDN"], "s4", "trawler")
    assert _sets(inc.group([*vague, wrong, later])) == {frozenset("abc"), frozenset("e")}


def test_an_undated_reports_publication_day_is_outvoted_by_reports_that_agree() -> None:
    # one story's undated recap (published on the 6th, reaching back to the 4th) and two of its
    # reports dated the 7th make one act; a report from another outlet dated the 7th conflicts with
    # the recap's day only, the weakest date a report has: the two that agree outvote it
    recap = _m("u", 6, ["MYS"], ["IDN"], "s1", "trawler")
    recap.start = date(2025, 3, 4)
    story = [_m(k, 7, ["MYS"], ["IDN"], "s1", "trawler") for k in ("a", "b")]
    other = _m("c", 7, ["MYS"], ["IDN"], "s2", "trawler")
    assert inc.conflict(other, recap)
    assert _sets(inc.group([recap, *story, other])) == {frozenset("uabc")}
    # a day a report tells is never outvoted: the same recap dated on the 4th keeps the other out
    told = _m("u", 4, ["MYS"], ["IDN"], "s1", "trawler")
    assert _sets(inc.group([told, *story, other])) == {frozenset("uab"), frozenset("c")}


def test_a_protest_aimed_at_parliament_or_the_government_is_aimed_at_one_state() -> None:
    def march(id_: str, target: str, story: str) -> inc.Member:
        m = _m(id_, 11, ["NPL"], ["NPL"], story, "march", sector={"NPL": "EDU"})
        m.event = m.block = "PROTEST"
        m.recipient = [{"code": "NPL", "sector": target}]
        return m

    assert not inc.conflict(march("a", "LEG", "s1"), march("b", "GOV", "s2"))
    # the army is not among the civil organs, and the doers' sectors still count (police are no students)
    assert inc.conflict(march("c", "MIL", "s3"), march("d", "GOV", "s4"))
    police = march("e", "GOV", "s5")
    police.actor = [{"code": "NPL", "sector": "COP"}]
    assert inc.conflict(police, march("f", "GOV", "s6"))


def test_a_release_and_another_kind_of_yielding_the_same_day_are_two_acts() -> None:
    def yielded(id_: str, event: str, cameo: str, story: str) -> inc.Member:
        m = _m(id_, 15, ["NPL"], ["NPL"], story, "students")
        m.event, m.block, m.cameo = event, "RETREAT", cameo
        return m

    bail = yielded("a", "RETREAT", "0841", "s1")                    # "granted bail to the student leaders"
    bill = yielded("b", "CONCEDE", "083", "s2")                     # "withdrew the bill, meeting their demand"
    freed = yielded("c", "CONCEDE", "080", "s3")                    # the release, coded as yielding in general
    assert inc.conflict(bail, bill) and not inc.conflict(bail, freed)


def test_an_abduction_is_not_an_attack_told_without_a_mode() -> None:
    def attack(id_: str, mode: str | None, story: str) -> inc.Member:
        m = _m(id_, 6, ["MOZ"], ["MOZ"], story, "insurgents", sector={"MOZ": "REB"})
        m.event, m.block, m.mode = "ASSAULT", "ASSAULT", mode
        return m

    kidnapping = attack("a", "abduct", "s1")                        # "insurgents abducted nine aid workers"
    raid = attack("b", None, "s2")                                  # "insurgents overran the town, killing 11"
    again = attack("c", "abduct", "s3")                             # "the aid workers kidnapped on Tuesday"
    assert inc.conflict(kidnapping, raid) and not inc.conflict(kidnapping, again)
    assert not inc.conflict(raid, attack("d", None, "s4"))
    # the shots fired as armed men seize a ship or a bus are how one report tells the hijacking
    shooting = attack("e", "firearms", "s5")                        # "the gunmen fired on the bridge"
    assert not inc.conflict(kidnapping, shooting) and inc.conflict(shooting, attack("f", "aerial", "s6"))


def test_an_undated_report_in_the_perfect_may_recount_an_act_days_older() -> None:
    # two undated reports three days apart are two acts, unless the later one says its act is
    # earlier news ("Indonesia has asked ASEAN to send observers")
    def asked(id_: str, published: int, perfect: bool, story: str) -> inc.Member:
        m = _m(id_, published, ["IDN"], ["IGO"], story, "observers")
        m.event = m.block = "REQUEST"
        back = inc.PERFECT_LOOKBACK_DAYS if perfect else inc.LOOKBACK_DAYS
        m.start, m.perfect = m.shown - timedelta(days=back), perfect
        return m

    first = asked("a", 5, False, "s1")
    assert not inc.conflict(first, asked("b", 8, True, "s2"))
    assert inc.conflict(first, asked("c", 8, False, "s3"))


def test_economic_and_diplomatic_sanctions_are_two_acts_and_a_summons_is_not_the_next_days_charge() -> None:
    def act(id_: str, event: str, cameo: str, day: int, story: str) -> inc.Member:
        m = _m(id_, day, ["CZE"], ["SRB"], story, "belgrade")
        m.event, m.block, m.cameo = event, event, cameo
        return m

    freeze, recall = act("a", "SANCTION", "163", 10, "s1"), act("b", "SANCTION", "161", 10, "s2")
    expel = act("c", "SANCTION", "166", 10, "s3")
    assert inc.conflict(freeze, recall) and not inc.conflict(recall, expel)   # reports of an expulsion mix 161/166
    summons, charge = act("d", "ACCUSE", "114", 7, "s4"), act("e", "ACCUSE", "112", 8, "s5")
    assert inc.conflict(summons, charge)
    # a protest note and the charge it makes, told the same day, are one act
    assert not inc.conflict(summons, act("f", "ACCUSE", "112", 7, "s6"))


def test_two_officials_each_making_a_demand_make_two_demands() -> None:
    def demand(id_: str, who: str, story: str) -> inc.Member:
        m = _m(id_, 7, ["CZE"], ["SRB"], story, "technician")
        m.event = m.block = "REQUEST"
        name = who.split(" ", 2)[-1]
        m.actor = [{"code": "CZE", "sector": "GOV", "name": name, "entity_text": who}]
        return m

    premier = demand("a", "Prime Minister Radek Hulka", "s1")
    minister = demand("b", "Foreign Minister Irena Machova", "s2")
    again = demand("c", "Czech Prime Minister Radek Hulka", "s3")
    assert inc.conflict(premier, minister) and not inc.conflict(premier, again)
    # a state or a body named before its official is no speaker's name
    envoy = demand("d", "Equatorial Guinea's defence minister", "s4")
    envoy.actor[0]["name"] = "Equatorial Guinea"
    assert inc._speakers(envoy.actor) == set()
    # the holder named in apposition after the title is the speaker; a state or a body for an
    # unnamed title is not
    held = demand("g", "Czech ambassador", "s7")
    held.actor[0]["name"] = "Irena Machova"
    assert inc._speakers(held.actor) == {"machova"} and inc.conflict(premier, held)
    for text, name in (("the country's ambassador", "Czech Republic"), ("the bloc's envoy", "European Union")):
        body = demand("h", text, "s8")
        body.actor[0]["name"] = name
        assert inc._speakers(body.actor) == set()
    # the summary keeps what tells speakers apart, so an increment groups as a rebuild does
    stored = json.loads(inc._summary(premier))
    assert stored["actor"][0]["entity_text"] == "Prime Minister Radek Hulka"


def test_an_attack_told_with_two_weapons_in_one_sentence_is_one_act_with_both() -> None:
    def attack(id_: str, mode: str, story: str, sentence: int) -> inc.Member:
        m = _m(id_, 9, ["UGA"], ["UGA"], story, "post", sector={"UGA": "REB"})
        m.event, m.block, m.mode, m.sentence = "ASSAULT", "ASSAULT", mode, sentence
        m.doc_id = story
        return m

    shots = attack("a", "firearms", "s1", 2)        # "the rebels opened fire and hurled grenades at the post"
    grenades = attack("b", "explosives", "s1", 2)   # the same sentence's grenades
    told = attack("c", "explosives", "s2", 0)       # another outlet: "rebels threw grenades at the post"
    # on their own, a shooting and a grenade attack are two acts
    assert inc.conflict(shots, told)
    groups = inc.group([shots, grenades, told])
    assert _sets(groups) == {frozenset({"a", "b", "c"})}
    # grenades told in another sentence of the story are no part of the shooting's report
    apart = attack("d", "firearms", "s3", 1), attack("e", "explosives", "s3", 4)
    assert len(inc.group([*apart, attack("f", "explosives", "s4", 0)])) == 2


def test_bombs_told_without_the_aircraft_may_be_the_air_strike() -> None:
    def attack(id_: str, mode: str, story: str) -> inc.Member:
        m = _m(id_, 9, ["SDN"], ["SDN"], story, "market", sector={"SDN": "MIL"})
        m.event, m.block, m.mode = "ASSAULT", "ASSAULT", mode
        return m

    strike = attack("a", "aerial", "s1")        # "army warplanes struck the market"
    bombs = attack("b", "explosives", "s2")     # "two bombs hit the market, rescuers said"
    assert not inc.conflict(strike, bombs)
    # shells are not the bombs an aircraft drops
    assert inc.conflict(strike, attack("c", "heavy-weapons", "s3"))


def test_a_number_that_measures_time_or_distance_is_no_distinctive_word() -> None:
    # "20 minutes later" and "20 soldiers" share a number but tell nothing of one act
    assert "20" not in inc.distinctive("The jet struck again 20 minutes later, 40 km from the border.")
    assert "40" not in inc.distinctive("The jet struck again 20 minutes later, 40 km from the border.")
    assert "20" in inc.distinctive("Rebels said at least 20 soldiers were killed.")
    assert "5" in inc.distinctive("Police detained five men.")


def test_the_authorities_and_their_police_are_one_doer() -> None:
    def held(id_: str, sector: str, story: str) -> inc.Member:
        return _m(id_, 8, ["MMR"], ["MMR"], story, "journalists", sector={"MMR": sector})

    authorities = held("a", "GOV", "s1")     # "Myanmar authorities arrested two journalists"
    police = held("b", "COP", "s2")          # "police in Yangon detained a reporter and an editor"
    assert not inc.conflict(authorities, police)
    # the army is not the police
    assert inc.conflict(police, held("c", "MIL", "s3"))


def test_a_government_and_the_forces_it_commands_are_one_doer_of_force() -> None:
    def told(id_: str, sector: str, story: str, event: str = "COERCE") -> inc.Member:
        m = _m(id_, 8, ["IRN"], ["AZE"], story, "citizen", sector={"IRN": sector})
        return dataclasses.replace(m, event=event, block=event)

    # "the intelligence ministry said it had arrested ..." and "intelligence officers detained ..."
    assert not inc.conflict(told("a", "GOV", "s1"), told("b", "SPY", "s2"))
    # "the government sent troops to the border" and "the army deployed two brigades there"
    assert not inc.conflict(told("c", "GOV", "s1", "MOBILIZE"), told("d", "MIL", "s2", "MOBILIZE"))
    # but a minister's talks and a general's are two meetings
    assert inc.conflict(told("e", "GOV", "s1", "CONSULT"), told("f", "MIL", "s2", "CONSULT"))


def test_a_report_that_fits_two_incidents_joins_them_when_only_a_party_kept_them_apart() -> None:
    # one raid: the army's account says it hit fighters, the rescuers' that it hit civilians; two
    # later reports of the day name only the army, and fit both
    fighters = _m("a", 1, ["MMR"], ["MMR"], "s1", sector={"MMR": "REB"})
    fighters.actor = [{"code": "MMR", "sector": "MIL"}]
    civilians = _m("b", 1, ["MMR"], ["MMR"], "s2", sector={"MMR": "CVL"})
    civilians.actor = [{"code": "MMR", "sector": "MIL"}]
    later = [_m(k, 1, ["MMR"], [], f"s{n}", sector={"MMR": "MIL"}) for n, k in ((3, "c"), (4, "d"))]
    assert inc.conflict(fighters, civilians) and inc._only_parties(fighters, civilians)
    assert _sets(inc.group([fighters, civilians, *later])) == {frozenset("abcd")}
    # one report that fits both is not enough against the conflict
    assert len(inc.group([fighters, civilians, later[0]])) == 2
    # nor a statement: two speakers of one day, uncoded, make two acts
    said = [dataclasses.replace(m, event="ACCUSE", block="ACCUSE") for m in (fighters, civilians, *later)]
    assert len(inc.group(said)) == 2


def test_the_hosts_report_of_a_meeting_and_a_guests_are_one_meeting() -> None:
    """CAMEO 04 has no direction: "Oman hosted envoys from Iran" and "Iranian and Saudi officials met in
    Muscat" are one meeting (the place stands for its host); a meeting of other parties that day is not."""
    def meet(id_: str, actor: list[str], recipient: list[str], mode: str, where: str | None) -> inc.Member:
        m = dataclasses.replace(_m(id_, 1, actor, recipient, "s" + id_), block="CONSULT", event="CONSULT", mode=mode)
        return dataclasses.replace(m, location={"code": where} if where else None)

    hosted = meet("a", ["OMN"], ["IRN"], "host", None)
    met = meet("b", ["IRN", "SAU"], [], "meet", "OMN")
    other = meet("c", ["IRN"], ["QAT"], "meet", "QAT")
    assert not inc.conflict(hosted, met) and inc.linked(hosted, met)
    assert inc.conflict(hosted, other) and inc.conflict(met, other)
    assert _sets(inc.group([hosted, met, other])) == {frozenset("ab"), frozenset("c")}
