"""Line-break repair decisions, one artifact at a time."""

from __future__ import annotations

from eventwire.clean._edits import Edit, apply_edits
from eventwire.clean.linebreaks import repair_linebreaks, repair_linebreaks_step

PARA = "\n\nThe ministry gave no further details."  # a second paragraph: blank-line style


def fix(block: str) -> str:
    out = repair_linebreaks(block + PARA)
    assert out.endswith(PARA)
    return out[: -len(PARA)]


def test_midword_and_between_word() -> None:
    assert fix("The minister sta\nted that the talks failed.") == "The minister stated that the talks failed."
    assert fix("He stated his intention to\ndiscuss it.") == "He stated his intention to discuss it."
    assert fix("Troops crossed the bor\nder on Monday.") == "Troops crossed the border on Monday."
    assert fix("Troops crossed the\nborder on Monday.") == "Troops crossed the border on Monday."


def test_punctuation_at_the_break() -> None:
    assert fix("The report (published\non Monday) said so.") == "The report (published on Monday) said so."
    assert fix("The country\n’s leader spoke.") == "The country’s leader spoke."
    assert fix("He said it was over,\nand left.") == "He said it was over, and left."


def test_numbers() -> None:
    assert fix("More than 1\n200 people fled.") == "More than 1200 people fled."
    assert fix("It was the 20\nth attack this year.") == "It was the 20th attack this year."
    assert fix("About 40\npeople fled.") == "About 40 people fled."


def test_acronym_then_word_and_capitalised_word() -> None:
    assert fix("The UN\nofficials left the city.") == "The UN officials left the city."
    assert fix("Officials in\nSeoul said so.") == "Officials in Seoul said so."


def test_hyphen_at_line_end() -> None:
    assert fix("It was a well-\nknown fact.") == "It was a well-known fact."
    assert fix("The gov-\nernment fell.") == "The government fell."
    assert fix("A pro-\nRussian party won.") == "A pro-Russian party won."


def test_document_evidence_beats_frequency() -> None:
    # "ware|house" would join on frequencies too; "any|way" would join, the document says otherwise
    assert fix("We will not go any\nway you like. They refuse in any way.") == (
        "We will not go any way you like. They refuse in any way."
    )


def test_paragraph_breaks_and_structure_kept() -> None:
    text = "First paragraph ends here.\n\nSecond paragraph starts here."
    assert repair_linebreaks(text) == text
    table = "Results:\n1 Kyle Busch 5040\n2 Martin Truex 5035\n3 Kevin Harvick 5033\n\nMore text."
    assert repair_linebreaks(table) == table
    links = "Buy it here:\nhttps://example.com/a\n\nMore text follows."
    assert repair_linebreaks(links) == links


def test_repairs_record_offsets_in_the_input() -> None:
    src = "Borrell sta\nted it.\n\nAnd he was in\nSeoul."
    res = repair_linebreaks_step(src)
    assert res.text == "Borrell stated it.\n\nAnd he was in Seoul."
    assert [(r.start, r.before, r.after) for r in res.repairs] == [(11, "\n", ""), (34, "\n", " ")]
    assert all(src[r.start:r.end] == r.before for r in res.repairs)


ARTICLE = [
    "The foreign ministers of the two countries met in Geneva on Thursday to discuss a ceasefire "
    "along the disputed border, where fighting has displaced more than 40,000 people since March. "
    "Officials from both delegations described the talks as constructive but difficult.",
    "According to a statement released after the meeting, the two sides agreed to set up a joint "
    "commission that will monitor troop movements and report violations to a United Nations envoy. "
    "Humanitarian groups welcomed the decision and urged both governments to open corridors for aid.",
    "A second round of negotiations is expected in early April, diplomats said, although no date has "
    "been announced. Analysts cautioned that previous agreements had collapsed within weeks.",
]


def test_hard_wrapped_document_is_unwrapped_and_its_own_lines_kept() -> None:
    import textwrap

    contact = "Press contact:\nMaria Lopez\nmedia@example.org"
    original = "\n\n".join([*ARTICLE, contact])
    wrapped = "\n\n".join([*("\n".join(textwrap.wrap(p, 64)) for p in ARTICLE), contact])
    assert wrapped.count("\n") >= original.count("\n") + 10
    assert repair_linebreaks(wrapped) == original
    assert repair_linebreaks(original) == original


def test_capital_after_a_piece_is_a_new_word_even_if_the_join_is_a_word() -> None:
    # "a|Go-Kart" must not become "aGo": the document has "ago", but not with a capital inside
    text = "Two years ago the park opened a\nGo-Kart track.\n\nIt closed in May."
    assert repair_linebreaks(text) == "Two years ago the park opened a Go-Kart track.\n\nIt closed in May."


def test_open_parenthesis_and_lowercase_quotation_continue_the_line() -> None:
    # a list-like block: three lines before capitals would stay, but "(Group" is still open and
    # a quotation starting in lowercase continues a sentence
    text = (
        "Qualified teams:\nPortugal (Group\nB): eighth appearance\nWales (Group E): second\n\n"
        "She told her clients:\n“an open face is a happy face,” she said.\n\nEnd."
    )
    out = repair_linebreaks(text)
    assert "Portugal (Group B): eighth appearance\nWales (Group E): second" in out
    assert "She told her clients: “an open face" in out


def test_a_frequent_word_ends_a_line_when_the_document_lets_it_end_a_clause() -> None:
    block = "People discover the site and use it\nYour email list grows every week\nYour sales rise"
    # "it." elsewhere: "it" can end a clause, so the lines are a list and stay
    listed = repair_linebreaks(block + "\n\nCustomers love it. Start today.")
    assert listed.startswith(block + "\n\n")
    # a word the document never ends a clause with ("the") cannot end a line
    assert fix("Officials met the\nPresident on Monday.") == "Officials met the President on Monday."


def test_long_documents_use_the_same_evidence() -> None:
    from eventwire.clean._evidence import SCAN_LIMIT

    filler = "\n\n".join(["The committee met again on Tuesday and adjourned without a vote."] * 400)
    assert len(filler) > SCAN_LIMIT
    doc = "He turned himself in to police. He walked in\nto the station.\n\n" + filler
    assert repair_linebreaks(doc).startswith("He turned himself in to police. He walked in to the station.")
    doc = "The well-known case. It was a well-\nknown fact.\n\n" + filler
    assert repair_linebreaks(doc).startswith("The well-known case. It was a well-known fact.")


def test_second_round_uses_evidence_the_first_created_and_offsets_stay_in_the_input() -> None:
    from eventwire.clean.linebreaks import _decide

    src = (
        "Talks with Kaja\nKallas ended on a sour note.\n\n"
        "Met Kaja\nKallas today at the headquarters of the foreign ministry in the capital.\n"
        "Others came.\nNobody left.\n\n"
        "the talks were\nlong and the\ndelegates were\ntired and the\nrooms were\ncold."
    )
    # round one keeps the second "Kaja|Kallas" (a block of deliberate-looking lines) but writes
    # "Kaja Kallas" in the first paragraph; that is evidence for round two
    first, _ = _decide(src)
    assert _decide(apply_edits(src, first, "x")[0])[0]
    res = repair_linebreaks_step(src)
    assert res.text == (
        "Talks with Kaja Kallas ended on a sour note.\n\n"
        "Met Kaja Kallas today at the headquarters of the foreign ministry in the capital.\n"
        "Others came.\nNobody left.\n\n"
        "the talks were long and the delegates were tired and the rooms were cold."
    )
    assert all(src[r.start:r.end] == r.before for r in res.repairs)
    assert apply_edits(src, [Edit(r.start, r.end, r.after, r.kind) for r in res.repairs], "x")[0] == res.text
    assert repair_linebreaks_step(res.text).repairs == []


def test_no_english_frequencies_for_other_languages() -> None:
    text = (
        "Hadits ini diriwayatkan oleh Tirmidzi dan dishahihkan Asy-Syaikh Al-Albani\n"
        "dalam Shahih Al-Jami’ karena sanadnya kuat menurut para ulama yang\n"
        "meneliti hadits tersebut.\n\nSemoga bermanfaat bagi kita semua."
    )
    out = repair_linebreaks(text)
    assert "Al-Albani dalam Shahih" in out and "para ulama yang meneliti" in out


def test_an_open_quotation_continues_on_the_next_line() -> None:
    # single newlines separate the paragraphs, so a break before a capital is normally kept; not
    # while a curly quotation opened on the line is still open
    text = "“Easy redemption. Good price.\nAnd each of us got a bag of nuts.”\nThe show was great.\nWe left."
    assert repair_linebreaks(text) == (
        "“Easy redemption. Good price. And each of us got a bag of nuts.”\nThe show was great.\nWe left."
    )


def test_a_table_row_broken_in_two_is_joined() -> None:
    rows = [
        "Pos Player Plays % Stats",
        "CB Denzel Ward 74 100% 4 tackles (4 combined). 1 pass defended.",
        "CB Greedy Williams 73 99% 6 tackles, 1 assist (7 combined). 1 TFL.",
        "CB T.J. Carrie 63 85% 1 tackle (1 combined).",
        "CB Tavierre Thomas 1 1% No stats registered.",
        "CB Terrance Mitchell 12 16% 1 tackle (1 combined).",
    ]
    broken = [*rows[:2], "CB Greedy Williams", "73 99% 6 tackles, 1 assist (7 combined). 1 TFL.", *rows[3:]]
    assert repair_linebreaks("\n".join(broken) + PARA) == "\n".join(rows) + PARA
    assert repair_linebreaks("\n".join(rows) + PARA) == "\n".join(rows) + PARA


def test_a_name_broken_across_lines_of_prose_is_joined() -> None:
    text = (
        '"The allegation has again been debunked," White House Press\nSecretary Stephanie\n'
        "Grisham said after the hearing.\n\nThe hearing ended on Tuesday."
    )
    assert repair_linebreaks(text) == (
        '"The allegation has again been debunked," White House Press Secretary Stephanie '
        "Grisham said after the hearing.\n\nThe hearing ended on Tuesday."
    )
    names = "The panel heard from:\nMichael Anastassiades\nFlos Showroom\nCorso Monforte\n\nIt ended on Tuesday."
    assert repair_linebreaks(names) == names


def test_a_name_broken_in_a_document_of_one_line_paragraphs_is_joined() -> None:
    paragraphs = [
        "Wales beat Hungary 2-0 to earn the 20th spot on Tuesday.",
        "Germany routed Belarus and Croatia secured its place.",
        "The draw is set for Saturday in Bucharest.",
        "Portugal allowed only one goal in the second half.",
    ]
    text = "\n".join(paragraphs) + "\n\nHe stayed ahead of Adarius\nTaylor on the depth chart.\n\nThe end."
    assert repair_linebreaks(text) == (
        "\n".join(paragraphs) + "\n\nHe stayed ahead of Adarius Taylor on the depth chart.\n\nThe end."
    )


ONE_LINE_PARAGRAPHS = (
    "Wales beat Hungary 2-0 to earn the 20th spot on Tuesday.\n"
    "Germany routed Belarus and Croatia secured its place.\n"
    "The draw is set for Saturday in Bucharest.\n"
    "Portugal allowed only one goal in the second half.\n\n"
)


def test_a_long_line_stopping_on_a_lowercase_word_is_unfinished() -> None:
    text = ONE_LINE_PARAGRAPHS + (
        "The lamps were designed by Michael Anastassiades, the widely acclaimed\n"
        "London-based designer born in Cyprus.\n\nThe end."
    )
    assert repair_linebreaks(text) == ONE_LINE_PARAGRAPHS + (
        "The lamps were designed by Michael Anastassiades, the widely acclaimed "
        "London-based designer born in Cyprus.\n\nThe end."
    )


def test_a_function_word_before_a_comma_still_cannot_end_a_line() -> None:
    text = ONE_LINE_PARAGRAPHS + (
        "He had just finished an adaptation of\n“War & Peace” for the BBC.\n\n"
        "The script said something along the lines of, ‘Rose sings.’"
    )
    assert repair_linebreaks(text) == ONE_LINE_PARAGRAPHS + (
        "He had just finished an adaptation of “War & Peace” for the BBC.\n\n"
        "The script said something along the lines of, ‘Rose sings.’"
    )


def test_lines_led_by_numbers_are_no_table_rows() -> None:
    features = (
        "Unlocked phones work with GSM carriers only (see the list of carriers on our site).\n"
        "5.5-inch touchscreen display with a resolution of 401 pixels per inch\n"
        "Apple A10 Fusion chip\n"
        "2 GB of memory and 32 GB of storage\n"
        "12-megapixel primary camera on the rear and a 7-megapixel front camera."
    )
    assert repair_linebreaks(features + PARA) == features + PARA


def test_a_number_broken_across_lines_is_joined_in_a_structured_document() -> None:
    text = ONE_LINE_PARAGRAPHS + "The band played its hits like 19\n78’s “What a Fool Believes” live.\n\nThe end."
    assert repair_linebreaks(text) == ONE_LINE_PARAGRAPHS + (
        "The band played its hits like 1978’s “What a Fool Believes” live.\n\nThe end."
    )


def test_items_without_punctuation_are_no_unfinished_sentences() -> None:
    # the words broken in two make the block look like a wrapped paragraph, not a list; its lines
    # all stopping on a lowercase word before a capital say they are items
    items = (
        "Your relationship changes from imagining the readers you serve to serving real cli\nents\n"
        "Your products and services will all benefit from the new des\nign\n"
        "Your revenues and impact will grow every single year and mo\nnth"
    )
    assert repair_linebreaks(ONE_LINE_PARAGRAPHS + items + "\n\nThe end.") == ONE_LINE_PARAGRAPHS + (
        "Your relationship changes from imagining the readers you serve to serving real clients\n"
        "Your products and services will all benefit from the new design\n"
        "Your revenues and impact will grow every single year and month\n\nThe end."
    )


def test_an_unfinished_line_in_a_prose_document_is_joined_even_in_a_list_like_block() -> None:
    block = (
        "Volkswagen showed the ID. Space Vizzion concept in Los Angeles on Tuesday evening.\n"
        "The concept has one electric motor at the front and one at the back, with 302 horsepower.\n"
        "Volkswagen says it would reach 60 mph in 5.6 seconds, its top speed an electronically-limited\n"
        "109 mph."
    )
    # the document's other breaks are mid-sentence: it does not use line structure
    wrapped = (
        "The range is 300 miles on a\nsingle charge, and the battery\ncharges to 80 percent in\n"
        "half an hour at a\nfast charger."
    )
    text = block + "\n\n" + wrapped
    assert repair_linebreaks(text) == (
        block.replace("limited\n109", "limited 109") + "\n\n" + wrapped.replace("\n", " ")
    )


def test_a_list_line_starting_with_a_lowercase_word_goes_on_the_item_above() -> None:
    teams = ["England (Group A): 10th appearance", "Czech Republic (Group A): Seventh appearance",
             "Ukraine (Group B): Third appearance", "Belgium (Group I): Sixth appearance"]
    broken = "\n".join(teams).replace("Seventh appearance", "Seventh\nappearance")
    assert repair_linebreaks(broken + PARA) == "\n".join(teams) + PARA
    shop = "Flos Showroom\ncorso Monforte, 15, Milan\nApple Watch\nSwim proof\nwatchOS\nAluminum case"
    assert repair_linebreaks(shop + PARA) == shop + PARA
