"""National institutions in the gazetteer (organisations.tsv), each on a sentence written for this
test: the mention of the institution resolves to its state and sector, with or without a leading
"The" and whether it is an acronym or a full name. Bare names that several states use (the
Interior Ministry, the Supreme Court, the Coast Guard) keep their sector and get no state from the
gazetteer; each of those sentences names no state, so no "home state" reading applies either."""

from __future__ import annotations

import pytest

from eventwire.model import Document, Entity
from eventwire.nlp.annotate import annotate
from eventwire.resources import Resources

pytestmark = pytest.mark.slow


def mention(text: str, name: str, resources: Resources) -> Entity | None:
    """The entity that covers the first occurrence of ``name`` in ``text``."""
    doc = Document(id="institutions", text=text, raw_text=text, published="2026-06-01")
    ann = next(iter(annotate([doc], resources)))
    start = text.index(name)
    end = start + len(name)
    found = [e for e in ann.entities if e.start < end and e.end > start]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "name", "code", "sector"), [
    ("The Justice Department said on Monday it would appeal the ruling on the pipeline permit.",
     "Justice Department", "USA", "JUD"),
    ("Lawyers for the Department of Justice asked the judge to delay the hearing until March.",
     "Department of Justice", "USA", "JUD"),
    ("The Treasury Department imposed sanctions on four shipping firms accused of moving oil.",
     "Treasury Department", "USA", "GOV"),
    ("The Department of Homeland Security said it would review the visa programme.",
     "Department of Homeland Security", "USA", "GOV"),
    ("ICE deported 50 people on a charter flight that left Texas late on Thursday.",
     "ICE", "USA", "COP"),
    ("Immigration and Customs Enforcement said the two men were held at a detention centre.",
     "Immigration and Customs Enforcement", "USA", "COP"),
    ("CBP detained two truck drivers at the crossing after finding hidden compartments.",
     "CBP", "USA", "COP"),
    ("The DEA arrested a suspected trafficker at a marina south of the port city.",
     "DEA", "USA", "COP"),
    ("The ATF seized dozens of rifles from a warehouse outside the city.",
     "ATF", "USA", "COP"),
    ("USAID suspended its programmes in the northern provinces after the attack on a convoy.",
     "USAID", "USA", "GOV"),
    ("FEMA sent generators and drinking water to the flooded towns.",
     "FEMA", "USA", "GOV"),
    ("The U.S. Secret Service closed the street after a man climbed the fence.",
     "U.S. Secret Service", "USA", "COP"),
    ("The U.S. Coast Guard rescued four fishermen from a capsized trawler.",
     "U.S. Coast Guard", "USA", "MIL"),
    ("CENTCOM said its forces shot down two drones over the Red Sea.",
     "CENTCOM", "USA", "MIL"),
    ("The Federal Reserve left interest rates unchanged for a third meeting.",
     "Federal Reserve", "USA", "BUS"),
    ("The Home Office said the scheme would end in April.",
     "Home Office", "GBR", "GOV"),
    ("MI5 warned universities about foreign attempts to recruit researchers.",
     "MI5", "GBR", "SPY"),
    ("Scotland Yard arrested three men over the theft of the paintings.",
     "Scotland Yard", "GBR", "COP"),
    ("The Bank of England raised its main rate by a quarter point.",
     "Bank of England", "GBR", "BUS"),
    ("The SVR accused the two diplomats of running a network of informants.",
     "SVR", "RUS", "SPY"),
    ("The Federation Council approved the treaty without debate.",
     "Federation Council", "RUS", "LEG"),
    ("The Ministry of State Security said a consultant had passed documents to a foreign agency.",
     "Ministry of State Security", "CHN", "SPY"),
    ("Delegates to the National People's Congress approved the budget on Friday.",
     "National People's Congress", "CHN", "LEG"),
    ("The Quai d'Orsay summoned the ambassador over the remarks.",
     "Quai d'Orsay", "FRA", "GOV"),
    ("The DGSE declined to comment on the report about the hostages.",
     "DGSE", "FRA", "SPY"),
    ("The BND said it had intercepted messages about the shipment.",
     "BND", "DEU", "SPY"),
    ("The Bundesbank cut its growth forecast for next year.",
     "Bundesbank", "DEU", "BUS"),
    ("COGAT said 40 aid trucks had entered through the crossing.",
     "COGAT", "ISR", "MIL"),
    ("The Quds Force commander was killed in a strike near the airport.",
     "Quds Force", "IRN", "MIL"),
    ("Tasnim reported that three men had been arrested in the port.",
     "Tasnim", "IRN", "JRN"),
    ("The Lok Sabha passed the bill after a heated debate.",
     "Lok Sabha", "IND", "LEG"),
    ("The Research and Analysis Wing denied any role in the killing.",
     "Research and Analysis Wing", "IND", "SPY"),
    ("The ISI denied any role in the disappearance of the journalist.",
     "ISI", "PAK", "SPY"),
    ("The National Intelligence Organization detained six suspects in a raid.",
     "National Intelligence Organization", "TUR", "SPY"),
    ("NABU charged a former deputy minister with embezzlement.",
     "NABU", "UKR", "COP"),
    ("The Self-Defense Forces scrambled jets after aircraft approached the islands.",
     "Self-Defense Forces", "JPN", "MIL"),
    ("The Korean People's Army fired artillery shells into the sea.",
     "Korean People's Army", "PRK", "MIL"),
    ("The Supreme People's Assembly will convene next month.",
     "Supreme People's Assembly", "PRK", "LEG"),
    ("The EFCC arraigned a former governor on fraud charges.",
     "EFCC", "NGA", "COP"),
    ("The Royal Canadian Mounted Police charged two men with smuggling.",
     "Royal Canadian Mounted Police", "CAN", "COP"),
    ("ASIO said foreign spies had targeted members of parliament.",
     "ASIO", "AUS", "SPY"),
    ("The Popular Mobilization Forces deployed units along the highway.",
     "Popular Mobilization Forces", "IRQ", "MIL"),
    ("The Tatmadaw bombed a village held by resistance fighters.",
     "Tatmadaw", "MMR", "MIL"),
])
def test_a_national_institution_resolves_to_its_state_and_sector(
        resources: Resources, text: str, name: str, code: str, sector: str) -> None:
    e = mention(text, name, resources)
    assert e is not None, text
    assert (e.code, e.sector) == (code, sector), (e.text, e.code, e.sector)


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("The Interior Ministry said three officers were wounded in the clash.", "Interior Ministry", "GOV"),
    ("The Supreme Court ruled that the election must be held again.", "Supreme Court", "JUD"),
    ("The Coast Guard rescued four fishermen from a sinking boat.", "Coast Guard", "MIL"),
    ("Border Patrol agents detained a group of migrants near the river.", "Border Patrol", "COP"),
])
def test_a_name_that_several_states_use_gets_no_state(
        resources: Resources, text: str, name: str, sector: str) -> None:
    e = mention(text, name, resources)
    assert e is not None, text
    assert (e.code, e.sector) == (None, sector), (e.text, e.code, e.sector)


def test_ice_in_lower_case_is_no_agency(resources: Resources) -> None:
    e = mention("Ice on the runway delayed flights for three hours.", "Ice", resources)
    assert e is None or e.code is None, (e.text, e.code, e.sector)
