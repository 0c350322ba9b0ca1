"""Your own data for the extraction: places, aliases and topic cue words, as a small table.

The package's tables (countries, cities of 15,000 people or more, provinces,
demonyms, topic cues) cover the genre in general; a study of one region often
needs a few more: a town under the population cut, a local spelling, the
short name a paper uses for a minister, a word that marks a field of
cooperation in its domain. A :class:`Lexicon` holds them, checked when it is
made, frozen, and passed explicitly to :func:`bilateral.load_article`,
:func:`bilateral.parse` or :meth:`bilateral.Corpus.load`; nothing global
changes, so two corpora may be read with two lexicons side by side.

A lexicon is a table with a header and four columns, as a TSV or CSV file or
as dicts (as spaCy's EntityRuler takes patterns):

| kind | name | value | country |
|---|---|---|---|
| ``place`` | the place's name | what it is: :data:`PLACE_KINDS` | its country (required) |
| ``place_alias`` | another name of a place | the place's usual name | (optional) |
| ``person_alias`` | another name of a person | the person's full name | (optional) |
| ``topic_cue`` | a word or phrase | the topic it marks (a codebook value) | (empty) |

Countries may be given as ISO 3166-1 codes, names or demonyms, and are
stored as alpha-3 codes.

>>> lex = Lexicon.from_rows([
...     {"kind": "place", "name": "Ban Nam Kha", "value": "locality", "country": "Laos"},
...     {"kind": "person_alias", "name": "Uncle Som", "value": "Somchai Phanthavong"},
...     {"kind": "topic_cue", "name": "cassava", "value": "agriculture"},
... ])
>>> lex.places
(PlaceEntry(name='Ban Nam Kha', country='LAO', kind='locality'),)
>>> lex.topic_cues[0].topic, len(lex)
(<Topic.AGRICULTURE: 'agriculture'>, 3)

What each extraction stage reads of it:

- the gazetteer scan finds :attr:`Lexicon.places` where the package's places are
  found, as localities of their country (a ``country`` place as another name of
  its country), and :attr:`Lexicon.place_aliases` as the place they stand for:
  the mention is reported under the place's usual name. A form of your own
  replaces the package's readings of that form;
- people: a mention that is a :attr:`Lexicon.person_aliases` alias is the person
  of its full name (named so in the record, with the alias among their
  aliases, its spans among theirs), who takes the alias's country where the
  text gives none;
- topics: :attr:`Lexicon.topic_cues` count as the package's cue phrases do
  (in a sentence about cooperation between the sides, not inside a name or
  one side's own affairs), written the same way (``agricultur*``: any ending).

The user guide's page *Your own data* shows a worked example.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs

from bilateral._country_names import country_code
from bilateral._extract.cues import phrase_regex
from bilateral._lexicon.gazetteer import MAX_WORDS, key, known
from bilateral._text import choice, fold
from bilateral.model import Topic

__all__ = [
    "KINDS",
    "PLACE_KINDS",
    "Alias",
    "Lexicon",
    "LexiconError",
    "PlaceEntry",
    "TopicCue",
]

#: The kinds of row a lexicon table holds.
KINDS = ("place", "place_alias", "person_alias", "topic_cue")
#: What a place may be: the codebook's localities, or ``country``, another name of the
#: country given (a local or former name the package lacks).
PLACE_KINDS = ("locality", "city", "province", "state", "region", "country")
# The most words of a form: the gazetteer's scan joins at most this many words, so a
# longer form could never match.
_MAX_WORDS = MAX_WORDS
_COLUMNS = ("kind", "name", "value", "country")


class LexiconError(ValueError):
    """A lexicon table that cannot be used: names the source, the row and the reason.

    >>> str(LexiconError("mine.tsv", 3, "unknown kind 'town'"))
    "mine.tsv, row 3: unknown kind 'town'"
    """

    def __init__(self, source: str, row: int | None, reason: str) -> None:
        self.source = source
        self.row = row
        self.reason = reason
        where = f"{source}, row {row}" if row is not None else source
        super().__init__(f"{where}: {reason}")


def _form(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty name, got {value!r}")
    if value != value.strip():
        raise ValueError(f"{attribute.name} has spaces at its ends: {value!r}")
    if len(value.split()) > _MAX_WORDS:
        raise ValueError(
            f"{attribute.name} {value!r} has more than {_MAX_WORDS} words, "
            "the most the text scan matches"
        )


def _country(value: object) -> str:
    return country_code(str(value))


def _optional_country(value: object) -> str | None:
    return None if value is None or value == "" else country_code(str(value))


def _place_kind(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in PLACE_KINDS:
        raise ValueError(f"a place is one of {', '.join(PLACE_KINDS)}, got {value!r}")


def _cue_phrase(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    # Written as the package's cue phrases are (data/topics.tsv), matched in the fold.
    try:
        phrase_regex(fold(value))
    except ValueError:
        raise ValueError(
            f"a topic cue is words of letters and digits joined by spaces or hyphens, "
            f"a word perhaps ending in * (any further letters), got {value!r}"
        ) from None


@attrs.frozen
class PlaceEntry:
    """A place of your own: a locality the package's tables lack.

    >>> PlaceEntry("Ban Nam Kha", "Lao", kind="locality").country
    'LAO'
    """

    name: str = attrs.field(validator=_form)
    country: str = attrs.field(converter=_country)
    kind: str = attrs.field(default="locality", validator=_place_kind)


@attrs.frozen
class Alias:
    """Another name for a person or a place: ``alias`` stands for ``name``.

    ``of`` is ``person`` or ``place``; ``country`` is optional.

    >>> Alias("Uncle Som", "Somchai Phanthavong", of="person").of
    'person'
    """

    alias: str = attrs.field(validator=_form)
    name: str = attrs.field(validator=_form)
    of: str = attrs.field(validator=attrs.validators.in_(("person", "place")))
    country: str | None = attrs.field(default=None, converter=_optional_country)

    def __attrs_post_init__(self) -> None:
        if fold(self.alias) == fold(self.name):
            raise ValueError(f"an alias must differ from the name it stands for: {self.alias!r}")


def _topic(value: object) -> Topic:
    return choice(Topic, value, "topic")


@attrs.frozen
class TopicCue:
    """A word or phrase that marks a field of cooperation.

    >>> TopicCue("cassava", "Agriculture").topic
    <Topic.AGRICULTURE: 'agriculture'>
    """

    cue: str = attrs.field(validator=[_form, _cue_phrase])
    topic: Topic = attrs.field(converter=_topic)


def _one_meaning(items: Iterable[tuple[str, object]], what: str) -> None:
    seen: dict[str, object] = {}
    for form, meaning in items:
        key = fold(form)
        if key in seen and seen[key] != meaning:
            raise ValueError(f"{what} {form!r} is given twice, as {seen[key]!r} and {meaning!r}")
        seen[key] = meaning


def _places(items: Iterable[PlaceEntry]) -> tuple[PlaceEntry, ...]:
    return _only(items, PlaceEntry)


def _aliases(items: Iterable[Alias]) -> tuple[Alias, ...]:
    return _only(items, Alias)


def _cues(items: Iterable[TopicCue]) -> tuple[TopicCue, ...]:
    return _only(items, TopicCue)


T = TypeVar("T")


def _only(items: Iterable[T], cls: type[T]) -> tuple[T, ...]:
    found = tuple(items)
    for item in found:
        if not isinstance(item, cls):
            raise TypeError(f"expected {cls.__name__} entries, got {item!r}")
    return found


@attrs.frozen
class Lexicon:
    """The user's tables, validated and frozen; empty by default.

    Make one with :meth:`load` (a ``.tsv`` or ``.csv`` file) or
    :meth:`from_rows` (dicts), or from the entries themselves. A form given
    twice with two meanings is refused; given twice alike, it is kept once.

    >>> lex = Lexicon(places=(PlaceEntry("Ban Nam Kha", "LAO"),))
    >>> bool(lex), bool(Lexicon()), lex.places[0].kind
    (True, False, 'locality')
    >>> Lexicon(aliases=(Alias("Som", "Somchai P", of="person"),
    ...                  Alias("som", "Somsak K", of="person")))
    Traceback (most recent call last):
    ValueError: person alias 'som' is given twice, as 'Somchai P' and 'Somsak K'
    """

    places: tuple[PlaceEntry, ...] = attrs.field(default=(), converter=_places)
    aliases: tuple[Alias, ...] = attrs.field(default=(), converter=_aliases)
    topic_cues: tuple[TopicCue, ...] = attrs.field(default=(), converter=_cues)

    def __attrs_post_init__(self) -> None:
        _one_meaning(((p.name, (p.country, p.kind)) for p in self.places), "place")
        for of in ("person", "place"):
            pairs = ((a.alias, a.name) for a in self.aliases if a.of == of)
            _one_meaning(pairs, f"{of} alias")
        _one_meaning(((c.cue, c.topic.value) for c in self.topic_cues), "topic cue")
        mine = {key(p.name) for p in self.places}
        for a in self.aliases:
            if (
                a.of == "place"
                and a.country is None
                and not (key(a.name) in mine or known(key(a.name)))
            ):
                raise ValueError(
                    f"place alias {a.alias!r} stands for {a.name!r}, which neither this "
                    "lexicon nor the package's tables know: give its country, or add it as a place"
                )
        # Repeats of the same row are kept once, in first order.
        object.__setattr__(self, "places", tuple(dict.fromkeys(self.places)))
        object.__setattr__(self, "aliases", tuple(dict.fromkeys(self.aliases)))
        object.__setattr__(self, "topic_cues", tuple(dict.fromkeys(self.topic_cues)))

    def __len__(self) -> int:
        return len(self.places) + len(self.aliases) + len(self.topic_cues)

    @property
    def person_aliases(self) -> tuple[Alias, ...]:
        """The aliases of people.

        >>> Lexicon(aliases=(Alias("Som", "Somchai P", of="person"),)).person_aliases[0].name
        'Somchai P'
        """
        return tuple(a for a in self.aliases if a.of == "person")

    @property
    def place_aliases(self) -> tuple[Alias, ...]:
        """The aliases of places.

        >>> Lexicon(aliases=(Alias("Big Mango", "Bangkok", of="place"),)).place_aliases[0].name
        'Bangkok'
        """
        return tuple(a for a in self.aliases if a.of == "place")

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]], *, source: str = "<rows>") -> Lexicon:
        """A lexicon from rows with the keys ``kind``, ``name``, ``value``, ``country``.

        ``value`` and ``country`` may be missing where the kind needs none.
        A bad row raises :class:`LexiconError` naming the row (counted from 1).

        >>> Lexicon.from_rows([{"kind": "place", "name": "Ban Nam Kha"}])
        Traceback (most recent call last):
        bilateral.lexicon.LexiconError: <rows>, row 1: a place needs its country
        """
        places: list[PlaceEntry] = []
        aliases: list[Alias] = []
        cues: list[TopicCue] = []
        for number, row in enumerate(rows, 1):
            try:
                _read_row(row, places, aliases, cues)
            except ValueError as exc:
                raise LexiconError(source, number, str(exc)) from None
        try:
            return cls(places=places, aliases=aliases, topic_cues=cues)
        except ValueError as exc:
            raise LexiconError(source, None, str(exc)) from None

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lexicon:
        """A lexicon from a UTF-8 ``.tsv`` or ``.csv`` file with a header row.

        Blank lines and lines starting with ``#`` are skipped; rows are
        counted as lines of the file.

        >>> import tempfile
        >>> from pathlib import Path
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = Path(folder, "mine.tsv")
        ...     _ = path.write_text("kind\\tname\\tvalue\\tcountry\\n"
        ...                         "place\\tBan Nam Kha\\tlocality\\tLAO\\n"
        ...                         "topic_cue\\tcassava\\tfarming\\t\\n")
        ...     Lexicon.load(path)
        Traceback (most recent call last):
        bilateral.lexicon.LexiconError: ...mine.tsv, row 3: unknown topic 'farming'; ...
        """
        file = Path(path)
        delimiter = {".tsv": "\t", ".csv": ","}.get(file.suffix.lower())
        if delimiter is None:
            raise LexiconError(str(file), None, "a lexicon is a .tsv or .csv file")
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(str(file), None, f"cannot be read: {exc}") from None
        return cls.from_rows(_Numbered(text, delimiter, str(file)), source=str(file))


class _Numbered(Iterable[Mapping[str, Any]]):
    """The rows of a table file; the row number the errors report is the file's line."""

    def __init__(self, text: str, delimiter: str, source: str) -> None:
        self.lines = [
            (n, line)
            for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
        self.delimiter = delimiter
        self.source = source

    def __iter__(self) -> Iterator[Mapping[str, Any]]:
        if not self.lines:
            return
        (_, head), *body = self.lines
        header = [h.strip().lower() for h in next(csv.reader([head], delimiter=self.delimiter))]
        missing = [c for c in ("kind", "name") if c not in header]
        unknown = [h for h in header if h not in _COLUMNS]
        if missing or unknown:
            raise LexiconError(
                self.source, 1, f"the header must name the columns {', '.join(_COLUMNS)}"
            )
        previous = 0
        for number, line in body:
            # Blank and comment lines between rows keep the numbers those of the file.
            for _ in range(number - previous - 1):
                yield {"kind": "#"}
            previous = number
            cells = next(csv.reader(io.StringIO(line), delimiter=self.delimiter))
            yield dict(zip(header, (c.strip() for c in cells), strict=False))


def _read_row(
    row: Mapping[str, Any],
    places: list[PlaceEntry],
    aliases: list[Alias],
    cues: list[TopicCue],
) -> None:
    kind = str(row.get("kind") or "").strip()
    if kind == "#":  # a skipped line of a file
        return
    name = str(row.get("name") or "").strip()
    value = str(row.get("value") or "").strip()
    country = str(row.get("country") or "").strip()
    if kind == "place":
        if not country:
            raise ValueError("a place needs its country")
        places.append(PlaceEntry(name, country, kind=value or "locality"))
    elif kind in ("place_alias", "person_alias"):
        if not value:
            raise ValueError(f"a {kind} needs the name it stands for in 'value'")
        aliases.append(Alias(name, value, of=kind.removesuffix("_alias"), country=country))
    elif kind == "topic_cue":
        if not value:
            raise ValueError("a topic_cue needs its topic in 'value'")
        cues.append(TopicCue(name, value))
    else:
        raise ValueError(f"unknown kind {kind!r}; the kinds are {', '.join(KINDS)}")
