"""Find catalogue services as the officer types.

Officers type fast, in Thai, often without tone marks, with stray spaces, and by an agency's abbreviation
("สปส" for สำนักงานประกันสังคม). Both the query and the catalogue are therefore reduced to a search form
(:func:`normalise`) that keeps only what identifies a word: base letters and vowels, digits, casefolded Latin.
Matching is plain substring search over forms precomputed once per index; over 325 entries that takes well
under a millisecond per keystroke, so no n-gram index or fuzzy-matching library is needed.

Ranking, best first: the whole query is the name, starts the name, or occurs in it; every typed word occurs
in the name; the query names the agency (full name or alias); the words are spread over name, agency and
category; the query names the category. Among name matches, those that also match the tone marks as typed
come first: dropping marks makes "น้ำ" (water) match "นำเข้า" (import), and an officer who typed the mark
meant the water. Within one rank a caller-supplied boost (how often the district uses a service) decides,
then where in the name the match starts, then the shorter name, then catalogue order.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from kiosk.catalog import Catalog, CatalogEntry, Category

# Marks that change tone or length but not which word is meant, and that officers often skip or mistype:
# mai tai khu, the four tone marks, thanthakhat (silent letter), yamakkan. Nikhahit goes with sara am below.
_DROPPED_MARKS = "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e"
_THAI_DIGITS: Mapping[int, str | None] = {ord(thai): str(value) for value, thai in enumerate("๐๑๒๓๔๕๖๗๘๙")}
_LOOSE: Mapping[int, str | None] = {**_THAI_DIGITS, **dict.fromkeys(map(ord, _DROPPED_MARKS))}
# Sara am typed as two keys, nikhahit + sara aa, possibly with a tone mark between (legacy typing order).
_TWO_KEY_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]*)\u0e32")

# Joins several search forms into one string for a single ``in`` test; normalised text never contains it, so
# no match can span two forms.
_SEPARATOR = "\x00"

_CATEGORY_WORDS: Mapping[Category, tuple[str, ...]] = {
    Category.CITIZEN: ("citizen", "people"),
    Category.BUSINESS: ("business", "sme"),
    Category.LABOUR: ("labour", "labor", "employment"),
}


def _fold(text: str, table: Mapping[int, str | None]) -> str:
    text = unicodedata.normalize("NFC", text).casefold().translate(table)
    # Letters, combining vowels and digits only: drops spaces, dots of abbreviations, brackets, slashes, ฯ.
    text = "".join(char for char in text if unicodedata.category(char)[0] in "LMN")
    text = _TWO_KEY_SARA_AM.sub("\\1\u0e33", text).replace("\u0e4d", "")
    return text.replace("\u0e40\u0e40", "\u0e41")  # เเ, a common slip for แ


def normalise(text: str) -> str:
    """The search form of ``text``: what is left when tone marks, spacing and punctuation are ignored.

    Sara am is kept as one letter however it was typed: ``ำ`` and the two-key ``ํ`` + ``า`` both become
    ``ำ``, so "น้ำ", "นํ้า" and "นำ" all match. A doubled sara e (``เเ``) is read as sara ae. Thai digits
    become Arabic digits.
    """
    return _fold(text, _LOOSE)


def _spelled(text: str) -> str:
    """Like :func:`normalise` but keeping tone marks, to prefer matches that respect what was typed."""
    return _fold(text, _THAI_DIGITS)


class Match(IntEnum):
    """How a hit matched; lower is better."""

    NAME_EXACT = 0
    NAME_PREFIX = 1
    NAME_SUBSTRING = 2
    NAME_WORDS = 3
    AGENCY = 4
    MIXED = 5
    CATEGORY = 6

    @property
    def on_name(self) -> bool:
        return self <= Match.NAME_WORDS


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry: CatalogEntry
    match: Match


@dataclass(frozen=True, slots=True)
class _Indexed:
    entry: CatalogEntry
    name: str
    spelled_name: str
    agency: str
    """Search forms of the agency's full name and its aliases, joined by :data:`_SEPARATOR`."""
    category: str
    order: tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Query:
    whole: str
    words: tuple[str, ...]
    spelled_whole: str
    spelled_words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> _Query:
        parts = text.split()
        return cls(
            normalise(text),
            _distinct(map(normalise, parts)),
            _spelled(text),
            _distinct(map(_spelled, parts)),
        )


class SearchIndex:
    """Search forms of every entry, computed once; :meth:`search` runs on each keystroke."""

    def __init__(
        self, entries: Iterable[CatalogEntry], aliases: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        aliases = aliases or {}
        category_forms = {
            category: _joined(
                map(
                    normalise,
                    (
                        category.label.th,
                        category.label.en,
                        category.short_label.th,
                        category.short_label.en,
                        *_CATEGORY_WORDS[category],
                    ),
                )
            )
            for category in Category
        }
        self._items = tuple(
            _Indexed(
                entry=entry,
                name=normalise(entry.name),
                spelled_name=_spelled(entry.name),
                agency=_joined(map(normalise, (entry.agency, *aliases.get(entry.agency, ())))),
                category=category_forms[entry.category],
                order=(entry.category.order, entry.number),
            )
            for entry in entries
        )

    @classmethod
    def for_catalog(cls, catalog: Catalog) -> SearchIndex:
        return cls(catalog.entries, catalog.agency_aliases)

    def __len__(self) -> int:
        return len(self._items)

    def search(
        self, query: str, limit: int = 50, boost: Mapping[str, float] | None = None
    ) -> list[SearchHit]:
        """The best ``limit`` entries for ``query``; empty for a query with nothing to search for."""
        parsed = _Query.parse(query)
        if not parsed.whole or limit <= 0:
            return []
        boost = boost or {}
        ranked: list[tuple[tuple[int, bool, int, float, int, int, tuple[int, int]], CatalogEntry]] = []
        for item in self._items:
            found = _match(item, parsed)
            if found is None:
                continue
            match, loose, position = found
            group = 0 if match.on_name else match
            length = len(item.name) if match.on_name else 0
            score = -boost.get(item.entry.key, 0.0)
            ranked.append(((group, loose, match, score, position, length, item.order), item.entry))
        best = heapq.nsmallest(limit, ranked, key=lambda row: row[0])
        return [SearchHit(entry, Match(key[2])) for key, entry in best]


def _distinct(forms: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(form for form in forms if form))


def _joined(forms: Iterable[str]) -> str:
    return _SEPARATOR.join(_distinct(forms))


def _match(item: _Indexed, query: _Query) -> tuple[Match, bool, int] | None:
    """How ``item`` matches, whether only with marks ignored, and where in its name; None if it does not."""
    on_name = _name_match(item.spelled_name, query.spelled_whole, query.spelled_words)
    if on_name is not None:
        return on_name[0], False, on_name[1]
    on_name = _name_match(item.name, query.whole, query.words)
    if on_name is not None:
        return on_name[0], True, on_name[1]
    whole, words = query.whole, query.words
    if whole in item.agency:
        return Match.AGENCY, True, 0
    if len(words) > 1 and all(
        word in item.name or word in item.agency or word in item.category for word in words
    ):
        return Match.MIXED, True, 0
    if whole in item.category:
        return Match.CATEGORY, True, 0
    return None


def _name_match(name: str, whole: str, words: tuple[str, ...]) -> tuple[Match, int] | None:
    position = name.find(whole)
    if position == 0:
        return (Match.NAME_EXACT if len(name) == len(whole) else Match.NAME_PREFIX), 0
    if position > 0:
        return Match.NAME_SUBSTRING, position
    if len(words) > 1 and all(word in name for word in words):
        return Match.NAME_WORDS, name.find(words[0])
    return None
