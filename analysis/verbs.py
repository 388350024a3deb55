"""The reporting-verb lexicon: lemmas, categories, stances, inflected forms and phrasal cues.

The lexicon is data (``analysis/lexicons/reporting_verbs.csv``, one row per lemma with its
``category``, ``stance`` and ``source``; provenance in ``analysis/lexicons/README.md``). Inflected
forms are derived by the regular rules of English morphology (Quirk et al. 1985, *A Comprehensive
Grammar of the English Language*, §3.5-3.12: third person ``-s``/``-es``/``-ies``, past ``-ed``
with e-drop, ``y`` to ``ied`` and consonant doubling after a stressed short vowel) plus an
irregular table (``irregular_verbs.csv``). Multi-word lemmas (``point out``, ``according to``)
are phrasal cues: their first word is inflected, the rest kept.

Categories follow Caldas-Coulthard's typology of reporting verbs (Caldas-Coulthard 1994, "On
reporting reporting: the representation of speech in factual and fictional narratives", in
Coulthard (ed.) *Advances in Written Text Analysis*) and stances Thompson & Ye's writer's stance
(Thompson & Ye 1991, "Evaluation in the reporting verbs used in academic papers", *Applied
Linguistics* 12(4)); see ``CATEGORIES`` and ``STANCES``.

Everything below is built once at import from the package data and is immutable.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import pandas as pd
import simplemma

from analysis.errors import LexiconError

CATEGORIES: tuple[str, ...] = (
    "neutral", "assertive", "factive", "distancing", "tentative", "directive",
    "expressive", "oppositional", "commissive", "manner", "transcript", "channel",
)
"""Reporting-verb categories (after Caldas-Coulthard 1994; see the lexicon README):

- ``neutral``: neutral structuring verbs that only signal speech (say, tell, ask, reply);
- ``assertive``: the speaker states or explains (state, explain, announce, note);
- ``factive``: the verb presents the reported content as true (acknowledge, confirm, admit);
- ``distancing``: the verb leaves the truth with the speaker (claim, allege, insist, maintain);
- ``tentative``: cognition or conjecture (believe, think, suggest, fear, hope);
- ``directive``: the speaker asks someone to act (urge, warn, demand, call on);
- ``expressive``: the speaker evaluates someone (accuse, blame, criticise, praise, apologise);
- ``oppositional``: the speaker contradicts (deny, dispute, reject, dismiss);
- ``commissive``: the speaker commits to act (promise, pledge, vow);
- ``manner``: how the words sounded (shout, whisper, laugh, sigh);
- ``transcript``: the place of the words in the talk (add, continue, repeat, conclude);
- ``channel``: the medium (write, tweet, post, testify).
"""

STANCES: tuple[str, ...] = ("neutral", "endorsing", "distancing", "tentative")
"""The journalist's stance to the reported content that the verb signals (after Thompson &
Ye's 1991 writer's stance: factive, non-factive, counter-factive):

- ``neutral``: no evaluation of the content (say, explain, urge);
- ``endorsing``: the content is presented as true (factive: admit, confirm, reveal, point out);
- ``distancing``: the truth is left to the speaker, often with doubt (claim, allege, accuse);
- ``tentative``: the speaker's own uncertainty (believe, suggest, fear).
"""

LEXICON_PACKAGE: str = "analysis"
"""The package whose data directory holds the lexicon files."""

LEXICON_DIR: str = "lexicons"
"""The data directory inside ``LEXICON_PACKAGE``."""

REPORTING_VERBS_FILE: str = "reporting_verbs.csv"
"""The reporting-verb lexicon: ``lemma,category,stance,source``."""

IRREGULAR_VERBS_FILE: str = "irregular_verbs.csv"
"""Forms the rules get wrong: ``base,third,past,past_participle,present_participle``; an empty
cell means "by rule" and ``|`` separates variants (``labelled|labeled``)."""

REPORTING_NOUNS_FILE: str = "reporting_nouns.csv"
"""Nouns that name an act or vehicle of speech (``noun,source``); plurals derived by rule."""

VERB_COLUMNS: tuple[str, ...] = ("lemma", "category", "stance", "source")
"""The columns of the reporting-verb lexicon, in order."""

IRREGULAR_COLUMNS: tuple[str, ...] = (
    "base", "third", "past", "past_participle", "present_participle",
)
"""The columns of the irregular-verb table, in order."""

NOUN_COLUMNS: tuple[str, ...] = ("noun", "source")
"""The columns of the reporting-noun list, in order."""

SOURCES: tuple[str, ...] = (
    "ggt", "textacy", "caldas-coulthard", "thompson-ye", "news-style", "cognitive",
)
"""Where a lexicon entry came from (README "Sources"); several are joined with ``|``."""

_VOWELS = frozenset("aeiou")
_NO_DOUBLING = frozenset("wxy")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")
_LEMMA_PATTERN = re.compile(r"^[a-z]+(?:-[a-z]+)*(?: [a-z]+)*$")
_SPACES = re.compile(r"\s+")


def _read_csv(text: str, columns: tuple[str, ...], name: str) -> list[dict[str, str]]:
    """Parse a lexicon CSV, checking the header and that every row has every column.

    Args:
        text: the file's content.
        columns: the header expected, in order.
        name: the file name used in error messages.

    Returns:
        One dict per data row, values stripped.

    Raises:
        LexiconError: wrong header or a row of the wrong length (names file and line).
    """
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != columns:
        raise LexiconError(f"{name}, line 1: expected header {','.join(columns)}, got {header}")
    rows = []
    for line_no, row in enumerate(reader, start=2):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise LexiconError(
                f"{name}, line {line_no}: expected {len(columns)} fields, got {len(row)}"
            )
        rows.append({"_line": str(line_no)} | dict(zip(columns, (c.strip() for c in row))))
    return rows


def _read_text(path: str | Path | None, default_file: str) -> tuple[str, str]:
    """Read a lexicon file from ``path`` or, when ``path`` is None, from the package data.

    Returns:
        ``(content, name for messages)``.

    Raises:
        LexiconError: the file cannot be read.
    """
    if path is None:
        try:
            resource = resources.files(LEXICON_PACKAGE).joinpath(LEXICON_DIR, default_file)
        except NotADirectoryError:
            # A stale editable install can make the package a namespace whose path includes a
            # finder hook, which importlib.resources rejects; the data sits beside this file.
            resource = Path(__file__).resolve().parent / LEXICON_DIR / default_file
        return resource.read_text(encoding="utf-8"), default_file
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon file ({exc})") from exc


def _validate_verb_rows(rows: list[dict[str, str]], name: str) -> None:
    """Check every verb row: a well-formed, unique lemma, known category, stance and sources.

    Raises:
        LexiconError: names the file, the line and the problem.
    """
    seen: dict[str, str] = {}
    for row in rows:
        where = f"{name}, line {row['_line']}"
        lemma = row["lemma"]
        if not _LEMMA_PATTERN.match(lemma):
            raise LexiconError(f"{where}: lemma {lemma!r} must be lower-case words")
        if lemma in seen:
            raise LexiconError(f"{where}: duplicate lemma {lemma!r} (first on line {seen[lemma]})")
        seen[lemma] = row["_line"]
        for column, valid in (("category", CATEGORIES), ("stance", STANCES)):
            if row[column] not in valid:
                raise LexiconError(
                    f"{where}: invalid {column} {row[column]!r}; valid values: "
                    + ", ".join(map(repr, valid))
                )
        sources = row["source"].split("|")
        unknown = [s for s in sources if s not in SOURCES]
        if not row["source"] or unknown:
            raise LexiconError(
                f"{where}: invalid source {row['source']!r}; valid values (joined with |): "
                + ", ".join(map(repr, SOURCES))
            )


def load_reporting_verbs(path: str | Path | None = None) -> pd.DataFrame:
    """Load and check the reporting-verb lexicon.

    Args:
        path: a CSV with columns ``lemma,category,stance,source``; None for the package's own
            ``REPORTING_VERBS_FILE``.

    Returns:
        One row per lemma, columns ``VERB_COLUMNS``, sorted by lemma.

    Raises:
        LexiconError: unreadable file, wrong header, duplicate lemma, or a category, stance or
            source outside ``CATEGORIES``, ``STANCES``, ``SOURCES`` (names the file and line).

    >>> table = load_reporting_verbs()
    >>> table.loc[table.lemma == "claim", ["category", "stance"]].values.tolist()
    [['distancing', 'distancing']]
    """
    text, name = _read_text(path, REPORTING_VERBS_FILE)
    rows = _read_csv(text, VERB_COLUMNS, name)
    _validate_verb_rows(rows, name)
    table = pd.DataFrame([[row[c] for c in VERB_COLUMNS] for row in rows], columns=VERB_COLUMNS)
    return table.sort_values("lemma", kind="stable").reset_index(drop=True)


def _is_short_stressed_cvc(word: str) -> bool:
    """True for a one-syllable word ending consonant-vowel-consonant (``chat``, ``slam``).

    Such words double their final consonant before ``-ed``/``-ing`` (Quirk et al. 1985,
    §3.7); longer words with a stressed last syllable (``admit``) are in the irregular table.
    """
    if len(word) < 3 or word[-1] in _VOWELS or word[-1] in _NO_DOUBLING:
        return False
    if word[-2] not in _VOWELS or word[-3] in _VOWELS:
        return False
    syllables = len(re.findall(r"[aeiouy]+", word))
    return syllables == 1


def third_person(verb: str) -> str:
    """The third person singular present of a regular verb (also a regular noun plural).

    Rule (Quirk et al. 1985, §3.5): ``-es`` after a sibilant (``-s -x -z -ch -sh``) or a
    consonant + ``o``; consonant + ``y`` becomes ``-ies``; otherwise ``-s``.

    Args:
        verb: a lower-cased base form.

    Returns:
        The ``-s`` form.

    >>> [third_person(v) for v in ("say", "dismiss", "echo", "testify", "tweet")]
    ['says', 'dismisses', 'echoes', 'testifies', 'tweets']
    """
    if verb.endswith(_SIBILANT_ENDINGS) or (
        verb.endswith("o") and len(verb) > 1 and verb[-2] not in _VOWELS
    ):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past_tense(verb: str) -> str:
    """The ``-ed`` form of a regular verb (past tense and past participle).

    Rule (Quirk et al. 1985, §3.6-3.7): ``-d`` after ``e``; consonant + ``y`` becomes
    ``-ied``; a one-syllable consonant-vowel-consonant word doubles its last consonant.

    Args:
        verb: a lower-cased base form.

    Returns:
        The ``-ed`` form.

    >>> [past_tense(v) for v in ("note", "deny", "slam", "claim", "play")]
    ['noted', 'denied', 'slammed', 'claimed', 'played']
    """
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _is_short_stressed_cvc(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def present_participle(verb: str) -> str:
    """The ``-ing`` form of a regular verb.

    Rule (Quirk et al. 1985, §3.6-3.7): ``-ie`` becomes ``-ying``; a final silent ``e`` is
    dropped (not in ``-ee``, ``-ye``, ``-oe``); one-syllable CVC words double.

    Args:
        verb: a lower-cased base form.

    Returns:
        The ``-ing`` form.

    >>> [present_participle(v) for v in ("argue", "agree", "lie", "slam", "say")]
    ['arguing', 'agreeing', 'lying', 'slamming', 'saying']
    """
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _is_short_stressed_cvc(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _load_irregular() -> Mapping[str, tuple[frozenset[str], ...]]:
    """Irregular forms by base: one frozenset per ``IRREGULAR_COLUMNS`` after ``base``."""
    text, name = _read_text(None, IRREGULAR_VERBS_FILE)
    table = {}
    for row in _read_csv(text, IRREGULAR_COLUMNS, name):
        if row["base"] in table:
            raise LexiconError(f"{name}, line {row['_line']}: duplicate base {row['base']!r}")
        table[row["base"]] = tuple(
            frozenset(v for v in row[c].split("|") if v) for c in IRREGULAR_COLUMNS[1:]
        )
    return MappingProxyType(table)


IRREGULAR_FORMS: Mapping[str, tuple[frozenset[str], ...]] = _load_irregular()
"""Irregular forms by base verb: (third person, past, past participle, ``-ing``), each a set of
variants, empty where the rule applies (from ``IRREGULAR_VERBS_FILE``)."""


def verb_forms(verb: str) -> frozenset[str]:
    """Every form of a one-word verb: base, third person, past, past participle, ``-ing``.

    Irregular forms come from the irregular table (``IRREGULAR_VERBS_FILE``); a form left
    empty there is derived by rule (``third_person``, ``past_tense``, ``present_participle``).

    Args:
        verb: a lower-cased base form.

    Returns:
        The base and all inflected forms.

    >>> sorted(verb_forms("tell"))
    ['tell', 'telling', 'tells', 'told']
    """
    rules = (third_person, past_tense, past_tense, present_participle)
    irregular = IRREGULAR_FORMS.get(verb, (frozenset(),) * len(rules))
    forms = {verb}
    for given, rule in zip(irregular, rules):
        forms |= given or {rule(verb)}
    return frozenset(forms)


def lemma_forms(lemma: str) -> frozenset[str]:
    """Every form of a lexicon lemma; in a multi-word lemma only the first word inflects.

    Args:
        lemma: a lemma as in the lexicon (``say``, ``point out``).

    Returns:
        Its forms (``verb_forms`` of the first word, the rest kept).

    >>> sorted(lemma_forms("point out"))
    ['point out', 'pointed out', 'pointing out', 'points out']
    """
    head, _, rest = lemma.partition(" ")
    return frozenset(f"{form} {rest}".strip() for form in verb_forms(head))


def _build_indexes() -> tuple[
    Mapping[str, tuple[str, str]], Mapping[str, str], Mapping[str, str]
]:
    """Build the lemma → (category, stance), word form → lemma and phrase → lemma maps.

    Raises:
        LexiconError: a form derives from two lemmas (the lexicon must be unambiguous).
    """
    table = load_reporting_verbs()
    categories = {}
    forms: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for lemma, category, stance in table[["lemma", "category", "stance"]].itertuples(index=False):
        categories[lemma] = (category, stance)
        target = phrases if " " in lemma else forms
        for form in lemma_forms(lemma):
            if target.setdefault(form, lemma) != lemma:
                raise LexiconError(
                    f"{REPORTING_VERBS_FILE}: form {form!r} derives from both "
                    f"{target[form]!r} and {lemma!r}"
                )
    return MappingProxyType(categories), MappingProxyType(forms), MappingProxyType(phrases)


LEMMA_CATEGORIES, FORM_LEMMAS, PHRASE_LEMMAS = _build_indexes()
"""``LEMMA_CATEGORIES``: lemma → (category, stance), for every lemma, phrasal ones included;
``FORM_LEMMAS``: lower-cased one-word form → lemma; ``PHRASE_LEMMAS``: lower-cased multi-word
form → phrasal lemma. All read-only."""

REPORTING_LEMMAS: frozenset[str] = frozenset(LEMMA_CATEGORIES)
"""Every lemma of the lexicon, one-word and phrasal."""

REPORTING_FORMS: frozenset[str] = frozenset(FORM_LEMMAS)
"""Every lower-cased inflected form of every one-word lemma (``say``, ``says``, ``said``,
``saying``, ...); multi-word forms are in ``PHRASAL_CUES``."""

PHRASAL_CUES: tuple[str, ...] = tuple(sorted(PHRASE_LEMMAS, key=lambda p: (-len(p), p)))
"""Every lower-cased form of every multi-word cue, longest first (then alphabetical), so a
matcher that tries them in order prefers ``make it clear`` to ``make clear``."""


def _read_nouns() -> frozenset[str]:
    """The reporting nouns of ``REPORTING_NOUNS_FILE`` with their regular plurals."""
    text, name = _read_text(None, REPORTING_NOUNS_FILE)
    nouns = set()
    for row in _read_csv(text, NOUN_COLUMNS, name):
        noun = row["noun"].lower()
        plural = noun + "s" if noun.endswith("o") else third_person(noun)
        nouns |= {noun, plural}
    return frozenset(nouns)


REPORTING_NOUNS: frozenset[str] = _read_nouns()
"""Lower-cased nouns naming an act or vehicle of speech, singular and plural (``statement``,
``remarks``, ``interview``, ``tweet``): "said in a statement", "told in an interview"."""


def _normalise(word: str) -> str:
    return _SPACES.sub(" ", word.strip().lower().replace("’", "'"))


def cue_lemma(word: str) -> str | None:
    """The lexicon lemma of a one-word reporting-verb form, or None if it is not one.

    Args:
        word: a word as written (any case, surrounding spaces ignored).

    Returns:
        The lemma as spelled in the lexicon (British and American spellings are separate
        lemmas), or None.

    >>> [cue_lemma(w) for w in ("Said", "claims", "criticised", "told", "tweeted", "table")]
    ['say', 'claim', 'criticise', 'tell', 'tweet', None]
    """
    return FORM_LEMMAS.get(_normalise(word))


def phrasal_lemma(phrase: str) -> str | None:
    """The lemma of a multi-word cue form (``"Pointed  out"`` → ``"point out"``), or None.

    Args:
        phrase: the words as written (any case and spacing).

    Returns:
        The phrasal lemma, or None when the phrase is not a form in ``PHRASAL_CUES``.

    >>> phrasal_lemma("Pointed out"), phrasal_lemma("according to"), phrasal_lemma("went on")
    ('point out', 'according to', 'go on')
    """
    return PHRASE_LEMMAS.get(_normalise(phrase))


def cue_category(lemma: str) -> tuple[str, str] | None:
    """The ``(category, stance)`` of a lemma (one-word or phrasal), or None.

    An inflected form is accepted too and looked up through its lemma.

    Args:
        lemma: a lemma (``claim``, ``call on``) or one of its forms.

    Returns:
        ``(category, stance)`` from ``CATEGORIES`` and ``STANCES``, or None.

    >>> cue_category("claim"), cue_category("call on"), cue_category("admitted")
    (('distancing', 'distancing'), ('directive', 'neutral'), ('factive', 'endorsing'))
    """
    key = _normalise(lemma)
    found = LEMMA_CATEGORIES.get(key)
    if found is None:
        base = FORM_LEMMAS.get(key) or PHRASE_LEMMAS.get(key)
        found = LEMMA_CATEGORIES.get(base) if base else None
    return found


def is_reporting_noun(word: str) -> bool:
    """True when ``word`` (any case) is in ``REPORTING_NOUNS``.

    Args:
        word: a word as written.

    Returns:
        Whether it names an act or vehicle of speech.

    >>> is_reporting_noun("Statement"), is_reporting_noun("table")
    (True, False)
    """
    return _normalise(word) in REPORTING_NOUNS


@lru_cache(maxsize=4096)
def lemmatise(word: str) -> str:
    """Lemmatise an English word: the lexicon's lemma for a reporting verb, else simplemma's.

    simplemma (Barbaresi 2021, dictionary-based, no part-of-speech tags) works offline.

    Args:
        word: a word as written.

    Returns:
        The lower-cased lemma.

    >>> lemmatise("Told"), lemmatise("criticised"), lemmatise("houses")
    ('tell', 'criticise', 'house')
    """
    lowered = _normalise(word)
    return FORM_LEMMAS.get(lowered) or simplemma.lemmatize(lowered, lang="en").lower()
