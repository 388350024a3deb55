"""Quote extraction: direct, partial, indirect and scare quotes, each with speaker, cue and rule.

Quoted spans come from ``analysis.quotemarks``; speakers from ``analysis.speakers``; reporting
cues from ``analysis.verbs``. Every quote is one of ``schema.QUOTE_KINDS`` (DESIGN "Quotes: what
counts", after the direct / indirect / mixed distinction of Pareti 2016, "PARC 3.0: A Corpus of
Attribution Relations", LREC, and Semino & Short 2004, *Corpus Stylistics*, on speech
presentation):

- direct: quoted words standing as an utterance (they open a sentence, or follow a colon, a
  comma or a cue) or a quoted paragraph continuing one;
- partial: a quoted fragment inside the reporter's sentence when someone is reported as saying
  it (its sentence has a reporting cue with a speaker; a cue without one leaves it scare);
- indirect: the reported clause of a cue without quotation marks (``X said (that) …``,
  ``according to X, …``, ``…, X added.``); when it holds quoted words (PARC's "mixed"), the
  clause is an indirect record and the fragment inside it a partial one. Cues of belief,
  intention and evidence (``believe``, ``plan``, ``show``: ``MENTAL_CATEGORIES`` and
  ``COGNITIVE_CUES``) attribute a position too, as PARC 3.0 and PolNeAR annotate; inside
  another report's clause they are part of it. A passive cue (``was revealed``) and the
  infinitive of purpose of a passive verb (``was summoned … to discuss``) report nothing;
- scare: quoted words nobody is reported as saying (terms, titles, quotes in headings).

Each record's ``rule`` names the attribution pattern that fired (``RULES``), so a researcher can
see why a quote was attributed.

Spans: for quoted kinds, the text inside the outermost marks (marks excluded, trailing
punctuation inside them kept, as PolNeAR does; a quotation nested inside another stays part of
it and gives no record of its own); for indirect, the reported clause, from after ``that`` (or
the cue and its listener) to the clause's end, without the final full stop or the attribution
(``X said A, and that B`` is one clause; a noun object ends before a comma, a dash or a time
adjunct: ``criticised the plan on Monday``).
A quote over several paragraphs, or split by its attribution, gives one record per part, sharing
``utterance_id``. For a reporting noun (``her claim that …``) the cue is the noun and its lemma
the verb lexicon's when the noun is also a verb form, else null.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from analysis import verbs
from analysis.quotemarks import QuoteSpan, quote_spans
from analysis.schema import DOCUMENT_COLUMNS, QUOTE_COLUMNS, require_columns
from analysis.speakers import (
    AGENT_PARTICIPLES, ASIDE_WORDS, ASIDES, BARE_COLLECTIVES, CLAUSE_OPENING, COMMON_PASTS,
    COURTESY_TITLES, DETERMINERS, END, EVIDENCE_SOURCES, GENERIC_ORG_HEADS, GROUPS,
    INSTITUTION_HEADS, IRREGULAR_PASTS, KINSHIP, LOWER, MODIFIERS, MONTHS, NOT_ADVERBS, NOT_NAMES,
    NUMBER_WORDS, ORIGIN_PREPOSITIONS, PARTY_PREFIXES, PLACE_HEADS, POSSESSIVE_DETERMINERS,
    PRONOUN_GENDER, PRONOUN_SENTENCES, ROLES, SENT, START, TEXT, TIME_DEICTICS, TIME_NOUNS, TITLES,
    TRADE_NOUNS,
    DocumentPeople, Mention, Person, Token, analyse, is_group_word, is_skippable, month_day_end,
    name_tag_end, noun_past_verb, office_before, people_frame, skip_time,
)
from analysis.wordlists import read_frames, read_word_list

RULES: tuple[str, ...] = (
    "quote_speaker_cue",       # "…," X said.
    "quote_cue_speaker",       # "…," said X.
    "speaker_cue_colon",       # X said: "…"  /  X told Y: "…"
    "speaker_cue_comma",       # X said, "…"
    "speaker_cue_quote",       # X said "…" (no punctuation between)
    "participle_cue",          # …, saying "…"
    "according_to",            # according to X, …  /  in X's words, "…"
    "as_speaker_cue",          # As X explained, …
    "passive_by",              # … was first reported by X  /  It was announced by X that …
    "passive_question",        # When asked whether …, X said / X was asked whether …
    "passive_cue",             # X was asked: "…" / X was told, "…" (said to X, nobody named)
    "dash_attribution",        # "…" — Commissioner X  /  a post signed — X (@x) May 5, 2016
    "speaker_colon",           # X: "…" (headline style) / X had a message: "…" (no cue)
    "speaker_comma",           # X shared her worry with donors, "…" (no cue)
    "headline_speaker_cue",    # X Says Y (a headline in title case)
    "split_utterance",         # "A," he said. "B."
    "paragraph_continuation",  # a quote running over paragraphs
    "previous_sentence_cue",   # He told IBTimes UK that …  "…" (next sentence)
    "previous_paragraph_cue",  # the attribution ends the previous paragraph
    "previous_speaker",        # a quoted paragraph after an attributed one
    "previous_sentence_subject",  # X was blunt. "…" (the quote follows a sentence about X)
    "partial_in_cue_sentence",  # calling him a "Nazi apologist"
    "sentence_cue",            # X said the group might run ads, "depending on …"
    "speaker_cue_that",        # X said (that) …
    "speaker_cue_object_that",  # X told Y (that) …
    "speaker_cue_object",      # X criticised Y for …  /  X praised …
    "clause_speaker_cue",      # …, X added.
    "clause_cue_speaker",      # …, said X.
    "reporting_noun",          # X's claim that …  /  X's response: "…"
    "scare",                   # no one says it
    "unattributed",            # a direct quote whose speaker was not found
)
"""Every value of the ``rule`` column."""

CUE_FRAMES: dict[str, frozenset[str]] = read_frames("cue_frames.csv")
"""How cue lemmas behave around their content (``cue_frames.csv``): ``clausal`` (a clause without
``that``), ``listener`` (``told Y that``), ``directive`` (``urged Y to``), ``question``
(``asked whether``), ``no_object`` (the object is no content: ``regretted the remarks``),
``bare`` (the base form is a cue after any subject) and ``noun`` (the form is also a noun)."""

CLAUSAL_CUES: frozenset[str] = CUE_FRAMES["clausal"]
"""Cue lemmas taking a clause without ``that`` (``Morris says the campaign will …``)."""

FINITE_CLAUSE_CUES: frozenset[str] = CUE_FRAMES.get("finite_clause", frozenset())
"""Cue lemmas of findings whose zero-``that`` content must be a finite clause (``the audit found
the agency had ignored …``), not a noun object (``found the car``)."""

PAST_ONLY_CUES: frozenset[str] = CUE_FRAMES.get("past", frozenset())
"""Lemmas that report only in the past form or as a participle after a comma (``the court
ruled that``, ``…, ruling that``); their other forms are mostly nouns (``the rules``)."""

AFTER_QUOTE_CUES: frozenset[str] = CUE_FRAMES.get("after_quote", frozenset())
"""Lemmas that report only right after a quotation (``“…,” the letter reads``)."""

FINITE_CLAUSE_WINDOW: int = 6
"""Most words after a ``FINITE_CLAUSE_CUES`` verb within which the clause's finite verb must
come."""

TIME_WORDS: frozenset[str] = read_word_list("time_words.txt")
"""Time adverbs between a cue and its clause (``said Tuesday he``)."""

CONNECTIVES: frozenset[str] = read_word_list("connectives.txt")
"""Linking and focusing adverbs set off by commas between a cue and its clause (``said,
however, that``)."""

COMPLEMENTIZERS: frozenset[str] = frozenset({"that", "whether", "how", "why", "what", "where",
                                              "who"})
"""Words opening a reported clause after a cue."""

MAX_CUE_GAP: int = 12
"""Most tokens between a cue and its quote or clause (object and adverbials: ``told the
Guardian in an interview:``)."""

MAX_TELL_GAP: int = 16
"""Most tokens between ``told`` (``informed``, ``warned``…) and ``that``: the listener may be
long (``told a packed crowd in snowy Windham, New Hampshire, on Monday that``)."""

MAX_SPEAKER_GAP: int = 12
"""Most tokens between a closing mark and the cue of a trailing attribution."""

APPOSITIVE_HEAD_WORDS: int = 3
"""Most words between ``a``/``an`` and the relative pronoun of the writer's appositive on a
report (``…, Sanders said, a policy that could …``)."""

MAX_APPOSITIVE_GAP: int = 24
"""Most tokens between a closing mark and its cue when the speaker, named first, carries an
appositive (``"…," Nate Silver, the polling guru of …, wrote``)."""

MAX_SPLIT_GAP: int = 4
"""Most tokens before the cue when the attribution is a sentence of its own (``"…?" Sanders
replied.``)."""


MAX_COLON_NAME: int = 5
"""Most words of a name standing alone before a colon and a quote (``Ted Cruz: "…"``)."""
MAX_NAME_TOKENS: int = 6
"""Most tokens of a name with its titles in a phrase such as ``in Jo Li’s words``."""
MAX_COLON_SPEAKER: int = 10
"""Most words of a named speaker with a role before a colon and a quote (``Former secretary of
state Jo Li: "…"``)."""

MAX_SOURCE_WORDS: int = 10
"""Longest source named after ``according to`` (``the RealClearPolitics average of polls``)."""

INFINITIVE_CATEGORIES: frozenset[str] = frozenset({"commissive", "directive", "tentative",
                                                   "oppositional"})
"""Cue categories (``analysis.verbs.CATEGORIES``) whose ``to``-infinitive is the reported
content (``promised to act``, ``refused to fight``, ``hopes to win``); Caldas-Coulthard 1994."""

MENTAL_CATEGORIES: frozenset[str] = frozenset({"tentative", "commissive"})
SPOKEN_COMMITMENTS: frozenset[str] = frozenset({
    "promise", "pledge", "vow", "swear", "guarantee", "assure", "reassure", "threaten"})
"""Commissive lemmas that name a speech act, not an intention (``plan``, ``intend``): a
quoted fragment in their clause is what was promised, said."""
"""Cue categories of beliefs and intentions (``believe``, ``expect``, ``plan``, ``want``): inside
another report's clause (``X said Y had planned to …``) such a cue is part of what X reported,
not a report of its own, and a quoted fragment takes the speaker of a speech cue before that of
a belief (PARC 3.0 nests them; Pareti 2016)."""

_VERB_TABLE = verbs.load_reporting_verbs()
COGNITIVE_CUES: frozenset[str] = frozenset(
    _VERB_TABLE.loc[_VERB_TABLE["source"].str.split("|").map(lambda s: "cognitive" in s),
                    "lemma"])
"""Lemmas of the lexicon's ``cognitive`` source (beliefs, intentions, evidence, stances taken:
``want``, ``support``, ``show``): like ``MENTAL_CATEGORIES``, inside another report's clause
they are part of it (``saying X supported Y``)."""
del _VERB_TABLE

MAX_CUE_GAP_USED: int = 4
"""A cue further than this before its direct quote also reports the words between (``noted on
Twitter the change from the slogan, "…"``) and gives an indirect record too."""

ATTRIBUTION_WINDOW: int = 6
"""Most words of a speaker and auxiliaries before the cue that ends a clause (``…, his campaign
has argued``)."""

MAX_WITH_SUBJECT_WORDS: int = 5
"""Most words of the subject of a participle in a ``with`` absolute (``with one of her ads
asking``)."""

TITLE_MAX_WORDS: int = 6
"""Most words of quoted words read as a title (``"Meet the Press"``) and typed scare."""

TITLE_SHORT_WORD: int = 3
"""Words this short (``the``, ``of``, ``and``) may stay lower case inside a title."""

TITLE_CONTEXT: int = 40
"""How many characters before a quote ``_is_title`` reads for the word before it."""

_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’&-]*")

MIN_CLAUSE_WORDS: int = 2
"""Fewest words in an indirect clause."""

MAX_AGENT_WORDS: int = 5
"""Most words of the agent between a passive verb and its infinitive of purpose (``was
summoned by the Labour leadership to discuss``)."""

MIN_OBJECT_WORDS: int = 1
"""Fewest words in a reported noun object (``endorsed Clinton``, ``rejected him``)."""

UTTERANCE_WORDS: int = 12
"""A quote opening a sentence with at least this many words is an utterance however it ends."""

HEADING_MAX_WORDS: int = 14
"""A paragraph of at most this many words without a full stop at its end is a heading."""

_CLOSERS = frozenset("\"”’'»›")
_SENTENCE_END = frozenset(".?!…")
_CLAUSE_PUNCT = frozenset(".,?!;:…—–-")
_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in verbs.PHRASAL_CUES:
    _words = tuple(_phrase.split())
    _PHRASES[_words[0]] = _PHRASES.get(_words[0], ()) + (_words,)
del _phrase, _words
_CUE_WORDS = verbs.REPORTING_FORMS | frozenset(_PHRASES)
_WORD_LEMMAS = {word: verbs.cue_lemma(word) for word in _CUE_WORDS}  # looked up once
_PHRASE_LEMMAS = {words: verbs.phrasal_lemma(" ".join(words))
                  for forms in _PHRASES.values() for words in forms}


class Quote(NamedTuple):
    """One stretch of quoted (or reported) text: a row of the quotes table.

    Fields are exactly ``schema.QUOTE_COLUMNS``; ``text == document[start:end]``.
    """

    doc_id: str
    quote_id: str
    utterance_id: str
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_lemma: str | None
    cue_category: str | None
    paragraph: int
    sentence: int
    rule: str


_NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that",
                           "our", "my", "your", "every", "each", "no", "any"})
_QUANTIFIERS = frozenset({"most", "many", "some", "several", "few", "all", "both", "other",
                          "these", "those", "such", "various", "numerous", "more", "fewer"})
"""Quantifiers and plural determiners: the ``-s`` form after one is a plural noun (``most
states``, ``several reports``)."""
_REGIONS = frozenset({"western", "eastern", "northern", "southern", "northeastern",
                      "northwestern", "southeastern", "southwestern", "midwestern"})
"""Directional adjectives: the ``-s`` form after one is a plural noun (``Western states``)."""
_BASE_FORM_CONTEXT = frozenset({"i", "we", "you", "they", "to", "will", "would", "can", "could",
                                "should", "might", "may", "must", "not", "n't", "did", "do",
                                "does", "also", "who", "people", "still", "often", "never",
                                "usually", "generally", "now", "data", "police", "media",
                                "children", "women", "men", "staff"})
"""Words after which a base form is a verb: subject pronouns, ``to``, modals, adverbs and
plural nouns not ending in ``-s`` (``Data show``, ``Police believe``)."""


_NOUN_LIKE_LEMMAS = verbs.REPORTING_NOUNS | CUE_FRAMES["noun"]
_NOUN_PREPOSITIONS = frozenset({"of", "in", "into", "for", "from", "with", "on", "at", "about",
                                "against", "under", "over", "through", "among", "amid"})
_SUBJECT_WORDS = frozenset({"he", "she", "it", "who", "that", "which", "one", "everyone",
                            "nobody", "someone", "anyone", "campaign", "spokesman",
                            "spokeswoman", "spokesperson", "official", "report", "poll",
                            "survey", "study", "statement", "group", "party", "committee"})
_INTRODUCERS = frozenset({"that", ":", ",", "\"", "“", "‘", "'", "«", "„"})
_INITIAL_CUES = frozenset({"said", "says", "asked", "added", "wrote", "writes", "tweeted"})


def _modifying_participle(tokens: Sequence[Token], cue: _Cue) -> bool:
    """Whether a cue is an ``-ing`` participle right after a noun, with no comma: it modifies
    that noun (``voters challenging the map``), so a later participle after a comma does not
    share its subject."""
    return tokens[cue.first][LOWER].endswith("ing") and cue.first > 0 and \
        tokens[cue.first - 1][TEXT].isalpha() and tokens[cue.first - 1][TEXT].islower() and \
        tokens[cue.first - 1][LOWER] not in _FINITE_AUXILIARIES and \
        tokens[cue.first - 1][LOWER] not in _BE_FORMS  # (not "is saying": a verb)


_SHARED_SUBJECT = frozenset({"and", "but", ",", "then", "to", "or"})


class _Cue(NamedTuple):
    """A reporting cue: token indexes of its first and last word, and its lexicon lemma."""

    first: int
    last: int
    lemma: str


class _Attribution(NamedTuple):
    """Who said it (the mention in the text), through which cue, by which rule."""

    mention: Mention | None
    cue: _Cue | None
    rule: str


_DATELINE_DATE = r", [A-Z][a-z]{2,8}\.? \d{1,2}"
"""The date of a dateline: ``, March 4``, ``, Jan. 5``, ``, Mar 14``."""
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’]*[A-Z](?:[ /-][A-Z][A-Z.'’]*)*"  # the place in capitals: "FORT MYERS",
    # two places filed from: "DUBAI/LONDON"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"  # its state or country: ", Fla.", ", Turkey"
    rf"(?:{_DATELINE_DATE}(?:, \d{{4}})?)?"  # the date: ", March 4", ", Jan. 5, 2026"
    r"(?: \([^()\n]{1,40}\))?"  # the agency: "(AP)", "(Reuters)"
    r"|\([^()\n]{1,40}\))"  # or the agency alone: "(Reuters) - "
    r" ?(?:—|–|--|-) ?(?=[A-Z“\"‘'])")  # the dash, then the sentence
"""A wire dateline opening a paragraph (``WASHINGTON (AP) — ``, ``FORT MYERS, Fla. (Reuters) -
``, ``LONDON, March 4 (Reuters) - ``, ``GENEVA — ``, ``(Reuters) - ``): where and when the
story is filed, no part of its first sentence."""


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'’]*[A-Z](?:[ /-][A-Z][A-Z.'’]*)*, [A-Z][a-z]+\.\s*")
"""A dateline's place and state alone (``CALLOWAY, Miss.``), split off as a sentence of its
own where the state's abbreviation is also a word (``Miss.``, ``Ill.``, ``Wash.``)."""
_AGENCY_DATELINE = re.compile(
    rf"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}{_DATELINE_DATE} \([A-Z][A-Za-z]{{1,15}}\) "
    r"(?=[A-Z“\"‘'])")
"""A dateline with its place in title case, the date and the agency but no dash, as Indian
agencies write it (``New Delhi, Mar 14 (PTI) ``, ``Bengaluru, Jul 14 (PTI) ``)."""
_TIME_STAMP = re.compile(
    r"\d{1,2}[.:]\d{2} ?(?:[ap]m|[AP]M|[ap]\.m\.)? ?(?:—|–|--|-) ?(?=[A-Z“\"‘'])")
"""A live blog's time stamp opening an entry (``9.42pm — ``, ``12.31 — ``)."""
_AGENCY_DASH = re.compile(r"(?:\([^()\n]{1,40}\))? ?(?:—|–|--|-) ?(?=[A-Z“\"‘'])")
"""The rest of such a dateline: the agency and the dash (``(AP) — ``)."""


def _after_datelines(text: str, paragraphs: Sequence[tuple[int, int]],
                     sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with any that opens a paragraph starting after its dateline
    (``_DATELINE``, ``_AGENCY_DATELINE``) or a live blog's time stamp (``_TIME_STAMP``), so
    that a clause reported at the story's start does not take it in."""
    starts = {a for a, _ in paragraphs}
    out = sentences
    for index, (a, b) in enumerate(sentences):
        if a in starts and text[a:a + 2].isupper():  # (two capitals open a dateline)
            match = _DATELINE.match(text, a, b)
            if match is None and index + 1 < len(sentences) and \
                    _DATELINE_PLACE.fullmatch(text, a, b):
                # "CALLOWAY, Miss. | (AP) — …": a state that is also a word ended a sentence
                index, (a, b) = index + 1, sentences[index + 1]
                match = _AGENCY_DASH.match(text, a, b)
        elif a in starts and text[a:a + 1].isupper():
            match = _AGENCY_DATELINE.match(text, a, b)  # "New Delhi, Mar 14 (PTI) The …"
        elif a in starts and text[a:a + 1].isdigit():
            match = _TIME_STAMP.match(text, a, b)  # "9.42pm — Turnout …"
        else:
            continue
        if match is not None and match.end() < b:
            if out is sentences:
                out = list(sentences)
            out[index] = (match.end(), b)
    return out


class _Doc:
    """Everything computed once for one document (local to one ``extract_document`` call)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs, sentences, self.tokens, self.people = analyse(text)
        self.sentences = _after_datelines(text, self.paragraphs, sentences)
        self.starts = self.people.starts
        self.sentence_starts = [a for a, _ in self.sentences]
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.cues = _find_cues(self.tokens, self.people.title_case)
        self.cue_at = {c.first: c for c in self.cues}
        self.cue_firsts = [c.first for c in self.cues]
        self.cue_last = frozenset(c.last for c in self.cues)
        self.used: set[int] = set()
        self.speaker_cache: dict[int, Mention | None] = {}
        self.pending: list[tuple[int, int, _Attribution]] = []  # second parts of utterances
        self.quote_close: dict[int, int] = {}  # token of an opening mark -> its closing mark
        self.names: list[tuple[int, str]] | None = None  # capitalised names (``_spelled_out``)
        self.anonymity = "anonymity" in text or any(  # (``_anonymity_tail``)
            f"to be {word}" in text for word in _UNNAMED_PARTICIPLES)

    def sentence_end(self, index: int) -> int:
        """End of sentence ``index``, run on over a split after an initial or title (``H.``)."""
        tokens = self.tokens
        while index + 1 < len(self.sentences):
            end = self.sentences[index][1]
            k = self.tok(end) - 1
            if not (k >= 1 and tokens[k][TEXT] == "." and self.people.is_abbreviation(k - 1)):
                break
            index += 1
        return self.sentence_bounds(index)[1]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (as ``analysis.text.locate``)."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph containing ``offset``."""
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def tok(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        """``(start, end)`` of sentence ``index``, or ``(0, 0)`` outside the text."""
        return self.sentences[index] if 0 <= index < len(self.sentences) else (0, 0)

    def cues_between(self, first: int, stop: int) -> list[_Cue]:
        """The cues whose first token lies in ``[first, stop)`` (a bisection: cues are in text
        order), so that looking near a quote never scans the whole document."""
        lo = bisect.bisect_left(self.cue_firsts, first)
        return self.cues[lo:bisect.bisect_left(self.cue_firsts, stop, lo)]

    def _aside_subject(self, cue: _Cue, floor: int) -> Mention | None:
        """``Jane Doe, citing “the magic of Trump,” said …``: the subject of a participle aside
        that ends in a quote just before the cue is the cue's subject too."""
        tokens = self.tokens
        k = cue.first - 1
        if k < floor or tokens[k][TEXT] != "," and tokens[k][TEXT] not in _CLOSERS:
            return None
        earlier = self.cues_between(floor, cue.first)
        if not earlier:
            return None
        aside = earlier[-1]
        if not tokens[aside.first][LOWER].endswith("ing") or aside.first - 1 <= floor or \
                tokens[aside.first - 1][TEXT] != ",":
            return None
        mention = self.cue_speaker(aside, floor)
        return mention if mention is not None and \
            mention.end <= tokens[aside.first - 1][START] else None

    def inverted_speaker(self, cue: _Cue, stop: int) -> Mention | None:
        """``“…,” said Cornell Belcher, a pollster, referring to …``: the speaker named right
        after a cue that follows a comma or closing mark (an inverted attribution), whose
        subject a later participle shares; None otherwise."""
        tokens = self.tokens
        if cue.first == 0 or not (tokens[cue.first - 1][TEXT] == "," or
                                  tokens[cue.first - 1][TEXT] in _CLOSERS):
            return None
        mention = self.people.speaker_after(cue.last + 1, stop)
        if mention is None or mention.kind != "name" or \
                mention.start != tokens[cue.last + 1][START]:
            return None  # "“professed his love for the Philippines”": no speaker after the cue
        return mention

    def _joined_subject(self, k: int, floor: int) -> Mention | None:
        """``Jane Doe smiled and said``: the name just before a past verb that the ``and`` or
        ``but`` at token ``k`` joins to the cue, or None."""
        tokens = self.tokens
        if not (tokens[k][LOWER] in ("and", "but") and k - 1 > floor and
                tokens[k - 1][TEXT].islower() and tokens[k - 1][TEXT].endswith("ed")):
            return None
        joined = self.people.speaker_before(k - 1, floor)
        if joined is None or joined.kind != "name" or \
                not all(is_skippable(t) for t in tokens[self.tok(joined.end):k - 1]):
            return None
        return joined

    def cue_speaker(self, cue: _Cue, floor: int) -> Mention | None:
        """Speaker of a cue: the noun phrase before it, else that of the previous cue it shares a
        subject with (``X did apologise but said``, ``X said …, saying``)."""
        if cue.first in self.speaker_cache:
            return self.speaker_cache[cue.first]
        tokens = self.tokens
        quoted = self._quoted_by_as(cue, floor)
        if quoted is not None:
            self.speaker_cache[cue.first] = quoted
            return quoted  # "Jo Li was quoted by Le Monde as saying": Jo Li, not the paper
        participle = cue.first - 1 >= floor and tokens[cue.first][LOWER].endswith("ing") and \
            tokens[cue.first - 1][TEXT] == ","
        # "X endorsed Clinton, saying …": the participle's subject is X, not the object before it
        mention = None if participle else self._with_subject(cue, floor) or \
            self.people.speaker_before(cue.first, floor) or self._aside_subject(cue, floor)
        if mention is not None and tokens[cue.first][LOWER].endswith("ing") and \
                self.tok(mention.start) - 1 >= floor and \
                tokens[self.tok(mention.start) - 1][LOWER] == "to":
            mention = None  # "sent a letter to supporters saying": who receives it says nothing
        if mention is None:
            mention = self._quoted_as(cue, floor)  # "The Post quoted an official as saying"
        if mention is None and cue.first - 1 >= floor:
            k = cue.first - 1
            while k > floor and is_skippable(tokens[k]):
                k -= 1
            mention = self._joined_subject(k, floor) or self._gerund_clause_subject(cue, floor)
            if mention is None and (tokens[k][LOWER] in _SHARED_SUBJECT or
                                    tokens[cue.first][LOWER].endswith("ing")):
                earlier = [c for c in self.cues_between(floor, cue.first)
                           if not self._quoted(c.first) and not (
                               participle and _modifying_participle(tokens, c))]  # (not
                # "sided with voters challenging the map, ruling"); "“… while someone says …,” said
                if len(earlier) > 1 and tokens[cue.first][LOWER].endswith("ing"):  # Jo Li,
                    earlier = [c for n, c in enumerate(earlier)  # suggesting": the quote's
                               if not self._reported_by(earlier[:n], c)]  # own cue
                for other in reversed(earlier):
                    mention = self.cue_speaker(other, floor) or \
                        self.inverted_speaker(other, cue.first)
                    if mention is not None:
                        break
                if mention is None:
                    mention = self.people.subject_between(floor, cue.first,
                                                          bare_plural=participle)
            if mention is None:
                mention = self.people.subject_before_relative(cue.first, floor)
        self.speaker_cache[cue.first] = mention
        return mention

    def _reported_by(self, before: Sequence[_Cue], cue: _Cue) -> bool:
        """Whether ``cue`` lies in what an earlier cue of ``before`` reports, with no comma or
        other mark between them (``said that Chile would seek a deal, adding``: ``seek`` is
        Chile's, inside the report, so a participle after it does not share its subject)."""
        tokens = self.tokens
        return any(other.lemma in CLAUSAL_CUES and
                   all(tokens[m][TEXT][0].isalnum() for m in range(other.last + 1, cue.first))
                   for other in before)

    def _gerund_clause_subject(self, cue: _Cue, floor: int) -> Mention | None:
        """The subject of the clause a gerund cue after a preposition or a participle after a
        comma ends, when that clause is not the first of its sentence: a subordinate or
        contrasting clause (``…, while her rival, Kim Park, has soared by saying``, ``…, but
        Kim Park brought him back, asking``) or the main clause after a fronted one (``As they
        met, Jo Li was in Maine, promising``); not the speaker of an earlier cue. None when the
        gerund or participle is in a sentence's first clause."""
        tokens = self.tokens
        if not (cue.first - 1 > floor and tokens[cue.first][LOWER].endswith("ing") and
                (tokens[cue.first - 1][LOWER] in _GERUND_PREPOSITIONS or
                 tokens[cue.first - 1][TEXT] == "," or
                 tokens[cue.first - 1][LOWER] in DOCUMENT_NOUNS)):  # "sent a letter warning"
            return None
        start = self.sentence_bounds(tokens[cue.first][SENT])[0]
        first = max(floor, self.tok(start))
        opener = -1
        for k in range(cue.first - 2, first, -1):
            if tokens[k][TEXT] in _QUOTE_MARKS:
                return None  # the clause runs back into a quotation
            if tokens[k][LOWER] in _GERUND_CLAUSE_OPENERS:
                opener = k
                break
        after = False  # whether the clause is one after "after" or "as"
        if opener < 0:
            opener = next((k for k in range(cue.first - 3, first, -1)
                           if tokens[k][LOWER] in ("after", "as") and
                           _clause_verb_in(tokens, k + 2, cue.first - 1)), -1)
            if opener >= 0 and _may_speak(self.people.subject_between(first, opener)):
                opener = -1  # "Bradley apologized … after they came out, saying": the main
                # clause's person; "Brightwell Outdoor Inc. shares plunged after the retailer
                # cut its forecast, citing", "The decision came after farm groups sent a letter
                # warning": no one speaks in it, the clause after "after" does
            after = opener >= 0
        if opener < 0 and tokens[first][LOWER] in _FRONTED_OPENERS:
            # a fronted clause ("Although Kim Park is no candidate, Jo Li won by saying"): the
            # gerund is in the main clause after its comma
            opener = next((k for k in range(first + 1, cue.first - 1) if tokens[k][TEXT] == ","),
                          -1)
        if opener < 0 or any(self.cue_speaker(other, floor) is not None
                             for other in self.cues_between(opener + 1, cue.first)):
            return None  # "…, Law said, noting": the clause's cue has the subject (not "its
            # sales forecast", a cue's form with no speaker)
        return self.people.subject_between(opener + 1, cue.first - 1, bare_plural=after)

    def _quoted(self, k: int) -> bool:
        """Whether token ``k`` lies inside a closed quotation."""
        return any(first < k < close for first, close in self.quote_close.items())

    def _with_subject(self, cue: _Cue, floor: int) -> Mention | None:
        """The subject of a participle cue after ``with`` and a noun phrase (``…, with one
        heckler yelling, “…”``, ``…, with one of her ads asking``, ``graphics showing``,
        ``replacing it with softer language calling for``): the noun phrase of at most
        ``MAX_WITH_SUBJECT_WORDS`` words between ``with`` and the cue, a person when it is a
        name; None for any other cue."""
        tokens = self.tokens
        if not tokens[cue.first][LOWER].endswith("ing"):
            return None
        k = cue.first - 1
        while k > floor and cue.first - k <= MAX_WITH_SUBJECT_WORDS and \
                tokens[k][TEXT][0].isalnum() and tokens[k][LOWER] != "with":
            k -= 1
        if k < floor or k + 1 == cue.first or tokens[k][LOWER] != "with":
            return None
        named = self.people.speaker_before(cue.first, k + 1)
        if named is not None and named.start == tokens[k + 1][START]:
            return named
        first, last = tokens[k + 1], tokens[cue.first - 1]
        return Mention(first[START], last[END], self.text[first[START]:last[END]], -1, "group")

    def _quoted_by_as(self, cue: _Cue, floor: int) -> Mention | None:
        """``Jo Li was quoted by Le Monde as saying …``: the subject of a passive ``source``
        cue whose agent comes before ``as`` and the participle ``cue`` speaks, not the agent
        (the outlet that quoted the subject)."""
        tokens = self.tokens
        if not (cue.first - 2 >= floor and tokens[cue.first][LOWER].endswith("ing") and
                tokens[cue.first - 1][LOWER] == "as"):
            return None
        source = next((other for other in reversed(self.cues_between(floor, cue.first))
                       if other.lemma in CUE_FRAMES["source"]), None)
        if source is None or not _quoted_by(self, source, cue.first):
            return None
        return self.people.speaker_before(source.first, floor)

    def _quoted_as(self, cue: _Cue, floor: int) -> Mention | None:
        """``The Post quoted an official as saying …``: the source a ``source`` cue (``quote``,
        ``cite``) names before ``as`` speaks for the participle after it, not the subject."""
        tokens = self.tokens
        if not (cue.first - 2 >= floor and tokens[cue.first][LOWER].endswith("ing") and
                tokens[cue.first - 1][LOWER] == "as"):
            return None
        source = self.people.speaker_before(cue.first - 1, floor)
        if source is None:
            return None
        first = self.tok(source.start)
        return source if any(other.lemma in CUE_FRAMES["source"] and other.last < first
                             for other in self.cues_between(floor, first)) else None


def _quoted_by(doc: _Doc, source: _Cue, stop: int) -> bool:
    """Whether the ``source`` cue (``quoted``, ``cited``) is passive with its agent after
    ``by`` and then ``as`` and a participle cue at token ``stop`` (``was quoted by Le Monde as
    saying``)."""
    tokens = doc.tokens
    return source.last + 1 < stop and tokens[source.last + 1][LOWER] == "by" and \
        tokens[stop - 1][LOWER] == "as" and stop in doc.cue_at and \
        stop - source.last <= MAX_AGENT_WORDS + 3 and \
        _is_passive(doc, source, _Bounds(doc, tokens[source.first][SENT]))


def _find_cues(tokens: Sequence[Token], headlines: frozenset[int] = frozenset()) -> list[_Cue]:
    """Reporting cues among the tokens: phrasal cues (``according to``, ``pointed out``) and the
    verb forms of ``analysis.verbs`` used as verbs (``_is_verb_use``)."""
    cues = []
    n = len(tokens)
    skip_until = -1
    candidates = [i for i, tok in enumerate(tokens) if tok[LOWER] in _CUE_WORDS]
    for i in candidates:
        if i < skip_until:
            continue
        lower = tokens[i][LOWER]
        for words in _PHRASES.get(lower, ()):
            if i + len(words) <= n and all(tokens[i + k][LOWER] == w for k, w in enumerate(words)):
                lemma = _PHRASE_LEMMAS[words]
                end = i + len(words)
                if lemma and (lemma not in AFTER_QUOTE_CUES or _after_closing_mark(tokens, i) and
                              (end >= n or tokens[end][TEXT] in ".,:;")):
                    cues.append(_Cue(i, end - 1, lemma))  # "“…,” he went on.", not "‘…’, will
                    # go on display"
                    skip_until = i + len(words)
                break
        else:
            lemma = _WORD_LEMMAS[lower]
            if lemma is None:
                continue
            if tokens[i][SENT] in headlines and tokens[i][TEXT][0].isupper():
                if i > 0 and tokens[i - 1][SENT] == tokens[i][SENT]:
                    cues.append(_Cue(i, i, lemma))  # "Sanders Says He Has Started Writing"
            elif lemma in AFTER_QUOTE_CUES:
                if tokens[i][TEXT].islower() and _after_closing_mark(tokens, i):
                    cues.append(_Cue(i, i, lemma))  # "“…,” it read": the place makes a verb
            elif _is_verb_use(tokens, i, lemma):
                cues.append(_Cue(i, i, lemma))
    return cues


MAX_AFTER_QUOTE_WORDS = 6
"""Most words between a quotation's closing mark and a cue of ``AFTER_QUOTE_CUES``."""


def _after_closing_mark(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` follows a quotation closed after (or before) a comma, or after
    ``!`` or ``?``, with at most ``MAX_AFTER_QUOTE_WORDS`` words between (``“…,” the letter
    reads``, ``“…,” read a statement from the campaign``)."""
    for k in range(i - 1, max(0, i - MAX_AFTER_QUOTE_WORDS - 1), -1):
        word = tokens[k][TEXT]
        if word in _CLOSERS:
            return k > 0 and tokens[k - 1][TEXT] in (",", "!", "?")
        if word == "," and k > 0 and tokens[k - 1][TEXT] in _CLOSERS:
            return True  # "«…», the letter read"
        if not word[0].isalnum() or tokens[k][SENT] != tokens[i][SENT]:
            return False
    return False


_FREE_RELATIVES = frozenset({"what", "who", "which", "whom", "that"})
"""Words opening a relative clause whose gap is the subject of a cue's clause (``what he
believes are``), so that a plural verb may follow the cue's ``-s`` form."""


def _is_verb_use(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the reporting-verb form at token ``i`` is used as a verb, not a noun.

    Without a tagger the context decides (Biber et al. 1999, 2.3 on noun/verb homographs): a
    determiner or possessive before it makes a noun (``the report``, ``Livingstone's remarks``);
    so does a preposition before an inflected form (``in several states``) or a plain word
    before the ``-s`` form of a ``noun`` lemma (``battleground states``); a base form is a verb
    only after a subject pronoun, ``to``, a modal, or a plural subject (``officials say``),
    unless its lemma is in the ``bare`` frame. A capitalised form counts at the start of a
    sentence only (``Said Dorothy Poynter, …``).
    """
    tok = tokens[i]
    lower = tok[LOWER]
    prev = tokens[i - 1] if i > 0 else None
    initial = prev is None or prev[SENT] != tok[SENT]
    if not (tok[TEXT].islower() or initial and lower in _INITIAL_CUES):
        return False
    if prev is None:
        return lower != lemma or lemma in CUE_FRAMES["bare"]
    if prev[LOWER] in _NOUN_MARKERS or prev[TEXT].endswith(("'s", "’s")):
        return False
    if lower != lemma and not lower.endswith("ing") and prev[LOWER] in _NOUN_PREPOSITIONS:
        return False
    nxt = tokens[i + 1][TEXT] if i + 1 < len(tokens) else ""
    if lower.endswith("ing") and (f"{lower} {nxt.lower()}" in _GERUND_COMPOUNDS or
                                  prev[LOWER] in _EVENT_MODIFIERS):
        return False  # "talking points", "a regular news briefing": a noun
    if lower.endswith("s") and lower != lemma and lemma in _NOUN_LIKE_LEMMAS and \
            prev[TEXT].islower() and not is_skippable(prev) and \
            prev[LOWER] not in _SUBJECT_WORDS and prev[LOWER] not in ROLES and \
            prev[LOWER] not in GROUPS and nxt not in _INTRODUCERS:
        return False
    if lower.endswith("s") and lower != lemma and lemma in _NOUN_LIKE_LEMMAS and (
            prev[TEXT][0].isdigit() or prev[LOWER] in _QUANTIFIERS or
            prev[LOWER] in _REGIONS or
            nxt == "that" and i + 2 < len(tokens) and
            tokens[i + 2][LOWER] in _RELATIVE_AUXILIARIES or
            nxt == "," and i + 2 < len(tokens) and tokens[i + 2][LOWER] == "which"):
        return False  # "1,600 emails", "most states", "Southern states", "comments that
        # were echoed", "the Blue Cross Blue Shield plans, which dominate …": a noun
    if lower.endswith("s") and lower != lemma and i + 1 < len(tokens) and \
            tokens[i + 1][TEXT].islower() and (
                (prev[TEXT] in (",", ";") or prev[LOWER] in ("and", "but") and
                 tokens[i - 2][TEXT] == ",") and
                (_past_form(tokens[i + 1]) or tokens[i + 1][LOWER] in _FINITE_AUXILIARIES) or
                _past_form(tokens[i + 1]) and i + 2 < len(tokens) and
                tokens[i + 2][LOWER] in _OBJECT_OPENERS):
        return False  # "…, protests began", "…, and reports have since emerged",
        # "Consumer advocates disputed the figure": the subject of the verb after it (not
        # "which he favors but says would never win", nor "warns continued cuts will …")
    if lower.endswith("s") and lower != lemma and nxt in ("are", "were") and not (
            (prev[LOWER] in _SPEAKER_PRONOUNS or prev[TEXT][0].isupper()) and
            any(token[LOWER] in _FREE_RELATIVES for token in tokens[max(0, i - 4):i - 1])):
        return False  # "England's Ashes hopes are hanging": a plural noun, the subject of
        # the verb after it; not "what he believes are", "who he speculates are"
    if lower != lemma and not lower.endswith(("s", "ing")) and i >= 3 and \
            tokens[i - 3][LOWER] in ("in", "on") and tokens[i - 2][LOWER] in ("a", "an", "the") \
            and prev[TEXT].islower() and prev[LOWER] in _OCCASIONS and \
            prev[LOWER] not in TIME_NOUNS:
        return False  # "said in a video posted on Tuesday that": the participle modifies the
        # medium of an adjunct, it reports nothing itself
    if lower == "known" and any(token[LOWER] == "as" and token[SENT] == tok[SENT]
                                for token in tokens[i + 1:i + 2 + MAX_INDEFINITE_WORDS]):
        return False  # "known (to fans, on tour) as “the Wall of Kochi”": a name, no report
    if lower in _NAMING_PARTICIPLES and _after_indefinite_noun(tokens, i):
        return False  # "a company called Cambridge Analytica": the noun's name, not a report
    if lemma in PAST_ONLY_CUES and not (lower.endswith("ed") or
                                        lower.endswith("ing") and prev[TEXT] == ","):
        return False  # "the new rules that", "the Citizens United ruling": nouns
    if lower == lemma and i + 1 < len(tokens) and _is_title_word(tokens[i + 1]):
        return False  # "accuses state Sen. Owen Darcy": the word modifies a title
    if lower == lemma and lemma not in CUE_FRAMES["bare"]:
        if prev[LOWER].endswith("ly") and prev[LOWER] not in NOT_ADVERBS and i > 1 and \
                tokens[i - 2][SENT] == tok[SENT]:
            prev = tokens[i - 2]  # "Democrats typically oppose": the subject before the adverb
        return prev[LOWER] in _BASE_FORM_CONTEXT or prev[TEXT][0].isalpha() and \
            prev[LOWER].endswith("s") and not prev[LOWER].endswith("ss") or \
            prev[LOWER] in _SHARE_WORDS and nxt not in _NOUN_COMPLEMENT_WORDS or \
            _joined_names_before(tokens, i)
    return True


def _is_title_word(token: Token) -> bool:
    """Whether a token is the title or role noun of an office (``Sen``, ``senator``, ``Rep``),
    which a plain word before it modifies (``state Sen.``, ``state senator``); not a courtesy
    title, which a verb's object may open (``attack Mr. Trump``)."""
    return token[LOWER] in ROLES and token[LOWER] not in COURTESY_TITLES and \
        (token[TEXT].islower() or token[TEXT][1:].islower())


_SHARE_WORDS = frozenset({"percent", "%", "half", "third"})
"""Words ending a share of people that takes a plural verb (``64 percent call``, ``half
oppose``)."""

_NOUN_COMPLEMENT_WORDS = frozenset({"for", "from", "of", "among"})
"""Words after which a base form read after a share is a noun (``64 percent support for``)."""


def _joined_names_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether two capitalised names joined by ``and`` end right before token ``i`` (``Obama
    and Clinton call``): a plural subject, before which a base form is a verb."""
    k = i - 1
    while k >= 0 and tokens[k][SENT] == tokens[i][SENT] and i - k <= MAX_NAME_TOKENS and \
            (tokens[k][TEXT][0].isupper() or tokens[k][TEXT] == "."):
        k -= 1
    return k > 0 and k < i - 1 and tokens[k][LOWER] == "and" and \
        tokens[k - 1][TEXT][0].isupper() and tokens[k - 1][SENT] == tokens[i][SENT]


def _after_indefinite_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` follows an indefinite noun phrase (``a new group``) directly.

    A participle there is a reduced relative clause modifying the noun (``a company called
    Cambridge Analytica``: Quirk et al. 1985, 17.28), not a report by the noun phrase.
    """
    k = i - 1
    for _ in range(MAX_INDEFINITE_WORDS):
        if k < 0 or tokens[k][SENT] != tokens[i][SENT] or not tokens[k][TEXT][0].isalpha():
            return False
        if tokens[k][LOWER] in ("a", "an"):
            return k < i - 1
        if tokens[k][TEXT][0].isupper() and k > 0 and tokens[k - 1][SENT] == tokens[k][SENT]:
            return False  # a name inside the phrase: "a Clinton aide said" keeps its cue
        k -= 1
    return False


@lru_cache(maxsize=None)
def _category(lemma: str | None) -> str | None:
    """The cue category of ``analysis.verbs`` for a lemma, or None (remembered: the lemmas are
    those of the lexicon)."""
    found = verbs.cue_category(lemma) if lemma else None
    return found[0] if found else None


def _is_heading(doc: _Doc, paragraph: int) -> bool:
    """Whether a paragraph is a heading: short, and no full stop (or colon) at its end."""
    start, end = doc.paragraphs[paragraph]
    chunk = doc.text[start:end].rstrip("\"”’' ")
    return not chunk or chunk[-1] not in _SENTENCE_END and chunk[-1] != ":" and \
        len(chunk.split()) <= HEADING_MAX_WORDS


def _before_char(text: str, offset: int, floor: int) -> str:
    """The last non-space character before ``offset`` (not before ``floor``), or ``""``."""
    k = offset - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return text[k] if k >= floor else ""


def _opens_utterance(doc: _Doc, q: QuoteSpan, previous: QuoteSpan | None = None) -> bool:
    """Whether a quote stands as an utterance: it opens a sentence or follows ``:``/``,``/a cue
    that is no naming verb (``a phone that Mehta called “the most important product we have
    ever built.”``: the words name the object, a partial quotation); ``previous`` is the quote
    before it, if any."""
    p_start = doc.paragraphs[q.paragraph][0]
    prev = _before_char(doc.text, q.open, p_start)
    if prev == "," and _relative_after_noun(doc, q):
        return False  # 'thanked her mother, "who drove me …"': the quoted words go on the
        # reporter's noun, a fragment of the sentence
    if doc.text[q.start:q.start + 1].islower() and prev not in ("", ":", ".", "?", "!") and \
            not _makes_clause(doc, q) and \
            not (prev == "," and previous is not None and previous.closed and
                 previous.paragraph == q.paragraph and
                 doc.sentence_of(previous.close - 1) == doc.sentence_of(q.open)):
        return False  # 'a rate she calls “unsustainable for any farmer”', '…, “depending on
        # how the race develops.”': news writes an utterance with a capital; words in lower
        # case are a fragment of the writer's sentence unless they make a clause ('The ad
        # claims “we can win it all.”', 'In Jo Li’s words, “it is over.”') or go on an
        # utterance split by its attribution ('“A,” said Jo Li, “but only a first step.”')
    if prev in ("", ":", ",", ".", "?", "!", "—", "–", "-", "(", ";") or prev in _CLOSERS:
        return True
    i = doc.tok(q.open) - 1
    return i >= 0 and doc.tokens[i][START] >= p_start and i in doc.cue_last and \
        not _embedded_cue(doc, i) and not _after_what(doc, i) and \
        verbs.cue_lemma(doc.tokens[i][LOWER]) not in _NAMING_LEMMAS


def _makes_clause(doc: _Doc, q: QuoteSpan) -> bool:
    """Whether quoted words make a clause of their own: they hold a finite auxiliary, written
    out or contracted (``we’ve won``, ``it’s a scenario``, ``they’ll go``), or run over more
    than one sentence; not when they open with a conjunction that joins them to the writer's
    sentence (``About half the members don't pay, he says, "and that's fine."``)."""
    first = doc.tok(q.start)
    if first < len(doc.tokens) and doc.tokens[first][LOWER] in _JOINING_CONJUNCTIONS:
        return False
    for token in doc.tokens[first:doc.tok(q.end)]:
        lower = token[LOWER]
        if _finite_auxiliary(lower) or lower.endswith(_PRONOUN_CONTRACTIONS) or \
                lower[-2:] in ("'s", "’s") and lower[:-2] in _CONTRACTED_SUBJECTS:
            return True
    return doc.sentence_of(q.start) != doc.sentence_of(q.end - 1)


_JOINING_CONJUNCTIONS = frozenset({"and", "but", "or", "nor"})
"""Conjunctions that, opening a quotation in lower case, join it to the writer's sentence."""

_PRONOUN_CONTRACTIONS = ("'m", "’m", "'ve", "’ve")
"""Endings of a subject pronoun with its finite auxiliary (``I'm``, ``we’ve``)."""

_CONTRACTED_SUBJECTS = frozenset({"it", "there", "that", "he", "she", "what", "here", "who",
                                  "let", "where", "how"})
"""Words whose ``'s`` is ``is``, ``has`` or ``us`` (``it’s``, ``there’s``, ``let’s``), not a
possessive."""


def _after_what(doc: _Doc, last: int) -> bool:
    """Whether the cue ending at token ``last`` has ``what`` before its subject, with no
    punctuation but an aside's commas between (``what their union, the Alliance, called
    “robot-speed targets”``): the quotation is the name it gives, a fragment."""
    tokens = doc.tokens
    cue = doc.cue_at.get(last)
    k = (cue.first if cue is not None else last) - 1
    while k >= 0 and last - k <= WHAT_SUBJECT_WORDS and tokens[k][SENT] == tokens[last][SENT] and \
            (tokens[k][TEXT][0].isalnum() or tokens[k][TEXT] in (",", ".", "'s", "’s")):
        if tokens[k][LOWER] == "what":
            return True
        k -= 1
    return False


WHAT_SUBJECT_WORDS: int = 10
"""Most tokens from ``what`` to the cue whose quotation names something (``what their union,
the Warehouse Workers Alliance, called``)."""


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})


def _relative_after_noun(doc: _Doc, q: QuoteSpan) -> bool:
    """Whether a quotation after a comma opens with a lower-case relative pronoun, stays in one
    sentence, and the comma follows a word that is no cue (``her mother, "who drove me …"``):
    a relative clause on that noun, not an utterance (``said, "who would have thought it?"``
    is one)."""
    first = doc.tok(q.start)
    if first >= len(doc.tokens) or doc.tokens[first][TEXT] not in _RELATIVE_PRONOUNS or \
            doc.sentence_of(q.start) != doc.sentence_of(max(q.start, q.end - 1)):
        return False  # (one that runs on into sentences of its own is quoted speech)
    comma = doc.tok(q.open) - 1
    return comma >= 1 and doc.tokens[comma][TEXT] == "," and comma - 1 not in doc.cue_last


def _embedded_cue(doc: _Doc, last: int) -> bool:
    """Whether the cue ending at token ``last`` sits in the clause another cue of its sentence
    reports (``Jo Li said the study found “no harm”``): no punctuation between the two, so a
    quote after it is a fragment of Jo Li's report, not the study's utterance."""
    tokens = doc.tokens
    sentence = tokens[last][SENT]
    k = last - 1
    while k >= 0 and tokens[k][SENT] == sentence and tokens[k][TEXT][0].isalnum():
        if k in doc.cue_last:
            return True
        k -= 1
    return False


def _ends_utterance(doc: _Doc, q: QuoteSpan) -> bool:
    """Whether a quote ends like an utterance (inner punctuation, or punctuation after it), or
    is too long (``UTTERANCE_WORDS``) to be a fragment of the reporter's sentence."""
    text = doc.text
    if q.end > q.start and text[q.end - 1] in _CLAUSE_PUNCT:
        return True
    if text.count(" ", q.start, q.end) + 1 >= UTTERANCE_WORDS:
        return True
    if not q.closed:
        return True
    p_end = doc.paragraphs[q.paragraph][1]
    k = q.close
    while k < p_end and text[k].isspace():
        k += 1
    if k >= p_end or text[k] in _CLAUSE_PUNCT or text[k] in "([":
        return True
    i = doc.tok(q.close)
    return i < len(doc.tokens) and doc.tokens[i][LOWER] in _INITIAL_CUES and \
        _before_char(text, q.open, doc.paragraphs[q.paragraph][0]) in ("", ".", "?", "!")
    # '“It is over” said widow Jo Li.': a whole sentence quoted, its comma left out


def _ends_aside(doc: _Doc, q: QuoteSpan) -> bool:
    """Whether a quote closes a participle aside between a subject and its reporting verb
    (``Jane Doe, calling the bill “a travesty,” said she would appeal``): the quote is then a
    fragment of the aside, not an utterance, and the verb after it reports a clause of its own.
    """
    if not q.closed:
        return False
    tokens = doc.tokens
    s_index = doc.sentence_of(q.open)
    a, b = doc.tok(doc.sentence_bounds(s_index)[0]), doc.tok(doc.sentence_end(s_index))
    after = doc.tok(q.close)
    while after < b and tokens[after][TEXT] == ",":
        after += 1
    verb = doc.cue_at.get(after)
    if verb is None or not tokens[after][TEXT].islower() or tokens[after][LOWER].endswith("ing"):
        return False
    opening = doc.tok(q.open)
    before = [c for c in doc.cues_between(a, opening) if c.last < opening]
    if not before or not tokens[before[-1].first][LOWER].endswith("ing") or \
            before[-1].first - 1 <= a or tokens[before[-1].first - 1][TEXT] != ",":
        return False
    return doc.cue_speaker(verb, a) is not None


def _after_attribution(doc: _Doc, q: QuoteSpan, limit: int, *,
                       strict: bool = False) -> _Attribution | None:
    """``"…," X said.`` / ``"…," said X.`` / ``"…" — X``: an attribution after the quote.

    With ``strict`` (the words after the quote form a sentence of their own), the speaker must
    come first, or right after the cue, the cue within ``MAX_SPLIT_GAP`` words (or
    ``MAX_SPEAKER_GAP`` after an aside set off by commas: ``“…!” Rep. Glenn Thompson, R-Pa.,
    said.``), and the cue must not open a that-clause of its own.
    """
    tokens = doc.tokens
    i = doc.tok(q.close)
    dash = False
    while i < len(tokens) and tokens[i][START] < limit and not tokens[i][TEXT][0].isalnum():
        dash = dash or tokens[i][TEXT] in "—–-"
        i += 1
    if i >= len(tokens) or tokens[i][START] >= limit:
        return None
    first, last = i, doc.tok(limit) - 1
    if tokens[last][TEXT] == ":" and limit < doc.paragraphs[q.paragraph][1]:
        return None  # the words after the quote introduce the next one
    cue = doc.cue_at.get(first)
    if cue is not None and (cue.lemma == "according to" or
                            not tokens[first][LOWER].endswith("ing")):
        # not '"…," referring to the Islamic State': a participle has no subject
        mention = doc.people.speaker_after(cue.last + 1, doc.tok(limit))
        if mention is not None:
            return _Attribution(mention, cue, "according_to" if cue.lemma == "according to"
                                else "quote_cue_speaker")
    gap = MAX_SPEAKER_GAP if strict else MAX_APPOSITIVE_GAP  # see MAX_SPLIT_GAP below
    for cue in doc.cues_between(first + 1, min(last, first + gap) + 1):
        if tokens[cue.first - 1][LOWER] == "to":
            continue  # "one GOP lawmaker, granted anonymity to speak candidly, said": an
            # infinitive in the speaker's aside
        if any(tokens[k][TEXT] in "\"“”" or tokens[k][TEXT] in _SENTENCE_END and not
               doc.people.is_abbreviation(k - 1) and tokens[k + 1][START] > tokens[k][END]
               for k in range(first, cue.first)):
            break  # (a full stop inside a word, "fivethirtyeight.com", ends nothing)
        mention = doc.people.speaker_before(cue.first, first) or \
            doc.people.subject_before_relative(cue.first, first)  # "Jo Li, the guru who
        # founded a website tweeted": an appositive left unclosed
        if mention is None or (strict or cue.first - first > MAX_SPEAKER_GAP) and \
                mention.start != tokens[first][START]:
            break
        if strict and (_complementizer(doc, cue, cue.last + 1, last + 1) >= 0 or
                       _zero_that_report(doc, cue, last + 1)):
            break  # '“…” He said that he would …', '“…” The agency said a zone would …': a
            # report of its own, not the quote's
        if strict and cue.first - first > MAX_SPLIT_GAP and \
                tokens[doc.tok(mention.end)][TEXT] != ",":
            break  # '“…” Ohio Gov. John Kasich said he would …': only an aside after the
            # speaker ('“…!” Rep. Glenn Thompson, R-Pa., said') puts the cue further away
        return _Attribution(mention, cue, "quote_speaker_cue")
    if dash and tokens[first][LOWER] in ("and", "or", "but"):
        # "Jo Li — “…” — and Kim Park": a quote set in a list of names is the name's before it
        mention = _name_before_dash(doc, q)
        return None if mention is None else _Attribution(mention, None, "dash_attribution")
    if dash:
        mention = doc.people.speaker_after(first, doc.tok(limit))
        if mention is not None:
            return _Attribution(mention, None, "dash_attribution")
    return None


def _zero_that_report(doc: _Doc, cue: _Cue, end: int) -> bool:
    """Whether a cue reports content of its own without ``that``: after a clausal cue, a word
    that is no preposition or time and a finite verb before ``end`` (``The agency said a zone
    would remain``, ``Police said officers had attended``); after another cue, a clause
    opener as its object (``Kim Park called it “a fluke”``); not an adjunct (``said in a
    statement``), nor after a cue that takes a listener (``told the crowd gathered outside``)."""
    tokens = doc.tokens
    k = cue.last + 1
    if cue.lemma in CUE_FRAMES["listener"] or k >= end:
        return False
    if cue.lemma not in CLAUSAL_CUES:  # '“…” Kim Park called it “a fluke”': its own object
        return _opens_clause(tokens[k]) and _takes_object(cue.lemma)
    if not tokens[k][TEXT][0].isalnum() or tokens[k][LOWER] in _PREPOSITIONS or \
            tokens[k][LOWER] in TIME_WORDS or tokens[k][LOWER] in _PAST_DAYS:
        return False  # "said in a statement", "said Tuesday"
    return any(t[TEXT].islower() and (_finite_auxiliary(t[LOWER]) or _past_form(t))
               for t in tokens[k + 1:end])


def _name_before_dash(doc: _Doc, q: QuoteSpan) -> Mention | None:
    """The person named right before the dash that opens a quote set off by dashes (``Jo Li
    — “…” —``), or None."""
    tokens = doc.tokens
    dash = doc.tok(q.open) - 1
    if dash < 1 or tokens[dash][TEXT] not in "—–-" or tokens[dash][SENT] != tokens[dash - 1][SENT]:
        return None
    if tokens[dash - 1][TEXT] == "-":
        dash -= 1  # "--"
    if dash - 1 not in doc.people.name_at:
        return None
    floor = doc.tok(doc.sentence_bounds(tokens[dash][SENT])[0])
    mention = doc.people.speaker_before(dash, floor)
    return mention if mention is not None and mention.kind == "name" else None


def _quoting_aside(tokens: Sequence[Token], cue: _Cue, floor: int) -> bool:
    """Whether a cue is the writer's ``and I quote`` (``X said, and I quote, "…"``): the
    quotation is X's, the aside only vouches for its words."""
    return cue.lemma == "quote" and cue.first - 1 >= floor and \
        tokens[cue.first - 1][LOWER] in ("i", "we")


def _relative_verb(tokens: Sequence[Token], cue: _Cue, floor: int) -> bool:
    """Whether a cue is the verb of a relative clause (``a councilman who is considering a run
    for mayor, “…”``): only auxiliaries and adverbs between ``who``/``which`` and it. A belief
    or intention cue there, with words of its own before the quotation, describes the speaker
    rather than introducing the quotation (a speech cue does: ``Mike Lee, who declared in the
    spin room, “…”``)."""
    k = cue.first - 1
    while k > floor and (tokens[k][LOWER] in _FINITE_AUXILIARIES or
                         tokens[k][LOWER] in ("been", "being", "be") or
                         is_skippable(tokens[k])):
        k -= 1
    return k >= floor and tokens[k][LOWER] in ("who", "which")


_NAMING_LEMMAS = frozenset({"call", "dub", "label", "brand", "term", "describe"})
"""Cues whose quotation right after them, with no comma or colon, names their object (``called
it “a disgrace”``, ``which she calls “cake in a box”``): a partial quotation."""


def _before_attribution(doc: _Doc, q: QuoteSpan, floor: int) -> _Attribution | None:
    """``X said: "…"`` / ``X said, "…"`` / ``X told Y: "…"`` / ``…, saying "…"``."""
    tokens = doc.tokens
    end = doc.tok(q.open)
    lo = doc.tok(floor)
    candidates = [c for c in doc.cues_between(lo, end) if c.last < end and
                  (end - c.last - 1 <= MAX_CUE_GAP or
                   c.first == lo and doc.tokens[c.first][TEXT][0].isupper() or
                   # '“…,” said Jo Li, a councilman who is considering a run, “…”'
                   c.first > 0 and tokens[c.first - 1][TEXT] in _CLOSERS and
                   end - c.last - 1 <= MAX_CUE_GAP + MAX_APPOSITIVE_WORDS) and
                  not _quoting_aside(tokens, c, lo) and
                  not (end - c.last > 2 and _relative_verb(tokens, c, lo) and
                       (c.lemma in COGNITIVE_CUES or
                        _category(c.lemma) in MENTAL_CATEGORIES))]
    if not candidates:
        return None
    cue = candidates[-1]
    between = tokens[cue.last + 1:end]
    if any(t[TEXT] in _SENTENCE_END and not (t[TEXT] == "." and
                                             doc.people.is_abbreviation(cue.last + n)) or
           t[TEXT] in "\"“”" for n, t in enumerate(between)):
        return None  # (the full stop of a title is no sentence end: "said Dr. Jo Li, “…”")
    if _is_passive(doc, cue, _Bounds(doc, tokens[cue.first][SENT])):
        # "X was asked: “…”": the words were put to X, by someone named only after "by"
        agent = doc.people.speaker_after(cue.last + 2, end) \
            if tokens[cue.last + 1][LOWER] == "by" else None
        return _Attribution(agent, cue, "passive_by" if agent else "passive_cue")
    if tokens[cue.first][TEXT][0].isupper():  # "Said Dorothy Poynter, who …, “…”"
        mention = doc.people.speaker_after(cue.last + 1, end)
        return _Attribution(mention, cue, "quote_cue_speaker") if mention else None
    if cue.lemma == "according to":
        mention = doc.people.speaker_after(cue.last + 1, end)
        return _Attribution(mention, cue, "according_to") if mention else None
    mention = doc.cue_speaker(cue, lo)
    if mention is None:
        mention = doc.inverted_speaker(cue, end)  # "Because of …, explained Rosenberg, “…”"
        return _Attribution(mention, cue, "quote_cue_speaker") if mention else None
    last = between[-1][TEXT] if between else ""
    if tokens[cue.first][LOWER].endswith("ing"):
        rule = "participle_cue"
    elif last == ":":
        rule = "speaker_cue_colon"
    elif last == ",":
        rule = "speaker_cue_comma"
    else:
        rule = "speaker_cue_quote"
    return _Attribution(mention, cue, rule)


def _sentence_cue_attribution(doc: _Doc, s_index: int, rule: str,
                              before: int | None = None) -> _Attribution | None:
    """The last cue with a speaker in sentence ``s_index`` (before offset ``before``)."""
    lo, hi = doc.sentence_bounds(s_index)
    if before is not None:
        hi = min(hi, before)
    a, b = doc.tok(lo), doc.tok(hi)
    for cue in reversed(doc.cues_between(a, b)):
        if cue.lemma == "according to":
            mention = doc.people.speaker_after(cue.last + 1, b)
        else:
            mention = doc.cue_speaker(cue, a)
        if mention is not None:
            return _Attribution(mention, cue, rule)
    return None


def _attribute_direct(doc: _Doc, q: QuoteSpan, index: int,
                      spans: Sequence[QuoteSpan]) -> _Attribution | None:
    """The attribution found around a direct quote itself (same sentence), or None."""
    text = doc.text
    s_close = doc.sentence_of(max(q.close - 1, q.start))
    s_open = doc.sentence_of(q.open)
    p_start, p_end = doc.paragraphs[q.paragraph]
    nxt = spans[index + 1].open if index + 1 < len(spans) and \
        spans[index + 1].paragraph == q.paragraph else p_end
    end = doc.sentence_end(s_close)
    split = end <= q.close and s_close + 1 < len(doc.sentences)
    if split:
        end = doc.sentence_end(s_close + 1)  # "…?” Sanders replied." split after the mark
    limit = min(max(end, q.close), nxt)
    prev = spans[index - 1].close if index > 0 and spans[index - 1].paragraph == q.paragraph \
        else p_start
    floor = max(doc.sentence_bounds(s_open)[0], prev, p_start)
    before_char = _before_char(text, q.open, p_start)
    after = _after_attribution(doc, q, limit) if q.closed and not split else None
    if before_char == ":" and after is None:
        found = _before_attribution(doc, q, floor) or _colon_speaker(doc, q, p_start) or \
            _subject_colon(doc, q, floor)
        if found:
            return found
    if q.closed and not split:
        found = after
        if found and before_char == "," and _introduces(doc, found, nxt):
            # "When X shouted, “A,” Y joked, “B”": Y's cue introduces the next quote
            found = _before_attribution(doc, q, floor) or found
        if found:
            return found
    if before_char == ":":
        found = _possessor_colon(doc, q, floor)  # when no cue follows: "His verdict: “…,” he said"
        if found:
            return found
    if before_char not in ("", ".", "?", "!", ":"):
        found = _before_attribution(doc, q, floor) or \
            _in_words_of(doc, doc.tok(floor), doc.tok(q.open))
        if found:
            return found
    if before_char == ",":
        found = _subject_comma(doc, q, floor, p_end)
        if found:
            return found
    if q.closed and split:
        return _after_attribution(doc, q, limit, strict=True)
    return None


def _introduces(doc: _Doc, found: _Attribution, nxt: int) -> bool:
    """Whether an attribution after a quote ends right where the next quote opens (character
    ``nxt``): only punctuation between (``Y joked, “B”``), or an aside of at most
    ``MAX_APPOSITIVE_WORDS`` words set off by commas, with no cue, quote or sentence end in it
    (``Y joked, again putting on an accent, “B”``), so it introduces that quote."""
    if found.cue is None or found.mention is None or nxt >= len(doc.text) or \
            doc.text[nxt] not in _OPENING_MARKS:
        return False
    last = max(found.cue.last, doc.tok(found.mention.end) - 1)
    gap = doc.tokens[last + 1:doc.tok(nxt)]
    if all(not t[TEXT][0].isalnum() for t in gap):
        return True
    return 3 <= len(gap) <= MAX_APPOSITIVE_WORDS + 2 and gap[0][TEXT] == gap[-1][TEXT] == "," \
        and all(t[TEXT][0].isalnum() for t in gap[1:-1]) and \
        not doc.cues_between(last + 1, doc.tok(nxt))


def _follows(doc: _Doc, q: QuoteSpan, cue: _Cue) -> bool:
    """Whether only punctuation stands between a quote's closing mark and the cue."""
    after = doc.tok(q.close)
    return q.closed and cue.first >= after and \
        all(not t[TEXT][0].isalnum() for t in doc.tokens[after:cue.first])


def _colon_speaker(doc: _Doc, q: QuoteSpan, p_start: int) -> _Attribution | None:
    """``Kasich: ‘We will win.’``: a short name alone before a colon, as headlines attribute;
    also a transcript's speaker named with a written role (``Former secretary of state Jo
    Li:“…”``, at most ``MAX_COLON_SPEAKER`` words)."""
    tokens = doc.tokens
    a, colon = doc.tok(p_start), doc.tok(q.open) - 1
    if not 0 < colon - a <= MAX_COLON_SPEAKER or tokens[colon][TEXT] != ":":
        return None
    words = tokens[a:colon]
    start, end = words[0][START], words[-1][END]
    mention = doc.people.speaker_after(a, colon)
    if colon - a > MAX_COLON_NAME or \
            not all(t[TEXT][0].isupper() or t[TEXT] == "." for t in words):
        # "Former secretary of state Jo Li:“…”": a transcript's speaker with a written role
        named = doc.people.speaker_before(colon, a)
        return _Attribution(named, None, "speaker_colon") if named is not None and \
            named.kind == "name" and named.end == end else None
    if mention is None or mention.end != end:
        mention = Mention(start, end, doc.text[start:end], -1, "group")
    return _Attribution(mention, None, "speaker_colon")


def _subject_colon(doc: _Doc, q: QuoteSpan, floor: int) -> _Attribution | None:
    """``Jane Doe had a message for voters: “We will win.”``: a sentence opened by a person (a
    pronoun, or a group such as ``The Clinton campaign``) and no reporting cue introduces the
    quotation after its colon; the subject speaks (the colon announces what follows, Quirk et
    al. 1985, App. III.19)."""
    tokens = doc.tokens
    a, colon = doc.tok(floor), doc.tok(q.open) - 1
    if colon <= a or tokens[colon][TEXT] != ":" or doc.cues_between(a, colon):
        return None
    lead = next((m for m in range(a, min(colon, a + MAX_ADJUNCT_WORDS + 1))
                 if tokens[m][TEXT] == ","), -1)
    if lead > a and _fronted_adverbial(tokens, a, lead):
        a = lead + 1  # "Late Tuesday, her office released a statement: “…”"
    mention = doc.people.subject_between(a, colon)
    if mention is None and a + 2 < colon and tokens[a][LOWER] in _POSSESSIVES and \
            is_group_word(tokens[a + 1][LOWER]):  # "Her office released a statement: “…”"
        start, end = tokens[a][START], tokens[a + 1][END]
        mention = Mention(start, end, doc.text[start:end], -1, "group")
    if mention is None or mention.start != tokens[a][START] or not (
            mention.kind in ("name", "pronoun") or mention.kind == "group" and
            tokens[doc.tok(mention.end) - 1][LOWER] in GROUPS):
        return None  # a person, or a group that speaks ("The Clinton campaign … worded it")
    noun = next((m for m in range(colon - 1, max(a, colon - 3), -1)
                 if tokens[m][LOWER] in _COLON_NOUNS), -1)  # "released a statement:"
    cue = _Cue(noun, noun, verbs.cue_lemma(tokens[noun][LOWER]) or "") if noun > 0 else None
    return _Attribution(mention, cue, "speaker_colon")


def _subject_comma(doc: _Doc, q: QuoteSpan, floor: int, p_end: int) -> _Attribution | None:
    """``Earlier this week, Jane Doe shared her worries with donors, “I do not know …”``: a
    quotation that ends its paragraph after a comma, in a sentence whose subject is a person
    (or a pronoun) opening it, or after a fronted adverbial, with no cue before the quotation:
    the subject speaks, as before a colon (``_subject_colon``)."""
    tokens = doc.tokens
    a, comma = doc.tok(floor), doc.tok(q.open) - 1
    if not q.closed or doc.text[q.close:p_end].strip(" .,;!?\n") or \
            comma <= a or doc.cues_between(a, comma):
        return None
    start = a
    lead = next((m for m in range(a, min(comma, a + MAX_ADJUNCT_WORDS + 1))
                 if tokens[m][TEXT] == ","), -1)
    if lead > a and _fronted_adverbial(tokens, a, lead):
        start = lead + 1  # "Earlier this week, Jane Doe …"
    mention = doc.people.subject_between(start, comma)
    if mention is None or mention.start != tokens[start][START] or \
            mention.kind not in ("name", "pronoun"):
        return None
    after = doc.tok(mention.end)
    if comma - after < MIN_CLAUSE_WORDS or tokens[after][TEXT] == ",":
        return None  # a predicate must follow the subject, not an appositive
    return _Attribution(mention, None, "speaker_comma")


_COLON_NOUNS: frozenset[str] = verbs.REPORTING_NOUNS | frozenset({
    "reaction", "reactions", "verdict", "advice", "retort", "take", "assessment", "conclusion",
    "pitch"})
"""Nouns for what a person says that announce the quotation after a colon (``Jo Li's
response: “…”``): the reporting nouns and a few more said of a spoken judgement."""
MAX_POSSESSOR_COLON: int = 12
"""Most tokens from a possessive speaker to the colon (``Jo Li's message to voters was
simple:``)."""


DESCRIPTION_WORDS: int = 4
"""Most words of a group's description before its possessive (``the state's largest bank's``)."""


def _possessor(doc: _Doc, k: int) -> Mention | None:
    """The person a possessive at token ``k`` names: ``his``/``her`` resolved, a known
    person's name ending in ``'s`` (the mention without it), or else one capitalised word
    that is no common word of names (``Rahman's``, ``Google's``: a speaker as written); None
    otherwise."""
    owner = doc.tokens[k]
    if owner[LOWER] in ("his", "her"):
        entity = doc.people.resolve_pronoun(k, "he" if owner[LOWER] == "his" else "she")
        return Mention(owner[START], owner[END], owner[TEXT], entity, "pronoun")
    if not owner[TEXT].endswith(("'s", "’s")):
        return None
    named = doc.people.name_at.get(k)
    end = owner[END] - 2
    if named is not None and named[1] >= 0:
        return Mention(named[0], end, doc.text[named[0]:end], named[1], "name")
    bare = owner[LOWER][:-2]
    if owner[TEXT][0].isupper() and owner[TEXT][1:2].islower() and \
            bare not in NOT_NAMES and bare not in TIME_WORDS or \
            len(bare) > 1 and owner[TEXT][:-2].isupper():
        return Mention(owner[START], end, doc.text[owner[START]:end], -1, "group")  # "the IMF's"
    if owner[TEXT].islower() and is_group_word(bare):
        start = k  # "the company's announcement": the group with its determiner
        while start - 1 >= 0 and k - start < DESCRIPTION_WORDS and \
                doc.tokens[start - 1][SENT] == owner[SENT] and \
                doc.tokens[start - 1][TEXT].isalpha() and \
                doc.tokens[start - 1][LOWER] not in _PREPOSITIONS:
            start -= 1
            if doc.tokens[start][LOWER] in DETERMINERS:
                break
        first = doc.tokens[start][START]
        return Mention(first, end, doc.text[first:end], -1, "group")
    return None


def _possessor_colon(doc: _Doc, q: QuoteSpan, floor: int) -> _Attribution | None:
    """``Jo Li's response: “…”`` / ``Her message to voters was simple: “…”``: a sentence
    opened by a possessive name or pronoun and a noun for what is said (``_COLON_NOUNS``), with
    no reporting verb, introduces the quotation after its colon; the possessor speaks and the
    noun is the cue (as for ``X's claim that …``)."""
    tokens = doc.tokens
    a, colon = doc.tok(floor), doc.tok(q.open) - 1
    if not 0 < colon - a <= MAX_POSSESSOR_COLON or tokens[colon][TEXT] != ":" or \
            doc.cues_between(a, colon):
        return None
    k = a if tokens[a][LOWER] in ("his", "her") else \
        next((m for m in range(a, colon) if tokens[m][TEXT].endswith(("'s", "’s"))), -1)
    mention = _possessor(doc, k) if k >= 0 else None
    if mention is None or mention.start != tokens[a][START]:
        return None
    noun = k + 1
    while noun < colon and tokens[noun][TEXT].islower() and tokens[noun][LOWER] not in \
            _COLON_NOUNS and noun - k <= 2:
        noun += 1  # "Her blunt reaction"
    if noun >= colon or tokens[noun][LOWER] not in _COLON_NOUNS:
        return None
    lemma = verbs.cue_lemma(tokens[noun][LOWER]) or ""
    return _Attribution(mention, _Cue(noun, noun, lemma), "reporting_noun")


def _attribute_partial(doc: _Doc, q: QuoteSpan, *,
                       rule: str = "partial_in_cue_sentence") -> _Attribution | None:
    """Speaker of a quoted fragment: the nearest cue with a speaker in its sentence (the cue
    just after the quote takes its speaker after it: ``''…,'' said Bryan English``). A fragment
    whose quoted words run over a sentence end reaches to the end of the sentence its closing
    mark is in (``Voters “deserve a fighter. That is Jo Li,” said Kim Park``)."""
    s_open = doc.sentence_of(q.open)
    lo, hi = doc.sentence_bounds(s_open)
    if q.close > hi:
        hi = max(q.close, doc.sentence_bounds(doc.sentence_of(q.close))[1])
    a, b = doc.tok(lo), doc.tok(hi)
    inside = doc.tok(q.open)
    bounds = _Bounds(doc, s_open)
    best = None
    cues = doc.cues_between(a, b)
    for cue in cues:
        if q.open <= doc.tokens[cue.first][START] < q.close:
            continue
        if cue.lemma == "according to" or _follows(doc, q, cue):
            mention = doc.people.speaker_after(cue.last + 1, b)
        elif _is_passive(doc, cue, bounds):
            mention = _agent_after(doc, cue, b)  # "was described as “historic” by X": X's
            # words; the passive subject ("The deal") said nothing
        else:
            mention = doc.cue_speaker(cue, a)
        distance = (inside - cue.last) if cue.last < inside else 1000 + cue.first - inside
        if mention is None:
            distance += 10000  # a cue without a speaker still makes the words reported
        elif _category(cue.lemma) in MENTAL_CATEGORIES and cue.lemma not in SPOKEN_COMMITMENTS \
                or cue.lemma in COGNITIVE_CUES and _reported_within(cues, cue):
            distance += 5000  # a belief, when a speech cue is there too, yields to it; so
            # does evidence inside a speech cue's clause ("said the defendant showed “…”");
            # a promise is spoken ("assured users that deposits were “safe”")
        if best is None or distance < best[0]:
            best = (distance, _Attribution(mention, cue, rule))
    if best is None or best[1].mention is None:
        words_of = _in_words_of(doc, a, inside)  # "In Jo Li’s words, the plan is “dead”"
        if words_of is not None:
            return words_of
    return best[1] if best else None


def _reported_within(cues: Sequence[_Cue], cue: _Cue) -> bool:
    """Whether a clausal speech cue (not a belief or evidence cue) comes before ``cue`` among
    ``cues`` (the cues of its sentence): ``cue`` is then likely in what that one reports."""
    return any(other.last < cue.first and other.lemma in CLAUSAL_CUES and
               other.lemma not in COGNITIVE_CUES and
               _category(other.lemma) not in MENTAL_CATEGORIES for other in cues)


def _agent_after(doc: _Doc, cue: _Cue, b: int) -> Mention | None:
    """The agent after ``by`` following a passive cue, within ``MAX_CUE_GAP`` tokens and
    across quoted words (``was called “a disaster” by Jo Li``), or None."""
    tokens = doc.tokens
    m = cue.last + 1
    while m < min(b, cue.last + 1 + MAX_CUE_GAP):
        if m in doc.quote_close:
            m = doc.quote_close[m] + 1
            continue
        if tokens[m][LOWER] == "by":
            return doc.people.speaker_after(m + 1, b)
        m += 1
    return None


def _in_words_of(doc: _Doc, a: int, b: int) -> _Attribution | None:
    """``in Jo Li’s words, …`` / ``in the words of Jo Li, …`` between tokens ``a`` and ``b``:
    the words quoted after it are Jo Li's, as after ``according to`` (rule ``according_to``,
    no cue)."""
    tokens = doc.tokens
    for k in range(a, b - 2):
        if tokens[k][LOWER] != "in":
            continue
        if tokens[k + 1][LOWER] == "the" and k + 3 < b and tokens[k + 2][LOWER] == "words" and \
                tokens[k + 3][LOWER] == "of":
            mention = doc.people.speaker_after(k + 4, b)  # "in the words of Jo Li"
        else:
            m = k + 1
            while m < b and tokens[m][LOWER] != "words" and m - k <= MAX_NAME_TOKENS:
                m += 1
            if m >= b or tokens[m][LOWER] != "words" or not (
                    tokens[m - 1][TEXT].endswith(("'s", "’s", "s'", "s’")) or
                    tokens[m - 1][TEXT] in ("'", "’")):
                continue
            owner = m - 2 if tokens[m - 1][TEXT] in ("'", "’") else m - 1
            mention = doc.people.speaker_before(owner + 1, k + 1)  # "in Jo Li’s words"
            if mention is not None and mention.kind == "name":
                end = tokens[owner][END] - (0 if tokens[m - 1][TEXT] in ("'", "’") else 2)
                mention = mention._replace(end=end, text=doc.text[mention.start:end])
        if mention is not None:
            return _Attribution(mention, None, "according_to")
    return None


_NOT_CLAUSE_OPENERS = frozenset({"so", "yes", "no", "nothing", "something", "anything", "much",
                                 "little", "goodbye", "hello", "sorry", "thanks", "more",
                                 "otherwise", "and", "or", "but", "too", "as", "well", "not",
                                 "very", "also"})
_OPENING_MARKS = frozenset("\"“‘'«„‹`")
_QUOTE_MARKS = frozenset("\"“”«»„")
"""Double quotation marks: a clause read back from a cue ends at one."""
_NOT_VERBS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these",
                        "those", "some", "all", "any", "our", "my", "your", "him", "them", "me",
                        "us", "whom", "what", "which", "who"})
_POSSESSIVES = POSSESSIVE_DETERMINERS
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves",
                         "yourself"})
_CLAUSE_BREAKERS = frozenset({"according", "which", "who", "while", "although", "though",
                              "whereas", "compared", "as", "despite", "unlike", "with",
                              "after", "before", "when", "since", "until", "whose", "where"})
_SUBJECT_BREAKERS = frozenset({"he", "she", "they"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "so", "than", "because", "while", "when"})
_ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "from", "during", "outside", "inside"})
"""Prepositions opening a place or time adjunct after a cue (``said from his office``); ``on``
only before a capital (``said on Tuesday``, not ``insisted on the deal``)."""
MAX_LIST_TAIL = 12
"""Words after the last comma of a list of objects (``…, unemployment and inequality``)."""
_RESULT_PARTICIPLES = frozenset({
    "putting", "throwing", "giving", "making", "meaning", "sending", "setting",
    "prompting", "sparking", "triggering", "causing", "forcing", "bringing", "dealing", "marking",
    "capping", "ending", "raising", "fueling", "fuelling", "drawing", "handing", "dashing",
    "becoming", "joining", "easing", "paving"})
"""Participles that, after a comma, tell what a reported event led to (``…, putting them
ahead of …``, ``…, throwing a wrench in …``, ``…, becoming the fifth Republican to …``): the
writer's narration, not the report (Quirk et al. 1985, 15.60 on supplementive clauses of
result). So is ``…, without giving details`` (``_CLAUSE_END_GERUND_PREPOSITIONS``)."""

_CLAUSE_END_GERUND_PREPOSITIONS = frozenset({"without"})
"""Prepositions that, after a comma and before a gerund, open the writer's remark on how the
report was made (``…, without giving details``, ``…, without offering evidence``)."""
_SUBORDINATORS = frozenset({"when", "if", "as", "because", "while", "although", "though",
                           "after", "before", "since", "unless", "once"})
"""Conjunctions opening a subordinate clause that a main clause follows after a comma."""
_TIME_SUBORDINATORS = frozenset({"as", "after", "before", "when", "while"})
"""Conjunctions opening the writer's time clause after an attribution (``said as they …``)."""
_ADVERBIAL_OPENERS = frozenset({"in", "during", "at", "on", "by", "for", "over", "until",
                                "throughout", "just", "early", "late", "later", "earlier",
                                "last"})
"""Words opening a fronted time or place phrase (``In the early 1990s``, ``Just this week``)."""
MAX_INVERTED_TAIL = 6
"""Tokens after an inverted cue (``…, said Jane Doe.``) beyond which only an appositive or a
relative clause on the speaker (``said X, a spokeswoman for …``) keeps the inversion."""
MAX_ADJUNCT_WORDS = 12
"""Words of the prepositional adjuncts after a sentence-final cue (``X said from his office``,
``X proclaimed to a cheering crowd at the convention on Tuesday``)."""
MAX_APPOSITIVE_WORDS = 8
"""Words of an appositive between a speaker and the cue (``X, the former governor, said``)."""
MAX_GERUND_ADJUNCT = 4
"""Words of a time adverbial between a gerund cue in an object and its ``that`` (``for
suggesting earlier this weekend that``)."""
_TO_LISTENER_CUES = frozenset({"speak", "talk", "complain", "write"})
"""Cues whose listener comes with ``to`` (``spoke to reporters about …``)."""
MAX_DIRECTIVE_OBJECT = 9
"""Most tokens of the object between a directive cue and its ``to`` (``asked the campaign of
candidate Bernie Sanders to``)."""
MAX_DIRECTIVE_RELATIVE = 16
"""Most tokens of a directive cue's object that carries a relative clause (``urged anyone who
was at the airport's terminal on Saturday afternoon to``)."""
_NEGATORS = frozenset({"not", "never"})
"""Words negating an infinitive, part of the report (``advised buyers not to eat it``)."""
_OBJECT_MODIFIERS = frozenset({"who", "with"})
"""Words after a directive cue's object that open its modifier (``anyone who saw the crash``,
``anyone with information``), not a clause of the writer's."""
MAX_LISTENER_TAIL = 10
"""Most words of a listener and its adjuncts ending a sentence after an inverted telling cue
(``…, two officials told The Washington Post on Monday.``)."""
MAX_LISTENER_WORDS = 4
"""Words of a listener noun phrase before ``about`` (``told a packed crowd about``)."""
_GERUND_PREPOSITIONS = frozenset({"by", "for", "of", "without", "after", "before", "while"})
"""Words before a gerund that another gerund after ``and`` can be joined to (``by reading their
pages and guessing passwords``)."""
_GERUND_CLAUSE_OPENERS = CLAUSE_OPENING - {"and", "or", "that", "after", "as", "so", "yet"}
"""Words opening a subordinate or contrasting clause whose own subject a gerund cue in it shares
(``while``, ``but``, ``because``); not ``and`` or ``or``, which join subjects as often as
clauses, nor words that are as often adverbs (``not yet``) or prepositions."""
_FRONTED_OPENERS = CLAUSE_OPENING - {"and", "but", "or", "so", "yet", "that", "where"} | {
    "before", "once", "until", "unless"}
"""Words opening a sentence with a subordinate clause or a phrase that a comma closes before the
main clause (``As they met, …``, ``After the vote, …``)."""
_OBJECT_OPENERS = _POSSESSIVES | {"the", "a", "an", "this", "that", "these", "those", "him",
                                  "them", "it", "us"}
"""Words opening the object of a past verb (``disputed the figure``)."""

_EVENT_MODIFIERS = frozenset({"news", "press", "media", "daily", "weekly", "regular",
                              "televised", "closed-door"})
"""Words before the ``-ing`` form of a cue that make it the name of an event (``a news
briefing``, ``the daily briefing``): a noun."""

_GERUND_COMPOUNDS = frozenset({
    "speaking fees", "speaking engagements", "speaking tour", "speaking circuit",
    "talking points", "warning signs", "warning shot", "warning shots", "warning labels",
    "reporting requirements"})
"""Nouns compounded with a cue's ``-ing`` form (``speaking fees``, ``talking points``): the
form modifies the noun, nobody speaks."""
_NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "titled", "labelled", "labeled"})
"""Past participles that name what comes before them (``a group called Black Votes Matter``)."""
MAX_INDEFINITE_WORDS = 4
"""Words looked back over for ``a``/``an`` before a participle (``a new super PAC calling``)."""
_RELATIVE_AUXILIARIES = frozenset({"have", "has", "had", "were", "are"})
"""After ``<noun-like cue>s that``, these make ``that`` a relative pronoun (``claims that were
denied``), so the ``-s`` form is a plural noun, not a verb."""
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "who", "whose", "one", "his", "her", "its",
                                 "their", "which"})
"""Words that open an appositive after an inverted speaker (``…, said X, a spokeswoman``)."""
_TAIL_CLAUSE_OPENERS = frozenset({"but", "and", "yet", "though", "although", "while",
                                  "whereas"})
"""Words that open a clause coordinated after an inverted attribution (``…, said X, but the
party …``): the report is the clause before the cue."""
_TAIL_ADJUNCT_OPENERS = frozenset({"with", "including", "in", "at", "on", "as", "after",
                                   "before", "during", "despite", "for", "from"})
"""Words opening the writer's adjunct or clause after an inverted attribution (``…, said X, with
games every week``, ``…, three delegates told Reuters, as producers try …``): the report is
the clause before the cue."""
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "reporters",
                              "journalists", "supporters", "voters", "listeners", "viewers"})
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "to", "for", "with", "by", "from", "about",
                           "during", "after", "before", "as", "into", "over", "under", "and",
                           "or", "but", "so", "than", "because", "while", "when", "through",
                           "against", "without", "out", "up", "back", "down", "off", "within",
                           "amid", "throughout"})
_CLAUSE_OPENERS = frozenset({"he", "she", "they", "it", "we", "i", "you", "there", "the", "a",
                             "an", "his", "her", "their", "its", "this", "these", "those", "some",
                             "no", "none", "all", "many", "most", "our", "any", "every", "one",
                             "people", "nobody", "everyone", "if"})


_OBJECT_END_WORDS = frozenset({"but", "when", "while", "because", "after", "before", "since",
                               "until", "although", "though", "whereas", "despite", "amid"})
_OCCASIONS = frozenset({"interview", "statement", "speech", "debate", "rally", "week", "month",
                        "year", "weekend", "morning", "afternoon", "evening", "night", "early",
                        "late", "january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december", "video",
                        "letter", "ad", "tweet", "post", "email", "memo", "op-ed", "column",
                        "remarks", "address", "appearance", "hearing", "meeting", "briefing",
                        "conference", "forum", "broadcast", "podcast", "show", "report", "note",
                        "filing"})
_INVERTED_SPEAKER_ENDS = frozenset({".", ",", ";", "—", "–", "--", "(", "!", "?"})
_INVERSION_MARKS = frozenset({",", "—", "–"})
_OBJECT_ENDS = frozenset({",", "—", "–", "--", ";", ":", "(", ")"})
_RELATIVE_WORDS = COMPLEMENTIZERS | {"which", "who", "whom", "whose", "where", "when", "why",
                                     "whether", "if"}
_ORIGIN_WORDS = ORIGIN_PREPOSITIONS | {"and", "who", "whose", "which"}
"""Words after a source's name that do not make it part of a longer source (``according to Jo
Li of Texas``)."""
_QUOTED_OBJECT_PREPOSITIONS = frozenset({"against", "for", "on", "over", "at"})
MAX_QUOTED_OBJECT_LEAD = 3
"""Words of an object before the quoted words in it (``the “…”``, ``a "…"``, ``his own "…"``)."""
_EXAMPLE_MARKERS = frozenset({"including"})
"""Words that, after a comma, open examples of the noun phrase before them (Quirk et al. 1985,
17.79 on exemplifying apposition); ``especially``, ``notably`` more often single one out as a
comment of the writer's."""
_BORROWED_RULES = frozenset({"split_utterance", "paragraph_continuation", "previous_sentence_cue",
                             "previous_paragraph_cue", "previous_speaker"})


class _Record(NamedTuple):
    start: int
    end: int
    kind: str
    attribution: _Attribution | None
    rule: str
    group: int  # utterance key: records with the same key are one utterance


DASH_ASIDE_WORDS: int = 20
"""Most tokens between two dashes read as an aside inside a reported clause (``the efforts -
which include radio ads in Nevada and an army of door-knockers - will pay off``)."""


def _dash_end(tokens: Sequence[Token], m: int, end: int) -> int:
    """The token after a dash at token ``m`` (``—``, ``–``, ``--``, or a hyphen with a space on
    either side: ``efforts - which``), or 0 when token ``m`` is no dash."""
    word = tokens[m][TEXT]
    if word in ("—", "–"):
        return m + 1
    if word != "-" or not 0 < m < end - 1:
        return 0
    if tokens[m + 1][TEXT] == "-" and tokens[m + 1][START] == tokens[m][END]:
        return m + 2  # "--"
    if tokens[m - 1][END] < tokens[m][START] or tokens[m + 1][START] > tokens[m][END]:
        return m + 1
    return 0


def _clause_end(doc: _Doc, k: int, hi_tok: int, stops: Sequence[int]) -> int:
    """Token index where a reported clause starting at token ``k`` ends (exclusive)."""
    tokens = doc.tokens
    end = hi_tok
    n = bisect.bisect_right(stops, k)  # stops are sorted: the first after k, if any, ends it
    if n < len(stops) and stops[n] < end:
        end = stops[n]
    m = k
    finite = _finite_auxiliary(tokens[k][LOWER])  # whether the clause has its finite verb yet
    # ("that he said would close …": the first word may be it)
    while m + 1 < end - 1:
        jumped = doc.quote_close.get(m, m) + 1  # quoted words are part of the clause,
        if jumped > m + 1 and jumped < end and tokens[jumped - 2][TEXT] == "," and \
                (jumped in doc.cue_at or _attribution_follows(doc, jumped, end)):
            return jumped  # '… the “king of debt,” noting that …': the comma inside the mark;
            # '… would "protect our citizens," the crowd applauded': another's report
        m = jumped       # whatever their punctuation ("be “working together, and that, I
        if m >= end - 1:  # am sure, will happen.”")
            break
        word = tokens[m][TEXT]
        if word == "(" and tokens[m - 1][TEXT][0].isupper():
            close = name_tag_end(tokens, m, end)
            if close > 0:
                m = close  # "Chris Dodd (D-Conn.) the night …": a name's tag, not an aside
                continue
        dash_end = _dash_end(tokens, m, end) if word in ("—", "–", "-") else 0
        if dash_end:
            pair = next((j for j in range(dash_end, min(end - 1, m + DASH_ASIDE_WORDS + 1))
                         if _dash_end(tokens, j, end)), -1)
            after = _dash_end(tokens, pair, end) if pair > 0 else 0
            if 0 < after < end and tokens[after][TEXT].islower() and \
                    not doc.cues_between(m + 1, after + 1) and not _cue_soon(doc, after, end):
                m = after - 1  # "the bill — which passed last week — was dead": an aside inside
                continue
            if dash_end + 1 < end and tokens[dash_end][LOWER] in ("and", "but") and \
                    tokens[dash_end + 1][LOWER] == "that":
                m = dash_end  # "… — and that he will back her": the report's second clause
                continue
        if word == "-" and tokens[m - 1][END] == tokens[m][START] and \
                tokens[m + 1][LOWER] in ("and", "or"):
            continue  # "above- and below-ground sensors": a suspended hyphen, no dash
        if word == "(":
            close = next((j for j in range(m + 1, min(end - 1, m + DASH_ASIDE_WORDS + 1))
                          if tokens[j][TEXT] in "()"), -1)
            if close > 0 and tokens[close][TEXT] == ")" and \
                    tokens[close + 1][TEXT][0].isalnum() and not doc.cues_between(m, close):
                m = close  # "rose 4.7 millimeters (0.19 inches) a year", "the bill (which
                continue  # passed last week) was dead": an aside inside the clause
        if word in ("—", "–", "--", "-", "(", ";"):
            return m
        if tokens[k][LOWER] == "to" and m in doc.cue_at and m - 2 > k and \
                tokens[m - 2][LOWER] == "be" and tokens[m - 1][LOWER].endswith("ed"):
            return m  # "A spokesman who declined to be named said …": the main verb after a
            # passive infinitive ends it
        if word in (",", "and", "but") and not finite and \
                tokens[m + 1][LOWER] in _FINITE_AUXILIARIES and tokens[k][LOWER] == "to":
            return m  # "Doe, who declined to comment, was born …", "urged X to disavow him and
            # has called …": the infinitive has ended
        if word == "and" and m + 2 < end and tokens[m + 1][LOWER] in _REFERRING_VERBS and \
                tokens[m + 2][LOWER] in _REFERRED_NOUNS:
            return m  # "… and referred questions to the Commerce Department": the
            # spokesperson's act
        if word == "and" and not finite and tokens[m + 1][LOWER] in _SINGULAR_AUXILIARIES and \
                tokens[m + 1][TEXT].islower() and not _past_verb_in(tokens, k, m):
            return m  # "admitted burglary and was given …": the subject's next predicate (two
            # subjects joined by "and" would take "were", "have")
        finite = finite or tokens[m][LOWER] in _FINITE_AUXILIARIES
        if word == "," and finite and (
                tokens[m + 1][LOWER] in ("a", "an") and not _describes_before(tokens, m) or
                tokens[m + 1][LOWER] == "even" and m + 2 < end and
                tokens[m + 2][LOWER] in _CLAUSE_BREAKERS or
                tokens[m + 1][LOWER] in verbs.REPORTING_NOUNS and m + 2 < end and
                tokens[m + 2][LOWER] in ("that", "which") and not _describes_before(tokens, m)):
            return m  # "…, a sharp change from …", "…, comments that were echoed …": the
            # writer's appositive comment on the whole report; "…, even as she admits …": the
            # writer's concession
        if word == "," and tokens[m + 1][LOWER] in _SUBJECT_BREAKERS:
            if _cue_soon(doc, m + 2, end) and not _after_subordinate(tokens, k, m):
                return m  # "…, he said": an attribution, not more of the clause
            continue  # "in 1972, he supported …": the subject after a fronted adverbial
        if word == "," and not finite and tokens[m + 1][LOWER] in ("which", "who", "whose"):
            pair = _relative_aside_end(tokens, m + 2, end)
            if pair > 0:
                m = pair  # "said the plan, which passed last year, is dead", "the suspect,
                continue  # whose name was not released, was taken": the subject's relative
                # clause, the report's verb after it
        if word == "," and (m + 1 in doc.cue_at or tokens[m + 1][LOWER] in _CLAUSE_BREAKERS or
                            _time_relation_at(tokens, m + 1) or
                            tokens[m + 1][LOWER] in _RESULT_PARTICIPLES or
                            tokens[m + 1][LOWER] in _CLAUSE_END_GERUND_PREPOSITIONS and
                            m + 2 < end and tokens[m + 2][LOWER].endswith("ing")):
            return m  # "…, throwing a wrench in …": the writer's account of what followed;
            # "…, days after officials said …": the writer's placing of it in time
        if word == "," and tokens[m + 1][LOWER] in ("and", "but") and m + 2 < end and \
                _cue_soon(doc, m + 2, end):
            return m  # "…, and accused …" / "…, but did say …"
        if (tokens[m][LOWER] in ("and", "but") and m + 1 in doc.cue_at or
                tokens[m][LOWER] in ("and", "but") and _second_report(doc, m + 1, end)) and \
                not _coordinated_gerund(tokens, k, m + 1):
            return m  # "calling him a … and demanding …", "… but implied that …": a second
            # report
        if (tokens[m][LOWER] in ("and", "but") or
                tokens[m][LOWER] in ("while", "whereas") and m > k + 1) and \
                _attribution_follows(doc, m + 1, end) and not _names_only(tokens, k, m) and \
                not _closes_list(tokens, k, m):
            return m  # "… and others have said …": a second speaker's report, unless the
            # words before are a first subject joined to it ("she and her peers referred to")
        if word == "," and tokens[m + 1][LOWER] in ("but", "yet") and \
                tokens[m + 2][LOWER] in _SPEAKER_PRONOUNS:
            return m  # "…, but she has bristled at …": the reporter's next clause
        if word == "," and _attribution_follows(doc, m + 1, end) and \
                not (m + 3 < end and tokens[m + 2][LOWER] == "and" and
                     _closes_list(tokens, k, m + 2)):
            return m  # "…, his campaign has argued that …" (not "China, Brazil and India")
    return end


_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has", "does"})
_REFERRING_VERBS = frozenset({"referred", "deferred", "directed", "redirected"})
_REFERRED_NOUNS = frozenset({"questions", "inquiries", "enquiries", "queries", "requests",
                             "reporters", "comment"})
"""``referred questions to …``: a spokesperson sending the press elsewhere after a report."""


def _past_form(token: Token) -> bool:
    """Whether a word may be a past-tense verb: ``-ed``, or an irregular past of a reporting or
    common verb (``speakers.IRREGULAR_PASTS``, ``speakers.COMMON_PASTS``: ``told``, ``held``)."""
    lower = token[LOWER]
    return lower.endswith("ed") or lower in IRREGULAR_PASTS or lower in COMMON_PASTS


def _finite_verb_in(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether tokens ``k:m`` hold a finite auxiliary or a word that may be a past-tense verb:
    a clause's verb, which an appositive lacks (``…, a record for the first quarter``)."""
    return any(t[LOWER] in _FINITE_AUXILIARIES or t[TEXT].islower() and _past_form(t)
               for t in tokens[k:m])


def _may_speak(mention: Mention | None) -> bool:
    """Whether a subject may be a speaker: a person, a pronoun, a noun phrase whose last word
    is a role or a group (``the company``) or a name with no determiner (an institution's: not
    in lower case); not a thing (``The decision``)."""
    if mention is None:
        return False
    if mention.kind in ("name", "pronoun") or mention.entity >= 0:
        return True
    words = mention.text.lower().split()
    return words[-1] in ROLES or words[-1].rstrip("s") in ROLES or is_group_word(words[-1]) or \
        not mention.text[0].islower() and words[0] not in DETERMINERS


def _clause_verb_in(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether tokens ``k:m`` hold a clause's verb: a finite auxiliary, a past form
    (``_finite_verb_in``) or a past that is also a noun before a possessive (``cut its``)."""
    return _finite_verb_in(tokens, k, m) or any(noun_past_verb(tokens, j, m) for j in range(k, m))


def _past_verb_in(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether tokens ``k:m`` hold a word that may be a past-tense verb (``peaked``, ``held``):
    the clause has its own verb, which ``and was`` may be joined to."""
    return any(t[TEXT].islower() and _past_form(t) for t in tokens[k:m])


def _describes_before(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the word before ``comma`` is a person an appositive after it may describe: a
    capitalised name or a role or kinship noun (``Kim Park, a lawyer``, ``his grandfather, a
    piano tuner``), not the end of a clause the writer comments on (``prices rose 5 percent, a
    sharp change``)."""
    word = tokens[comma - 1]
    return word[TEXT][0].isupper() and word[TEXT][1:].islower() or word[LOWER] in KINSHIP or \
        word[TEXT].islower() and word[LOWER] in ROLES


def _relative_aside_end(tokens: Sequence[Token], k: int, end: int) -> int:
    """The comma closing a relative clause that starts at token ``k`` when a finite verb
    follows it (``the plan, which passed last year, | is dead``), else -1."""
    for j in range(k, min(end - 1, k + MAX_APPOSITIVE_WORDS + 4)):
        if tokens[j][TEXT] == ",":
            return j if tokens[j + 1][LOWER] in _FINITE_AUXILIARIES else -1
        if not tokens[j][TEXT][0].isalnum():
            return -1
    return -1


def _coordinated_gerund(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether token ``m`` is a gerund joined to an earlier one of the clause at token ``k``:
    one opening the clause (``endorse putting cameras on officers and accepting refugees``), or
    one after a preposition with no comma since (``got in by reading their pages and guessing
    passwords``): one object of two gerunds, not a second report."""
    if not tokens[m][LOWER].endswith("ing"):
        return False
    if tokens[k][LOWER].endswith("ing") and tokens[k][TEXT].islower():
        return True
    for j in range(m - 2, k, -1):
        if tokens[j][TEXT] == ",":
            return False
        if tokens[j][LOWER].endswith("ing") and tokens[j][TEXT].islower() and \
                tokens[j - 1][LOWER] in _GERUND_PREPOSITIONS:
            return True
    return False


def _after_subordinate(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether the clause at token ``k`` opens with a subordinate clause (``although he
    confessed``, ``that if they lose``) that the comma at token ``m`` ends, its main clause
    following (``…, he showed no remorse``), with no comma before."""
    if tokens[k][LOWER] == "that":
        k += 1
    return k < m and tokens[k][LOWER] in _SUBORDINATORS and \
        all(t[TEXT] != "," for t in tokens[k:m])


def _names_only(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether tokens ``k`` to ``m`` (exclusive) are only a pronoun or a name: a subject that
    ``and`` at ``m`` joins to another (``she and her peers``, ``Jane Doe and her aides``)."""
    return all(t[TEXT][0].isupper() or t[LOWER] in _SPEAKER_PRONOUNS for t in tokens[k:m])


def _closes_list(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether the ``and`` at token ``m`` (after token ``k``) closes a list of capitalised words
    (``nations that include China, Brazil and India should show``): it joins the list's last
    item, not a second clause."""
    return m - 3 >= k and tokens[m - 1][TEXT][0].isupper() and tokens[m - 2][TEXT] == "," and \
        tokens[m - 3][TEXT][0].isupper()


def _second_report(doc: _Doc, k: int, end: int) -> bool:
    """Whether a cue with a that-clause of its own stands at token ``k`` after at most a few
    adverbs or auxiliaries (``but implied that``, ``and would not say whether``)."""
    cue = _cue_from(doc, k, end)
    return cue is not None and _complementizer(doc, cue, cue.last + 1, end) >= 0


def _cue_soon(doc: _Doc, k: int, end: int) -> bool:
    """Whether a cue stands at token ``k`` after at most a few adverbs or auxiliaries."""
    return _cue_from(doc, k, end) is not None


def _cue_from(doc: _Doc, k: int, end: int) -> _Cue | None:
    """The cue at token ``k``, or after the adverbs and auxiliaries there (``SKIPPABLE``)."""
    while k < end and k not in doc.cue_at and is_skippable(doc.tokens[k]):
        k += 1
    return doc.cue_at.get(k)


def _attribution_follows(doc: _Doc, k: int, end: int) -> bool:
    """Whether a speaker and a cue begin at token ``k`` (``his campaign has argued``), the cue
    reporting something: not one that an adjunct follows (``and her husband will also speak at
    the convention``: a speech event inside the report)."""
    window = ATTRIBUTION_WINDOW
    if k < end and doc.tokens[k][TEXT][0].isupper():
        window += _name_dots(doc, k, end)
    for m in range(k + 1, min(end, k + window)):
        if m in doc.cue_at:
            mention = doc.people.speaker_before(m, k)
            if mention is None or mention.start != doc.tokens[k][START] and not (
                    doc.tokens[k][LOWER] == "the" and mention.start == doc.tokens[k + 1][START]):
                return False  # (a group's name is read without its article: "the Post")
            cue = doc.cue_at[m]
            after = doc.tokens[cue.last + 1][LOWER] if cue.last + 1 < end else "."
            return not (after in _ADJUNCT_PREPOSITIONS or after in ("on", "for", "with")) or \
                _complementizer(doc, cue, cue.last + 1, end) >= 0 or \
                _dated_end(doc.tokens, cue.last + 1, end)
        if not doc.tokens[m][TEXT][0].isalnum() and not (
                doc.tokens[m][TEXT] == "." and doc.people.is_abbreviation(m - 1)):
            return False  # (a title's full stop goes on: "Maine Sen. Susan Collins said")
    return False


def _dated_end(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Whether the tokens from ``k`` are a day's date closing the sentence (``said on Friday.``,
    ``said on Tuesday night.``): the report is dated, no speech event is described."""
    if k + 1 >= end or tokens[k][LOWER] != "on" or tokens[k + 1][LOWER] not in _PAST_DAYS:
        return False
    n = k + 2
    if n < end and tokens[n][LOWER] in TIME_NOUNS:
        n += 1
    return n >= end or tokens[n][TEXT] in _SENTENCE_END


def _name_dots(doc: _Doc, k: int, end: int) -> int:
    """Words of capitalised names (and their titles' full stops) from token ``k``: they widen
    the window in which ``_attribution_follows`` looks for the cue (``Maine Sen. Susan Collins
    and Texas Rep. Louis Gohmert suggested``)."""
    n = 0
    for m in range(k, min(end, k + 2 * ATTRIBUTION_WINDOW)):
        text = doc.tokens[m][TEXT]
        if text[0].isupper() or text == "." or text == "and":
            n += 1
        elif text[0].isalnum():
            break
    return n


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and clause-final punctuation (but not a closing quotation mark)."""
    while end > start and (text[end - 1].isspace() or
                           text[end - 1] in ".,;:—–-" and text[end - 1] not in _CLOSERS):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    return start, end


def _indirect(doc: _Doc, cue: _Cue, stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """The reported clause of a cue with no quotation marks, or None.

    Tries, in order: ``according to X``; an attribution after its clause (``…, X added.``,
    ``…, said X.``); the clause after the cue (``X said (that) …``, ``X told Y that …``, ``X
    urged Y to …``, ``X criticised Y for …``) or around it (``This campaign, he says, is
    different``).
    """
    tokens = doc.tokens
    if _passive_purpose(doc, cue):
        return None  # "was summoned by Labour to discuss …": a purpose, nobody speaking
    if _anonymity(tokens, cue.last + 1):
        return None  # "asking not to be named": the source's terms, not a report
    bounds = _Bounds(doc, tokens[cue.first][SENT])
    if cue.lemma == "according to":
        return _according_to(doc, cue, bounds.a, bounds.b, stops)
    if tokens[cue.first][SENT] in doc.people.title_case:
        return _headline(doc, cue, bounds)
    passive = _passive_by(doc, cue, bounds, stops) or _passive_question(doc, cue, bounds)
    if passive is not None:
        return passive
    if _is_passive(doc, cue, bounds):
        # "who was revealed last week as …", "X is expected to win": nobody is reported
        # as saying anything, so there is no quote (and no speaker to count); but "X was
        # asked whether …" reports a question, by someone unnamed
        first = _question_start(doc, cue, bounds)
        return None if first < 0 else _clause_record(
            doc, first, bounds, stops, _Attribution(None, cue, "passive_question"),
            noun_object=tokens[first - 1][LOWER] == "about")
    mention = doc.cue_speaker(cue, bounds.a)
    adjacent = mention is not None and _adjacent(doc, mention, cue)
    inverted = _inverted(doc, cue, mention if adjacent or mention is not None and
                         _appositive_between(doc, mention, cue) else None, bounds)
    if inverted is not None or mention is None:
        return inverted
    if adjacent:
        as_clause = _as_speaker_cue(doc, cue, mention, bounds, stops)
        if as_clause is not None:
            return as_clause
    k = cue.last + 1
    found = _complementizer(doc, cue, k, bounds.b)
    if found < 0 and cue.lemma in CUE_FRAMES["directive"]:
        directive = _directive_to(doc, cue, mention, bounds, stops)
        if directive is not None:
            return _before_resumed_verb(doc, cue, bounds, *directive)
    if found < 0 and adjacent:
        parts = _parenthetical(doc, cue, mention, bounds.a, bounds.b, bounds.hi, stops)
        if parts is not None:
            return parts
    if found == cue.last + 1 and tokens[found][LOWER] == "that" and \
            cue.lemma in _NAMING_LEMMAS and found + 1 < bounds.b and \
            tokens[found + 1][TEXT] in _QUOTE_MARKS:
        # "called that “a tired line”": the demonstrative is the object the quote names
        return _clause_record(doc, found, bounds, stops,
                              _Attribution(mention, cue, "speaker_cue_object"), noun_object=True)
    if found >= 0 and tokens[found][LOWER] == "that" and _that_is_subject(tokens, found, bounds.b):
        # "spoke in a cottage on a base that overlooks …", "wrote to a council that has since
        # …": a relative clause on the noun before it, part of any object; "said that is not
        # true": the demonstrative is the clause's subject
        k, found = (k, -1) if found > k else (found, -2)
    if found >= 0:
        rule = "speaker_cue_object_that" if found > k and cue.lemma in CUE_FRAMES["listener"] \
            else "speaker_cue_that"
        k = found + 1 if tokens[found][LOWER] == "that" else found
    elif found == -2:
        rule = "speaker_cue_that"
    else:
        k, rule = _clause_start(doc, cue, k, bounds.b, evidence=_is_evidence(doc, mention))
        if k < 0:
            return None
    noun_object = rule == "speaker_cue_object" and tokens[k][LOWER] != "to"
    found_clause = _clause_record(doc, k, bounds, stops, _Attribution(mention, cue, rule),
                                  noun_object=noun_object)
    if found_clause is not None and adjacent and _subordinated(doc, mention, bounds):
        found_clause = _before_main_clause(doc, *found_clause)
    elif found_clause is not None and _in_relative_clause(doc, cue, bounds):
        found_clause = _before_predicate(doc, *found_clause)
    elif found_clause is not None:
        found_clause = _before_resumed_verb(doc, cue, bounds, *found_clause)
    if found_clause is None and found == cue.last + 1 and tokens[found][LOWER] == "that" and \
            _takes_object(cue.lemma):
        # "rejected that idea": ``that`` was a determiner, the object is the content
        return _clause_record(doc, found, bounds, stops,
                              _Attribution(mention, cue, "speaker_cue_object"), noun_object=True)
    return found_clause


def _that_is_subject(tokens: Sequence[Token], m: int, b: int) -> bool:
    """Whether ``that`` at token ``m`` is a subject, not a complementizer: a finite auxiliary
    follows (``said that is not true``, ``a council that has since …``) or a verb in ``-s``
    and its determiner (``a base that overlooks the bay``); a complementizer is followed by a
    subject of its own."""
    if m + 2 >= b:
        return False
    after = tokens[m + 1]
    if not after[TEXT].islower():
        return False
    return after[LOWER] in _FINITE_AUXILIARIES or \
        after[LOWER].endswith("s") and not after[LOWER].endswith(("ss", "'s", "’s")) and \
        tokens[m + 2][LOWER] in DETERMINERS and tokens[m + 2][LOWER] != "that"


def _in_relative_clause(doc: _Doc, cue: _Cue, bounds: _Bounds) -> bool:
    """Whether a cue opens a non-restrictive relative clause on its subject (``The senator,
    who said last week that …,``): adverbs and auxiliaries between ``, who`` and the cue."""
    tokens = doc.tokens
    k = cue.first - 1
    while k > bounds.a and is_skippable(tokens[k]):
        k -= 1
    return k - 1 >= bounds.a and tokens[k][LOWER] == "who" and tokens[k - 1][TEXT] == ","


def _before_predicate(doc: _Doc, start: int, end: int,
                      attribution: _Attribution) -> tuple[int, int, _Attribution]:
    """The report of a relative clause up to the comma that closes it before the main verb
    (``who said that she would retire, | voted against the bill``); unchanged when no comma
    is followed by a finite verb."""
    tokens = doc.tokens
    a, b = doc.tok(start), doc.tok(end)
    m = a
    while m < b - 1:
        if m in doc.quote_close and doc.quote_close[m] < b:
            m = doc.quote_close[m] + 1  # commas inside quoted words
            continue
        after = tokens[m + 1]
        if tokens[m][TEXT] == "," and after[TEXT].islower() and (
                after[LOWER] in _FINITE_AUXILIARIES or after[LOWER].endswith("ed")):
            cut_start, cut_end = _trim(doc.text, start, tokens[m][START])
            return cut_start, cut_end, attribution
        m += 1
    return start, end, attribution


def _before_resumed_verb(doc: _Doc, cue: _Cue, bounds: _Bounds, start: int, end: int,
                         attribution: _Attribution) -> tuple[int, int, _Attribution]:
    """The report of a cue inside a restrictive relative clause on the sentence's subject (a
    ``who`` before the cue, no comma before it) up to the main clause's verb: ``A man who told
    police he was drunk | has been jailed``, ``… after the driver asked him to stop vaping | was
    jailed`` (``_noun_clause_end``: a second finite ``be``; an infinitive has none of its own,
    so its first). Unchanged when no ``who`` comes first."""
    tokens = doc.tokens
    if doc.text.find("who", tokens[bounds.a][START], tokens[cue.first][START]) < 0:
        return start, end, attribution
    relative = next((m for m in range(bounds.a, cue.first) if tokens[m][LOWER] == "who"), -1)
    if relative <= bounds.a or tokens[relative - 1][TEXT] == "," or \
            any(t[TEXT] in _INVERSION_MARKS for t in tokens[bounds.a:relative]):
        return start, end, attribution
    k = cue.first - 1
    while k > relative and is_skippable(tokens[k]):
        k -= 1
    mention = attribution.mention
    opener = doc.tok(mention.start) - 1 if mention is not None else -1
    if k != relative and not (opener > relative and tokens[opener][LOWER] in _SUBORDINATORS):
        return start, end, attribution  # "Voters who backed the plan say …": the cue is the
        # main verb, its subject the relative clause's antecedent
    a, b = doc.tok(start), doc.tok(end)
    infinitive = tokens[a][LOWER] == "to" or tokens[a][LOWER] in _NEGATORS
    cut = _noun_clause_end(tokens, a, b, seen=infinitive)
    if cut >= b or cut <= a:
        return start, end, attribution
    cut_start, cut_end = _trim(doc.text, start, tokens[cut][START])
    return cut_start, cut_end, attribution


def _subordinated(doc: _Doc, mention: Mention, bounds: _Bounds) -> bool:
    """Whether a speaker opens a subordinate clause (``While Jo Li said …, Tom Park …``, ``just
    months after Obama declared …, rebels removed …``): a main clause may follow the report
    after a comma."""
    m = doc.tok(mention.start) - 1
    return m >= bounds.a and doc.tokens[m][LOWER] in _SUBORDINATORS


def _before_main_clause(doc: _Doc, start: int, end: int,
                        attribution: _Attribution) -> tuple[int, int, _Attribution]:
    """The report of a subordinate clause up to the last comma in it that a noun phrase and a
    finite verb follow (``said the plan, which passed in May, is dead, | the crowd cheered``),
    with a closing mark just after that comma (``has the "best experience," | Trump is``); the
    span unchanged when there is none."""
    tokens = doc.tokens
    a, b = doc.tok(start), doc.tok(end)
    cut = -1
    m = a
    while m < b:
        if m in doc.quote_close and doc.quote_close[m] < b and \
                tokens[doc.quote_close[m] - 1][TEXT] != ",":
            m = doc.quote_close[m] + 1  # commas inside quoted words, unless one ends them
            continue
        if tokens[m][TEXT] == ",":
            n = m + 1
            while n < b and tokens[n][TEXT] in _CLOSERS:
                n += 1
            if n < b and (_opens_clause(tokens[n]) or tokens[n][TEXT][0].isupper() or
                          _bare_subject_word(tokens[n])) and \
                    _finite_verb_in(tokens, n + 1, b):
                cut = n  # not ", the bank's largest contributor": an appositive, no verb
        m += 1
    if cut < 0:
        return start, end, attribution
    first, last = _trim(doc.text, start, tokens[cut - 1][END])
    return first, last, attribution


def _bare_subject_word(token: Token) -> bool:
    """Whether a lower-case word may open a subject without a determiner (``rebels removed``):
    no relative, conjunction, preposition, auxiliary or participle."""
    lower = token[LOWER]
    return token[TEXT].isalpha() and token[TEXT].islower() and lower not in _RELATIVE_WORDS and \
        lower not in _CONJUNCTIONS and lower not in _PREPOSITIONS and \
        lower not in _FINITE_AUXILIARIES and not lower.endswith(("ed", "ing", "ly"))


def _is_passive(doc: _Doc, cue: _Cue, bounds: _Bounds) -> bool:
    """Whether a cue is a passive participle (``was revealed``, ``is expected to``): its subject
    is what is talked about, not who talks (Quirk et al. 1985, 3.63-3.70)."""
    tokens = doc.tokens
    lower = tokens[cue.first][LOWER]
    if lower == cue.lemma.split()[0] or lower.endswith(("s", "ing")):
        return False
    k = cue.first - 1
    while k > bounds.a and is_skippable(tokens[k]) and tokens[k][LOWER] not in _BE_FORMS:
        k -= 1
    return tokens[k][LOWER] in _BE_FORMS


def _passive_purpose(doc: _Doc, cue: _Cue) -> bool:
    """Whether a cue is the infinitive of purpose of a passive verb that is no cue (``was
    summoned by the party to discuss``, ``were invited to speak``): the subject is made to come
    for the talk, nobody is reported as saying anything (Quirk et al. 1985, 15.47 on
    infinitive clauses of purpose)."""
    tokens = doc.tokens
    k = cue.first - 1
    if k < 2 or tokens[k][LOWER] != "to" or tokens[cue.first][LOWER] != cue.lemma.split()[0]:
        return False
    k -= 1
    by = k
    while by > k - MAX_AGENT_WORDS and by > 0 and tokens[by][LOWER] != "by" and \
            tokens[by][TEXT][0].isalpha():
        by -= 1
    if tokens[by][LOWER] == "by":
        k = by - 1
    while k > 0 and is_skippable(tokens[k]) and tokens[k][LOWER] not in _BE_FORMS:
        k -= 1
    participle = tokens[k][LOWER]
    if k in doc.cue_at or not participle.endswith(("ed", "en")):
        return False
    k -= 1
    while k > 0 and is_skippable(tokens[k]) and tokens[k][LOWER] not in _BE_FORMS:
        k -= 1
    return tokens[k][LOWER] in _BE_FORMS


class _Bounds:
    """A sentence's character bounds ``lo, hi`` and token bounds ``a, b``."""

    __slots__ = ("lo", "hi", "a", "b")

    def __init__(self, doc: _Doc, index: int) -> None:
        self.lo, self.hi = doc.sentence_bounds(index)
        self.a, self.b = doc.tok(self.lo), doc.tok(self.hi)

    @classmethod
    def clipped(cls, doc: _Doc, bounds: _Bounds, b: int) -> _Bounds:
        """The same sentence ending before token ``b`` instead."""
        out = cls.__new__(cls)
        out.lo, out.a, out.b = bounds.lo, bounds.a, b
        out.hi = min(bounds.hi, doc.tokens[b][START]) if b < len(doc.tokens) else bounds.hi
        return out


def _inverted(doc: _Doc, cue: _Cue, adjacent: Mention | None,
              bounds: _Bounds) -> tuple[int, int, _Attribution] | None:
    """``The plan failed, X added.`` / ``The plan failed, said X.``: the clause before a
    sentence-final attribution (``adjacent``: the speaker just before the cue, if any)."""
    tokens = doc.tokens
    anonymous = _anonymity_tail(tokens, cue.last + 1, bounds.b) if doc.anonymity else -1
    if anonymous > 0:  # "…, three sources told Reuters, asking not to be identified …": the
        bounds = _Bounds.clipped(doc, bounds, anonymous + 1)  # sources' terms end the
        # attribution
    rest = bounds.b - cue.last - 1
    tail = skip_time(tokens, cue.last + 1, bounds.b)
    if cue.last + 1 < bounds.b and tokens[cue.last + 1][TEXT] in "—–":
        rest = 0  # "…, party leaders believe — voters she needs": an aside follows
    elif adjacent is not None and tail + 1 < bounds.b and tokens[tail][TEXT] == "," and \
            tokens[tail + 1][LOWER] in _TAIL_ADJUNCT_OPENERS:
        rest = 0  # "…, the Vatican said Saturday, in a trip aimed at …": the writer's adjunct
    elif _adjunct_ends(doc, cue, bounds):
        rest = 0  # "…, X said from his office in Orlando.": an adjunct, no clause follows
    elif adjacent is not None and _time_clause_at(tokens, tail, bounds.b):
        rest = 0  # "…, prosecutors said Thursday as they unsealed an indictment": the writer's
        # time clause on the attribution
    elif cue.last + 2 < bounds.b and tokens[cue.last + 1][TEXT] == "," and \
            cue.last + 2 in doc.cue_at and tokens[cue.last + 2][LOWER].endswith("ing"):
        rest = 0  # "…, Spicer said, adding …": the participle reports on its own
    elif cue.lemma in CUE_FRAMES["listener"] and _listener_ends(doc, cue, bounds):
        rest = 0  # "…, two officials told The Washington Post.": the hearer, no clause
    elif adjacent is not None and _object_follows(doc, cue, bounds):
        return None  # "A year later, Mr. Obama called Naghmeh Abedini.": the cue's own object
    if adjacent is not None:
        before = doc.tok(adjacent.start) - 1
        described = _description_before(tokens, before, bounds.a) \
            if adjacent.kind == "name" else -1
        if described >= 0:
            before = described  # "…, his aide, Jo Li, said"
        before = _premodifiers_before(tokens, before, bounds.a)
        speaker, rule = adjacent, "clause_speaker_cue"
        if _comma_in_closer(tokens, before, bounds.a) and rest <= 3:
            # 'The failure was "heartbreaking," she said.': the comma inside the closing mark
            cut = tokens[before][END]
        elif before > bounds.a and tokens[before][TEXT] in _INVERSION_MARKS and rest <= 3:
            cut = tokens[before][START]  # "…, X added."
        else:
            return None  # "… — X believes —", or a clause after the cue
    else:
        comma = cue.first - 1
        closing = _comma_in_closer(tokens, comma, bounds.a)  # '… “activating it,” said X'
        if not (comma > bounds.a and (tokens[comma][TEXT] == "," or closing)) or \
                tokens[cue.first][LOWER].endswith("ing") or cue.lemma == "tell":
            return None  # "…, told The Huffington Post": who is told, never the speaker
        speaker = doc.people.speaker_after(cue.last + 1, bounds.b)
        if speaker is None or not closing and doc.people.leading_name(bounds.a, comma) >= 0:
            return None  # "Rep. Bobby Scott, a negotiator, said …": a subject, no clause
        if speaker.kind != "name" and tokens[cue.last + 1][LOWER] not in DETERMINERS and \
                tokens[cue.first][LOWER] not in _INITIAL_CUES:
            return None  # "of regular, pledged delegates.": a participle before its noun;
            # a bare plural inverts only after the common cues ("…, said officials.")
        after = doc.tok(speaker.end)
        if after < bounds.b and tokens[after][TEXT] not in _INVERTED_SPEAKER_ENDS and \
                not (speaker.kind != "pronoun" and tokens[after][LOWER] in ("who", "whose")):
            return None  # "…, said he supports …": the cue's own clause follows, not a speaker
        if rest > MAX_INVERTED_TAIL and after < bounds.b and \
                tokens[after][TEXT] not in _SENTENCE_END and \
                tokens[after][LOWER] not in ("who", "whose") and \
                not (tokens[after][TEXT] == "," and after + 1 < bounds.b and
                     (tokens[after + 1][LOWER] in _APPOSITION_OPENERS or
                      tokens[after + 1][LOWER] in _TAIL_CLAUSE_OPENERS or
                      tokens[after + 1][LOWER] in _TAIL_ADJUNCT_OPENERS or
                      after + 1 in doc.cue_at and tokens[after + 1][LOWER].endswith("ing"))):
            return None  # a long tail that is not "said X, a spokeswoman for …"
        rule = "clause_cue_speaker"
        cut = tokens[comma][END] if closing else tokens[comma][START]
    start, end = _trim(doc.text, _after_earlier_attribution(doc, doc.tok(cut), bounds), cut)
    if len(doc.text[start:end].split()) < MIN_CLAUSE_WORDS or \
            _subordinate_only(tokens, doc.tok(start), doc.tok(cut)) or \
            _no_clause(doc, doc.tok(start), doc.tok(cut)):
        return None
    return start, end, _Attribution(speaker, cue, rule)


def _time_clause_at(tokens: Sequence[Token], k: int, b: int) -> bool:
    """Whether a time clause opens at token ``k`` (before ``b``): a conjunction of
    ``_TIME_SUBORDINATORS``, a subject pronoun or a determiner and its noun, then a finite verb
    (``as they unsealed``, ``after the jury returned``); not ``described as the worst …``."""
    if k + 2 >= b or tokens[k][LOWER] not in _TIME_SUBORDINATORS:
        return False
    verb = k + 2 if tokens[k + 1][LOWER] in _SPEAKER_PRONOUNS else \
        k + 3 if tokens[k + 1][LOWER] in DETERMINERS else b
    return verb < b and (_finite_auxiliary(tokens[verb][LOWER]) or _past_form(tokens[verb]))


def _no_clause(doc: _Doc, a: int, cut: int) -> bool:
    """Whether tokens ``a:cut`` before an attribution hold no clause to report: a fronted
    adverbial with no finite verb (``In a post on X, he said:``, ``In his letter, published
    last night, Jo Li wrote:``), a participle phrase (``Asked whether she would run, Mrs.
    Harrow laughed``) or the speaker's own description (``The defendant, Lyle Barrow, 63,
    apologized``)."""
    tokens = doc.tokens
    first = tokens[a]
    participle = first[TEXT][0].isupper() and a not in doc.people.name_at
    if first[LOWER] in _ADVERBIAL_OPENERS or participle and first[LOWER].endswith("ing"):
        return not any(_finite_auxiliary(t[LOWER]) or
                       t[TEXT].islower() and _past_form(t) and tokens[m - 1][TEXT] != ","
                       for m, t in enumerate(tokens[a + 1:cut], a + 1))  # not "Shifting
        # monsoon patterns could affect …, he said": a gerund or participle as subject
    if participle and first[LOWER].endswith("ed"):
        return not any(t[TEXT] == "," for t in tokens[a + 1:cut])
    return first[LOWER] in DETERMINERS and cut - a <= MAX_APPOSITIVE_WORDS and \
        all(t[TEXT].isalpha() and t[LOWER] not in _FINITE_AUXILIARIES and not _past_form(t)
            for t in tokens[a:cut]) and \
        (tokens[cut - 1][LOWER] in ROLES or is_group_word(tokens[cut - 1][LOWER]))


def _subordinate_only(tokens: Sequence[Token], a: int, cut: int) -> bool:
    """Whether the clause from token ``a`` to ``cut`` is a subordinate clause alone (``When
    Trump … said he would "protect our LGBTQ citizens," the crowd applauded``): opened by a
    subordinator, with no comma before its end, so no main clause is reported."""
    return tokens[a][LOWER] in _SUBORDINATORS and tokens[a][LOWER] != "while" and \
        not any(tokens[m][TEXT] == "," and tokens[m + 1][TEXT] not in _CLOSERS
                for m in range(a + 1, cut - 1))


LABEL_WORDS: int = 3
"""Most words of a label that a colon closes at the start of a sentence (``The result:``)."""


def _after_earlier_attribution(doc: _Doc, k: int, bounds: _Bounds) -> int:
    """Where a clause ending at token ``k`` before its attribution starts: after an earlier
    attribution and its comma in the sentence (``…, KING-TV reported, while in Chicago the
    parade began …, the Sun-Times reported``), or after a short label and its colon (``The
    result: …, a study found``), else at the sentence's start."""
    tokens = doc.tokens
    for m in range(k - 2, bounds.a, -1):
        if m in doc.cue_last and tokens[m + 1][TEXT] == "," and m + 2 < k and \
                tokens[m + 2][TEXT][0].isalnum() and _set_off_subject(tokens, m, bounds.a):
            return tokens[m + 2][START]
    label = next((m for m in range(bounds.a + 1, min(k - 1, bounds.a + LABEL_WORDS + 1))
                  if tokens[m][TEXT] == ":"), -1)
    if label > 0 and all(t[TEXT][0].isalpha() for t in tokens[bounds.a:label]):
        return tokens[label + 1][START]  # "The result: pupils take …, a study found"
    return bounds.lo


def _set_off_subject(tokens: Sequence[Token], m: int, a: int) -> bool:
    """Whether a comma opens the few plain words before the cue ending at token ``m`` (``…,
    KING-TV reported,``): an attribution set off inside the sentence, not its main verb
    (``Fans also chanted, “…”``)."""
    for j in range(m - 1, max(a, m - MAX_SPEAKER_GAP) - 1, -1):
        if tokens[j][TEXT] == ",":
            return j < m - 1
        if not (tokens[j][TEXT][0].isalnum() or tokens[j][TEXT] == "."):
            return False
    return False


def _comma_in_closer(tokens: Sequence[Token], k: int, a: int) -> bool:
    """Whether token ``k`` ends a closing quotation mark (one token, or two for the archive
    style ``''``) with a comma inside it (``“… network,”``), after token ``a``."""
    j = k
    while j > a and tokens[j][TEXT] in _CLOSERS and k - j < 2:
        j -= 1
    return a < j < k and tokens[j][TEXT] == ","


def _listener_ends(doc: _Doc, cue: _Cue, bounds: _Bounds) -> bool:
    """Whether only a listener (and adjuncts) follows a telling cue to the end of its sentence
    (``…, two officials told The Washington Post on Monday.``): at most ``MAX_LISTENER_TAIL``
    words, no clause opener, subject pronoun, auxiliary, infinitive, quote or second cue among
    them (not ``told her he had booked a room``)."""
    tokens = doc.tokens
    last = next((j for j in range(cue.last + 2, bounds.b - 1) if tokens[j][TEXT] == "," and
                 (tokens[j + 1][LOWER] in _TAIL_ADJUNCT_OPENERS or
                  tokens[j + 1][TEXT].islower() and tokens[j + 1][LOWER].endswith("ing"))),
                bounds.b - 1)  # "…, three delegates told Reuters, as producers try …",
    # "…, she told AFP, adding that …"; not "…, people told POLITICO, has been chosen"
    tail = tokens[cue.last + 1:last]
    return 0 < len(tail) <= MAX_LISTENER_TAIL and \
        (tail[0][TEXT][0].isupper() or tail[0][LOWER] in _OBJECT_PRONOUNS or
         tail[0][LOWER] in ("the", "a", "an")) and \
        (tokens[last][TEXT] in _SENTENCE_END or tokens[last][TEXT] == ",") and \
        not any(t[LOWER] in COMPLEMENTIZERS or t[LOWER] in ("to", "about", "if") or
                t[TEXT] in _OPENING_MARKS or t[TEXT] in _CLOSERS or
                t[LOWER] in _SUBJECT_BREAKERS or t[LOWER] in _FINITE_AUXILIARIES
                for t in tail) and \
        not doc.cues_between(cue.last + 1, last)


def _object_follows(doc: _Doc, cue: _Cue, bounds: _Bounds) -> bool:
    """Whether the words after a cue, to the end of its sentence, hold a noun (``called Naghmeh
    Abedini``, ``mentioned climate change``) rather than only adverbs and time words (``said
    Tuesday``, ``added later``): then the cue has its own object and ends no inverted report."""
    for tok in doc.tokens[cue.last + 1:bounds.b]:
        if not tok[TEXT][0].isalnum():
            continue
        if tok[LOWER] not in TIME_WORDS and not is_skippable(tok) and \
                tok[LOWER] not in _SPEAKER_PRONOUNS:
            return True
    return False


def _adjunct_ends(doc: _Doc, cue: _Cue, bounds: _Bounds) -> bool:
    """Whether only a place or time adjunct follows a speech cue to the end of its sentence
    (``said from his office in Orlando``, ``said in an interview``, ``said on Tuesday``), an
    audience (``proclaimed to a cheering crowd``, ``said to reporters``) or a topic (``…, X said
    of the Republicans``), after any time adverbial (``skip_time``): a preposition of
    ``_ADJUNCT_PREPOSITIONS`` (or ``on`` before a capital, or ``to``), a determiner, possessive
    or capital (or, after ``to``, a plural in ``-ers``; after ``of`` or ``about``, any word),
    then at most ``MAX_ADJUNCT_WORDS`` plain words."""
    tokens = doc.tokens
    k = skip_time(tokens, cue.last + 1, bounds.b)  # "said Tuesday at a campaign event"
    if cue.last + 1 < k >= bounds.b - 1 and _category(cue.lemma) not in MENTAL_CATEGORIES:
        return True  # "…, X said on Tuesday."
    if not k + 1 < bounds.b or bounds.b - k > MAX_ADJUNCT_WORDS or \
            _category(cue.lemma) in MENTAL_CATEGORIES:
        return False  # "believe in the American dream": a complement, not an adjunct
    preposition, nxt = tokens[k][LOWER], tokens[k + 1]
    audience = preposition == "to" and nxt[LOWER].endswith("ers")  # "said to reporters"
    topic = preposition in ("of", "about") and nxt[TEXT][0].isalnum() and \
        _category(cue.lemma) == "neutral"  # "said of the plan", not "boasted of his skills"
    if not (audience or topic or preposition in _ADJUNCT_PREPOSITIONS or preposition == "to" or
            preposition == "on" and nxt[TEXT][0].isupper()):
        return False
    if not (audience or topic or nxt[LOWER] in _POSSESSIVES or nxt[LOWER] in ("a", "an", "the") or
            nxt[TEXT][0].isupper() or preposition == "in" and nxt[LOWER].endswith("s")):
        return False  # "insisted on getting …", "said to expect delays"; "said in interviews"
    m = k + 1
    while m < bounds.b - 1:
        close = _title_close(doc, m)
        if close >= 0:
            m = close + 1  # "said on NBC’s “Meet the Press.”"
            continue
        t = tokens[m]
        if t[LOWER] == "to" and _recipient_follows(tokens, m + 1, bounds.b):
            m += 1  # "said in a note to clients", "in a statement to The Associated Press"
            continue
        if t[TEXT] == "&" and tokens[m + 1][TEXT][0].isupper():
            m += 1  # "reported in Environmental Science & Technology"
            continue
        after = skip_time(tokens, m, bounds.b)
        if after > m:
            m = after  # "announced in Parliament on Tuesday (March 5)"
            continue
        if not t[TEXT][0].isalnum() or t[LOWER] in ("that", "to") or t[LOWER] in _CLAUSE_BREAKERS:
            return False
        m += 1
    return True


_RECIPIENT_ENDINGS = ("ers", "ors", "ents", "ists", "ees")
"""Endings of plural nouns of people written to (``clients``, ``shareholders``, ``donors``)."""


def _recipient_follows(tokens: Sequence[Token], k: int, b: int) -> bool:
    """Whether the words at token ``k`` name whom something was sent to, not an infinitive's
    verb: a determiner, possessive or capital, or a plural noun of people."""
    if k >= b:
        return False
    word = tokens[k]
    return word[LOWER] in ("a", "an", "the") or word[LOWER] in _POSSESSIVES or \
        word[TEXT][0].isupper() or word[LOWER].endswith(_RECIPIENT_ENDINGS) or \
        word[LOWER] in _AUDIENCE_NOUNS


def _headline(doc: _Doc, cue: _Cue, bounds: _Bounds) -> tuple[int, int, _Attribution] | None:
    """``Bernie Sanders Says He Has Started Writing His Speech``: a headline in title case,
    speaker first (after any ``Topic:``), the rest reported."""
    tokens = doc.tokens
    first = bounds.a
    for k in range(bounds.a, cue.first):
        if tokens[k][TEXT] in ":—–":
            first = k + 1
    if first > bounds.a + 1 and tokens[first - 1][TEXT] == ":" and \
            tokens[first][LOWER] in ("i", "we") and first - 1 - bounds.a <= MAX_COLON_NAME:
        # "Rubio: I Still Believe …": the name before the colon speaks in the first person,
        # and all after the colon is what they said
        content = _trim(doc.text, tokens[first][START], bounds.hi)
        mention = _headline_name(doc, bounds.a, first - 1)
        return content[0], content[1], _Attribution(mention, None, "speaker_colon")
    while first < cue.first and tokens[first][LOWER] in _HEADLINE_OPENERS:
        first += 1  # "Look How Trey Gowdy Just Fired Back …": the speaker comes after
    stop = cue.first
    while stop > first and is_skippable(tokens[stop - 1]):
        stop -= 1  # "… Gowdy Just Fired Back": the adverb is no part of the name
    if not 0 < stop - first <= MAX_COLON_NAME or cue.last + 1 >= bounds.b or \
            tokens[stop - 1][TEXT].endswith(("'s", "’s")):
        return None  # "Why Hillary Clinton’s Attacks On …": a possessive makes the cue a noun
    mention = _headline_name(doc, first, stop)
    content = _trim(doc.text, tokens[cue.last + 1][START], bounds.hi)
    if len(doc.text[content[0]:content[1]].split()) < MIN_CLAUSE_WORDS:
        return None
    return content[0], content[1], _Attribution(mention, cue, "headline_speaker_cue")


_HEADLINE_OPENERS = frozenset({"why", "how", "look", "watch", "see", "what", "when", "here's",
                               "here’s", "breaking", "video", "exclusive"})
"""Words opening a headline before its speaker (``Why X Says …``, ``Watch X Respond …``)."""


def _headline_colon(doc: _Doc, index: int) -> tuple[int, int, _Attribution] | None:
    """``Hacker Guccifer: Clinton’s Server Unprotected``: a title-case headline giving a short
    name, a colon and what they said (without quotation marks around all of it)."""
    tokens = doc.tokens
    bounds = _Bounds(doc, index)
    colon = next((k for k in range(bounds.a, min(bounds.b, bounds.a + MAX_COLON_NAME + 1))
                  if tokens[k][TEXT] == ":"), -1)
    if colon <= bounds.a or colon + 1 >= bounds.b or tokens[colon + 1][TEXT] in _OPENING_MARKS:
        return None
    if any(k in doc.cue_at for k in range(colon + 1, bounds.b)):
        return None  # "Media Reports: X Says …" is read at its cue
    mention = _headline_name(doc, bounds.a, colon)
    content = _trim(doc.text, tokens[colon + 1][START], bounds.hi)
    if len(doc.text[content[0]:content[1]].split()) < MIN_CLAUSE_WORDS:
        return None
    return content[0], content[1], _Attribution(mention, None, "speaker_colon")


def _headline_name(doc: _Doc, first: int, stop: int) -> Mention:
    """The speaker a headline names in tokens ``first:stop``: a person of the document when its
    words name one (``Sanders`` → Bernie Sanders), else a group as written."""
    tokens = doc.tokens
    start, end = tokens[first][START], tokens[stop - 1][END]
    entity = doc.people.known([_name_word(t[TEXT]) for t in tokens[first:stop]])
    return Mention(start, end, doc.text[start:end], entity, "name" if entity >= 0 else "group")


def _name_word(word: str) -> str:
    """A word of a name without its possessive ``'s``."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _passive_by(doc: _Doc, cue: _Cue, bounds: _Bounds,
                stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """``The plan was criticised by X.``: the subject is what X reported, X comes after ``by``
    (not after a cue of asking or telling: ``Jo Li was asked by X`` names whom X asked); with
    ``It`` for subject, the that-clause after the agent and any time adverbial (``It was
    announced by his family on Wednesday that …``)."""
    tokens = doc.tokens
    if cue.lemma in CUE_FRAMES["question"] or cue.lemma in CUE_FRAMES["listener"]:
        return None
    k = cue.first - 1
    while k > bounds.a and is_skippable(tokens[k]) and tokens[k][LOWER] not in _BE_FORMS:
        k -= 1
    if k <= bounds.a or tokens[k][LOWER] not in _BE_FORMS or cue.last + 2 >= bounds.b or \
            tokens[cue.last + 1][LOWER] != "by" or tokens[cue.first][LOWER].endswith("ing"):
        return None  # "was weighing in by phone": a progressive, and "by" no agent
    while k > bounds.a and tokens[k - 1][LOWER] in _BE_FORMS | {"has", "have", "had"}:
        k -= 1  # the first auxiliary: the subject ends before it
    extraposed = k - 1 == bounds.a and tokens[bounds.a][LOWER] == "it"
    that = next((j for j in range(cue.last + 2, bounds.b) if tokens[j][LOWER] == "that"),
                bounds.b) if extraposed else bounds.b
    speaker = doc.people.speaker_after(cue.last + 2, that)  # (not "the BBC that a …")
    if speaker is None:
        return None
    as_at = doc.tok(speaker.end)
    if cue.lemma in CUE_FRAMES["source"] and as_at + 1 < bounds.b and \
            _quoted_by(doc, cue, as_at + 1):
        return None  # "Jo Li was quoted by Le Monde as saying": Jo Li speaks, the paper cites
    if extraposed:  # "It was announced by his family on Wednesday that …": the subject
        # stands for the that-clause after the agent and any time adverbial
        if that < bounds.b and skip_time(tokens, as_at, that) == that:
            return _clause_record(doc, that + 1, bounds, stops,
                                  _Attribution(speaker, cue, "passive_by"))
        return None
    first = k
    while first > bounds.a and tokens[first - 1][TEXT][0].isalnum() and \
            tokens[first - 1][LOWER] not in ("and", "but", "who", "which", "that"):
        first -= 1
    start, end = _trim(doc.text, tokens[first][START], tokens[k][START])
    if first == k or len(doc.text[start:end].split()) > MAX_SOURCE_WORDS:
        return None
    return start, end, _Attribution(speaker, cue, "passive_by")


_QUESTION_CLAUSE_OPENERS = frozenset({"when", "if", "after", "once", "before", "while", "as"})
_QUESTION_WORDS = COMPLEMENTIZERS - {"that"} | {"if", "whom", "which", "when"}
"""Words opening the question after ``asked`` (``When asked whether …``)."""


def _question_start(doc: _Doc, cue: _Cue, bounds: _Bounds) -> int:
    """Token index where the question a question cue puts begins (``asked whether …``, the
    topic in ``asked about …``; a time before it skipped), or -1 when none follows."""
    tokens = doc.tokens
    if cue.lemma not in CUE_FRAMES["question"]:
        return -1
    first = skip_time(tokens, cue.last + 1, bounds.b)
    if first < bounds.b and tokens[first][LOWER] == "about":
        return first + 1 if first + 1 < bounds.b else -1
    return first if first < bounds.b and tokens[first][LOWER] in _QUESTION_WORDS else -1


def _passive_question(doc: _Doc, cue: _Cue, bounds: _Bounds) -> tuple[int, int, _Attribution] | None:
    """``When asked whether …, X said`` / ``Asked about the plan, X …``: a question put to the
    sentence's subject by someone unnamed. A participle clause (Quirk et al. 1985, 15.58) at the
    start of the sentence or after a comma; its content is the question (after ``about``, its
    topic) up to the comma that ends the clause, and nobody is named as asking."""
    tokens = doc.tokens
    if cue.lemma not in CUE_FRAMES["question"] or cue.first != cue.last or \
            not tokens[cue.first][LOWER].endswith("ed"):
        return None
    k = cue.first - 1
    if k >= bounds.a and tokens[k][LOWER] in _QUESTION_CLAUSE_OPENERS:
        k -= 1
    if k >= bounds.a and tokens[k][TEXT] != ",":
        return None  # "the department asked Mills to …": a finite verb with its subject
    first = _question_start(doc, cue, bounds)
    if first < 0:
        return None
    comma = next((m for m in range(first + 1, bounds.b) if tokens[m][TEXT] == ","), -1)
    if comma < 0:
        return None  # no main clause after it
    start, end = _trim(doc.text, tokens[first][START], tokens[comma][START])
    return start, end, _Attribution(None, cue, "passive_question")


def _as_speaker_cue(doc: _Doc, cue: _Cue, mention: Mention, bounds: _Bounds,
                    stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """``As X explained, …``: the clause after an attribution introduced by ``as``."""
    tokens = doc.tokens
    before = doc.tok(mention.start) - 1
    after = skip_time(tokens, cue.last + 1, bounds.b)
    if before < bounds.a or tokens[before][LOWER] != "as" or after >= bounds.b - 1 or \
            tokens[after][TEXT] != ",":
        return None
    return _clause_record(doc, after + 1, bounds, stops,
                          _Attribution(mention, cue, "as_speaker_cue"))


def _complementizer(doc: _Doc, cue: _Cue, k: int, b: int) -> int:
    """Token index of the ``that`` (``whether``, ``how``…) opening the cue's clause, or -1.

    Only adverbials may stand between (``said on Sunday in a statement that``), or, after
    ``told`` and the like, the listener (``told a packed crowd in Windham that``).
    """
    tokens = doc.tokens
    telling = cue.lemma in CUE_FRAMES["listener"]
    commits = _category(cue.lemma) == "commissive" or cue.lemma in CUE_FRAMES["infinitive"]
    phrase = False  # inside a prepositional phrase ("said during this week's debate that")
    m = k - 1
    while m + 1 < min(b, k + (MAX_TELL_GAP if telling else MAX_CUE_GAP)):
        m += 1
        close = doc.quote_close.get(m) if m > k else None
        if close is not None and close - m <= TITLE_MAX_WORDS + 1 and (
                telling or _title_close(doc, m) >= 0):
            m = close  # "told CNN’s “State of the Union” that", "said on “Face the Nation”
            continue  # that": a title
        word = tokens[m]
        if word[LOWER] == "that" or word[LOWER] in _QUESTION_WORDS and \
                cue.lemma in CUE_FRAMES["question"] or m == k and word[LOWER] in COMPLEMENTIZERS:
            return m  # "asked prosecutors why …": a question after the one asked
        if word[TEXT] == "." and m > k and (doc.people.is_abbreviation(m - 1) or
                                            tokens[m - 1][TEXT].isdigit() and m + 1 < b and
                                            tokens[m + 1][TEXT].isdigit()):
            continue  # "told Sen. Bob Casey that", "told his 1.8 million followers that"
        if word[TEXT] in _SENTENCE_END or word[TEXT] in "\"“”:;(" or m in doc.cue_at or \
                (word[TEXT].endswith(("'s", "’s")) or word[LOWER] in _POSSESSIVES) and \
                m + 1 < b and tokens[m + 1][LOWER] in verbs.REPORTING_NOUNS:
            return -1  # "mocked her claim that …": the clause is the claim's
        place = word[LOWER] in _PLACE_PREPOSITIONS  # "said outside the courthouse that"
        if word[TEXT].islower() and not telling and not phrase and not place and \
                not _adverbial_word(word[LOWER]):
            return -1
        if word[LOWER] == "to" and m == k and commits and m + 1 < b and \
                tokens[m + 1][TEXT].islower() and tokens[m + 1][TEXT].isalpha() and \
                tokens[m + 1][LOWER] not in _NOT_VERBS:
            return -1  # "agreed to hear cases that …": the promised act, no adverbial phrase
        phrase = phrase or place or word[LOWER] in _PREPOSITIONS and \
            word[LOWER] not in _CONJUNCTIONS
    return -1


_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "beside", "following", "ahead",
                                 "across", "aboard", "behind"})
"""Prepositions of a place or occasion phrase between a cue and ``that`` besides
``_PREPOSITIONS`` (``said outside the courthouse that``, ``told reporters following the vote
that``)."""


def _directive_to(doc: _Doc, cue: _Cue, mention: Mention, bounds: _Bounds,
                  stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """``X urged voters to …``: the infinitive after a directive cue and its object, which may
    carry a ``with`` phrase or a relative clause (``urged anyone who saw the crash to …``)."""
    tokens = doc.tokens
    k = cue.last + 1
    relative = False
    for m in range(k, min(bounds.b - 1, k + MAX_DIRECTIVE_RELATIVE + 1)):
        if tokens[m][LOWER] == "to" and m > k and tokens[m + 1][TEXT].islower() and \
                tokens[m + 1][LOWER] not in _NOT_VERBS:
            m -= tokens[m - 1][LOWER] in _NEGATORS  # "advised buyers not to eat it"
            return _clause_record(doc, m, bounds, stops,
                                  _Attribution(mention, cue, "speaker_cue_object"))
        if m > k and tokens[m][LOWER] in _OBJECT_MODIFIERS and tokens[m - 1][TEXT].isalpha():
            relative = relative or tokens[m][LOWER] != "with"
            continue
        if m > k + MAX_DIRECTIVE_OBJECT and not relative:
            break
        if relative and tokens[m][TEXT][0].isalnum():
            continue  # the relative clause's own verbs: "who was at the terminal on Saturday"
        if not (tokens[m][TEXT][0].isalnum() or tokens[m][TEXT] == "." and m > k and
                doc.people.is_abbreviation(m - 1)) or tokens[m][LOWER] in _CLAUSE_BREAKERS or \
                tokens[m][LOWER] in _FINITE_AUXILIARIES and tokens[m][TEXT].islower() or \
                m > k + 1 and tokens[m][TEXT].islower() and _past_form(tokens[m]) and \
                tokens[m - 1][TEXT].isalpha() and tokens[m - 1][LOWER] not in DETERMINERS:
            break  # "told MPs the increase was needed to …", "told reporters the bank
            # expected to …": a clause, not an object
    return None


def _clause_start(doc: _Doc, cue: _Cue, k: int, b: int, *,
                  evidence: bool = False) -> tuple[int, str]:
    """Where the content starts after a cue with no ``that``, and the rule; ``(-1, "")`` if none.

    A zero-``that`` clause after a ``CLAUSAL_CUES`` verb (``says the campaign will``), after the
    listener of ``told`` (``told Breitbart News he'd``), else the cue's object (``criticised the
    budget for its cuts``) when the cue takes one.
    """
    tokens = doc.tokens
    rule = "speaker_cue_that"
    k = _skip_connective(tokens, skip_time(tokens, k, b), b)
    if cue.lemma in CLAUSAL_CUES:
        after = _skip_adjuncts(doc, k, b)
        if k < after < b and _opens_clause(tokens[after]):
            k = after  # "said in an interview with CNN the plan is dead"
    verb = k + 2 if k + 2 < b and tokens[k + 1][TEXT] in _OPENING_MARKS else k + 1
    if verb < b and tokens[k][LOWER] == "to" and tokens[verb][TEXT].islower() and \
            (_category(cue.lemma) in INFINITIVE_CATEGORIES or
             cue.lemma in CUE_FRAMES["infinitive"]) and \
            tokens[verb][LOWER] not in _NOT_VERBS:
        return k, "speaker_cue_object"  # "promised to act", "refused to fight", "agreed to end"
    if cue.lemma in CLAUSAL_CUES and _quantity_opens(tokens, k, b) and \
            _finite_verb_soon(doc, k, b):
        return k, rule  # "said at least 14 people had been …", "said about 85 per cent of …"
    about = _about_after_listener(tokens, cue, k, b)
    if about >= 0:
        return about, "speaker_cue_object"  # "asked Bennett about …", "spoke to reporters about"
    if cue.lemma in FINITE_CLAUSE_CUES and k < b and tokens[k][TEXT][0].isalnum() and \
            tokens[k][LOWER] not in _PREPOSITIONS and (_finite_verb_soon(doc, k, b) or
                                                      _pronoun_subject(tokens, k, b)):
        return k, rule  # "the audit found the agency had ignored …", "wrote he won’t …"
    if k < b and tokens[k][LOWER] in _QUOTED_OBJECT_PREPOSITIONS:
        quoted = _quoted_object(doc, k, b)  # "warned against the “fevered dreams” of …"
        return (quoted, "speaker_cue_object") if quoted >= 0 else (-1, "")
    if k + 1 < b and tokens[k][LOWER] in ("of", "about") and \
            cue.lemma in CUE_FRAMES["listener"] and tokens[k + 1][TEXT][0].isalnum():
        return k + 1, "speaker_cue_object"  # "warned of a crisis", "told of her ordeal"
    if k < b and cue.lemma in CUE_FRAMES["listener"] and cue.lemma in CLAUSAL_CUES and \
            _subject_before_auxiliary(tokens, k, b):
        return k, rule  # "warned the tariffs could raise costs": a subject, no listener
    if k < b and cue.lemma in CUE_FRAMES["listener"]:
        k = _skip_object(doc, k, b)
        rule = "speaker_cue_object_that"
        if k < 0:
            return -1, ""
    if k < b and _quote_opens_clause(doc, k, b):
        if cue.lemma in CLAUSAL_CUES:
            return k, rule  # 'said "most people in politics" can't be trusted'
        if _takes_object(cue.lemma) and cue.lemma not in CUE_FRAMES["listener"]:
            return k, "speaker_cue_object"  # 'pledged “cooperation” toward shared goals'
    if k >= b or not tokens[k][TEXT][0].isalnum():
        return -1, ""
    if tokens[k][LOWER] in ("of", "about") and k + 1 < b and tokens[k + 1][TEXT][0].isalnum():
        if _topic_introduces_quote(doc, k + 1, b):
            return -1, ""  # 'said of his client: "…"': the quotation after it is the content
        return k + 1, "speaker_cue_object"  # "Trump said of waterboarding", "wrote about …"
    if cue.lemma in CUE_FRAMES["source"]:
        cited = doc.people.speaker_after(k, b)
        if cited is not None and cited.start == tokens[k][START] and (
                cited.kind in ("name", "pronoun") or _as_participle(doc, doc.tok(cited.end), b)):
            return -1, ""  # "cited Prime Minister X", "quoted an official as saying": a
            # source named, not content
    if cue.lemma not in CLAUSAL_CUES or cue.lemma in FINITE_CLAUSE_CUES or \
            tokens[k][LOWER] in _PREPOSITIONS or \
            tokens[k][LOWER] in _NOT_CLAUSE_OPENERS and not _quantified_subject(doc, k, b):
        if tokens[k][LOWER] in _PREPOSITIONS or cue.lemma in CUE_FRAMES["listener"] or \
                not (_takes_object(cue.lemma) or evidence) or tokens[k][LOWER] in _REFLEXIVES:
            quoted = -1 if cue.lemma in CUE_FRAMES["listener"] or \
                tokens[k][LOWER] in _PREPOSITIONS else _quoted_object(doc, k, b)
            return (quoted, "speaker_cue_object") if quoted >= 0 else (-1, "")
        rule = "speaker_cue_object"
    return k, rule


_QUANTITY_ADVERBS = frozenset({"about", "around", "nearly", "almost", "roughly", "some",
                               "approximately", "over", "only", "just"})
"""Words that may open a number (``about 85 per cent``), so a clause's subject, not a topic."""


def _quantity_opens(tokens: Sequence[Token], k: int, b: int) -> bool:
    """Whether the words at token ``k`` open a quantity (``at least 14 people``, ``about 85 per
    cent``): the subject of a clause, though they start with a preposition."""
    if k + 2 >= b:
        return False
    lower, nxt = tokens[k][LOWER], tokens[k + 1]
    if lower == "at" and nxt[LOWER] in ("least", "most"):
        return True
    return lower in _QUANTITY_ADVERBS and (nxt[TEXT][0].isdigit() or nxt[TEXT] == "$" or
                                           nxt[LOWER] in NUMBER_WORDS)


def _pronoun_subject(tokens: Sequence[Token], k: int, b: int) -> bool:
    """Whether token ``k`` is a subject pronoun before its verb (``admitted she failed``,
    ``admitted it failed``): no object, so the clause a finding verb reports; ``it`` only before
    a past-tense verb (``admitted it`` may end there)."""
    if k + 1 >= b or not tokens[k + 1][TEXT].isalpha() or not tokens[k + 1][TEXT].islower():
        return False
    lower = tokens[k][LOWER]
    return lower in _SPEAKER_PRONOUNS and (lower != "it" or _past_form(tokens[k + 1]))


def _subject_before_auxiliary(tokens: Sequence[Token], k: int, b: int) -> bool:
    """Whether the words from token ``k`` are one short noun phrase and then a finite auxiliary
    (``warned the tariffs could raise costs``, ``promised the cuts would end``): the subject of
    a clause without ``that`` after a cue that may also take a listener. A second noun phrase
    starting inside (a determiner or subject pronoun after the first word: ``warned voters the
    tariffs could``, ``told Reuters it would``) makes the first one the listener."""
    head = k + 1 if k + 1 < b and tokens[k][LOWER] in ("the", "a", "an") else k
    if tokens[head][LOWER] in _AUDIENCE_NOUNS or tokens[k][LOWER].rstrip("s") in ROLES:
        return False  # "told reporters no deaths had been reported", "told the court …": the
        # listeners
    for m in range(k, min(b, k + FINITE_CLAUSE_WINDOW)):
        lower = tokens[m][LOWER]
        if m > k and lower in _FINITE_AUXILIARIES:
            return True
        if not tokens[m][TEXT][0].isalnum() or lower in _PREPOSITIONS or m > k and (
                lower in DETERMINERS or lower in _SPEAKER_PRONOUNS or
                lower in _QUANTIFIER_SUBJECTS or lower[0].isdigit()):
            return False
    return False


_QUANTIFIER_SUBJECTS = frozenset({"no", "nothing", "something", "anything", "more", "much",
                                  "little"})
"""Words in ``_NOT_CLAUSE_OPENERS`` that also open a clause's subject (``no one was hurt``,
``nothing had changed``, ``more than 40 people had died``, ``much of the city was``)."""


def _quantified_subject(doc: _Doc, k: int, b: int) -> bool:
    """Whether the word at token ``k`` after a cue opens the subject of a clause, a finite verb
    following within ``FINITE_CLAUSE_WINDOW`` tokens (``said no one was hurt``, ``said nothing
    had changed``), not an answer or object (``said no to the deal``)."""
    tokens = doc.tokens
    if tokens[k][LOWER] not in _QUANTIFIER_SUBJECTS or k + 1 >= b or tokens[k + 1][LOWER] == "to":
        return False
    return any(t[TEXT].islower() and (t[LOWER] in _FINITE_AUXILIARIES or _past_form(t))
               for t in tokens[k + 1:min(b, k + 1 + FINITE_CLAUSE_WINDOW)])


def _is_evidence(doc: _Doc, mention: Mention) -> bool:
    """Whether a speaker is a study, poll or document (``The April survey``, ``One influential
    2009 paper``: its head is in ``EVIDENCE_SOURCES``): what it finds or shows is reported
    even as a noun phrase (``found broad support for the plan``)."""
    if mention.kind not in ("group", "description"):
        return False
    head = doc.tokens[doc.tok(mention.end) - 1][LOWER]
    return head in EVIDENCE_SOURCES


def _as_participle(doc: _Doc, k: int, b: int) -> bool:
    """Whether ``as`` and a participle cue stand at token ``k`` (``… as saying``)."""
    return k + 1 < b and doc.tokens[k][LOWER] == "as" and k + 1 in doc.cue_at and \
        doc.tokens[k + 1][LOWER].endswith("ing")


def _quoted_object(doc: _Doc, k: int, b: int) -> int:
    """Start of an object at token ``k`` (after ``against``, ``for``, ``on``, ``over``, ``at``)
    that holds the speaker's own words in marks (``warned against the “fevered dreams” of a
    brokered convention``, ``lamented the "disheartened" state of …``), or -1: the quoted words
    make it a report whatever the cue's object usually is (a mixed quote: paraphrase with
    quoted words). Words opening with a capital are a title, not speech (``the "Meet the Press"
    interview``)."""
    tokens = doc.tokens
    if tokens[k][LOWER] in _QUOTED_OBJECT_PREPOSITIONS:
        k += 1
    for m in range(k, min(b - 1, k + MAX_QUOTED_OBJECT_LEAD + 1)):
        if m in doc.quote_close:
            return k if tokens[m + 1][TEXT][0].islower() else -1
        word = tokens[m]
        if not word[TEXT][0].isalnum() or word[LOWER] in _FINITE_AUXILIARIES or \
                m in doc.cue_at or word[LOWER] in _PREPOSITIONS and m > k:
            return -1
    return -1


def _quote_opens_clause(doc: _Doc, k: int, b: int) -> bool:
    """Whether a quoted fragment opening at token ``k`` is the subject of a clause that goes on
    after it (``said "most people in politics" can't be trusted``): the quote closes in the
    sentence with no punctuation of its own, and a lower-case word that is no cue follows."""
    close = doc.quote_close.get(k)
    if close is None or close + 1 >= b - 1:
        return False
    tokens = doc.tokens
    after = tokens[close + 1]
    return tokens[close - 1][TEXT][0].isalnum() and after[TEXT][0].isalpha() and \
        after[TEXT].islower() and close + 1 not in doc.cue_at


def _about_after_listener(tokens: Sequence[Token], cue: _Cue, k: int, b: int) -> int:
    """Token index of the topic after ``told Y about``, ``asked Y about``, ``spoke to Y about``.

    The listener is an object pronoun or a short noun phrase (``reporters``, ``the AP``, ``a
    packed crowd``); for ``speak``-like cues it follows ``to``. Returns -1 when the words after
    the cue are not listener + ``about`` + topic.
    """
    if cue.lemma in _TO_LISTENER_CUES and k < b and tokens[k][LOWER] == "to":
        k += 1
    elif cue.lemma not in CUE_FRAMES["listener"]:
        return -1
    if k < b and tokens[k][LOWER] in _OBJECT_PRONOUNS:
        k += 1
    else:
        if k < b and tokens[k][LOWER] in ("the", "a", "an"):
            k += 1
        start = k
        while k < b and k - start < MAX_LISTENER_WORDS and tokens[k][TEXT][0].isalnum() and \
                tokens[k][LOWER] not in _PREPOSITIONS and tokens[k][LOWER] not in _CLAUSE_OPENERS \
                and tokens[k][LOWER] != "that":
            k += 1
        if k == start:
            return -1
    if k + 1 < b and tokens[k][LOWER] == "about" and tokens[k + 1][TEXT][0].isalnum():
        return k + 1
    return -1


def _finite_verb_soon(doc: _Doc, k: int, b: int) -> bool:
    """Whether a finite auxiliary or ``be`` follows token ``k`` within ``FINITE_CLAUSE_WINDOW``
    tokens, before any punctuation but an abbreviation's full stop (``the U.S. must``): the
    zero-``that`` clause of a finding verb (Biber et al. 1999, 9.2.2: ``find`` with a
    that-clause, ``that`` omitted) rather than its noun object (``added trucks``)."""
    tokens = doc.tokens
    for m in range(k + 1, min(b, k + 1 + FINITE_CLAUSE_WINDOW)):
        lower = tokens[m][LOWER]
        if _finite_auxiliary(lower):
            return True  # "he won’t", "they’ll"
        if m in doc.cue_at:
            return False  # "The man who wrote the speech said …": the object, then the main verb
        if tokens[m][TEXT] == "," and m + 2 < b and tokens[m + 1][LOWER] in ("which", "who"):
            return _relative_aside_end(tokens, m + 2, b) > 0  # "announced a new code, which
            # would ban racism, would be brought before …": the subject's relative aside
        if not tokens[m][TEXT][0].isalnum() and not (
                tokens[m][TEXT] == "." and doc.people.is_abbreviation(m - 1)):
            return False
    return False


def _clause_record(doc: _Doc, k: int, bounds: _Bounds, stops: Sequence[int],
                   attribution: _Attribution, *, noun_object: bool = False
                   ) -> tuple[int, int, _Attribution] | None:
    """The clause from token ``k`` to its end (``_clause_end``), trimmed, if long enough.

    A ``noun_object`` (``criticised the budget, which …``) ends at its first comma or dash: what
    follows is the reporter's apposition or a new clause, not the object (PARC 3.0 annotates
    the noun phrase; Pareti 2016).
    """
    tokens = doc.tokens
    end_tok = _clause_end(doc, k, bounds.b, stops)
    if noun_object:
        cue = attribution.cue
        clausal = cue is not None and cue.lemma in CLAUSAL_CUES
        modifier = cue is not None and _modifies_subject(doc, attribution.mention, cue)
        reason = False  # whether the object has a reason gerund yet ("of grabbing")
        m = k + 1
        while m < end_tok:
            if m in doc.quote_close:
                m = doc.quote_close[m] + 1  # quoted words are part of the object, commas too
                continue
            if tokens[m][TEXT] == "," and _list_goes_on(doc, m + 1, end_tok):
                break  # "cited low growth, unemployment and inequality": a list of objects
                # runs to the end
            if tokens[m][TEXT] == "," and m + 1 < end_tok and \
                    tokens[m + 1][LOWER] in _EXAMPLE_MARKERS:
                m += 2  # "cited reports of attacks, including this week's warnings": the
                continue  # object's examples are part of it
            close = _party_tag_end(tokens, m, end_tok)
            if close > 0:
                m = close + 1  # "endorsed Sen. Jo Li (R-Ariz.)": a name's party tag
                continue
            aside = _aside_before_reason(tokens, m, end_tok)
            if aside > 0:
                m = aside  # "assailed a judge, Gonzalo Curiel, for his heritage": the reason
                continue   # after an aside on the object is part of the report
            reason = reason or tokens[m - 1][LOWER] in ("of", "for") and \
                tokens[m][LOWER].endswith("ing")  # "accused X of grabbing her at a rally": the
            # act's own adjuncts follow
            if m - 1 in doc.cue_last and tokens[m - 1][LOWER].endswith("ing") and \
                    _that_follows(tokens, m, end_tok):
                break  # "rebuked X for suggesting on Monday that …": the gerund's own report
                # runs to the clause's end
            if tokens[m][TEXT] in _OBJECT_ENDS or tokens[m][LOWER] in _OBJECT_END_WORDS or \
                    tokens[m][LOWER] in ("and", "but") and m + 1 < end_tok and \
                    tokens[m + 1][LOWER] in _SPEAKER_PRONOUNS or \
                    tokens[m][LOWER] == "even" and m + 1 < end_tok and \
                    tokens[m + 1][LOWER] in ("though", "as") or \
                    not reason and (_adjunct_at(tokens, m) or _duration_at(tokens, m)) or \
                    _subordinate_as_at(tokens, m) or \
                    _object_verb_at(tokens, k, m, clausal) or \
                    not reason and (_adverb_after_object(tokens, m, end_tok) or
                                    _second_predicate(tokens, k, m, end_tok)) or \
                    modifier and _main_verb(doc, k, m):
                end_tok = m
                break
            m += 1
    if attribution.rule == "speaker_cue_object":
        end_tok = _before_past_time(tokens, k, end_tok)
    if end_tok <= k:
        return None
    start, end = _trim(doc.text, tokens[k][START],
                       tokens[end_tok - 1][END] if end_tok < bounds.b else bounds.hi)
    if len(doc.text[start:end].split()) < (MIN_OBJECT_WORDS if noun_object else MIN_CLAUSE_WORDS):
        return None
    if noun_object and end - start == len(tokens[k][TEXT]) and (
            tokens[k][LOWER].endswith("ly") and tokens[k][LOWER] not in NOT_ADVERBS or
            tokens[k][LOWER] in _BARE_ADVERBS):
        return None  # "the crowd applauded loudly", "would not comment further": an adverb,
        # no object
    return start, end, attribution


_PAST_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "yesterday"})


def _before_past_time(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where a past time adverbial ending an object or infinitive that starts at token ``k``
    begins (``agreed to take a second look | last June``, ``vowed to fight | on Tuesday
    night``, ``| earlier this year``): it dates the report, not what is reported; ``end`` when
    there is none. Future times stay (``vowed to fight next week``)."""
    last = end - 1
    while last > k and not tokens[last][TEXT][0].isalnum():
        last -= 1  # the sentence's full stop
    first = last
    if first > k and tokens[first][LOWER] in TIME_NOUNS and tokens[first - 1][LOWER] in _PAST_DAYS:
        first -= 1  # "Tuesday night"
    if tokens[first][LOWER] in _PAST_DAYS:
        if tokens[first - 1][LOWER] == "on":
            first -= 1
    elif first - 1 > k and tokens[first - 1][LOWER] == "last" and (
            tokens[first][LOWER] in TIME_NOUNS or tokens[first][LOWER] in MONTHS or
            tokens[first][LOWER] in _PAST_DAYS):
        first -= 1  # "last June", "last week"
    elif first - 2 > k and tokens[first - 2][LOWER] == "earlier" and \
            tokens[first - 1][LOWER] == "this" and tokens[first][LOWER] in TIME_NOUNS:
        first -= 2  # "earlier this year"
    else:
        return end
    if tokens[first - 1][LOWER].endswith("ed") or tokens[k][LOWER] == "to" and first == k + 2:
        return end  # "the states that voted Tuesday", "to vote Tuesday": the verb just before
    return first if first > k + 1 else end


def _that_follows(tokens: Sequence[Token], m: int, end: int) -> bool:
    """Whether ``that`` comes at token ``m`` or after at most ``MAX_GERUND_ADJUNCT`` words (``on
    Monday that``, ``earlier this weekend that``), before ``end``."""
    for j in range(m, min(end, m + MAX_GERUND_ADJUNCT + 1)):
        if tokens[j][LOWER] == "that":
            return True
        if not tokens[j][TEXT][0].isalnum():
            return False
    return False


def _aside_before_reason(tokens: Sequence[Token], m: int, end: int) -> int:
    """Index of the ``for``/``as`` after an aside set off by commas from token ``m`` (``a
    judge, Gonzalo Curiel, for …``, ``Mr. Kim, whose term ends in June, for …``), or -1."""
    if tokens[m][TEXT] != ",":
        return -1
    for j in range(m + 1, min(end - 1, m + 1 + MAX_APPOSITIVE_WORDS + 1)):
        if tokens[j][TEXT] == ",":
            return j + 1 if j > m + 1 and tokens[j + 1][LOWER] in ("for", "as") else -1
        if not tokens[j][TEXT][0].isalnum() and tokens[j][TEXT] != ".":
            return -1
    return -1


def _list_goes_on(doc: _Doc, k: int, end: int) -> bool:
    """Whether the words from token ``k`` are the rest of a list of noun phrases (``…,
    unemployment and growing inequality``): plain words up to ``and``/``or`` and on to the
    end, with no verb, cue, relative pronoun or further punctuation."""
    tokens = doc.tokens
    while end > k and tokens[end - 1][TEXT] in _SENTENCE_END:
        end -= 1
    seen_and = False
    words = 0
    m = k - 1
    while m + 1 < end:
        m += 1
        tok = tokens[m]
        if tok[LOWER] in ("and", "or"):
            if m == k:
                return False
            seen_and = True
            continue
        close = _party_tag_end(tokens, m, end) if m > k else -1
        if close > 0:
            m = close  # "Sen. Jo Li (R-Ariz.), and …": a name's party tag
            continue
        if tok[TEXT] == "," and m > k and not seen_and or \
                tok[TEXT] == "." and m > k and doc.people.is_abbreviation(m - 1) and \
                m + 1 < end and tokens[m + 1][TEXT][0].isupper():
            continue  # "…, Sen. Jo Li, and Rep. Kim Park": more items, titles
        words += 1
        if not tok[TEXT][0].isalnum() or m in doc.cue_at or \
                tok[LOWER] in _FINITE_AUXILIARIES or tok[LOWER] in _CLAUSE_BREAKERS or \
                tok[LOWER] in _SPEAKER_PRONOUNS or tok[LOWER] == "that":
            return False
    return seen_and and words <= MAX_LIST_TAIL


def _object_verb_at(tokens: Sequence[Token], k: int, m: int, clausal: bool) -> bool:
    """Whether a verb outside a noun object that began at token ``k`` stands at token ``m``,
    with no relative or complementizer before it in the object (whose clause the verb could
    belong to): ``and`` before a finite verb (``criticized the policy and still had …``: the
    subject's next act), or, after a cue that takes no clause (``clausal`` false), a finite
    ``be`` right after a plain noun (``The last time he encouraged a boycott was in 2015``: the
    object is done and the sentence goes on)."""
    lower = tokens[m][LOWER]
    if lower not in ("and", "but") and (clausal or lower not in _MAIN_VERB_BE) or \
            any(t[LOWER] in _RELATIVE_WORDS for t in tokens[k:m]):
        return False
    if lower in _MAIN_VERB_BE:
        return tokens[m - 1][TEXT].islower() and tokens[m - 1][LOWER] not in _SPEAKER_PRONOUNS
    n = m + 1
    while n < len(tokens) and is_skippable(tokens[n]) and \
            tokens[n][LOWER] not in _FINITE_AUXILIARIES:
        n += 1
    return n < len(tokens) and tokens[n][LOWER] in _FINITE_AUXILIARIES


def _party_tag_end(tokens: Sequence[Token], m: int, end: int) -> int:
    """Index of the ``)`` closing a tag after a name that opens at token ``m`` (``Jo Li
    (R-Ariz.)``, ``the Federal Bureau of Investigation (FBI)``: ``(`` between capitalised
    words), or -1."""
    if tokens[m][TEXT] != "(" or not tokens[m - 1][TEXT][0].isupper() or \
            m + 1 >= len(tokens) or not tokens[m + 1][TEXT][0].isupper():
        return -1
    return name_tag_end(tokens, m, end)


def _adjunct_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether a time or occasion adjunct starts at token ``m`` (``in early June``, ``on
    Tuesday``, ``in an interview published Saturday``, ``at a news conference``, ``in the last
    two debates``; not ``attacks in recent years``, which may be the object's): it ends a noun
    object."""
    if tokens[m][LOWER] not in ("in", "on", "at", "during", "last", "this", "earlier"):
        return False
    for n in range(m + 1, min(len(tokens), m + ADJUNCT_REACH + 1)):
        lower = tokens[n][LOWER]
        if lower in TIME_WORDS or (lower in _OCCASIONS or lower[-1:] == "s" and
                                   lower[:-1] in _OCCASIONS and lower[:-1] not in TIME_NOUNS
                                   ) and not (
                lower in MONTHS and tokens[n][TEXT].islower()):  # "that may be": no month
            return True
        if not tokens[n][TEXT].isalnum():
            break
    return tokens[m][LOWER] in ("last", "this", "earlier") and m + 1 < len(tokens) and \
        tokens[m + 1][LOWER] in _OCCASIONS


def _duration_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether a duration starts at token ``m`` (``for more than two years``, ``for decades``,
    ``for the past six months``): ``for``, at most ``ADJUNCT_REACH`` numbers and quantity words,
    then a plural noun of time. It ends a noun object."""
    if tokens[m][LOWER] != "for":
        return False
    for n in range(m + 1, min(len(tokens), m + ADJUNCT_REACH + 2)):
        lower = tokens[n][LOWER]
        if lower[-1:] == "s" and lower[:-1] in TIME_NOUNS:
            return True
        if not (lower[0].isdigit() or lower in _DURATION_WORDS):
            return False
    return False


def _time_relation_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether a time relation to another event starts at token ``m`` (``days after …``,
    ``hours before the start of …``, ``just two weeks after …``, ``a day later``): at most
    ``ADJUNCT_REACH`` numbers and quantity words, a noun of time, then ``_TIME_RELATIONS``. After
    a comma it is the writer's placing of a report in time, no part of what was said."""
    for n in range(m, min(len(tokens) - 1, m + ADJUNCT_REACH + 1)):
        lower = tokens[n][LOWER]
        if lower in TIME_NOUNS or lower[-1:] == "s" and lower[:-1] in TIME_NOUNS:
            return tokens[n + 1][LOWER] in _TIME_RELATIONS
        if not (lower[0].isdigit() or lower in _DURATION_WORDS):
            return False
    return False


_TIME_RELATIONS = frozenset({"after", "before", "since", "later", "earlier", "ahead"})
"""Words after a noun of time that relate an event to another (``days after``, ``a week
later``)."""

_DURATION_WORDS = frozenset({"more", "less", "than", "nearly", "almost", "about", "over",
                             "several", "many", "few", "the", "past", "last", "two", "three",
                             "four", "five", "six", "seven", "eight", "nine", "ten", "a",
                             "just", "only", "barely", "some"})
"""Words between ``for`` and the noun of time in a duration (``for more than two years``), or
before the noun of a time relation (``just two weeks after``)."""


def _subordinate_as_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether ``as`` at token ``m`` opens a subordinate clause or ends its predicate (``as she
    toured the site``, ``as well``), not a description of the object (``described him as a
    liar``): it ends a noun object."""
    return tokens[m][LOWER] == "as" and m + 1 < len(tokens) and \
        (tokens[m + 1][LOWER] == "well" or tokens[m + 1][LOWER] in _SPEAKER_PRONOUNS or
         tokens[m + 1][LOWER] == "it")


ADJUNCT_REACH: int = 4
"""Most words from ``in``/``on``/``at`` to the time or occasion noun of an adjunct (``in the last
two debates``)."""

_ADVERB_FOLLOWERS = frozenset({"in", "on", "at", "during", "after", "before", "since", "from",
                               "over", "throughout"})
_PLAIN_ADVERBS = frozenset({"again", "instead"})
_BARE_ADVERBS = _PLAIN_ADVERBS | {"further", "back", "here", "there", "now", "then", "too",
                                  "either", "anymore", "more", "otherwise", "today"}
"""Adverbs without ``-ly`` that stand alone after a cue (``would not comment further``)."""


def _adverb_after_object(tokens: Sequence[Token], m: int, end: int) -> bool:
    """Whether an adverb of the verb stands at token ``m`` after its object: ``again`` or
    ``instead``, or an ``-ly`` adverb followed by an adjunct's preposition (``did not mention Kim
    Park directly in her speech``, ``boasts about them constantly on the trail``); an ``-ly`` word
    before anything else may belong to the object (``a deeply flawed plan``, ``as likely to``)."""
    lower = tokens[m][LOWER]
    if lower in _PLAIN_ADVERBS:
        return True
    return lower.endswith("ly") and tokens[m][TEXT].islower() and lower not in NOT_ADVERBS and \
        m + 1 < end and tokens[m + 1][LOWER] in _ADVERB_FOLLOWERS


_PREDICATE_OBJECT_WORDS = DETERMINERS | _SPEAKER_PRONOUNS | {"him", "them", "us", "me", "it",
                                                             "no", "about", "to", "with"}


def _second_predicate(tokens: Sequence[Token], k: int, m: int, end: int) -> bool:
    """Whether ``and`` at token ``m`` joins a second predicate of the subject to the one whose
    noun object began at token ``k``: a verb in ``-ed``, ``-ing`` or an irregular past, then an
    object or preposition (``called her rival a liar and made no mention of …``, ``touting her
    record and pounding him on …``), not ``cited rising costs and falling revenue``; an object
    that is itself a gerund takes its coordinated gerunds with it."""
    if tokens[m][LOWER] != "and" or m + 2 >= end or tokens[k][LOWER].endswith("ing"):
        return False
    verb = tokens[m + 1]
    return verb[TEXT].islower() and (
        verb[LOWER].endswith("ing") or _past_form(verb)) and \
        tokens[m + 2][LOWER] in _PREDICATE_OBJECT_WORDS


def _modifies_subject(doc: _Doc, mention: Mention | None, cue: _Cue) -> bool:
    """Whether a cue opens a restrictive modifier of its speaker, so that the sentence's main
    verb comes after the object: an ``-ing`` cue right after the speaker (``Pastors supporting
    Kim Park have …``) or ``who``/``that`` between them (``Economists who favor consumption taxes
    agree …``)."""
    if mention is None:
        return False
    tokens = doc.tokens
    before = cue.first - 1
    if tokens[before][LOWER] in ("who", "that"):
        before -= 1
    elif not tokens[cue.first][LOWER].endswith("ing"):
        return False
    return before >= 0 and tokens[before][END] == mention.end


def _main_verb(doc: _Doc, k: int, m: int) -> bool:
    """Whether token ``m`` is a finite verb that may be the sentence's main verb after an object
    that began at token ``k``: an auxiliary or a finite cue (``have pointed``, ``agree that``),
    not in quoted words, after ``to`` or after a relative or complementizer in the object
    (``about whether this could …``)."""
    tokens = doc.tokens
    token = tokens[m]
    if not token[TEXT].islower() or tokens[m - 1][LOWER] == "to" or \
            m <= doc.quote_close.get(k, k) or \
            any(t[LOWER] in _RELATIVE_WORDS for t in tokens[k:m]):
        return False
    return token[LOWER] in _FINITE_AUXILIARIES or \
        m in doc.cue_at and not token[LOWER].endswith("ing")


def _takes_object(lemma: str) -> bool:
    """Whether a cue's object is what is reported (``criticised the plan``, ``denied the
    charge``, ``cited the figures``): every cue but those whose object is a feeling
    (``regretted the remarks``)."""
    return lemma not in CUE_FRAMES["no_object"]


def _adjacent(doc: _Doc, mention: Mention, cue: _Cue) -> bool:
    """Whether only adverbs and auxiliaries stand between a speaker mention and its cue."""
    k = doc.tok(mention.end)
    between = doc.tokens[k:cue.first]
    if len(between) >= 3 and between[0][TEXT] == "," and between[1][LOWER] in ASIDES and \
            between[2][TEXT] == ",":
        between = between[3:]  # "X, however, said"
    if between and between[0][TEXT] == "." and doc.people.is_abbreviation(k - 1):
        between = between[1:]  # "Jo Li Jr. said"
    close = name_tag_end(between, 0, len(between)) if between and between[0][TEXT] == "(" \
        else -1
    if close > 0:
        between = between[close + 1:]  # "Jo Li (R-Texas) said"
    if len(between) >= 2 and between[0][LOWER] in ("of", "from") and \
            all(t[TEXT][0].isupper() or t[TEXT] == "." for t in between[1:]):
        between = []  # "Gov. Jo Li of New York said": where the speaker is from
    if between and between[0][LOWER] in AGENT_PARTICIPLES and mention.kind == "group":
        between = between[1:]  # "a report released Tuesday said"
        if between and between[0][LOWER] == "by" and \
                all(t[TEXT][0].isupper() or t[LOWER] in DETERMINERS for t in between[1:]):
            between = []  # "a confidential report seen by Reuters said": who saw it
    return k <= cue.first and all(is_skippable(t) for t in between)


def _appositive_between(doc: _Doc, mention: Mention, cue: _Cue) -> bool:
    """Whether only an appositive stands between a speaker and its cue (``Howard Dean, the
    former governor, proclaimed``): a comma, at most ``MAX_APPOSITIVE_WORDS`` words, a comma."""
    k = doc.tok(mention.end)
    between = doc.tokens[k:cue.first]
    if len(between) == 1 and between[0][TEXT] == "," and mention.kind == "name" and \
            _description_before(doc.tokens, doc.tok(mention.start) - 1, 0) >= 0:
        return True  # "his top aide, Tad Devine, told": the name is the appositive
    return 2 < len(between) <= MAX_APPOSITIVE_WORDS + 2 and between[0][TEXT] == "," and \
        between[-1][TEXT] == "," and all(
            t[TEXT][0].isalnum() or t[TEXT] == "." and doc.people.is_abbreviation(k + n - 1) or
            t[TEXT] == "," and between[n - 1][TEXT].isdigit()  # "Jo Li, 45, a teacher, said"
            for n, t in enumerate(between[1:-1], 1))


def _premodifiers_before(tokens: Sequence[Token], k: int, floor: int) -> int:
    """The comma or dash before the words ending at token ``k`` that modify a speaker's name
    (``…, White House press secretary Jo Li said``, ``…, the Sierra Club's Jo Li said``,
    ``…, former Secretary of State Jo Li said``, ``…, mortgage lender Brookmere said``), else
    ``k``: at most ``MAX_APPOSITIVE_WORDS`` capitalised words, determiners, roles, groups, trade
    nouns, modifiers and possessives, with ``of`` inside and nouns compounded with a role or a
    trade noun."""
    m = k
    chain = False  # the words after token m are lower-case nouns compounded with a role
    while m > floor and k - m < MAX_APPOSITIVE_WORDS and tokens[m][TEXT] not in _INVERSION_MARKS:
        word, lower = tokens[m][TEXT], tokens[m][LOWER]
        plain = word.isalpha() and word.islower() and lower not in DETERMINERS and \
            lower not in ("of", "for")
        if not (word[0].isupper() or lower in DETERMINERS or lower.rstrip("s") in ROLES or
                plain and chain or
                lower in GROUPS or lower in MODIFIERS or lower == "of" or
                lower == "for" and office_before(tokens, m) and
                tokens[m + 1][LOWER] not in ROLES or lower in TRADE_NOUNS or
                word.endswith(_POSSESSIVE_ENDS) or
                word.isalpha() and (tokens[m + 1][LOWER].rstrip("s") in ROLES or
                                    tokens[m + 1][LOWER] in TRADE_NOUNS)):
            return k  # a noun before a role or trade is part of it ("press secretary",
            # "mortgage lender", "state health exco member")
        chain = plain and (chain or lower.rstrip("s") in ROLES or lower in TRADE_NOUNS or
                           tokens[m + 1][LOWER].rstrip("s") in ROLES)
        m -= 1
    return m if m > floor and tokens[m][TEXT] in _INVERSION_MARKS else k


def _description_before(tokens: Sequence[Token], comma: int, floor: int) -> int:
    """Index of the comma or dash before a description that ends at the comma ``comma`` (``…,
    his top aide, Tad Devine``: the name in apposition to it), or -1."""
    if comma <= floor or tokens[comma][TEXT] != ",":
        return -1
    m = comma - 1
    while m > floor and comma - m <= MAX_APPOSITIVE_WORDS and tokens[m][TEXT][0].isalnum():
        m -= 1
    if m <= floor or tokens[m][TEXT] not in _INVERSION_MARKS or m + 1 == comma:
        return -1
    if any(t[TEXT].endswith(_POSSESSIVE_ENDS) and t[TEXT][0].isupper()
           for t in tokens[m + 1:comma]):
        return m  # "…, Kim Park's running mate, Jo Li"
    return m if tokens[m + 1][LOWER] in _APPOSITION_OPENERS and \
        tokens[comma - 1][LOWER].rstrip("s") in ROLES else -1  # "…, his top aide, Jo Li"


def _adverbial_word(lower: str) -> bool:
    """Whether a lower-case word may stand between a cue and ``that`` (``said in a statement
    on Sunday that``)."""
    return lower in _PREPOSITIONS or lower in TIME_WORDS or lower in verbs.REPORTING_NOUNS \
        or lower in CONNECTIVES or lower.endswith("ly") or \
        lower in ("the", "a", "an", "his", "her", "their", "its", "last", "week", "month",
                  "per", "via", "translator", "spokesman", "spokeswoman", "aide", "year",
                  "night", "morning", "afternoon", "evening", "interview", "news", "conference",
                  "reporters")


def _parenthetical(doc: _Doc, cue: _Cue, mention: Mention, a: int, b: int, hi: int,
                   stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """``This campaign, he says, is different``: the clause around a parenthetical attribution.

    Only the part before the attribution is returned; the part after it is found by
    ``_indirect_records`` through ``_Doc.pending``.
    """
    tokens = doc.tokens
    before = doc.tok(mention.start) - 1
    after = _skip_adjuncts(doc, cue.last + 1, b)  # "…, the bank said in its report, …"
    if not (before > a and tokens[before][TEXT] == "," and after < b - 2
            and tokens[after][TEXT] == ","):
        return None
    start, end = _trim(doc.text, tokens[a][START], tokens[before][START])
    resume = after + 1
    if tokens[resume][LOWER] in _WRITER_CONJUNCTIONS or \
            resume in doc.cue_at and tokens[resume][LOWER].endswith("ing") or \
            _time_relation_at(tokens, resume):
        # "…, the institute said, but there were no reports": the writer's next clause;
        # "…, the agency said, warning that …": the participle's own report; "…, the military
        # said, hours before the start of joint drills": the writer's placing of it in time
        if len(doc.text[start:end].split()) < MIN_CLAUSE_WORDS or \
                _fronted_adverbial(tokens, a, before):
            return None
        return start, end, _Attribution(mention, cue, "clause_speaker_cue")
    if tokens[resume][LOWER] in ("a", "an") and (
            any(tokens[m][LOWER] in ("that", "which", "who")
                for m in range(resume + 2, min(b, resume + 2 + APPOSITIVE_HEAD_WORDS))) or
            not _finite_verb_in(tokens, resume, b)) and \
            len(doc.text[start:end].split()) >= MIN_CLAUSE_WORDS and \
            not _fronted_adverbial(tokens, a, before):
        # "…, Sanders said, a policy that could …", "…, the department said Thursday, a record
        # for the first quarter": the writer's appositive on the report
        return start, end, _Attribution(mention, cue, "clause_speaker_cue")
    if tokens[resume][LOWER] in _SUBORDINATORS:
        # "…, she said, when she was earning $24,000, a boss invited her …": the main clause
        # follows the subordinate one and is part of what is reported
        comma = next((m for m in range(resume + 1, b) if tokens[m][TEXT] == ","), -1)
        if 0 < comma < b - 2 and _attribution_follows(doc, comma + 1, b):
            # "…, KTV reported, while in Chicago the parade began …, the Courier reported":
            # the second clause has its own attribution (``_inverted``)
            return start, end, _Attribution(mention, cue, "clause_speaker_cue")
        if 0 < comma < b - 2 and tokens[comma + 1][TEXT][0].isalnum():
            resume = comma + 1
    end_tok = _clause_end(doc, resume, b, stops)
    second = _trim(doc.text, tokens[after + 1][START],
                   tokens[end_tok - 1][END] if end_tok < b else hi)
    if len(doc.text[second[0]:second[1]].split()) < MIN_CLAUSE_WORDS:
        return None
    attribution = _Attribution(mention, cue, "clause_speaker_cue")
    if len(doc.text[start:end].split()) < MIN_CLAUSE_WORDS or \
            _fronted_adverbial(tokens, a, before):
        return second[0], second[1], attribution  # "That, X explained, is by design"; "In
        # the early 1990s, X said, the club …": no report before the attribution
    doc.pending.append((second[0], second[1], attribution))
    return start, end, attribution


def _topic_introduces_quote(doc: _Doc, k: int, b: int) -> bool:
    """Whether the topic phrase from token ``k`` (after ``said of``) ends at a colon or comma
    before an opening quotation mark, within ``MAX_TOPIC_WORDS`` tokens: the quotation that
    follows is what is said of it (a colon before a list is not: ``boasts about them: the Iraq
    war, …``)."""
    tokens = doc.tokens
    for m in range(k, min(b - 1, k + MAX_TOPIC_WORDS + 1)):
        if tokens[m][TEXT] in (":", ",") and m + 1 in doc.quote_close:
            return True
        if not tokens[m][TEXT][0].isalnum() and tokens[m][TEXT] not in ("'s", "’s", "-"):
            return False
    return False


MAX_TOPIC_WORDS: int = 8
"""Most tokens of a topic after ``said of`` that introduces a quotation."""

_UNNAMED_PARTICIPLES = frozenset({"named", "identified", "quoted"})


def _anonymity_tail(tokens: Sequence[Token], k: int, b: int) -> int:
    """The comma after which an attribution from token ``k`` states a source's terms to the
    end of the sentence (``…, asking not to be identified because …``, ``…, speaking on
    condition of anonymity``), or -1."""
    comma = next((m for m in range(k, b - 1) if tokens[m][TEXT] == ","), -1)
    if comma < 0 or not any(_anonymity(tokens, j)
                            for j in range(comma + 2, min(b, comma + 2 + ANONYMITY_REACH))):
        return -1
    return comma


ANONYMITY_REACH: int = 4
"""Most words from the participle after a comma to its anonymity phrase (``speaking on
condition of anonymity``)."""


def _anonymity(tokens: Sequence[Token], k: int) -> bool:
    """Whether the words from token ``k`` ask for anonymity (``asked not to be named``,
    ``declined to be identified``, ``requested anonymity``): a source's terms, reported by no
    one as content."""
    if k < len(tokens) and tokens[k][LOWER] == "anonymity":
        return True
    if k < len(tokens) and tokens[k][LOWER] == "not":
        k += 1
    return k + 2 < len(tokens) and tokens[k][LOWER] == "to" and tokens[k + 1][LOWER] == "be" \
        and tokens[k + 2][LOWER] in _UNNAMED_PARTICIPLES


_NAME_JOINERS = frozenset({"and", "&", "of", "for"})
"""Lower-case words inside an institution's name between capitalised words (``Transportation and
Infrastructure Committee``, ``Department of Justice``)."""
_WRITER_CONJUNCTIONS = frozenset({"but", "yet", "although", "though", "whereas"})
"""Conjunctions opening the writer's own clause after a parenthetical attribution."""


def _fronted_adverbial(tokens: Sequence[Token], a: int, stop: int) -> bool:
    """Whether tokens ``a:stop`` are only a fronted adverbial phrase (``In the early 1990s``,
    ``During his years in office``, ``Just this week``): at most ``MAX_ADJUNCT_WORDS`` words
    opening with a preposition or time word, with no finite verb or comma among them."""
    return 0 < stop - a <= MAX_ADJUNCT_WORDS and \
        (tokens[a][LOWER] in _ADVERBIAL_OPENERS or tokens[a][LOWER] in TIME_WORDS) and \
        not any(t[LOWER] in _FINITE_AUXILIARIES or t[TEXT] == "," for t in tokens[a:stop])


def _skip_connective(tokens: Sequence[Token], k: int, b: int) -> int:
    """Skip a linking adverb set off by commas after a cue (``said, though, the plan …``)."""
    if k + 3 < b and tokens[k][TEXT] == "," and tokens[k + 1][LOWER] in CONNECTIVES and \
            tokens[k + 2][TEXT] == ",":
        return k + 3
    return k


def _skip_object(doc: _Doc, k: int, b: int) -> int:
    """Skip the listener after ``told``/``warned`` (``him``, ``reporters``, ``the Guardian``,
    ``Mr. Weiner``); -1 when what follows is not a clause."""
    tokens = doc.tokens
    if tokens[k][LOWER] in _OBJECT_PRONOUNS and not (
            tokens[k][LOWER] == "her" and _listener_noun_end(tokens, k + 1, b) > k + 1):
        k += 1  # "told her", not "told her supporters"
    else:
        determined = tokens[k][LOWER] in ("the", "a", "an") or tokens[k][LOWER] in _POSSESSIVES
        if determined:
            k += 1
        start = k
        while k < b and (tokens[k][TEXT][0].isupper() and tokens[k][LOWER] not in _CLAUSE_OPENERS
                         or k > start and tokens[k][TEXT] == "." and
                         doc.people.is_abbreviation(k - 1) or
                         k > start and tokens[k][LOWER] in ROLES and k + 1 < b and
                         tokens[k + 1][TEXT][0].isupper() or
                         k > start and tokens[k][LOWER] in _NAME_JOINERS and k + 1 < b and
                         tokens[k + 1][TEXT][0].isupper() and
                         tokens[k + 1][LOWER] not in _CLAUSE_OPENERS and
                         not tokens[k + 1][TEXT].endswith(_POSSESSIVE_ENDS)):
            k += 1  # "told Sen. Bob Casey", "told Fox News host Tom Park", "told the House
            # Transportation and Infrastructure Committee", "told the Department of Justice";
            # not "reminding Americans of Clinton’s …"
        if k == start:
            k = _listener_noun_end(tokens, k, b)  # "told the crowd", "told her supporters"
            if k == start:
                return -1
        elif k < b and tokens[k][TEXT].islower():
            k = _listener_noun_end(tokens, k, b)  # "told a Senate estimates hearing", "told
            # Spanish television"
    k = _skip_adjuncts(doc, k, b)
    if k < b and (_opens_clause(tokens[k]) or tokens[k][TEXT][0].isupper()):
        return k
    return -1


_AUDIENCE_NOUNS = frozenset({"crowd", "crowds", "audience", "audiences", "reporter",
                             "interviewer", "congregation", "donors", "graduates", "listeners",
                             "jury", "jurors", "court", "tribunal", "inquiry", "hearing",
                             "panel", "conference", "meeting", "rally", "gathering", "summit",
                             "staff", "colleagues", "fans", "pupils", "families", "delegates",
                             "troops", "analysts", "followers", "viewers", "subscribers",
                             "readers", "shareholders", "investors", "mourners", "worshippers",
                             "television", "radio", "press", "media", "newspaper", "magazine",
                             "broadcaster"})
"""Nouns of people addressed (``told a cheering crowd``, ``told a jury``, ``told the inquiry``)
that are neither groups nor roles (``students``, ``host`` are)."""
MAX_NOUN_MODIFIERS = 2
"""Lower-case words before the head of a listener or an occasion (``told a cheering crowd``,
``in a lengthy interview``)."""


_NUMBER_SCALES = frozenset({"hundred", "thousand", "million", "billion"})
"""Words of a number written in figures and words (``1.8 million``)."""


def _listener_noun_end(tokens: Sequence[Token], k: int, b: int) -> int:
    """End of a lower-case listener starting at token ``k`` (after its determiner): a number,
    at most ``MAX_NOUN_MODIFIERS`` modifiers and a head that is an audience, a group or a role
    (``crowd``, ``supporters``, ``committee``, ``senators``, ``1.8 million followers``); ``k``
    when there is none, or when a determiner comes first (it opens the reported clause)."""
    j = k
    while j < b and (tokens[j][TEXT].isdigit() or tokens[j][LOWER] in _NUMBER_SCALES or
                     tokens[j][TEXT] in ".," and j > k and tokens[j - 1][TEXT].isdigit()):
        j += 1  # "told his 1.8 million followers": a number before the modifiers
    for m in range(j, min(b, j + MAX_NOUN_MODIFIERS + 1)):
        word, lower = tokens[m][TEXT], tokens[m][LOWER]
        if not word.islower() or not word.isalpha() or lower in _CLAUSE_OPENERS:
            break  # "told the Guardian | his team would …": a determiner opens the clause
        if lower in _AUDIENCE_NOUNS or lower in GROUPS or lower in ROLES or \
                lower.endswith("s") and (lower[:-1] in GROUPS or lower[:-1] in ROLES):
            return m + 1
    return k


_ADJUNCT_OPENERS = frozenset({"in", "at", "during", "on", "with", "to"})
MAX_ADJUNCTS = 3
"""Adjuncts skipped between a cue (or its listener) and a zero-``that`` clause."""


def _skip_adjuncts(doc: _Doc, k: int, b: int) -> int:
    """Skip the time adverbials (``skip_time``) and the short place, occasion and medium
    adjuncts after a cue or its listener (``in Iowa``, ``in an email``, ``in a lengthy
    interview``, ``with CNN``, ``on Fox News``, ``on ABC’s “This Week”``): a preposition,
    then capitalised words (and a title in quotation marks), or a determiner or possessive, at
    most two modifiers and an occasion (``_OCCASIONS``)."""
    tokens = doc.tokens
    for _ in range(MAX_ADJUNCTS):
        k = skip_time(tokens, k, b)
        if not (k + 1 < b and tokens[k][LOWER] in _ADJUNCT_OPENERS):
            break
        m = k + 1
        if tokens[m][TEXT][0].isupper() and tokens[m][LOWER] not in _CLAUSE_OPENERS:
            while m < b and tokens[m][TEXT][0].isupper():
                m += 1  # "in Iowa", "on Fox News Sunday"
            close = _title_close(doc, m) if m < b else -1
            if close >= 0:
                m = close + 1  # "on ABC’s “This Week”"
        elif tokens[m][LOWER] in ("a", "an", "the") or tokens[m][LOWER] in _POSSESSIVES:
            m += 1
            last = min(b, m + MAX_NOUN_MODIFIERS + 1)
            while m < last and tokens[m][TEXT].islower() and tokens[m][LOWER] not in _OCCASIONS:
                m += 1
            if not (m < b and tokens[m][LOWER] in _OCCASIONS):
                break
            m += 1  # "in a lengthy interview"
        else:
            break
        k = m
    return k


def _opens_clause(token: Token) -> bool:
    """Whether a word can open a reported clause (a pronoun, determiner, ``he’d``)."""
    return token[LOWER] in _CLAUSE_OPENERS or token[LOWER].replace("’", "'").split("'")[0] in \
        _CLAUSE_OPENERS


def _according_to(doc: _Doc, cue: _Cue, a: int, b: int,
                  stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """``according to X, …`` and ``…, according to X``."""
    tokens = doc.tokens
    mention = doc.people.speaker_after(cue.last + 1, b)
    k = cue.last + 1
    while k < b and (tokens[k][TEXT][0].isalnum() or tokens[k][TEXT] in "’'/" or
                     tokens[k][TEXT] == "." and doc.people.is_abbreviation(k - 1)) and \
            k - cue.last <= MAX_SOURCE_WORDS and tokens[k][LOWER] not in ("who", "which") and \
            not (tokens[k][LOWER] == "to" and k + 1 < b and tokens[k + 1][TEXT].islower() and
                 tokens[k + 1][LOWER] not in _NOT_VERBS):
        k += 1  # the source's words, to a dash, a relative clause ("an official who was not
        # authorized to speak") or an infinitive ("a report … to be released")
    after = doc.tok(mention.end) if mention is not None else k
    if k > cue.last + 1 and (mention is None or mention.end < tokens[k - 1][END] and (
            mention.kind != "name" or tokens[after][TEXT] == "/" or
            tokens[after][TEXT].isalpha() and tokens[after][TEXT].islower() and
            tokens[after][LOWER] not in _ORIGIN_WORDS)):
        # a source described at length: "according to the RealClearPolitics average of polls",
        # "a new Associated Press-GfK poll", "U.S. Census data" (not "Jo Li of Texas")
        mention = Mention(tokens[cue.last + 1][START], tokens[k - 1][END],
                          doc.text[tokens[cue.last + 1][START]:tokens[k - 1][END]], -1, "group")
    if mention is None:
        return None
    attribution = _Attribution(mention, cue, "according_to")
    k = doc.tok(mention.end)
    while k < b and tokens[k][TEXT] != ",":
        k += 1
    fronted = k < b - 2 and tokens[k][TEXT] == "," and tokens[cue.first - 1][TEXT] == "," and \
        _fronted_adverbial(tokens, a, cue.first - 1)  # "On the night of the fire, according
    # to prosecutors, Jo Li bought …": the clause after the source is reported
    if cue.first - 1 > a and not fronted and (
            tokens[cue.first - 1][TEXT] in (",", "—", "–", "--") or
            k >= b - 1 and tokens[cue.first - 1][TEXT][0].isalnum()):
        # "…, according to X." / "… — including … — according to X." / "… rose 5 percent
        # according to X.": the clause before the cue
        start, end = _trim(doc.text, tokens[a][START], tokens[cue.first - 1][END]
                           if tokens[cue.first - 1][TEXT][0].isalnum()
                           else tokens[cue.first - 1][START])
        if tokens[cue.first - 1][TEXT] == "," and k < b - 2 and tokens[k][TEXT] == "," and \
                (tokens[k + 1][LOWER] in _FINITE_AUXILIARIES or
                 tokens[k + 1][TEXT].islower() and tokens[k + 1][LOWER].endswith("ed")) and \
                not any(t[LOWER] in _FINITE_AUXILIARIES for t in tokens[a:cue.first]):
            # "The deal, according to two people briefed on it, could be worth $4bn": the
            # source interrupts the clause, whose second part is reported too
            end_tok = _clause_end(doc, k + 1, b, stops)
            second = _trim(doc.text, tokens[k + 1][START], tokens[end_tok - 1][END])
            if len(doc.text[second[0]:second[1]].split()) >= MIN_CLAUSE_WORDS:
                doc.pending.append((second[0], second[1], attribution))
    else:
        if k >= b - 1:
            return None
        if tokens[k + 1][TEXT].islower() and (tokens[k + 1][LOWER].endswith("ed") or
                                              tokens[k + 1][LOWER] in ("which", "who")):
            aside = next((j for j in range(k + 2, min(b - 1, k + 2 + MAX_APPOSITIVE_WORDS))
                          if tokens[j][TEXT] == ","), -1)
            if aside > 0:
                k = aside  # "According to the report, published on Monday, jobs grew"
        aside = _source_aside(doc, k, b)
        while aside > 0:
            k = aside  # "According to Jo Li, a professor at Harvard, the plan …"
            aside = _source_aside(doc, k, b)
        end_tok = _clause_end(doc, k + 1, b, stops)
        start, end = _trim(doc.text, tokens[k + 1][START],
                           tokens[end_tok - 1][END] if end_tok > k + 1 else tokens[k + 1][END])
    if len(doc.text[start:end].split()) < MIN_CLAUSE_WORDS:
        return None
    return start, end, attribution


RELATIVE_ASIDE_WORDS: int = 6
"""Extra tokens an aside on a source may have when it holds a relative clause on the person
(``a professor who led the study``)."""


def _source_aside(doc: _Doc, k: int, b: int) -> int:
    """Index of the comma closing an aside on a source that opens at the comma ``k`` (``, a
    professor at Harvard,``, ``, 45,``, ``, D-N.Y.,``, ``, the group's president,``), or -1: a
    number, a party tag, an indefinite noun phrase, or words holding a role or group noun (not
    ``, the Senate, …``, the start of the clause), with no finite verb."""
    tokens = doc.tokens
    role = False
    reach = k + 2 + MAX_APPOSITIVE_WORDS
    for j in range(k + 1, min(b - 1, reach + RELATIVE_ASIDE_WORDS)):
        tok = tokens[j]
        if tok[LOWER] in ("who", "whose") and tokens[k + 1][LOWER] in ("a", "an", "the"):
            reach += RELATIVE_ASIDE_WORDS  # ", an endocrinologist at Linwood University who
            # led the study,": a relative clause lengthens the description
        if j >= reach:
            return -1
        if tok[TEXT] == ",":
            single = j == k + 2 and tokens[k + 1][TEXT].isdigit() or \
                j <= k + 5 and tokens[k + 1][LOWER][:2] in PARTY_PREFIXES
            indefinite = tokens[k + 1][LOWER] in ("a", "an") and j > k + 2  # ", a cardiologist,"
            return j if j > k + 1 and (role or single or indefinite) else -1
        if tok[LOWER] in _FINITE_AUXILIARIES:
            return -1  # "According to Jo Li, a deal is near, …": the clause itself
        if tok[TEXT] == "." and doc.people.is_abbreviation(j - 1):
            continue  # "Sen.", "D-N.Y."
        if not tok[TEXT][0].isalnum():
            return -1
        role = role or tok[LOWER].rstrip("s") in ROLES or tok[LOWER] in GROUPS
    return -1


_ISSUING_VERBS = frozenset({"issued", "gave", "made", "sent", "released", "published",
                            "repeated", "renewed"})
"""Verbs whose subject utters the reporting noun they take (``issued a warning that``, ``gave
an assurance that``, ``renewed a pledge that``)."""


def _reporting_noun(doc: _Doc, i: int,
                    stops: Sequence[int]) -> tuple[int, int, _Attribution] | None:
    """``X's claim that …`` / ``his warning that …``: a reporting noun with a possessive speaker
    (a name or ``his``/``her``) and a that-clause."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or tokens[i + 1][LOWER] != "that" or i == 0:
        return None
    mention = _possessor(doc, i - 1)
    s_index = tokens[i][SENT]
    if mention is None and i >= 3 and tokens[i - 1][LOWER] in ("a", "an") and \
            tokens[i - 2][LOWER] in _ISSUING_VERBS:
        floor = doc.tok(doc.sentence_bounds(s_index)[0])
        mention = doc.people.speaker_before(i - 2, floor)  # "The regulator issued a warning
        # that …": the subject of the verb that issues the noun speaks
    if mention is None:
        return None
    b = doc.tok(doc.sentence_bounds(s_index)[1])
    end_tok = _noun_clause_end(tokens, i + 2, _clause_end(doc, i + 2, b, stops))
    if end_tok <= i + 2:
        return None
    start, end = _trim(doc.text, tokens[i + 2][START], tokens[end_tok - 1][END])
    if len(doc.text[start:end].split()) < MIN_CLAUSE_WORDS:
        return None
    # a noun has a lexicon lemma only when it is also a verb form ("claim"); else none
    lemma = verbs.cue_lemma(tokens[i][LOWER]) or ""
    return start, end, _Attribution(mention, _Cue(i, i, lemma), "reporting_noun")


_FINITE_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "have", "had", "will",
                                 "would", "can", "could", "should", "may", "might", "must",
                                 "did", "does", "do"})
_FINITE_CONTRACTIONS = ("n't", "n’t", "'ll", "’ll", "'re", "’re", "'d", "’d")
"""Endings of a word holding a finite auxiliary (``won’t``, ``they’ll``); not ``'s``, which is
also a possessive."""


def _finite_auxiliary(lower: str) -> bool:
    """Whether a lower-case word is a finite auxiliary, written out or contracted onto the word
    before it (``would``, ``won’t``, ``they’ll``)."""
    return lower in _FINITE_AUXILIARIES or lower.endswith(_FINITE_CONTRACTIONS)
_MAIN_VERB_BE = frozenset({"is", "was", "are", "were"})
_NO_MAIN_VERB_BEFORE = frozenset({"and", "or", "but", "that", "who", "which", ",", "had", "has",
                                  "have", "will", "would", "not"})


def _noun_clause_end(tokens: Sequence[Token], k: int, end: int, *, seen: bool = False) -> int:
    """End of the that-clause of a reporting noun inside a larger clause: before a second
    finite ``be`` once the clause has its own auxiliary (``the row over her claim that the mayor
    had lied | was political``), the noun phrase being the subject of that verb (Quirk et al.
    1985, 17.26 on appositive that-clauses); with ``seen``, before the first (the clause is an
    infinitive, which has no finite verb of its own)."""
    for m in range(k, end):
        lower = tokens[m][LOWER]
        if seen and tokens[m - 1][LOWER] not in _NO_MAIN_VERB_BEFORE and (
                lower in _MAIN_VERB_BE or lower in ("has", "have") and _perfect_at(tokens, m, end)):
            return m  # "… was to blame | has been ridiculed", "… report | has only added"
        seen = seen or lower in _FINITE_AUXILIARIES
    return end


def _perfect_at(tokens: Sequence[Token], m: int, end: int) -> bool:
    """Whether ``has``/``have`` at token ``m`` is a perfect's auxiliary: ``been`` or a past
    participle follows, after adverbs (``has only added``), not ``have to``."""
    k = m + 1
    while k < end and is_skippable(tokens[k]):
        k += 1
    return k < end and (tokens[k][LOWER] == "been" or _past_form(tokens[k]))


def _quote_records(doc: _Doc, spans: Sequence[QuoteSpan]) -> list[_Record]:
    """Type and attribute every quoted span (direct, partial or scare), in text order."""
    records: list[_Record] = []
    last_direct: dict[int, _Record] = {}  # paragraph -> last attributed direct record
    for index, q in enumerate(spans):
        kind, attribution, rule, group = _type_quote(doc, q, index, spans, records, last_direct)
        if kind == "direct" and attribution is not None:
            attribution = _pronoun_after_quote(doc, q, attribution, last_direct)
        if attribution is not None and attribution.cue is not None and kind == "direct" \
                and rule not in _BORROWED_RULES and \
                not doc.tok(q.open) - attribution.cue.last > MAX_CUE_GAP_USED:
            doc.used.add(attribution.cue.first)  # the cue serves this quote only
        record = _Record(q.start, q.end, kind, attribution, rule, group)
        records.append(record)
        if kind == "direct" and attribution is not None:
            last_direct[q.paragraph] = record
    return _propagate(records, spans)


def _pronoun_after_quote(doc: _Doc, q: QuoteSpan, attribution: _Attribution,
                         last_direct: dict[int, _Record]) -> _Attribution:
    """The person a he/she attributing a direct quote refers to, when it comes after the quote
    (``“A. B. C. D.,” she said.``) or was left unresolved.

    Read from the pronoun, a name inside the quote would be taken for it, or, after a quote of
    several sentences, nobody within reach. It refers instead to the speaker of the direct quote
    just before (in its paragraph or the one before, with nobody named in between) when the
    gender fits, else back from where the quote begins (Grosz, Joshi & Weinstein 1995: the
    speaker continues as the center unless the narration names someone else)."""
    mention = attribution.mention
    if mention is None or mention.kind != "pronoun" or \
            mention.text.lower() not in PRONOUN_GENDER or \
            mention.entity >= 0 and mention.start < q.close:
        return attribution  # a pronoun before the quote resolved as read: its own antecedent
    gender = PRONOUN_GENDER[mention.text.lower()]
    opening = doc.tok(q.open)
    previous = last_direct.get(q.paragraph) or last_direct.get(q.paragraph - 1)
    entity = -1 if previous is None or previous.attribution.mention is None else \
        previous.attribution.mention.entity
    if entity >= 0 and (not doc.people.fits(entity, gender) or
                        doc.people.named_between(doc.tok(previous.end), opening)):
        entity = -1
    if entity < 0:
        entity = doc.people.resolve_pronoun(opening, gender)
    return attribution if entity < 0 else \
        attribution._replace(mention=mention._replace(entity=entity))


def _title_close(doc: _Doc, m: int) -> int:
    """Token index of the closing mark of a title in quotation marks whose opening mark is token
    ``m`` (``_is_title``; a full stop or comma just inside the closing mark is the sentence's,
    in American style), or -1."""
    close = doc.quote_close.get(m, -1)
    if close < 0 or close - m > TITLE_MAX_WORDS + 2:
        return -1
    tokens = doc.tokens
    last = close - 1 if tokens[close - 1][TEXT] in (".", ",") else close
    if last <= m + 1:
        return -1
    content = doc.text[tokens[m + 1][START]:tokens[last - 1][END]]
    before = doc.text[max(0, tokens[m][START] - TITLE_CONTEXT):tokens[m][START]]
    return close if _is_title(content, before) else -1


TITLE_CONTEXT = 40
"""Characters before an opening mark that ``_is_title`` reads (the word before it)."""


_WORK_NOUNS = frozenset({"book", "novel", "memoir", "film", "movie", "documentary", "album",
                        "song", "single", "play", "musical", "show", "series", "programme",
                        "program", "podcast", "poem", "essay", "column", "op-ed",
                        "painting", "exhibition", "opera", "episode", "sitcom", "drama"})
"""Nouns of works whose title follows in apposition between commas (``her new novel, “The Long
Winter,”``; AP Stylebook "composition titles")."""


def _after_work_noun(before: str) -> bool:
    """Whether the text before an opening mark ends with a noun of a work and a comma."""
    before = before.rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1].lower() in _WORK_NOUNS


def _is_title(content: str, before: str) -> bool:
    """Whether quoted words inside a sentence are a title (``on NBC's "Meet the Press"``).

    Rule (AP Stylebook "composition titles": titles of programmes, books and articles are
    capitalised and put in quotation marks): at most ``TITLE_MAX_WORDS`` words, the first and
    every word longer than ``TITLE_SHORT_WORD`` letters capitalised, no sentence mark inside;
    not after a comma (``tweeted, "Thank You Iowa"``: words said) nor after a capitalised word
    that is no possessive (``Guns Are 'The Ultimate …'``: a headline; ``calling Christie "The
    Biggest Loser"``: a name given).

    Args:
        content: the quoted words. before: the text just before the opening mark.

    Returns:
        Whether the words are a title (typed scare).
    """
    content = content.rstrip(".,")  # American style: the sentence's full stop or comma inside
    words = _TITLE_WORD.findall(content)
    if not words or len(words) > TITLE_MAX_WORDS or not words[0][0].isupper() or \
            any(c in _SENTENCE_END for c in content):
        return False
    if _after_work_noun(before):
        return True  # "her new novel, “The Long Winter,” was": a title in apposition
    before = before.rstrip()
    previous = before.rsplit(None, 1)[-1] if before else ""
    if previous.endswith(",") or previous[:1].isupper() and not previous.endswith(_POSSESSIVE_ENDS):
        return False
    return all(w[0].isupper() or len(w) <= TITLE_SHORT_WORD for w in words) and \
        any(len(w) > TITLE_SHORT_WORD for w in words) and len(words) > 1


def _type_quote(doc: _Doc, q: QuoteSpan, index: int, spans: Sequence[QuoteSpan],
                records: Sequence[_Record], last_direct: dict[int, _Record]
                ) -> tuple[str, _Attribution | None, str, int]:
    """``(kind, attribution, rule, utterance group)`` of one quoted span.

    A paragraph continuing an open quote is direct and keeps its speaker; a quote in a heading
    is scare unless attributed after it; a quote standing as an utterance is direct (speaker
    from its own sentence, else from around it); any other is partial or scare.
    """
    group = len(records)
    if q.continues and records and records[-1].kind == "direct":
        attribution = _attribute_direct(doc, q, index, spans)
        if attribution is None:
            return "direct", records[-1].attribution, "paragraph_continuation", records[-1].group
        return "direct", attribution, attribution.rule, records[-1].group
    if _is_heading(doc, q.paragraph):
        attribution = _after_attribution(doc, q, doc.paragraphs[q.paragraph][1]) \
            if q.closed else None
        if attribution is None:
            # "Trump: ‘We Will Build the Wall’" is direct, "Breaking: ‘We Will …’" is not; a
            # heading in title case is not read for names, so the body must name the speaker
            named = _colon_speaker(doc, q, doc.paragraphs[q.paragraph][0])
            mention = named.mention if named is not None else None
            if mention is not None and mention.kind != "name":
                entity = doc.people.known(mention.text.split())
                mention = None if entity < 0 else mention._replace(entity=entity, kind="name")
            if mention is not None:
                return "direct", named._replace(mention=mention), named.rule, group
            return "scare", None, "scare", group
        return "direct", attribution, attribution.rule, group
    before = doc.text[max(0, q.open - TITLE_CONTEXT):q.open]
    if _after_work_noun(before) and _is_title(doc.text[q.start:q.end], before):
        return "scare", None, "scare", group  # "the film, “Blue Harbor,” took": a title
    if _opens_utterance(doc, q, spans[index - 1] if index > 0 else None) and \
            _ends_utterance(doc, q) and not _ends_aside(doc, q):
        attribution = _attribute_direct(doc, q, index, spans)
        if attribution is None and _before_char(doc.text, q.open,
                                                doc.paragraphs[q.paragraph][0]) == ",":
            attribution = _attribute_partial(doc, q, rule="sentence_cue")
        if attribution is not None:
            previous = records[-1] if records else None
            if previous is not None and previous.kind == "direct" and \
                    previous.attribution is not None and previous.attribution.cue is not None \
                    and attribution.cue is not None and \
                    previous.attribution.cue.first == attribution.cue.first:
                group = previous.group  # '“A,” Doe said, “and B.”': one utterance, split
            return "direct", attribution, attribution.rule, group
        attribution, rule, group = _attribute_around(doc, q, records, last_direct, group)
        return "direct", attribution, rule, group
    if _is_title(doc.text[q.start:q.end], before):
        return "scare", None, "scare", group  # a programme's or a work's title
    if _set_apart(doc, q):
        return "scare", None, "scare", group  # the writer's distance: nobody is reported
    attribution = _attribute_partial(doc, q)
    if attribution is None or attribution.mention is None:
        return "scare", None, "scare", group  # no one is reported as saying it
    return "partial", attribution, attribution.rule, group


def _set_apart(doc: _Doc, q: QuoteSpan) -> bool:
    """Whether the writer sets the quoted words apart as a term (``the so-called “party
    house”``, ``known to fans as “the Professor”``, a nickname inside a name: ``Callum “The
    Hammer” Reilly``) rather than reporting anyone's words."""
    return bool(_SO_CALLED.search(doc.text, max(0, q.open - len("so-called ")), q.open) or
                _KNOWN_AS.search(doc.text, max(0, q.open - KNOWN_AS_CHARS), q.open)) or \
        _nickname(doc, q)


def _nickname(doc: _Doc, q: QuoteSpan) -> bool:
    """Whether a closed quotation of at most ``TITLE_MAX_WORDS`` capitalised words stands
    between two capitalised words of a name, a first name and a surname (``Dmitri “Iceman”
    Sokolov``), outside a headline in title case."""
    tokens = doc.tokens
    before, after = doc.tok(q.open) - 1, doc.tok(q.close)
    if not q.closed or before < 0 or after >= len(tokens) or \
            tokens[before][SENT] != tokens[after][SENT] or \
            tokens[before][SENT] in doc.people.title_case:
        return False  # (a headline in title case capitalises every word)
    words = doc.text[q.start:q.end].split()
    return 0 < len(words) <= TITLE_MAX_WORDS and all(w[0].isupper() for w in words) and \
        tokens[before][TEXT].isalpha() and tokens[before][TEXT][0].isupper() and \
        tokens[after][TEXT].isalpha() and tokens[after][TEXT][0].isupper()


def _partials_in_reports(doc: _Doc, spans: Sequence[QuoteSpan],
                         records: list[_Record]) -> list[_Record]:
    """``records`` with each scare quotation that lies inside the clause of a reporting noun
    (``her vow that she would “take a chainsaw” to the budget``) made a partial quotation of that
    report's speaker and cue: its sentence has no reporting verb, which partial quotations are
    otherwise attributed by. A title, a heading or a term the writer sets apart (``_set_apart``)
    stays scare."""
    reports = [r for r in records if r.rule == "reporting_noun" and r.kind == "indirect" and
               r.attribution is not None and r.attribution.mention is not None]
    if not reports:
        return records
    by_start = {q.start: q for q in spans}
    out = []
    for record in records:
        q = by_start.get(record.start) if record.kind == "scare" else None
        report = next((r for r in reports if r.start <= record.start and record.end <= r.end),
                      None) if q is not None else None
        if report is not None and not _is_heading(doc, q.paragraph) and \
                not _is_title(doc.text[q.start:q.end],
                              doc.text[max(0, q.open - TITLE_CONTEXT):q.open]) and \
                not _set_apart(doc, q):
            record = record._replace(kind="partial", attribution=report.attribution,
                                     rule="partial_in_cue_sentence")
        out.append(record)
    return out


def _partials_in_clauses(doc: _Doc, records: list[_Record]) -> list[_Record]:
    """``records`` with each partial quotation whose cue is a verb inside a reported clause
    that also holds the quotation, with the same speaker and no record of its own, given that
    report's cue and mention: ``Boyce wrote … that he would oppose eliminating the filibuster
    “under any circumstances”`` quotes what Boyce wrote, and ``oppose`` reports nothing. A verb
    of another speaker keeps its quotation (``said that the study found “no evidence”``: the
    study's), as does one with a record of its own or a naming verb (``citing what he called
    “the most severe security environment”``: ``called`` introduces the words)."""
    reports = [r for r in records if r.kind == "indirect" and r.attribution is not None and
               r.attribution.cue is not None and r.attribution.mention is not None]
    if not reports:
        return records
    cues = {r.attribution.cue.first for r in reports}
    out = []
    for record in records:
        attribution = record.attribution if record.kind == "partial" else None
        if attribution is not None and attribution.cue is not None and \
                attribution.mention is not None and attribution.cue.first not in cues and \
                attribution.cue.lemma not in _NAMING_LEMMAS:
            at = doc.tokens[attribution.cue.first][START]
            outer = [r for r in reports if r.start <= min(at, record.start) and
                     record.end <= r.end and r.attribution.mention.entity >= 0 and
                     r.attribution.mention.entity == attribution.mention.entity]
            if outer:
                record = record._replace(
                    attribution=min(outer, key=lambda r: r.end - r.start).attribution)
        out.append(record)
    return out


_SO_CALLED = re.compile(r"\bso[- ]called\s*\Z", re.IGNORECASE)
"""``so-called`` just before an opening mark: the writer marks a term as someone else's without
reporting anyone saying it (``the so-called “party house”``)."""
_KNOWN_AS = re.compile(r"\bknown(?:\s+[\w’'-]+){0,4}\s+as\s*\Z")
"""``known (on tour, to fans) as`` just before an opening mark: a name the quotation gives,
which nobody is reported as saying (``long known on tour as “the Ice Queen”``)."""
KNOWN_AS_CHARS = 60
"""Characters looked back over from an opening mark for ``_KNOWN_AS``."""


def _attribute_around(doc: _Doc, q: QuoteSpan, records: Sequence[_Record],
                      last_direct: dict[int, _Record], group: int
                      ) -> tuple[_Attribution | None, str, int]:
    """Attribution of a direct quote with none in its own sentence: the sentence or paragraph
    before it, or the quote before it."""
    previous = last_direct.get(q.paragraph)
    if previous is not None:
        return previous.attribution, "split_utterance", previous.group
    s_open = doc.sentence_of(q.open)
    p_start = doc.paragraphs[q.paragraph][0]
    if s_open - 1 >= 0 and doc.sentence_bounds(s_open - 1)[0] >= p_start:
        found = _sentence_cue_attribution(doc, s_open - 1, "previous_sentence_cue") or \
            _characterised_subject(doc, s_open - 1)
        if found:
            return found, found.rule, group
    elif q.paragraph > 0:
        p_lo = doc.paragraphs[q.paragraph - 1][0]
        s_prev = s_open - 1
        if s_prev >= 0 and doc.sentence_bounds(s_prev)[0] >= p_lo:
            found = _first_cue_attribution(doc, s_prev, "previous_paragraph_cue") or \
                _characterised_subject(doc, s_prev)
            if found:
                return found, found.rule, group
        prior = last_direct.get(q.paragraph - 1)
        if prior is not None:
            return prior.attribution, "previous_speaker", group
    return None, "unattributed", group


def _characterised_subject(doc: _Doc, s_index: int) -> _Attribution | None:
    """The subject of a short sentence that describes a person, with no cue, just before a quote
    that has no attribution of its own (``Jo Li was blunt about her chances. “…”``, ``Asked
    about the strike, Jo Li was unapologetic. “…”``): news introduces a quote so, and the quote
    is that person's. The sentence is the subject (a name, pronoun or description, after a
    fronted phrase closed by a comma, which may hold a cue: ``Asked about …,``), a linking verb
    (``LINKING_VERBS``) and a predicate that is not a noun phrase, in at most
    ``MAX_CHARACTERISING_WORDS`` tokens."""
    lo, hi = doc.sentence_bounds(s_index)
    a, b = doc.tok(lo), doc.tok(hi)
    tokens = doc.tokens
    if b - a > MAX_CHARACTERISING_WORDS:
        return None
    starts = [a] + [k + 1 for k in range(a, min(b, a + MAX_ADJUNCT_WORDS + 1))
                    if tokens[k][TEXT] == ","][:1]
    for start in starts:
        if doc.cues_between(start, b):
            continue  # a cue of its own: the previous-sentence rules read it
        verb = next((k for k in range(start + 1, min(b, start + MAX_SUBJECT_WORDS + 1))
                     if tokens[k][LOWER] in LINKING_VERBS), -1)
        if verb < 0 or verb + 1 >= b or not tokens[verb + 1][TEXT].isalpha() or \
                not tokens[verb + 1][TEXT].islower() or tokens[verb + 1][LOWER] in _NOT_VERBS:
            continue
        mention = doc.people.speaker_before(verb, start)
        if mention is not None and doc.tok(mention.start) == start and \
                mention.kind in ("name", "pronoun", "description"):
            return _Attribution(mention, None, "previous_sentence_subject")
    return None


LINKING_VERBS: frozenset[str] = frozenset({
    "is", "was", "are", "were", "seemed", "seems", "sounded", "sounds", "appeared", "appears",
    "remained", "remains", "looked", "looks", "grew", "became"})
"""Verbs linking a subject to what it is like (``was blunt``, ``seemed unmoved``)."""

MAX_CHARACTERISING_WORDS: int = 25
"""Most tokens of a sentence that introduces the next quote by describing its speaker."""

MAX_SUBJECT_WORDS: int = 8
"""Most tokens of the subject of such a sentence (``Sen. Bob Corker, R-Tenn.,``)."""


def _first_cue_attribution(doc: _Doc, s_index: int, rule: str) -> _Attribution | None:
    """The first cue with a speaker in sentence ``s_index``."""
    lo, hi = doc.sentence_bounds(s_index)
    a, b = doc.tok(lo), doc.tok(hi)
    for cue in doc.cues_between(a, b):
        if cue.lemma == "according to":
            continue
        mention = doc.cue_speaker(cue, a)
        if mention is not None:
            return _Attribution(mention, cue, rule)
    return None


def _propagate(records: list[_Record], spans: Sequence[QuoteSpan]) -> list[_Record]:
    """Give the parts of one utterance the attribution found on any of its parts."""
    by_group: dict[int, _Attribution] = {}
    for record in records:
        if record.attribution is not None and record.group not in by_group:
            by_group[record.group] = record.attribution
    out = []
    for record in records:
        if record.attribution is None and record.group in by_group:
            record = record._replace(attribution=by_group[record.group],
                                     rule="paragraph_continuation")
        out.append(record)
    return out


def _indirect_records(doc: _Doc, spans: Sequence[QuoteSpan], quoted: Sequence[_Record],
                      first_group: int) -> list[_Record]:
    """Indirect records from every cue not used by a direct quote and not inside quoted text."""
    inside = [(q.open, q.close) for q, r in zip(spans, quoted) if r.kind == "direct"]
    fragments = [(q.open, q.close) for q, r in zip(spans, quoted)
                 if r.kind != "direct" and q.closed]
    stops = sorted(doc.tok(q.open) for q, r in zip(spans, quoted) if r.kind == "direct")
    records = []
    group = first_group

    def quoted_at(offset: int, quotes: Sequence[tuple[int, int]] = inside) -> bool:
        """Whether ``offset`` lies inside one of ``quotes`` (by default, a direct quote)."""
        k = bisect.bisect_right(quotes, (offset, 1 << 62)) - 1
        return k >= 0 and quotes[k][0] <= offset < quotes[k][1]

    for cue in doc.cues:
        offset = doc.tokens[cue.first][START]
        if cue.first in doc.used or quoted_at(offset) or quoted_at(offset, fragments):
            continue  # a cue in quoted words reports inside the quote, not the reporter's text
        found = _indirect(doc, cue, stops)
        if found is None:
            continue
        start, end, attribution = found
        if quoted_at(start) or _in_earlier_fragment(doc, start, fragments):
            doc.pending.clear()
            continue
        records.append(_Record(start, end, "indirect", attribution, attribution.rule, group))
        for start, end, attribution in doc.pending:
            records.append(_Record(start, end, "indirect", attribution, attribution.rule, group))
        doc.pending.clear()
        group += 1
    for index in sorted(doc.people.title_case):
        found = _headline_colon(doc, index)
        if found is not None and not quoted_at(found[0]):
            records.append(_Record(found[0], found[1], "indirect", found[2], found[2].rule,
                                   group))
            group += 1
    nouns = [i for i, tok in enumerate(doc.tokens) if tok[LOWER] in verbs.REPORTING_NOUNS]
    for i in nouns:
        tok = doc.tokens[i]
        if not quoted_at(tok[START]):
            found = _reporting_noun(doc, i, stops)
            if found:
                start, end, attribution = found
                records.append(_Record(start, end, "indirect", attribution, "reporting_noun",
                                       group))
                group += 1
    return _drop_nested(doc, records)


def _in_earlier_fragment(doc: _Doc, offset: int, fragments: Sequence[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies inside quoted words that opened in an earlier sentence
    (``Voters “deserve a fighter. That is Jo Li,” said Kim Park``: the clause ``That is Jo Li``
    is part of the quoted fragment, reported with it)."""
    k = bisect.bisect_right(fragments, (offset, 1 << 62)) - 1
    return k >= 0 and fragments[k][0] < offset < fragments[k][1] and \
        doc.sentence_of(fragments[k][0]) != doc.sentence_of(offset)


_MONTH_NAMES = "|".join(sorted(month.capitalize() for month in MONTHS))
_SIGNATURE = re.compile(r"[—–-][^\S\n]*(?P<name>[^\s()—–<>@][^\n()—–<>@]{0,59}?)[^\S\n]*"
                        r"\(@\w{1,30}\)[^\S\n]*(?:%s)[^\S\n]+\d{1,2},[^\S\n]*\d{4}" % _MONTH_NAMES)
"""The signature line of an embedded post: ``— Jo Li (@JoLi) July 5, 2016`` (the text an
embedded tweet falls back to on a news page)."""
_POST_LINKS = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*\Z")
_TAG_END = re.compile(r"<[A-Za-z][^<>\n]*>")


def _signed_posts(doc: _Doc, first_group: int) -> list[_Record]:
    """Embedded posts (``No one should be above the law. pic.twitter.com/Oq — Jo Li (@JoLi)
    July 5, 2016``): the words from the start of the paragraph (or of the markup tag holding
    the post) to the signature (``_SIGNATURE``), less trailing links, are the signer's own,
    verbatim: a direct quote with the rule ``dash_attribution``."""
    text = doc.text
    if "(@" not in text:
        return []
    records = []
    for lo, hi in doc.paragraphs:
        if text.find("(@", lo, hi) < 0:
            continue
        after = lo  # where the paragraph's next post may begin
        for match in _SIGNATURE.finditer(text, lo, hi):
            begin = after
            after = match.end()
            for tag in _TAG_END.finditer(text, begin, match.start()):
                begin = tag.end()  # '<tweet id="…">No one should …'
            body = text[begin:match.start()]
            links = _POST_LINKS.search(body)
            body = body[:links.start()] if links else body.rstrip()
            end = begin + len(body)
            while begin < end and text[begin].isspace():
                begin += 1
            if end <= begin:
                continue
            a, b = doc.tok(match.start("name")), doc.tok(match.end("name"))
            mention = doc.people.speaker_after(a, b)
            if mention is None or mention.end != match.end("name"):
                mention = Mention(match.start("name"), match.end("name"), match.group("name"),
                                  -1, "group")  # "CSPAN (@cspan)": an account, no person
            records.append(_Record(begin, end, "direct",
                                   _Attribution(mention, None, "dash_attribution"),
                                   "dash_attribution", first_group + len(records)))
    return records


def _drop_nested(doc: _Doc, records: list[_Record]) -> list[_Record]:
    """Drop the records of belief and intention cues (``MENTAL_CATEGORIES``,
    ``COGNITIVE_CUES``) and of cues in a to-infinitive (``urged Bob Casey to reject the plan``:
    an act asked for, not done) whose cue lies inside another record's clause: they are part
    of what that record reports."""
    spans = sorted((r.start, r.end) for r in records)
    starts = [a for a, _ in spans]
    reach = []  # reach[n]: the furthest end among spans[:n + 1]
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)
    kept = []
    for record in records:
        cue = record.attribution.cue if record.attribution else None
        if cue is not None and (_category(cue.lemma) in MENTAL_CATEGORIES or
                                cue.lemma in COGNITIVE_CUES or
                                cue.first > 0 and doc.tokens[cue.first - 1][LOWER] == "to"):
            offset = doc.tokens[cue.first][START]
            n = bisect.bisect_right(starts, offset) - 1
            if n >= 0 and reach[n] > offset:
                continue
        kept.append(record)
    return kept


def _stands_for(doc: _Doc, pronoun: Mention | None, group: Mention | None) -> bool:
    """Whether an unresolved ``it`` or ``they`` speaking stands for the group or institution
    last quoted (``The union said on Monday it would strike. It said …``): within
    ``PRONOUN_SENTENCES`` sentences, ``it`` only for a singular head."""
    if pronoun is None or group is None or pronoun.kind != "pronoun" or pronoun.entity >= 0 or \
            doc.sentence_of(pronoun.start) - doc.sentence_of(group.start) > PRONOUN_SENTENCES:
        return False
    words = group.text.lower().split()
    of = next((n for n in range(1, len(words)) if words[n] in ("of", "for")), len(words))
    head = words[of - 1]  # "the Ministry of Foreign Affairs": the head before its "of"
    plural = head.endswith("s") and head not in INSTITUTION_HEADS or head in BARE_COLLECTIVES
    return pronoun.text.lower() == "they" or pronoun.text.lower() == "it" and not plural  # (a
    # company's name is singular: "Harmon Motors … It said")


ORG_DESCRIPTION_HEADS: frozenset[str] = GENERIC_ORG_HEADS | {
    "airline", "bank", "network", "club", "team", "league", "federation", "association", "union",
    "charity", "museum", "hospital", "university", "school", "institute", "ministry",
    "department", "agency", "commission", "council", "authority", "regulator", "watchdog",
    "court", "developer", "co-operative", "cooperative", "app", "body", "office", "forecaster",
    "force"}
"""Heads of a definite description that stands for an organisation named just before (``The
carrier said``, ``the ministry said``): the generic ones and those of one kind of body."""

PUBLIC_BODY_HEADS: frozenset[str] = frozenset({
    "ministry", "department", "agency", "commission", "council", "committee", "court", "police",
    "government", "parliament", "senate", "assembly", "party", "office", "authority", "service"})
"""Heads of public bodies, which a generic company description does not stand for."""

ORG_SENTENCES: int = 4
"""Most sentences from an organisation's name to a description that stands for it."""


def _institution_before(doc: _Doc, pronoun: Mention, sentences: int = 0,
                        accept: Callable[[Mention], bool] | None = None,
                        clubs: bool = False) -> Mention | None:
    """The institution ``it`` stands for: a name before it in its sentence of two or more
    capitalised words ending in an institution's head noun (``after Gorsefield Bank …, it
    warned``, ``Vestria's Foreign Ministry … what it called``), not a place's (``PLACE_HEADS``),
    or one a trade noun introduces (``budget carrier SkyVale``: ``_named_after_trade``); the
    first in the sentence, its subject's, before any later one (``Greenlane Foods has agreed to
    buy the soup maker Pot & Ladle, the company said``). None when there is none (an earlier
    sentence's institution is too far: ``… the United States Senate. It does say …`` is the
    Constitution). With ``sentences``, that many earlier sentences are searched too, the
    nearest first, and with ``accept`` only an institution it accepts is taken (for a
    description: ``_named_group_for``); with ``clubs``, sports clubs count too
    (``_institutions_in``)."""
    sentence = doc.sentence_of(pronoun.start)
    stop = doc.tok(pronoun.start)
    for index in range(sentence, max(-1, sentence - sentences - 1), -1):
        floor = doc.tok(doc.sentence_bounds(index)[0])
        end = stop if index == sentence else doc.tok(doc.sentence_bounds(index)[1])
        for found in _institutions_in(doc, floor, end, clubs):
            if accept is None or accept(found):
                return found
    return None


def _institutions_in(doc: _Doc, floor: int, end: int, clubs: bool = False
                     ) -> Iterator[Mention]:
    """The institutions named between tokens ``floor`` and ``end``, in text order (see
    ``_institution_before``); with ``clubs``, also the sports clubs named as an agent, not
    after a preposition (``Atherton Town have rejected …``, ``Stockport County confirmed``;
    not ``from Cape Town``: ``CLUB_NAME_HEADS``)."""
    tokens = doc.tokens
    for k in range(floor + 1, end):
        head = tokens[k]
        traded = _named_after_trade(doc, k, floor)
        if traded is not None:
            yield traded  # "the chat app Threadly", "budget carrier SkyVale"
            continue
        if not (head[TEXT][0].isupper() and tokens[k - 1][TEXT][0].isupper()):
            continue
        club = clubs and head[LOWER] in CLUB_NAME_HEADS
        if club or head[LOWER] in INSTITUTION_HEADS and head[LOWER] not in PLACE_HEADS:
            first = k - 1
            while first - 1 >= floor and (tokens[first - 1][TEXT][0].isupper() or
                                          tokens[first - 1][TEXT] == "&"):
                first -= 1
            if tokens[first][LOWER] in DETERMINERS:
                first += 1  # "The Foreign Ministry": the article opens the sentence
            if club and first > floor and tokens[first - 1][LOWER] in _NOUN_PREPOSITIONS:
                continue  # "fans from Cape Town": a place
            start, end_char = tokens[first][START], head[END]
            yield Mention(start, end_char, doc.text[start:end_char], -1, "group")


CLUB_NAME_HEADS: frozenset[str] = frozenset({
    "town", "city", "united", "county", "rovers", "athletic", "albion", "wanderers", "rangers",
    "hotspur", "fc", "afc", "harlequins", "saracens"})
"""Last words of the names of sports clubs (``Atherton Town``, ``Stockport County``, ``Bristol
Rovers``), which ``the club`` and ``the team`` stand for; ``City`` and ``County`` also end
places', so only a name that acts counts."""

CLUB_DESCRIPTION_HEADS: frozenset[str] = frozenset({"club", "team"})
"""Heads of a description that may stand for a sports club (``CLUB_NAME_HEADS``)."""


def _named_after_trade(doc: _Doc, k: int, floor: int) -> Mention | None:
    """The company name ending at token ``k`` that a trade noun introduces (``TRADE_NOUNS``:
    ``the confectionery maker Harland & Pryce``), or None."""
    tokens = doc.tokens
    if not (tokens[k][TEXT][0].isupper() and
            (k + 1 >= len(tokens) or not (tokens[k + 1][TEXT][0].isupper() or
                                          tokens[k + 1][TEXT] == "&"))):
        return None  # not the name's last word
    first = k
    while first - 1 > floor and (tokens[first - 1][TEXT][0].isupper() and
                                 tokens[first - 1][LOWER] not in TRADE_NOUNS or
                                 tokens[first - 1][TEXT] == "&"):
        first -= 1
    if first - 1 < floor or tokens[first - 1][LOWER] not in TRADE_NOUNS:
        return None
    start, end = tokens[first][START], tokens[k][END]
    return Mention(start, end, doc.text[start:end], -1, "group")


def _org_named_before(doc: _Doc, mention: Mention | None) -> Mention | None:
    """For a definite description that may stand for an organisation (``the company``, ``The
    automaker``: ``ORG_DESCRIPTION_HEADS``), the institution named before it within
    ``ORG_SENTENCES`` sentences though not quoted (``Harmon Motors will close its plant …, the
    company said``) that it fits (``_named_group_for``); else None."""
    if mention is None or mention.kind not in ("group", "description") or mention.entity >= 0 \
            or mention.text.split()[-1] not in ORG_DESCRIPTION_HEADS:
        return None
    return _institution_before(doc, mention, ORG_SENTENCES,
                               lambda named: _named_group_for(doc, mention, named) is not None,
                               mention.text.split()[-1] in CLUB_DESCRIPTION_HEADS) or \
        _org_named_after_lead(doc, mention) or _org_opening_report(doc, mention)


def _org_opening_report(doc: _Doc, mention: Mention) -> Mention | None:
    """For a description of an organisation closing its sentence after a comma (``…, the
    power utility said``), the name no person bears that opens the sentence, the report's
    subject, when the description fits it (``Eskom will cut power …, the power utility said``);
    else None."""
    tokens = doc.tokens
    k = doc.tok(mention.start)
    a = doc.tok(doc.sentence_bounds(doc.sentence_of(mention.start))[0])
    if k - 1 <= a or tokens[k - 1][TEXT] != ",":
        return None
    last = next((m for m in range(a, min(k - 1, a + MAX_NAME_TOKENS))
                 if m in doc.people.name_at), -1)
    if last < 0 or doc.people.name_at[last][1] >= 0 or doc.people.name_at[last][0] != \
            tokens[a][START] or tokens[last][TEXT].endswith(_POSSESSIVE_ENDS):
        return None
    found = Mention(tokens[a][START], tokens[last][END],
                    doc.text[tokens[a][START]:tokens[last][END]], -1, "group")
    return _named_group_for(doc, mention, found)


def _org_named_after_lead(doc: _Doc, mention: Mention) -> Mention | None:
    """For a description of an organisation in the story's first sentence, the institution
    the next sentence names that it fits (``…, the energy regulator has announced. The Energy
    Markets Authority said …``): the delayed identification of news leads, as
    ``DocumentPeople.named_after_lead`` for persons; else None."""
    if doc.sentence_of(mention.start) > 0 or len(doc.sentences) < 2:
        return None
    lo, hi = doc.sentence_bounds(1)
    for found in _institutions_in(doc, doc.tok(lo), doc.tok(hi)):
        if _named_group_for(doc, mention, found) is not None:
            return found
    return None


_NAME_RUN = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w.&’'-]*)+")
"""Capitalised words with the function words of an institution's name between them."""
_NAME_LINK_WORDS = frozenset({"of", "for", "and", "on", "the", "&"})
"""Words inside an institution's name that its acronym leaves out (``Food and Drug
Administration``: FDA)."""


def _spelled_out(doc: _Doc, mention: Mention | None) -> Mention | None:
    """The institution an acronym speaking stands for (``The FDA said``), spelled out earlier in
    the text (``the U.S. Food and Drug Administration``): the latest capitalised name whose
    initials hold the acronym's letters in a row (all of them for a two-letter one: ``UN``
    for ``United Nations``); None for no acronym or no such name."""
    if mention is None or mention.kind != "group" or mention.entity >= 0:
        return None
    acronym = mention.text.split()[-1]
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    if doc.names is None:  # read once per document: the scan is linear in the text
        doc.names = [(match.start(), match[0]) for match in _NAME_RUN.finditer(doc.text)]
    found = None
    for start, name in doc.names:
        if start >= mention.start:
            break
        words = [word for word in name.split() if word not in _NAME_LINK_WORDS]
        initials = "".join(word[0] for word in words if word != "The")
        if acronym in initials and (len(acronym) > 2 or acronym == initials):
            found = Mention(start, start + len(name), name, -1, "group")
    return found


DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "statement", "report", "memo", "letter", "filing", "complaint", "lawsuit", "indictment",
    "study", "survey", "poll", "audit", "review", "analysis", "release", "email", "notice",
    "affidavit", "motion", "brief", "declaration", "transcript", "message"})
"""Nouns of documents quoted as if they spoke (``the statement said``, ``The memo argues``),
which speak for their author when the text names one (``_document_author``)."""

_AUTHOR_PREPOSITIONS = frozenset({"from", "by"})
"""Prepositions joining a document to its author (``a statement from the police``, ``a report
by the inspector general``); not ``of``, which joins a poll to those asked (``a poll of 400
voters``)."""


def _document_author(doc: _Doc, mention: Mention | None) -> Mention | None:
    """The author a document speaker stands for: named after it (``a statement from the
    National Police Service``), or, for ``the <document>``, where the same document was
    brought in within ``ORG_SENTENCES`` sentences before: ``a memo by X``, ``X's statement``,
    ``X released a statement``, ``X wrote in a memo``. None when no author is named."""
    if mention is None or mention.kind not in ("group", "description") or \
            mention.entity >= 0 or DOCUMENT_NOUNS.isdisjoint(mention.text.lower().split()):
        return None
    first, last = doc.tok(mention.start), doc.tok(mention.end) - 1
    tokens = doc.tokens
    head = next((k for k in range(first, last + 1) if tokens[k][LOWER] in DOCUMENT_NOUNS), -1)
    if head < 0:
        return None
    if head < last:  # "a statement from the National Police Service"
        return _author_after(doc, head, last + 1)
    end = doc.tok(doc.sentence_bounds(tokens[head][SENT])[1])
    cue = next(iter(doc.cues_between(head + 1, end)), None)
    found = _author_after(doc, head, cue.first if cue is not None else end)
    if found is not None or tokens[first][LOWER] != "the":
        return found  # "The lawsuit filed by a former staffer … alleges", "A poll conducted
        # by Gallup shows"
    floor = doc.tok(doc.sentence_bounds(max(0, doc.sentence_of(mention.start) - ORG_SENTENCES))[0])
    for k in range(first - 1, floor - 1, -1):
        if tokens[k][LOWER] == tokens[head][LOWER]:
            return _author_around(doc, k)
    return None


_AUTHORING_PARTICIPLES = frozenset({"written", "signed", "issued", "released", "published",
                                    "filed", "sent", "authored", "prepared", "drafted",
                                    "conducted"})
"""Participles before ``by`` and a document's author (``an affidavit written by X``), unlike
those of who only has it (``a memo obtained by X``)."""


def _author_after(doc: _Doc, k: int, b: int) -> Mention | None:
    """The author named after the document noun at token ``k`` (``a statement from X``, ``a
    report by X``, ``an affidavit written by X``; not ``a memo obtained by X``, who only has
    it), before token ``b``."""
    tokens = doc.tokens
    j = k + 1
    if j < b and tokens[j][LOWER] in _AUTHORING_PARTICIPLES:
        j += 1
        if j < b and tokens[j][LOWER] != "by":
            return None
    if j + 1 >= b or tokens[j][LOWER] not in _AUTHOR_PREPOSITIONS:
        return None
    return doc.people.speaker_after(j + 1, b)


def _author_around(doc: _Doc, k: int) -> Mention | None:
    """The author of the document whose noun is at token ``k``: after it (``_author_after``),
    the possessive before it (``Kim Park's statement``), the subject of the verb it is the
    object of (``Harlow Vale Police released a statement``) or the speaker of the cue it is
    the medium of (``Sam Pruitt wrote in a memo``)."""
    tokens = doc.tokens
    sentence = doc.tok(doc.sentence_bounds(tokens[k][SENT])[0])
    end = doc.tok(doc.sentence_bounds(tokens[k][SENT])[1])
    found = _author_after(doc, k, end)
    if found is not None:
        return found
    d = k - 1
    while d > sentence and k - d <= MAX_NOUN_MODIFIERS and tokens[d][TEXT].islower() and \
            tokens[d][LOWER] not in DETERMINERS:
        d -= 1  # "a one-line statement"
    if d >= sentence and tokens[d][TEXT].endswith(("'s", "’s")):
        return _possessor(doc, d)  # "Kim Park's statement"
    if d <= sentence or tokens[d][LOWER] not in ("a", "an", "the", "its", "their"):
        return None
    before = tokens[d - 1]
    if before[LOWER] == "in":  # "Sam Pruitt wrote in a memo", "In a statement, the police said"
        cues = doc.cues_between(sentence, end)
        cue = next((c for c in reversed(cues) if c.last < d - 1), None) or \
            next((c for c in cues if c.first > k), None)
        if cue is None or _is_passive(doc, cue, _Bounds(doc, tokens[k][SENT])):
            return None  # "The charge is explained in an affidavit": no one explains it
        return doc.cue_speaker(cue, sentence)
    if before[TEXT].isalpha() and before[TEXT].islower():  # "… released a statement"
        found = doc.people.speaker_before(d - 1, sentence)
        opens = found is not None and (doc.tok(found.start) == sentence or
                                       tokens[doc.tok(found.start) - 1][TEXT] == ",")
        return found if opens and found.kind in ("name", "group") else None  # its subject,
        # not "… black parents with kids in charter schools sent a letter"
    return None


def _is_named_group(mention: Mention) -> bool:
    """Whether a group speaker is an organisation's proper name of two or more words, its head
    capitalised (``Marlow Airlines``, ``Vestria's Foreign Ministry``), not a description."""
    words = mention.text.split()
    return len(words) >= 2 and words[-1][0].isupper() and words[-1][1:].islower()


def _named_group_for(doc: _Doc, mention: Mention | None,
                     named: Mention | None) -> Mention | None:
    """The organisation named before (``named``) that a definite description speaking now
    stands for: ``the`` and at most two lower-case words headed by ``ORG_DESCRIPTION_HEADS``,
    within ``ORG_SENTENCES`` sentences, its head the named one's, the trade noun the name was
    introduced with (``the co-operative`` after ``Dairy co-operative Moorvale Milk``) or generic
    (``The carrier said`` after ``Marlow Airlines``); None otherwise."""
    if mention is None or named is None or mention.kind not in ("group", "description") or \
            mention.entity >= 0:
        return None
    words = mention.text.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or \
            not all(word.islower() for word in words[1:]) or \
            doc.sentence_of(mention.start) - doc.sentence_of(named.start) > ORG_SENTENCES:
        return None
    head, named_head = words[-1], named.text.split()[-1].lower()
    if head not in ORG_DESCRIPTION_HEADS:
        return None
    introduced = doc.tok(named.start) - 1  # "Dairy co-operative Moorvale Milk"
    if head == named_head or named_head in ORG_HEAD_SYNONYMS.get(head, ()) or \
            introduced >= 0 and doc.tokens[introduced][LOWER] == head or \
            head in GENERIC_ORG_HEADS and named_head not in PUBLIC_BODY_HEADS or \
            head in PUBLIC_DESCRIPTION_HEADS and named_head in PUBLIC_BODY_HEADS:
        return named
    return None


ORG_HEAD_SYNONYMS: dict[str, frozenset[str]] = {
    "airline": frozenset({"air", "airlines", "airways"}),
    "bank": frozenset({"banking", "bancorp"}),
    "school": frozenset({"academy", "college"}),
    "university": frozenset({"college"}),
    "union": frozenset({"federation", "congress"}),
    "club": CLUB_NAME_HEADS,
    "team": CLUB_NAME_HEADS,
    "force": frozenset({"police", "constabulary"}),
}
"""Heads of a description and of the names it stands for besides its own (``the airline``
for ``Skyline Air``)."""

PUBLIC_DESCRIPTION_HEADS: frozenset[str] = frozenset({
    "regulator", "watchdog", "agency", "authority", "body", "department", "office",
    "forecaster"})
"""Description heads that fit any public body (``The regulator said`` after ``the
Information Commissioner’s Office``; ``the forecaster said`` after ``The Met Office``)."""


def _speaker_fields(doc: _Doc, mention: Mention | None) -> tuple[str | None, str | None,
                                                                   int | None, int | None]:
    """``speaker, speaker_mention, speaker_start, speaker_end`` of a mention: the person's
    canonical name, or a group as written (noted for the people table)."""
    if mention is None:
        return None, None, None, None
    if mention.kind == "group" or mention.kind == "description" and mention.entity < 0:
        doc.people.note_group(mention)
        speaker = doc.people.group_name(mention)
    else:
        speaker = doc.people.name(mention.entity)
    return speaker, mention.text, mention.start, mention.end


def _attribution_at(doc: _Doc, k: int, b: int) -> bool:
    """Whether a cue and its speaker begin at token ``k`` (``said Mira Castellano``, ``Mira
    Castellano said``) before token ``b``."""
    cues = doc.cues_between(k, min(b, k + 1 + MAX_SPEAKER_GAP))
    if not cues:
        return False
    cue = cues[0]
    if cue.first == k:
        return doc.people.speaker_after(cue.last + 1, b) is not None
    mention = doc.people.speaker_before(cue.first, k)
    return mention is not None and doc.tok(mention.start) == k


def _recover_closings(doc: _Doc, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Spans whose closing mark the writer dropped before an attribution, closed at the comma
    that ends the quoted words (``“We did nothing wrong, said Mira Castellano.``): in a quote
    left open in a paragraph the next one does not continue, the first comma after at least
    ``MIN_CLAUSE_WORDS`` words that a cue and its speaker follow (in either order,
    ``_attribution_at``). The quote then ends after that comma and is read as closed there."""
    tokens = doc.tokens
    out = []
    for n, q in enumerate(spans):
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        if q.closed or nxt is not None and nxt.continues and nxt.paragraph == q.paragraph + 1:
            out.append(q)
            continue
        a, b = doc.tok(q.start), doc.tok(q.end)
        comma = next((m for m in range(a + MIN_CLAUSE_WORDS, b) if tokens[m][TEXT] == "," and
                      _attribution_at(doc, m + 1, b)), -1)
        if comma < 0:
            out.append(q)
            continue
        end = tokens[comma][END]
        out.append(q._replace(end=end, close=end, closed=True))
    return out


def extract_document(text: str, *, doc_id: str = "") -> tuple[list[Quote], list[Person]]:
    """Extract the quotes and the people of one document, reading it once.

    Args:
        text: the document text.
        doc_id: the document's id; quote ids are ``f"{doc_id}:q{n}"`` and utterance ids
            ``f"{doc_id}:u{n}"``, numbered in text order from 0.

    Returns:
        The quotes sorted by ``start`` (then ``end``) and the people of ``speakers.Person``.

    >>> quotes, people = extract_document('"We won," said Jane Doe. Doe thanked her staff.')
    >>> [(q.text, q.kind, q.speaker, q.cue, q.rule) for q in quotes]
    [('We won,', 'direct', 'Jane Doe', 'said', 'quote_cue_speaker')]
    """
    doc = _Doc(text)
    spans = _recover_closings(doc, quote_spans(text, doc.paragraphs))
    doc.quote_close = {doc.tok(q.open): doc.tok(q.close) - 1 for q in spans if q.closed}
    quoted = _quote_records(doc, spans)
    posts = _signed_posts(doc, len(quoted))
    records = quoted + posts + _indirect_records(doc, spans, quoted, len(quoted) + len(posts))
    records = _partials_in_reports(doc, spans, records)
    records = _partials_in_clauses(doc, records)
    records.sort(key=lambda r: (r.start, r.end, r.kind))
    utterances: dict[int, str] = {}
    quotes = []
    last_group: Mention | None = None  # the latest group or institution quoted
    last_named: Mention | None = None  # the latest one quoted by its proper name
    for n, record in enumerate(records):
        utterance = utterances.setdefault(record.group, f"{doc_id}:u{len(utterances)}")
        attribution = record.attribution
        mention = attribution.mention if attribution else None
        cue = attribution.cue if attribution else None
        named = _named_group_for(doc, mention, last_named) or \
            _org_named_before(doc, mention) or _spelled_out(doc, mention)
        author = _document_author(doc, mention) if named is None else None
        if named is not None:  # "Marlow Airlines denied … The carrier said": the airline;
            # "The FDA said" after "the U.S. Food and Drug Administration"
            doc.people.note_group(named)
            speaker = doc.people.group_name(named)
            mention_text, s_start, s_end = mention.text, mention.start, mention.end
            mention = named
        elif author is not None:  # "… a statement from the police. …, the statement said"
            speaker = _speaker_fields(doc, author)[0]
            mention_text, s_start, s_end = mention.text, mention.start, mention.end
        else:
            speaker, mention_text, s_start, s_end = _speaker_fields(doc, mention)
            if mention is not None and mention.entity < 0 and \
                    mention.kind in ("group", "description"):
                lead = doc.people.named_after_lead(mention)  # "A former head of the British
                if lead >= 0 and any(  # Army has warned …", then "…,” General Sir Malcolm …
                        later.attribution is not None and  # told": the person named next
                        later.attribution.mention is not None and  # speaks, not one spoken
                        later.attribution.mention.entity == lead  # of ("Obama's presidency")
                        for later in records[n + 1:]):
                    speaker = doc.people.name(lead)
        if mention is not None and mention.kind == "group":
            last_group = mention
            if _is_named_group(mention):
                last_named = mention
        elif speaker is None and _stands_for(doc, mention, last_group):
            speaker = doc.people.group_name(last_group)  # "The union said … It said …"
        elif speaker is None and mention is not None and mention.text.lower() == "it":
            named = _institution_before(doc, mention)  # "Shares in Gorsefield Bank fell after
            if named is not None:  # it warned …"
                doc.people.note_group(named)
                speaker = doc.people.group_name(named)
        if cue is not None:
            cue_text = text[doc.tokens[cue.first][START]:doc.tokens[cue.last][END]]
            lemma = cue.lemma or None
        else:
            cue_text = lemma = None
        quotes.append(Quote(
            doc_id, f"{doc_id}:q{n}", utterance, record.kind, record.start, record.end,
            text[record.start:record.end], speaker, mention_text, s_start, s_end,
            cue_text, lemma, _category(lemma),
            doc.paragraph_of(record.start), doc.sentence_of(record.start),
            record.rule,
        ))
    return quotes, doc.people.people(doc_id)


def extract_quotes(text: str, *, doc_id: str = "") -> list[Quote]:
    """The quotes of one document (see ``extract_document``)."""
    return extract_document(text, doc_id=doc_id)[0]


_INT_COLUMNS = ("start", "end", "paragraph", "sentence")
_NULLABLE_INT_COLUMNS = ("speaker_start", "speaker_end")


def quotes_table(documents: pd.DataFrame) -> pd.DataFrame:
    """The quotes table of a documents table (``schema.QUOTE_COLUMNS``, in that order).

    Args:
        documents: a table with ``doc_id`` and ``text`` columns.

    Returns:
        One row per quote, sorted by ``doc_id`` then ``start``, ``end`` and ``quote_id``;
        offsets as int64, speaker offsets as nullable ``Int64``.

    Raises:
        SchemaError: ``documents`` lacks ``doc_id`` or ``text``.
    """
    return extract_tables(documents)[0]


def extract_tables(documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes table and the people table of a documents table, extracting each text once.

    Args:
        documents: a table with ``doc_id`` and ``text`` columns.

    Returns:
        ``(quotes, people)`` as ``quotes_table`` and ``analysis.speakers.people_table`` give them.

    Raises:
        SchemaError: ``documents`` lacks ``doc_id`` or ``text``.
    """
    require_columns(documents, DOCUMENT_COLUMNS, table_name="documents")
    quotes: list[Quote] = []
    people: list[Person] = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        found_quotes, found_people = extract_document(str(text), doc_id=str(doc_id))
        quotes.extend(found_quotes)
        people.extend(found_people)
    return quote_frame(quotes), people_frame(people)


def quote_frame(rows: list[Quote]) -> pd.DataFrame:
    """``Quote`` records as the quotes table: columns, dtypes and sort order."""
    table = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    for column in _INT_COLUMNS:
        table[column] = table[column].astype("int64")
    for column in _NULLABLE_INT_COLUMNS:
        table[column] = table[column].astype("Int64")
    for column in QUOTE_COLUMNS:
        if column not in _INT_COLUMNS and column not in _NULLABLE_INT_COLUMNS:
            table[column] = table[column].astype(object).where(table[column].notna(), None)
    return table.sort_values(["doc_id", "start", "end", "quote_id"], kind="stable") \
        .reset_index(drop=True)
