"""Where a line of Thai text may break.

Thai writes words without spaces, so reportlab's space-based wrapping either overflows or cuts a word in half.
We find word boundaries with PyThaiNLP's ``newmm`` engine (dictionary maximal matching constrained by Thai
Character Clusters) and let the text layout break only there.

``newmm``'s default dictionary is a character trie of 62,000 words built in pure Python: ~0.5 s and ~60 MB the
first time. The algorithm only ever asks the dictionary for the words that start at a position
(``prefixes``), and a frozenset plus the set of word lengths per first letter answers that in microseconds, is
ready in ~40 ms and costs ~8 MB. Same words, same algorithm, same segmentation — only the lookup structure
differs. Call :func:`warm_up` from a background thread at start so the first printout pays nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, cast

# PyThaiNLP otherwise creates ~/pythainlp-data and may try to download corpora; everything we use ships in
# the wheel, and the counter often has no network.
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

if TYPE_CHECKING:
    from pythainlp.util import Trie

# Words of our own documents that PyThaiNLP's dictionary lacks; without them the segmenter still finds
# syllable-sized pieces, so this only makes the breaks nicer.
DOMAIN_WORDS = (
    "ดำรงธรรม",
    "ศูนย์ดำรงธรรม",
    "เลขรับเรื่อง",
    "ผู้รับบริการ",
    "ผู้ให้บริการ",
    "ผู้ยื่นคำร้อง",
    "ก.พ.ร.",
    "หญ้าแฝก",
    "ยุ่งยาก",
    "โทร.",
)

# A line never starts with these (they close or continue what precedes them) ...
_NO_BREAK_BEFORE = frozenset("ๆฯ)]}>,.:;!?%/”’-")
# ... and never ends with these (they open what follows; a final dot marks a Thai abbreviation: ต.ในเมือง).
_NO_BREAK_AFTER = frozenset("([{<“‘/.")
# Glues a label to its value where a break would read badly ("โทร. 045-712-345").
_NBSP = "\u00a0"


class _WordSet:
    """The part of ``pythainlp.util.Trie`` that ``newmm`` uses, backed by a frozenset."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for word in self._words:
            lengths.setdefault(word[0], set()).add(len(word))
        self._lengths = {first: tuple(sorted(found)) for first, found in lengths.items()}

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        if start >= len(text):
            return []
        found: list[str] = []
        room = len(text) - start
        words = self._words
        for length in self._lengths.get(text[start], ()):
            if length > room:
                break
            candidate = text[start : start + length]
            if candidate in words:
                found.append(candidate)
        return found

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)


_dictionary_lock = threading.Lock()
_dictionary: _WordSet | None = None


def _words() -> _WordSet:
    global _dictionary
    if _dictionary is None:
        with _dictionary_lock:
            if _dictionary is None:
                from pythainlp.corpus.common import thai_words

                _dictionary = _WordSet((*thai_words(), *DOMAIN_WORDS))
    return _dictionary


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def _joined(before: str, after: str) -> bool:
    """True when no line break is allowed between two adjacent tokens."""
    last, first = before[-1], after[0]
    if _NBSP in (last, first):
        return True
    if last.isspace() or first.isspace():
        return False
    if first in _NO_BREAK_BEFORE or last in _NO_BREAK_AFTER:
        return True
    # Runs of Latin letters, digits and symbols stay whole: numbers (49/2, 17:56), URLs, e-Service.
    return not _is_thai(last) and not _is_thai(first)


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as ``newmm`` finds them (whitespace runs are tokens of their own)."""
    from pythainlp.tokenize.newmm import segment

    return tuple(segment(text, cast("Trie", _words())))


@lru_cache(maxsize=8192)
def chunks(text: str) -> tuple[str, ...]:
    """``text`` cut into pieces between which a line may break; whitespace runs are pieces of their own.

    Concatenating the pieces gives back ``text`` exactly.
    """
    pieces: list[str] = []
    for token in words(text):
        if pieces and _joined(pieces[-1], token):
            pieces[-1] += token
        else:
            pieces.append(token)
    return tuple(pieces)


def warm_up() -> None:
    """Load the dictionary and the segmenter now (call from a background thread at start)."""
    chunks("ศูนย์ดำรงธรรมอำเภอให้บริการประชาชน")
