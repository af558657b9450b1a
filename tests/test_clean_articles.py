"""Hand-written articles in other styles, with other artifacts than the seed: these show that the
repairs are general. None of their words or layouts comes from the seed article."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_item, clean_text
from eventwire.config import Settings
from eventwire.errors import EmptyInput
from eventwire.model import RawItem

SETTINGS = Settings()

WIRE = (
    "We use cookies to give you the best experience on our website.\r\n"
    "Accept cookies\r\n"
    "\r\n"
    "Ukraine Says Russian Drones Hit Odesa Port Infrastructure\r\n"
    "\r\n"
    "By Olena Harmash, Reuters\r\n"
    "\r\n"
    "KYIV, March 5, 2024 (Reuters) - Russian drones struck port infrastruc\r\n"
    "ture in the southern Ukrainian region of Odesa overnight, the region\u00e2\u20ac\u2122s governor said"
    " on Tuesday, adding that two people were injured.\r\n"
    "\r\n"
    "Read more: Ukraine war latest\r\n"
    "\r\n"
    "Governor Oleh Kiper said air defence units destroyed most of the drones, but debris fell on a "
    "ware\r\nhouse and started a fire. The infrastructure of the port was damaged, he said, and the "
    "warehouse burned through the night.\r\n"
    "\r\n"
    "Share this article\r\n"
    "\r\n"
    "Ukraine\u00e2\u20ac\u2122s air force said it shot down 22 of 25 drones launched overnight. Russia "
    "did not\r\ncomment on the attack.\r\n"
    "\r\n"
    "(Reporting by Olena Harmash; Editing by Tom Balmforth)\r\n"
)


def test_wire_story() -> None:
    doc = clean_item(RawItem(origin="wire.txt", content=WIRE), SETTINGS)
    assert "\r" not in doc.text
    assert doc.title == "Ukraine Says Russian Drones Hit Odesa Port Infrastructure"
    assert doc.byline == "Olena Harmash"
    assert doc.source == "Reuters"
    assert doc.dateline == "Kyiv"
    assert (doc.published, doc.published_how) == ("2024-03-05", "dateline")
    assert doc.text.startswith("Russian drones struck port infrastructure in the southern")
    assert "the region’s governor said" in doc.text
    assert "fell on a warehouse and started" in doc.text  # the whole word appears elsewhere
    assert "Russia did not comment on the attack." in doc.text
    for gone in ("cookies", "Read more", "Share this", "Reporting by", "Editing by"):
        assert gone not in doc.text
    assert doc.text.count("\n\n") == 2  # three body paragraphs


def test_item_metadata_wins_over_text() -> None:
    item = RawItem(origin="wire.txt", content=WIRE, title="Given title", published="2024-03-06",
                   published_how="feed", source="Feed Name", byline="Given Byline")
    doc = clean_item(item, SETTINGS)
    assert (doc.title, doc.published, doc.published_how) == ("Given title", "2024-03-06", "feed")
    assert (doc.source, doc.byline) == ("Feed Name", "Given Byline")
    assert doc.dateline == "Kyiv"  # the item has no dateline: the text's fills it


AP = (
    "ADVERTISEMENT\n"
    "\n"
    "WASHINGTON (AP) \u2014 The Senate voted on Thursday to extend a well-\n"
    "known aid program, and the gov-\n"
    "ernment said it would publish the \u00adfull\u00a0text within\u200b a week.\n"
    "\n"
    "ADVERTISEMENT\n"
    "\n"
    "Lawmakers from both parties said   the vote was close. \n"
    "\n"
    "Sign up for our Morning Wire newsletter to get the news first.\n"
)


def test_ap_story() -> None:
    text, repairs, meta = clean_text(AP)
    assert meta["dateline"] == "Washington" and meta["agency"] == "AP"
    assert "title" not in meta  # "ADVERTISEMENT" is no headline, and it is gone
    assert text == (
        "The Senate voted on Thursday to extend a well-known aid program, and the government said it "
        "would publish the full text within a week.\n\nLawmakers from both parties said the vote was close."
    )
    kinds = {r.kind for r in repairs}
    assert {"boilerplate", "invisible_char", "whitespace", "hyphen_join", "dateline"} <= kinds


def _join(body: str) -> str:
    return clean_text(body)[0]


def test_in_to_decided_by_the_document() -> None:
    # with nothing else to go on, frequencies read "in|to" as the word "into"
    plain = "Officers walked in\nto the building at dawn, the police said.\n\nNo one was hurt."
    assert "walked into the building" in _join(plain)
    # this document writes "in to" elsewhere (a phrasal verb): the break is a space
    phrasal = (
        "He turned himself in to police on Monday. Officers said he walked in\nto the station alone.\n\n"
        "No one was hurt."
    )
    assert "walked in to the station" in _join(phrasal)


def test_any_way_decided_by_the_document() -> None:
    assert "was anyway too late" in _join("The offer was any\nway too late, he said.\n\nIt ended.")
    doc = "They will help in any way they can. The offer was any\nway you like it.\n\nIt ended."
    assert "The offer was any way you like it." in _join(doc)


def test_names_split_or_side_by_side() -> None:
    text = _join(
        "Fighting near Zapo\nrizhzhia intensified, officials in Zaporizhzhia said. The EU's Kaja\n"
        "Kallas called for restraint.\n\nKallas spoke in Brussels."
    )
    assert "near Zaporizhzhia intensified" in text
    assert "Kaja Kallas called" in text


def test_single_newline_paragraphs_kept() -> None:
    text, _, meta = clean_text(
        "Moscow, 5 March 2024: The Kremlin said talks would resume next week.\n"
        "The statement came after a phone call between the two\n"
        "presidents, officials said.\n"
        "Markets rose on the news."
    )
    assert meta["dateline"] == "Moscow" and meta["dateline_date"] == "2024-03-05"
    assert text == (
        "The Kremlin said talks would resume next week.\n"
        "The statement came after a phone call between the two presidents, officials said.\n"
        "Markets rose on the news."
    )


def test_lists_and_short_lines_kept() -> None:
    body = (
        "The agreement covers four areas, the ministry announced on Friday.\n\n"
        "Energy supply\nsecurity guarantees\ngrain exports\nprisoner exchanges\n\n"
        "Talks will continue in Geneva."
    )
    text = _join(body)
    assert "Energy supply\nsecurity guarantees\ngrain exports\nprisoner exchanges" in text


def test_dateline_with_country_and_label_that_is_not_a_place() -> None:
    _, _, meta = clean_text("KYIV, Ukraine \u2014 Russian forces shelled the city overnight, officials said.")
    assert meta["dateline"] == "Kyiv"
    text, _, meta = clean_text("Update: The ministry later corrected the figure, officials said.")
    assert "dateline" not in meta and text.startswith("Update: ")
    # "Police" is also a city's name; this text uses the word in lowercase, so it is a label
    text, _, meta = clean_text("Police: The suspect was arrested, police said on Sunday.")
    assert "dateline" not in meta and text.startswith("Police: ")
    _, _, meta = clean_text("London: The suspect was arrested, police said on Sunday.")
    assert meta["dateline"] == "London"
    # a country's name, a dash, and the sentence goes on: no dateline
    text, _, meta = clean_text("Russia \u2014 the largest country \u2014 said on Monday it would retaliate.")
    assert "dateline" not in meta and text.startswith("Russia")
    _, _, meta = clean_text("Dekalb, Ill. \u2014 Mike Glass threw for three touchdowns on Saturday.")
    assert meta["dateline"] == "Dekalb"


def test_a_dateline_place_with_lowercase_particles() -> None:
    # place names whose words are joined by particles: the whole name is the dateline, in capitals too
    text, _, meta = clean_text("Dar es Salaam, Nov 30 (Wire) - Tanzania reopened the border on Monday.")
    assert meta["dateline"] == "Dar es Salaam" and text.startswith("Tanzania")
    text, _, meta = clean_text("RIO DE JANEIRO (Reuters) - Brazil's central bank held rates on Wednesday.")
    assert meta["dateline"] == "Rio de Janeiro" and text.startswith("Brazil")
    # a sentence that opens with a lowercase word after a capital is no dateline
    text, _, meta = clean_text("Troops de-mined the road - the army said on Monday it was safe again.")
    assert "dateline" not in meta and text.startswith("Troops")


def test_empty_after_cleaning_raises() -> None:
    with pytest.raises(EmptyInput):
        clean_item(RawItem(origin="ads.txt", content="Advertisement\n\n \u200b \n\nShare this article\n"), SETTINGS)


def test_language_guess() -> None:
    de = "Die Regierung hat am Montag neue Maßnahmen beschlossen, die ab nächster Woche gelten sollen."
    assert clean_item(RawItem(origin="de.txt", content=de), SETTINGS).language == "und"
    en = "The government approved new measures on Monday that will apply from next week."
    assert clean_item(RawItem(origin="en.txt", content=en), SETTINGS).language == "en"
    assert clean_item(RawItem(origin="short.txt", content="Kyiv, Monday."), SETTINGS).language is None


def test_first_lines_that_are_not_headlines_stay() -> None:
    for first in (
        "Time is not on the senator’s side.",  # a one-line paragraph, sentence case, with a period
        "Remember the city’s long quest to find a new slogan?",
        "Chelsea have this morning paid the record fee to the Spanish league to secure the signing of "
        "their new goalkeeper from Athletic Bilbao",  # prose, too long for a headline
    ):
        text, _, meta = clean_text(first + "\n\nThe second paragraph follows here, officials said.")
        assert "title" not in meta and text.startswith(first), first


def test_sentence_case_headline_and_dateline_line() -> None:
    text, repairs, meta = clean_text(
        "Drones hit Odesa port, governor says\n\nBAAR, SWITZERLAND\n\nThe company said on Monday it "
        "would expand."
    )
    assert meta["title"] == "Drones hit Odesa port, governor says"
    assert meta["dateline"] == "Baar"
    assert text == "The company said on Monday it would expand."
    assert [r.kind for r in repairs if r.step.startswith("extract")] == ["headline", "dateline"]


WEB = (
    "Home | World | Europe\n"
    "\n"
    "(CNN) \u2014 Negotiators from both sides met in Istanbul on Friday, and the\n"
    "\n"
    "Advertisement\n"
    "\n"
    "talks would resume next week, a Turkish official said.\n"
    "\n"
    "Continue reading the main story\n"
    "\n"
    "The official, who spoke on condition of anonymity, said a prisoner exchange was discussed.\n"
    "\n"
    "Copyright 2024 Cable News Network. All rights reserved.\n"
)


def test_web_page_with_ad_inside_a_paragraph() -> None:
    doc = clean_item(RawItem(origin="web.html", content=WEB), SETTINGS)
    assert doc.source == "CNN" and doc.dateline is None
    assert doc.text == (
        "Negotiators from both sides met in Istanbul on Friday, and the talks would resume next week, "
        "a Turkish official said.\n\n"
        "The official, who spoke on condition of anonymity, said a prisoner exchange was discussed."
    )


def test_ad_between_whole_paragraphs_keeps_the_break() -> None:
    text = _join("The talks ended on Friday.\n\nAdvertisement\n\nNo date was set for the next round.")
    assert text == "The talks ended on Friday.\n\nNo date was set for the next round."


def test_html_item_goes_through_article_extraction() -> None:
    html = (
        "<html><head><title>T</title></head><body><nav>Home | News</nav><article>"
        "<h1>Talks Resume in Geneva</h1><p>GENEVA (AP) — Delegates from both countries met on Monday "
        "to discuss a ceasefire along the border, officials said.</p><p>The talks will continue on "
        "Tuesday, a spokesperson for the mediators said in a statement.</p></article></body></html>"
    )
    doc = clean_item(RawItem(origin="x.html", content=html, content_type="html"), SETTINGS)
    assert (doc.title, doc.dateline, doc.source) == ("Talks Resume in Geneva", "Geneva", "AP")
    assert doc.text.startswith("Delegates from both countries met on Monday")
    assert "Home | News" not in doc.text and doc.raw_text == html


def test_timestamp_and_dated_byline_lines() -> None:
    text = (
        "Talks Fail in Geneva\n\nBy Jane Doe | March 5, 2024\n\nUpdated 10:32 a.m. ET Mar. 6, 2024\n\n"
        "The talks failed on Monday, officials said.\n\nThe talks on March 9, 2024 will go ahead."
    )
    doc = clean_item(RawItem(origin="t.txt", content=text), SETTINGS)
    assert doc.byline == "Jane Doe"
    assert (doc.published, doc.published_how) == ("2024-03-05", "text")  # the first date found
    assert doc.text == "The talks failed on Monday, officials said.\n\nThe talks on March 9, 2024 will go ahead."
    dated = RawItem(origin="t.txt", content=text, published="2024-03-07", published_how="feed")
    assert clean_item(dated, SETTINGS).published == "2024-03-07"


def test_byline_role_is_not_an_agency() -> None:
    _, _, meta = clean_text("By Jane Doe, Staff Writer\n\nThe talks failed on Monday, officials said.")
    assert meta == {"byline": "Jane Doe"}


def test_credit_at_the_end_of_a_paragraph_and_filing_places() -> None:
    text, repairs, meta = clean_text(
        "The talks failed, officials said. (Reporting by Jane Doe in Kyiv and Bob Roe in New York; "
        "Editing by John Roe)\n\nNo new date was set."
    )
    assert text == "The talks failed, officials said.\n\nNo new date was set."
    assert meta == {"byline": "Jane Doe and Bob Roe"}
    assert [r.kind for r in repairs] == ["credit_line"]


def test_kicker_or_question_headline_over_a_wire_dateline() -> None:
    raw = ("Explainer: Who controls the pass? What the ceasefire map leaves out\n\n"
           "YEREVAN, June 2, 2026 (Test Wire) - Both armies claim the road through the pass. "
           "Officials in Baku said on Monday that their troops held the ridge.\n\n"
           "A second paragraph follows here.\n")
    text, _, meta = clean_text(raw)
    assert meta["title"] == "Explainer: Who controls the pass? What the ceasefire map leaves out"
    assert meta["dateline"] == "Yerevan"
    assert text.startswith("Both armies claim the road")


def test_a_question_line_over_plain_prose_stays_in_the_body() -> None:
    raw = "Who controls the pass? Nobody knows yet\n\nBoth armies claim the road through the pass.\n"
    text, _, meta = clean_text(raw)
    assert "title" not in meta or meta["title"] is None
    assert text.startswith("Who controls the pass?")
