"""People in a news text: name mentions, aliases, pronouns, descriptions and group speakers.

No tagger or named-entity recogniser is available offline, so mentions are found the way a reader
of news copy finds them (Associated Press Stylebook, "titles"; Bell 1991, *The Language of News
Media*, ch. 10 on news actors): a run of capitalised words, with the titles and roles that
introduce people written before it (``Labour MP John Mann``, ``Israeli Prime Minister Benjamin
Netanyahu``, ``social historian David Rosenberg``). Word lists are data under
``analysis/lexicons/attribution/``: titles, roles, role modifiers, group nouns and capitalised words
that are not names.

Within a document a person's mentions are merged (the full name, then the surname, a first name,
or a misspelling of the surname: Levenshtein distance ``MAX_SURNAME_EDITS`` on surnames of at
least ``MIN_FUZZY_SURNAME`` letters). Pronouns resolve to the most recent compatible person of the
same sentence, else to the first person of the nearest earlier sentence that names one (a
subject-first salience order after Lappin & Leass 1994, "An Algorithm for Pronominal Anaphora
Resolution", Computational Linguistics 20(4)); "he" and "she" skip a name first written after
``the`` or a preposition of place (``PLACE_WORDS``: ``in Boca Raton``, ``the Atlantic Ocean``)
until it is written alone by its last word, as persons are on second reference. A description
(``the veteran politician``, ``the Texas senator``) resolves to the latest person whose role
holds its head noun or a title for it (``Texas Sen.``), preferring one whose role also holds its
capitalised modifiers, else to the most mentioned person so far. Gender is the majority of the
he/she pronouns (and gendered titles) resolved to a person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple

import pandas as pd

from analysis import verbs
from analysis.quotemarks import CLOSING_MARKS, OPENING_MARKS, in_quotation
from analysis.schema import DOCUMENT_COLUMNS, PEOPLE_COLUMNS, require_columns
from analysis.text import paragraph_spans, sentence_spans
from analysis.wordlists import read_frames, read_word_list

TITLES: frozenset[str] = read_word_list("titles.txt")
"""Titles and offices written before a name (``mr``, ``sen``, ``prime minister`` words)."""

NATIONALITIES: frozenset[str] = read_word_list("nationalities.txt")
"""Nationality words that are also nouns for one person (``Hungarian``, ``Kenyan``): a role
(``the 23-year-old Hungarian said``) and never part of a name."""

COUNTRIES: frozenset[str] = read_word_list("countries.txt")
"""Names of countries and territories in lower case (``france``, ``new zealand``): a name that
is one of them is a place, which no he or she stands for, and not a person's surname after a
particle (``the Tour de France``)."""

ROLES: frozenset[str] = read_word_list("roles.txt") | TITLES | NATIONALITIES
"""Role nouns that introduce or describe a person (``historian``, ``journalist``, titles,
nationalities)."""

COURTESY_TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
    "rev", "messrs"})
"""Titles of a person, not of an office (``Mr.``, ``Dr.``, ``Sir``)."""

_OFFICES: frozenset[str] = TITLES - COURTESY_TITLES
"""Titles that name an office (``sen``, ``governor``): a person holding one is not what a
description by another role stands for."""

ABBREVIATIONS: frozenset[str] = read_word_list("abbreviations.txt")
"""Abbreviations (``Mass.``, ``Calif.``, ``Jr.``) after which a full stop ends no sentence."""

MODIFIERS: frozenset[str] = read_word_list("modifiers.txt")
"""Words modifying a role (``former``, ``veteran``, ``left-wing``)."""

GROUPS: frozenset[str] = read_word_list("groups.txt")
"""Head nouns of groups and institutions that speak (``campaign``, ``officials``, ``members``)."""

GENERIC_ORG_HEADS: frozenset[str] = frozenset({
    "company", "firm", "group", "organization", "organisation", "business", "operator",
    "carrier", "maker", "carmaker", "automaker", "manufacturer", "startup", "retailer", "chain",
    "lender", "insurer", "utility", "broadcaster", "publisher"})
"""Description heads that fit any organisation but a public body (``the company`` is no
ministry's); any other head must repeat the named one's (``the ministry`` for ``Foreign
Ministry``)."""

TRADE_NOUNS: frozenset[str] = GENERIC_ORG_HEADS | {
    "app", "chipmaker", "drugmaker", "co-operative", "cooperative", "developer",
    "exchange", "platform", "brand", "label", "studio", "supermarket", "airline", "bank",
    "builder", "housebuilder", "miner", "producer", "supplier", "distributor", "outlet"}
"""Nouns of a trade that introduce a company's name (``the chat app Threadly``, ``budget
carrier SkyVale``, ``Chipmaker Lumenar``): the capitalised words after one name an
organisation."""

LEADING_NOT_NAMES: frozenset[str] = read_word_list("not_names.txt")
"""Capitalised words that are not (part of) a person's name: function words, days, months,
words of institution and place names; dropped from the start of a run of capitals."""

NAME_OPENERS: frozenset[str] = read_word_list("name_openers.txt")
"""Capitalised nouns opening the name of a place, a storm or an operation (``Fort``, ``Mount``,
``Storm``, ``Hurricane``, ``Operation``): a run of capitals opening with one names no person."""

PLACE_HEADS: frozenset[str] = read_word_list("places.txt")
"""Head nouns ending the names of places (``Island``, ``County``, ``Street``)."""

INSTITUTION_HEADS: frozenset[str] = read_word_list("institutions.txt") | PLACE_HEADS
"""Head nouns ending the names of institutions, media outlets and places (``Department``,
``Post``, ``Politics``, ``Island``, ``County``): such a name is no person, and as the head of a
subject it names an institution that speaks (``The New York Post reports``)."""

US_STATES: frozenset[str] = read_word_list("us_states.txt")
"""Names of the US states, lower case (``rhode island``): a run of capitals equal to one is a
place, not a person."""

TIME_WORDS: frozenset[str] = read_word_list("time_words.txt")
"""Time adverbs that may stand between a speaker and the cue (``X on Thursday declared``,
``X Tuesday said``)."""

SURVEY_PARTICIPLES: frozenset[str] = read_word_list("survey_participles.txt")
"""Past participles closing the noun phrase of a poll's respondents (``those surveyed say``,
``40 percent of the voters polled said``): part of the speaker, not a verb."""

ASIDES: frozenset[str] = frozenset({
    "however", "though", "meanwhile", "too", "instead", "nonetheless", "nevertheless",
    "moreover", "also", "likewise",
})
"""Sentence adverbs set off by commas between a subject and its verb (``X, however, said``)."""

ASIDE_WORDS: int = 10
"""Longest aside (tokens) skipped between a subject and its verb (``Jane Doe (D-Vt.) said``)."""

QUOTED_TERM_WORDS: int = 6
"""Most tokens of a quoted term inside an aside between a subject and its verb (``Save Our
Meon, which organised a “paddle-out” protest, said``)."""

ASIDE_OPENERS: frozenset[str] = frozenset({"like", "unlike", "including", "along", "together",
                                           "as", "much", "just"})
"""Words opening a comma-delimited aside between a subject and its verb (``Economists, like
their peers abroad, say``): a comparison or example, not an appositive naming the subject."""

TIME_PHRASE_WORDS: int = 4
"""Longest time phrase (words after its preposition) skipped between a speaker and the cue
(``X has in recent weeks said``)."""

_TIME_PHRASE_WORDS = frozenset({"the", "past", "recent", "last", "few", "several", "two",
                                "three", "this", "that"})

TIME_NOUNS: frozenset[str] = frozenset({
    "week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "day", "hour",
    "decade", "spring", "summer", "fall", "autumn", "winter"})
"""Nouns of time that make time adverbials (``last week``, ``Tuesday night``, ``in recent
days``, ``two weeks ago``) between a speaker and the cue or after it."""

TIME_DEICTICS: frozenset[str] = frozenset({"last", "this", "next"})
"""Words that make a time noun a time adverbial (``last week``, ``this month``)."""

_AGO_AMOUNTS = frozenset({"a", "an", "few", "several", "some", "many", "two", "three", "four",
                          "five", "six", "seven", "eight", "nine", "ten", "less", "more", "than",
                          "about", "nearly", "almost", "just", "only", "over"})
"""Words of the amount in a time phrase ending in ``ago`` (``less than two weeks ago``)."""

_GROUP_MODIFIERS = GROUPS | MODIFIERS | ROLES

QUANTIFIER_SUBJECTS: frozenset[str] = frozenset({
    "many", "some", "most", "few", "others", "several", "both", "all", "none",
})
"""Quantifiers that stand alone as the subject of a report (``Many argue that …``, ``Some say
…``): a group of sources left unnamed (Zelizer 1989 on anonymous attribution)."""

DEMONYMS: frozenset[str] = read_word_list("demonyms.txt") | NATIONALITIES
"""Nationality, religion and party adjectives (``British``, ``Jewish``, ``Labour``)."""

MONTHS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"})
"""Month names: calendar words, yet surnames after a given name (``Theresa May``)."""

NOT_NAMES: frozenset[str] = LEADING_NOT_NAMES | DEMONYMS | INSTITUTION_HEADS
"""Words that are never part of a person's name; nationality, religion and party adjectives
(``demonyms.txt``) may still start a role (``Israeli Prime Minister``); heads of institution
and place names (``INSTITUTION_HEADS``)."""

COMPASS_SURNAMES: frozenset[str] = frozenset({"north", "south", "east", "west"})
"""Words of place names that are surnames after a given name (``Marty West``, ``Oliver
North``), as titles, demonyms and months are (``_surname_end``); ``Middle East`` and ``Wild
West`` are places because their first words are in ``not_names.txt``."""

MALE_TITLES: frozenset[str] = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "baron",
                                          "congressman", "chairman", "spokesman", "father",
                                          "councilman", "businessman"})
"""Titles that tell a person's gender as "he" (grammatical gender of English titles)."""

MALE_KIN: frozenset[str] = frozenset({
    "son", "father", "husband", "brother", "grandson", "grandfather", "uncle", "nephew",
    "boyfriend", "fiancé", "widower", "stepson", "stepfather"})
"""Kinship nouns for a man: in apposition to a name (``Her son, Thomas Dunmore,``) they tell
whom ``he`` can stand for."""

FEMALE_KIN: frozenset[str] = frozenset({
    "daughter", "mother", "wife", "sister", "granddaughter", "grandmother", "aunt", "niece",
    "girlfriend", "fiancée", "widow", "stepdaughter", "stepmother"})
"""Kinship nouns for a woman (``his wife, Anita Reddy``)."""

KINSHIP: frozenset[str] = MALE_KIN | FEMALE_KIN | {
    "cousin", "parents", "children", "friend", "colleague", "neighbor", "neighbour", "boss",
    "mentor"}
"""Nouns for people close to someone, of either gender (``his grandfather, a piano tuner``):
an appositive after one describes that person."""

FEMALE_TITLES: frozenset[str] = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen",
                                            "princess", "duchess", "baroness", "congresswoman",
                                            "chairwoman", "spokeswoman", "sister",
                                            "councilwoman", "businesswoman"})
"""Titles that tell a person's gender as "she"."""

PRONOUN_GENDER: dict[str, str] = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
}
"""Third-person singular pronouns and the gender they tell (English grammar)."""

UNNAMED_GENDER: dict[str, str] = {"man": "he", "boy": "he", "gentleman": "he",
                                   "woman": "she", "girl": "she"}
"""Nouns for a man or a woman that news uses for a person it does not name (``a 41-year-old
man``): the nearest antecedent a "he" or "she" may have, before any named person further off
(``_unnamed_antecedents``). Not kinship nouns, which relate one person to another in the same
sentence (``Freeing her husband, he promised``)."""

_UNNAMED_NOUN = re.compile(r"\b(?:" + "|".join(UNNAMED_GENDER) + r")\b")
"""Any noun of ``UNNAMED_GENDER`` as a word: a document without one needs no token scan."""

_ANTECEDENT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our",
                                     "this", "that", "another"})
"""Determiners of a noun phrase for one person in particular (not ``every man``)."""

_NOT_ANTECEDENT_BEFORE = frozenset({"is", "was", "as", "be", "been", "became", "becomes",
                                    "like"})
"""Words before an unnamed person's noun phrase that make it a predicate or a likeness
(``Pike is a mother``, ``treated her like a daughter``), no antecedent."""

PLACE_WORDS: frozenset[str] = frozenset({"the", "in", "at", "on", "near", "across", "from",
                                        "into", "outside", "inside", "throughout"})
"""Words that do not stand right before a person's name: the definite article, which English
personal names do not take while names of seas, districts, wars, laws and bodies do (Quirk et
al. 1985, *A Comprehensive Grammar of the English Language*, §5.60-5.65), and prepositions of
place (``in Boca Raton``, ``on Capitol Hill``). A name first written after one, with no title
or role, is no person a "he" or "she" refers to until it is written alone by its last word,
as news copy names a person on second reference (AP Stylebook, "names")."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we", "it"})
"""Subject pronouns that can be the speaker of a reporting verb."""

DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "some", "many", "several", "most", "other", "few", "two", "three", "four", "all", "both",
    "one", "another", "each", "every", "neither",
})
"""Words that open a noun phrase naming a speaker (``the veteran politician``)."""

SKIPPABLE: frozenset[str] = frozenset({
    "also", "then", "later", "previously", "has", "have", "had", "did", "does", "do", "will",
    "would", "could", "may", "might", "once", "again", "recently", "just", "first", "further",
    "subsequently", "reportedly", "already", "still", "even", "often", "never", "not",
    "initially", "earlier", "now", "ultimately", "personally", "herself", "himself", "only",
    "is", "was", "were", "are", "been", "being", "be", "apparently", "should", "must", "can",
    "cannot", "shall", "would", "might", "long", "since", "twice", "repeatedly", "alike",
}) | frozenset(f"{verb}n{mark}t" for verb in (
    "is", "was", "are", "were", "does", "did", "do", "has", "have", "had", "would", "could",
    "should", "ca", "wo") for mark in ("'", "’"))
"""Adverbs and auxiliaries standing between a speaker and the reporting verb, negated ones
too (``isn’t``, ``didn't``, ``won’t``, ``can't``)."""

BARE_SUBJECT_WORDS: int = 12
"""Longest noun phrase (words) taken as a speaker as written when nothing better is found."""

VERB_MARKERS: frozenset[str] = frozenset({
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "should",
    "may", "might", "must", "did", "does", "do", "who", "which", "that", "and", "or", "but",
})
"""Words that end a subject noun phrase read forward from ``The`` (auxiliaries, relatives,
conjunctions): ``The mainstream media | has done nothing to explain``."""

_AUXILIARIES = VERB_MARKERS - {"who", "which", "that", "and", "or", "but"}

ZERO_RELATIVE_NOUNS: frozenset[str] = frozenset({
    "reason", "reasons", "time", "times", "way", "ways", "place", "day", "moment",
})
"""Nouns of reason, time, place and manner that a relative clause follows without ``that``
(``one reason Democrats say``, ``the third time the group said``; Quirk et al. 1985, *A
Comprehensive Grammar of the English Language*, §17.15): the speaker begins after them."""

CLAUSE_OPENING: frozenset[str] = frozenset({
    "and", "but", "or", "that", "because", "while", "after", "when", "as", "since", "although",
    "though", "if", "whereas", "where", "so", "yet",
})
"""Words after which a new clause (and its subject) begins."""

LEADING_NAME_WORDS: int = 5
"""How far into its clause a subject's name may start, and how far after it (``of
Connecticut``) its appositive's comma may come."""

DETERMINED_WORDS: int = 4
"""How many words after a determiner a speaker's head noun may come (``said the second
official``)."""

MAX_TITLE_ABBREVIATION: int = 4
"""Longest title written as an abbreviation with a full stop (``Sen.``, ``Gov.``, ``Capt.``): a
longer title before a full stop (``the president.``) ends its sentence."""

MAX_COMPOUND_WORDS: int = 3
"""Most modifier words read before the plural head of a bare subject (``civil rights groups``)."""

MAX_RELATIVE_WORDS: int = 15
"""Longest restrictive relative clause read between a subject and its cue (``The lifelong
Republican who wrote the speech says``)."""

PRONOUN_SENTENCES: int = 3
"""How many sentences back a pronoun looks for the person it refers to."""

MAX_SURNAME_EDITS: int = 2
"""Largest Levenshtein distance at which a one-word name is a misspelling of a known surname."""

MIN_FUZZY_SURNAME: int = 5
"""Shortest surname (letters) matched with misspellings; shorter ones must match exactly."""

MAX_NAME_WORDS: int = 4
"""Longest run of capitalised words taken as one person's name."""

PERSONAL_INSTITUTIONS: frozenset[str] = frozenset({"campaign", "committee", "friends"})
"""Institution heads whose ``for``/``of`` names a person (``Campaign for Trump``): the name
after them stays a person's."""
PARTY_PREFIXES: frozenset[str] = frozenset({"d-", "r-", "i-"})
"""A party letter before a state abbreviation in AP style (``Jane Doe, D-Calif., said``)."""
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes that end a name (``Jr.``, ``III``): kept in the name as written, not
used to match later mentions (AP Stylebook, "Jr., Sr.")."""
POSTNOMINALS: frozenset[str] = frozenset({"kc", "qc", "sc", "mbe", "obe", "cbe", "kbe", "dbe",
                                          "phd", "frs"})
"""Letters after a name for an honour, a rank at the bar or a degree (``Deborah Akinyemi KC``):
no part of the name, and no name of their own."""
NAME_TAG_TOKENS: int = 6
"""Tokens of a parenthesised tag after a name (``(R-Ga.)``, ``(D-Vt.)``)."""
AGENT_PHRASE_WORDS: int = 6
"""Words of the agent in ``<participle> by <agent>`` between a subject and its verb."""
AGENT_PARTICIPLES: frozenset[str] = frozenset({
    "obtained", "released", "published", "issued", "commissioned", "conducted", "sponsored",
    "written", "signed", "sent", "filed", "seen", "reviewed", "prepared", "compiled",
    "funded", "paid", "led", "organized", "organised", "posted", "broadcast", "aired"})
"""Participles whose ``by`` phrase names who made or got a document, not who speaks (``a
memo obtained by The Post says``)."""
EVIDENCE_SOURCES: frozenset[str] = frozenset({"poll", "survey", "study", "report", "analysis",
                                              "data", "research", "audit", "review", "probe",
                                              "census", "memo", "lawsuit", "ruling", "paper",
                                              "polls", "surveys", "studies", "reports"})
"""Nouns of studies, polls and documents: they speak bare in headlines (``…, poll finds``),
and what they find is reported even as a noun phrase (``The survey found broad support``)."""


def _headline_source(lower: str) -> bool:
    """Whether a lower-case word may speak bare after a comma, as in headlines (``…, analyst
    says``, ``…, poll finds``): a role, a group or an ``EVIDENCE_SOURCES`` noun."""
    return lower in ROLES or lower in GROUPS or lower in EVIDENCE_SOURCES


COMPANY_SUFFIXES: frozenset[str] = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "ag",
                                              "sa", "nv", "gmbh"})
"""Legal suffixes that end a company's name (``Exxon Mobil Corp.``, ``Apple Inc``)."""
BARE_COLLECTIVES: frozenset[str] = frozenset({"police", "staff", "management", "personnel",
                                              "clergy", "military", "media"})
"""Collective nouns written without an article and with a plural verb (``police said``): they
speak as a bare subject, as plurals do."""

_GROUP_PREPOSITIONS = frozenset({"at", "for", "with", "from", "to", "in", "of", "inside",
                                 "within", "on"})
"""Prepositions joining a speaking group or role to what it belongs to (``Officials at the
Pentagon``, ``a spokesman for``, ``aides to``, ``people close to``, ``Republicans on the
committee``)."""

_NOUN_PHRASE_ENDS = frozenset({".", ",", "!", "?", ";"})
"""Marks after which a speaker's noun phrase read after the cue has ended (``says a narrator.``)."""

ORIGIN_PREPOSITIONS: frozenset[str] = frozenset({"of", "from", "at", "in"})
"""Prepositions of the place or body a person named in an appositive is from (``Darran Whiting
of Liberty Baptist Church``)."""
_INSIDE_PHRASE = DETERMINERS | ORIGIN_PREPOSITIONS | {"for", "with", "by", "to", "on"}
"""Words before a name that make it part of a larger phrase, not an appositive of its own."""
_QUANTITY_HEADS = QUANTIFIER_SUBJECTS | {"percent", "half", "third", "thirds", "quarter",
                                         "quarters", "fifth", "majority", "plurality",
                                         "minority", "dozens", "hundreds", "thousands",
                                         "millions"}
"""Heads of a share of a group (``Fifty-five percent of voters``, ``a third of Democrats``)."""
NUMBER_WORDS: frozenset[str] = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "a",
})
"""Words that open a number (``three in five``, ``a third``)."""

_APPROXIMATORS = frozenset({"nearly", "almost", "about", "roughly", "around", "approximately",
                            "just", "only", "barely", "more", "fewer", "less"})
"""Words that may open a share of people before its number (``nearly three in five``, ``more
than half``)."""


def _approximate_share(tokens: Sequence[Token], first: int, k: int) -> bool:
    """Whether tokens ``first`` to ``k`` are an approximator and a share of people (``nearly three
    in five``, ``more than half``, ``about 40 percent``)."""
    n = first + 1
    if tokens[first][LOWER] not in _APPROXIMATORS or n > k:
        return False
    if tokens[n][LOWER] == "than":
        n += 1
    return n <= k and (tokens[n][TEXT][0].isdigit() or tokens[n][LOWER] in NUMBER_WORDS or
                       tokens[n][LOWER] in _QUANTITY_HEADS)


_PERCENTAGE = re.compile(r"\d+(?:\.\d+)?%")
_AGE_NOUN = re.compile(r"\d+-year-old")
"""A person described by age (``the 64-year-old said``): resolved as a description whose role
matches no one, to the most mentioned person."""
_AFFILIATION_HEADS = frozenset({"democrat", "republican"})
"""Role nouns of a party's members: ``the Republican`` is someone called a Republican before,
not the most mentioned person (often the other party's candidate)."""
_ANONYMOUS_HEADS = frozenset({
    "official", "source", "aide", "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "person", "staffer", "strategist", "analyst", "expert", "operative", "insider",
    "observer", "consultant", "pollster", "lawyer", "attorney", "officer", "employee", "member",
    "supporter", "donor", "critic", "witness", "resident", "voter", "worker", "activist",
    "narrator"})
"""Role nouns of unnamed sources: ``the official`` with no official named before is nobody in
particular, not the article's most mentioned person."""
_OTHER_ONE = frozenset({"second", "third", "fourth", "other"})
"""Modifiers that set a description apart from anyone named before (``the second official``)."""
_SOURCE_PARTICIPLES = frozenset({"involved", "briefed", "acquainted"})
"""Participles that postmodify an unnamed source (``a source involved in the talks``, ``officials
briefed on the plan``): part of its noun phrase, no verb."""
_SOURCE_POSTMODIFIERS = _SOURCE_PARTICIPLES | {"close", "closest", "familiar"}
"""Words that join an unnamed source to what it is close to (``people close to X``, ``a person
familiar with the talks``, ``a source involved in …``)."""
_SOURCE_PREPOSITIONS = frozenset({"to", "with", "in", "on"})
"""Prepositions after a source's postmodifier (``close to``, ``familiar with``, ``briefed on``)."""
UNNAMED_SOURCE_WORDS: int = 8
"""Most tokens from an unnamed source's postmodifier to the end of its phrase (``familiar with
the company's thinking on the deal``)."""
_FLOATING = frozenset({"both", "each", "all"})
"""Quantifiers floated between a plural subject and its verb (``Jo Li and Kim Park both
said``)."""
_TIME_ADVERBS = frozenset({"then", "later", "now", "still", "finally", "eventually",
                           "meanwhile", "afterward", "afterwards", "soon", "again", "earlier"})
"""Adverbs of time opening a clause before its subject (``Then someone shouted``), unlike
adverbs of degree, which belong to it (``Nearly a third said``)."""
IRREGULAR_PASTS: frozenset[str] = frozenset(
    form for forms in verbs.IRREGULAR_FORMS.values() for form in forms[1] | forms[2]
    if not form.endswith("ed")) - {"forecast", "hit", "shot", "read", "put"}
"""Irregular past forms of reporting verbs (``said``, ``told``, ``found``): a verb inside a
run of words is no noun phrase (``Jo Li said the defendant showed``), unlike those that are
also nouns (``the forecast``)."""

COMMON_PASTS: frozenset[str] = frozenset({
    "spent", "made", "took", "gave", "went", "came", "got", "kept", "held", "won", "lost", "ran",
    "met", "brought", "began", "sent", "built", "paid", "led", "fell", "rose", "grew", "drew",
    "bought", "sold", "stood", "sat", "became", "chose", "caught", "fought", "sought", "struck",
    "threw", "wore", "broke", "drove", "flew"})
"""Irregular past forms of common verbs that are no reporting verbs and no nouns: a bare noun
phrase never runs over one (``Clinton spent Sunday … seeking``, ``The bickering began``)."""

_NOUN_PASTS = frozenset({
    "cut", "set", "hit", "put", "cost", "shut", "split", "spread", "cast", "bid", "hurt",
    "raised", "lowered", "slashed", "trimmed", "boosted"})
"""Past forms that are nouns too (``a tax cut``), verbs when a possessive follows (``the retailer
cut its forecast``): ``noun_past_verb``."""

_ASIDE_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "from", "with"})
"""Prepositions opening an adverbial aside between a subject and its verb (``Trump, in a post
on Truth Social, wrote``)."""
_FRONTING_PREPOSITIONS = _ASIDE_PREPOSITIONS | {"since", "despite", "unlike", "like", "as", "for"}
"""Prepositions opening a phrase fronted before a sentence's subject (``In her first
interview since …, Jo Li``)."""

_INDEFINITE_PEOPLE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone",
                                "everybody"})
"""Pronouns heading a speaker's noun phrase in lower case (``someone in the crowd``)."""
_NOT_OBJECT = frozenset({"who", "whom", "that", "which", "and", "or"})
"""Words before a name that make it no object inside a relative clause (``the man who Jo Li
said was``, ``Jo Li and Kim Park said``)."""
MAX_ORIGIN_WORDS = 4
"""Words of the place or organisation after ``of``/``from`` that follows a speaker's name."""

_NOUN_PREPOSITIONS = _GROUP_PREPOSITIONS | frozenset({
    "by", "on", "about", "over", "against", "under", "than", "like", "among", "into"})
"""Prepositions before a noun phrase: where the modifiers of a speaker's noun end."""

_NOT_MODIFIERS = CLAUSE_OPENING | SKIPPABLE | DETERMINERS | _NOUN_PREPOSITIONS
"""Function words that end the modifiers of a bare plural subject (``While critics say``)."""

DESCRIPTION_TITLES: dict[str, frozenset[str]] = read_frames("description_titles.csv",
                                                           "title,noun")
"""The titles of an office by the noun a description uses for it (``senator`` → ``sen``,
``senator``... as written in a role: ``Texas Sen.``)."""

NATIONALITY_COUNTRIES: dict[str, frozenset[str]] = read_frames("nationality_countries.csv",
                                                              "country,nationality")
"""The countries a nationality noun stands for (``ethiopian`` → ``ethiopia``): ``the
Ethiopian said`` is the person named as ``Ethiopia's Selamawit Gebre``."""

DESCRIPTION_WINDOW: int = 8
"""How many words before a speaker's head noun a description may start (``the ... MP``)."""

DESCRIPTION_AHEAD_SENTENCES: int = 3
"""How many sentences after a description with no one of its role named before (``The
governor has told aides …``) the person it introduces may be named (``Gov. Lydia Brennan``)."""

DESCRIPTION_EVENTS: int = 400
"""How many earlier mentions a description (``the veteran politician``) is resolved among: the
recent text it refers back to, so resolution time does not grow with the document."""

TITLE_CASE_MAX_CHARS: int = 200
"""Longest sentence (characters) tested for headline title case."""

TITLE_CASE_COMMON: int = 2
"""Fewest capitalised words, found in lower case elsewhere in the document, in a title-case
headline."""

TITLE_CASE_SHARE: float = 0.8
"""Share of capitalised words (of four letters or more) above which a sentence is a headline in
title case, whose capitals say nothing about names."""

_LONG_CAPITAL = re.compile(r"[A-Z\x80-\U0010FFFF](?<=[^\W\d_a-z])(?<!\w.)[^\W\d_]{3,}")
_LONG_LOWER = re.compile(r"[a-z](?<!\w.)[^\W\d_]{3,}")
"""Words of four letters or more that begin with a capital (any letter but ``a-z``) or in lower
case: every word of four letters or more (``\\b[^\\W\\d_]{4,}``) is found by just one of them.
Each pattern opens with a plain range of characters, which the regular expression engine scans
for quickly, and only then looks back to ask the costlier questions: that the character is a
letter but ``a-z`` and that no word character stands before it (``\\b``). Sentences are
searched in about two thirds of the time ``\\b[^\\W\\d_a-z][^\\W\\d_]{3,}`` takes, with the same
matches."""

MAX_FRONTED_WORDS = 16
"""Most words from a pronoun in a fronted phrase to the comma before the subject."""
_OPENERS = frozenset(PRONOUN_GENDER) | ROLES | MODIFIERS
_ROLES_AND_MODIFIERS = ROLES | MODIFIERS
_OCCASION_WORDS = frozenset({"after", "before", "during", "following", "when", "while"})
"""Words opening when a person spoke, after the person's name (``— Coach Dale Ferris after
Northbridge's defeat``): the name ends the speaker."""
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")", "\"", "“", "”"})
"""Marks that end a clause read back from a place to the subject before it
(``_subject_before_place``)."""
_PLACE_KINDS = frozenset({"district", "village", "town", "county", "province", "region",
                          "parish", "borough", "township", "suburb", "taluka", "tehsil"})
"""Lower-case nouns after a place's name that say what kind of place it is (``of Niphad
taluka``, ``from Kiambu county``)."""
_KIN_POSSESSORS = frozenset({"his", "her", "their"})
"""Possessives of a kinship description that stands for a person named before (``his
daughter said``: ``_named_kin_before``)."""
_ATTRIBUTION_AHEAD = 60
"""Most tokens a pronoun looks ahead for the attribution closing its sentence
(``_attribution_ahead``)."""
_TOKEN = re.compile(r"\w++(?:['’\-–]\w++|(?<=\d),\d{3}(?!\d))*|[^\s\u00ad]")
"""Words (with inner apostrophes and hyphens; a number keeps its thousands separators, so
``$100,000`` holds no comma that could end a clause) and single punctuation marks: any other
character but a space or a soft hyphen (U+00AD, invisible, left in scraped text: ``Doug
\u00adAndres`` is two words, not a mark between them; ``[^\\s\\u00ad]`` where no word starts
is ``[^\\w\\s\\u00ad]``, and a single class is tested faster than a negated pair). The
runs of letters are possessive (``\\w++``, Python 3.11): a word never ends inside one, so giving
letters back could never give another match, and not recording it is faster. The group after
them is greedy, not possessive (``*+``): Python 3.11.0 to 3.11.4 (Debian 12 ships 3.11.2) match a
possessive group holding an alternation wrongly (CPython gh-106052: ``said`` came out as
``sai``, ``""`` and ``d``), and as nothing follows the group, greedy matches the same."""
_POSSESSIVE = ("'s", "’s")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le",
                        "du", "di", "ibn", "abu", "st"})
_NAME_PREFIXES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul"})
"""The Arabic article as written joined to a name by a hyphen (``al-Khatib``, ``el-Sisi``)."""


_DASH_CAPITAL = re.compile(r"-[A-Z]")
"""A hyphen before a capital: where a name after the Arabic article may be (``al-Khatib``)."""


def _has_prefixed_name(text: str) -> bool:
    """Whether a text holds a name after the Arabic article (``al-Khatib``): whether to look for
    names that start in lower case. A scan for ``-`` and a capital, then a look at the word
    before it (faster than one pattern with the articles first)."""
    for match in _DASH_CAPITAL.finditer(text):
        start = match.start()
        words = text[max(0, start - 4):start].rsplit(None, 1)
        if words and words[-1] in _NAME_PREFIXES:
            return True
    return False


def _prefixed_name(word: str) -> bool:
    """Whether a word is a name after a lower-case article joined by a hyphen (``al-Khatib``,
    ``el-Sisi``, ``ash-Sharaa``): part of a person's name, written in lower case."""
    dash = word.find("-")
    return 1 < dash < 4 and word[:dash] in _NAME_PREFIXES and word[dash + 1:dash + 2].isupper()


class Person(NamedTuple):
    """One person (or group) mentioned in a document: a row of the people table.

    Fields are exactly ``schema.PEOPLE_COLUMNS``.
    """

    doc_id: str
    person: str
    mentions: int
    first_start: int
    aliases: str
    gender: str
    role: str | None


Token = tuple[int, int, str, str, int]
"""A word or punctuation token: ``(start, end, text, lower-cased text, sentence index)``, read
through the field indexes below. Plain tuples, as a document has hundreds of tokens and named
tuples cost three times as much to build."""

START, END, TEXT, LOWER, SENT = range(5)
"""Indexes of a ``Token``'s fields."""


class Mention(NamedTuple):
    """A mention of a speaker in the text.

    Attributes:
        start: offset of the mention as written (role words included).
        end: its end.
        text: ``text[start:end]``.
        entity: index into ``DocumentPeople.entities`` or -1 (unresolved, or a group).
        kind: "name", "pronoun", "description" or "group".
    """

    start: int
    end: int
    text: str
    entity: int
    kind: str


class _Entity:
    """Mutable bookkeeping for one person while a document is read (local to one call)."""

    __slots__ = ("names", "first_start", "mentions", "votes", "role", "tokens", "place",
                 "country")

    def __init__(self, name: str, start: int) -> None:
        self.names: list[str] = [name]
        self.tokens: tuple[str, ...] = tuple(  # the words it is matched by: no "Jr."
            word for word in name.split() if word.rstrip(".").lower() not in NAME_SUFFIXES)
        self.first_start = start
        self.mentions = 0
        self.votes: dict[str, int] = {"he": 0, "she": 0}
        self.role: str | None = None
        self.place = False  # first named after "the" or "in" (PLACE_WORDS), no title
        self.country: str | None = None  # named with its possessive ("Kenya's Ruth Chebet")

    @property
    def canonical(self) -> str:
        """The fullest name: most words, then most letters, then the first seen (``max`` keeps
        the first of equal names)."""
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    @property
    def gender(self) -> str:
        """The majority of the he/she votes (pronouns, gendered titles), else "unknown"."""
        he, she = self.votes["he"], self.votes["she"]
        if he == she:
            return "unknown"
        return "he" if he > she else "she"


def tokenize(text: str, sentences: Sequence[tuple[int, int]]) -> list[Token]:
    """Words and punctuation of ``text`` with the index of their sentence.

    A possessive ``'s`` stays on its word (``Livingstone's``); hyphenated words are one token.

    >>> [t[TEXT] for t in tokenize("O’Malley’s aide, Sen. Ray said.", [(0, 31)])]
    ['O’Malley’s', 'aide', ',', 'Sen', '.', 'Ray', 'said', '.']
    >>> [t[TEXT] for t in tokenize("It cost $100,000,000, 1,2345 or 7,5.", [(0, 36)])]
    ['It', 'cost', '$', '100,000,000', ',', '1', ',', '2345', 'or', '7', ',', '5', '.']
    """
    bounds = [a for a, _ in sentences[1:]]  # where each later sentence starts
    bounds.append(len(text))  # a sentinel: no token starts there
    index = 0
    bound = bounds[0]
    tokens: list[Token] = []
    append = tokens.append  # bound once: called for every token
    for match in _TOKEN.finditer(text):
        start = match.start()
        if start >= bound:  # the first token of a later sentence
            index = bisect.bisect_right(bounds, start, index)
            bound = bounds[index]
        word = match[0]
        append((start, match.end(), word, word.lower(), index))
    if "WHO" in text:  # the World Health Organization, not the relative pronoun: its lower
        tokens = [(t[START], t[END], t[TEXT], "w.h.o.", t[SENT]) if t[TEXT] == "WHO" else t
                  for t in tokens]  # case is no function word
    return tokens


def name_tag_end(tokens: Sequence[Token], k: int, stop: int) -> int:
    """Index of the ``)`` closing a short parenthesis opened at token ``k`` before ``stop``
    (a party and state tag after a name: ``(D-Conn.)``, ``(R-Ohio)``), or -1 when there is none
    within ``NAME_TAG_TOKENS`` tokens."""
    for j in range(k + 1, min(stop, k + NAME_TAG_TOKENS + 1)):
        if tokens[j][TEXT] == ")":
            return j
    return -1


def _within_edits(first: str, second: str, limit: int) -> bool:
    """Whether the Levenshtein distance of two words is at most ``limit`` (as
    ``nltk.edit_distance(first, second) <= limit``).

    The row recurrence of Wagner & Fischer (1974), stopping as soon as a whole row exceeds
    ``limit``: every later distance is at least the smallest of the row before it.

    >>> _within_edits("Corbyn", "Corbin", 2), _within_edits("Corbyn", "Carbine", 2)
    (True, False)
    """
    if len(set(first) ^ set(second)) > 2 * limit:
        return False  # an edit adds or removes at most two distinct letters
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _comma_tag_before(tokens: Sequence[Token], comma: int, floor: int) -> int:
    """The token before a party tag set off by commas that ends at the comma ``comma`` (``Jo Li,
    D-Vt.,``: the last word of the name), or ``comma`` itself when there is none."""
    k = comma - 1
    if k > floor and tokens[k][TEXT] == ".":
        k -= 1  # "R-Tenn."
    while k - 2 > floor and len(tokens[k][TEXT]) == 1 and tokens[k - 1][TEXT] == ".":
        k -= 2  # "R-S.C.", "D-N.Y."
    if k - 1 > floor and tokens[k][LOWER][:2] in PARTY_PREFIXES and len(tokens[k][LOWER]) > 2 \
            and tokens[k - 1][TEXT] == ",":
        return k - 2
    return comma


def _capitalised_plural(token: Token) -> bool:
    """Whether a token is a capitalised plural noun such as a party's members (``Democrats``)."""
    word = token[TEXT]
    return word[0].isupper() and not word.isupper() and word.endswith("s") and \
        not word.endswith(("ss", "'s", "’s"))


def _is_cap(word: str) -> bool:
    """Whether a word is written like part of a name: capitalised (not an all-capitals acronym),
    an initial, or a capitalised title abbreviation (``MP``)."""
    if word.isupper():
        return len(word) == 1 or len(word) <= 4 and word.lower() in ROLES
    return word[0].isupper()


def _in_run(word: str, lower: str) -> bool:
    """Whether a word (and its lower case) goes in a run read as a role and name: a role, a
    modifier of one, or a word written like part of a name (``_is_cap``, inlined here as it
    is asked of every capitalised word)."""
    return word[0].isalpha() and (lower in _ROLES_AND_MODIFIERS or word[0].isupper() and (
        len(word) == 1 or not word.isupper()))


def _title_case_sentences(text: str, sentences: Sequence[tuple[int, int]],
                          common: frozenset[str]) -> frozenset[int]:
    """Sentences written in headline title case, whose capitals say nothing about names: most
    longer words capitalised, and at least ``TITLE_CASE_COMMON`` of them words the document
    otherwise writes in lower case (``Says``, ``Should``)."""
    out = set()
    for index, (start, end) in enumerate(sentences):
        if end - start > TITLE_CASE_MAX_CHARS:
            continue
        chunk = text[start:end]
        capitals = _LONG_CAPITAL.findall(chunk)
        if len(capitals) < 3:
            continue
        lower = 0
        for _ in _LONG_LOWER.finditer(chunk):
            lower += 1
            if len(capitals) < TITLE_CASE_SHARE * (len(capitals) + lower):
                break  # the share only falls with more lower-case words: no need to count on
        if len(capitals) >= TITLE_CASE_SHARE * (len(capitals) + lower) and \
                sum(word.lower() in common for word in capitals[1:]) >= TITLE_CASE_COMMON:
            out.add(index)
    return frozenset(out)


_LY_OPENERS = frozenset({"only", "early", "nearly", "likely", "reportedly", "apparently",
                         "clearly", "certainly", "surely", "finally", "initially", "eventually",
                         "recently", "previously", "currently", "really", "actually", "rarely",
                         "hardly", "supposedly", "allegedly", "probably", "possibly"})
"""Adverbs in ``-ly`` that open a sentence before a capitalised word (``Only Jo Li knows``),
unlike given names (``Emily``, ``Kelly``) before a surname."""


def is_skippable(token: Token) -> bool:
    """Whether a word between a speaker and a cue is skipped (``SKIPPABLE`` or an -ly adverb in
    lower case: a capitalised one is a name, ``Kelly said``, ``Chatterly said``).

    >>> [is_skippable((0, 0, word, word.lower(), 0)) for word in ("openly", "also", "Kelly")]
    [True, True, False]
    """
    lower = token[LOWER]
    return lower in SKIPPABLE or lower.endswith("ly") and len(lower) > 4 and lower.isalpha() \
        and token[TEXT].islower() and lower not in NOT_ADVERBS


_CLAUSE_WORDS = (VERB_MARKERS - {"and", "or"}) | {
    "what", "whom", "whose", "where", "when", "how", "why", "to", "who", "which"}
"""Words never inside a speaker's noun phrase: auxiliaries, relatives, wh-words and ``to``."""
_VERB_CONTRACTIONS = ("’re", "'re", "’m", "'m", "’ve", "'ve", "’ll", "'ll", "’d", "'d")
_NOT_VERBS_AFTER_HEAD = ORIGIN_PREPOSITIONS | {"of", "for", "and", "or", "at", "to", "who",
                                              "whose", "with", "on", "by"}
"""Words after a description's head noun that show it is no clause's subject yet."""
_NOT_ING_NAMES = frozenset({"nothing", "something", "anything", "everything", "during",
                            "according", "including", "regarding", "following", "concerning",
                            "notwithstanding", "pending", "barring"})
"""Words in -ing that open a sentence and are no name (``Nothing quoted here``)."""
_ADVERB_IS = frozenset({"here’s", "here's", "there’s", "there's", "what’s", "what's", "it’s",
                        "it's", "that’s", "that's"})

_NAME_LINKS = frozenset({"of", "the", "for", "and"})
"""Lower-case words inside an organisation's name (``the Council of the Great City Schools``)."""

_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
"""Determiners that open a new noun phrase inside a subject's words only after a preposition
(``The head of the bank``); after any other word they open the object of a verb not known as
one (``The central bank cut | its official cash rate``)."""

_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "both", "all", "many", "some", "several",
                                  "most"})
"""Words opening a subject noun phrase that ``subject_between`` reads as a description or
group (``The billionaire businessman``, ``Both parents``)."""
_OBJECT_MARKERS = frozenset({"called", "named", "dubbed", "nicknamed", "renamed", "titled", "of",
                             "in", "on", "at", "to", "for", "with", "from", "near", "into"})
"""Words after which a name is an object (of a naming verb or a preposition), never the subject
an appositive describes."""

NOT_ADVERBS: frozenset[str] = frozenset({"family", "supply", "rally", "ally", "italy", "july",
                                         "holly", "early"})
"""Words in -ly that are no adverbs."""


_MONTH_ABBREVIATIONS = frozenset(month[:3] for month in MONTHS) | {"sept"}
"""Month abbreviations before a day (``Sept. 12``, ``Jan. 5``), from ``MONTHS``."""


def month_day_end(tokens: Sequence[Token], k: int, b: int) -> int:
    """The token after a date of month and day starting at token ``k`` (``March 3``, ``Sept.
    12``, AP style), else ``k``."""
    j = k
    if j < b and tokens[j][LOWER] in _MONTH_ABBREVIATIONS and j + 1 < b and \
            tokens[j + 1][TEXT] == ".":
        j += 2
    elif j < b and tokens[j][LOWER] in MONTHS and tokens[j][TEXT][0].isupper():
        j += 1
    else:
        return k
    return j + 1 if j < b and tokens[j][TEXT].isdigit() and len(tokens[j][TEXT]) <= 2 else k


def skip_time(tokens: Sequence[Token], k: int, b: int) -> int:
    """Skip a time adverbial after a cue or a subject (``said Tuesday``, ``said on Friday
    night``, ``said last week``, ``said earlier this month``, ``Regulators on Monday sued``):
    the index of the word after it, ``k`` when there is none."""
    start = k
    if k < b and tokens[k][LOWER] == "on":
        k += 1
    if k + 1 < b and tokens[k][LOWER] in ("early", "late") and tokens[k + 1][LOWER] in TIME_WORDS:
        k += 1  # "early Monday", "late Tuesday night"
    if k < b and tokens[k][LOWER] in TIME_WORDS:
        k += 1
        if k < b and tokens[k][LOWER] in TIME_NOUNS:
            k += 1  # "Tuesday night"
        if k + 1 < b and tokens[k][TEXT] == "(":
            close = month_day_end(tokens, k + 1, b)
            if k + 1 < close < b and tokens[close][TEXT] == ")":
                k = close + 1  # "on Tuesday (March 5)": Singapore copy dates the weekday
    else:
        k = month_day_end(tokens, k, b)  # "Sept. 12", "March 3"
    if k + 1 < b and tokens[k][LOWER] in TIME_DEICTICS and tokens[k + 1][LOWER] in TIME_NOUNS:
        k += 2
    return start if k == start + 1 and tokens[start][LOWER] == "on" else k


_APPOSITIVE_PARTICIPLES = frozenset({"known", "born", "seen", "described", "nicknamed",
                                     "dubbed", "regarded", "considered", "best", "widely",
                                     "long", "once"})
"""Words that open a participial appositive after a speaker (``the 34-year-old, long known on
tour as …, said``, ``Jo Li, born in Leeds, said``, ``Jo Li, best known for …``)."""


def _participle_opening(tokens: Sequence[Token], j: int, end: int) -> bool:
    """Whether the words from token ``j`` (before ``end``) open a participial appositive: a word
    of ``_APPOSITIVE_PARTICIPLES``, or a past form in ``-ed`` followed by a preposition
    (``based in Leeds``, ``elected in 2019``)."""
    lower = tokens[j][LOWER]
    return tokens[j][TEXT].islower() and (
        lower in _APPOSITIVE_PARTICIPLES or
        lower.endswith("ed") and j + 1 < end and tokens[j + 1][LOWER] in _NOUN_PREPOSITIONS)


def _word_after_time(tokens: Sequence[Token], j: int, end: int) -> int:
    """The word after any time adverbial at token ``j`` (``skip_time``) when one stands before
    token ``end``, else ``j`` (``Regulators on Monday sued``)."""
    after = skip_time(tokens, j, end)
    return after if after < end else j


def _bare_plural_subject(word: Token, nxt: Token) -> bool:
    """Whether a word opening a clause is the bare plural of a role or group and its verb
    follows (``Inspectors visited``, ``Officials said``): a subject with no article."""
    lower = word[LOWER]
    return lower.endswith("s") and not lower.endswith("ss") and word[TEXT].isalpha() and \
        (is_group_word(lower) or _is_role(lower)) and \
        (nxt[LOWER] in _AUXILIARIES or _is_verb(nxt, word) or nxt[LOWER] in COMMON_PASTS)


POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({"his", "her", "their", "its", "my", "our",
                                                    "your"})
"""Possessive determiners (``his``, ``its``)."""


def noun_past_verb(tokens: Sequence[Token], j: int, stop: int) -> bool:
    """Whether token ``j`` is a past form that is also a noun (``_NOUN_PASTS``) used as a verb:
    a possessive determiner follows it before ``stop`` (``the retailer cut its forecast``)."""
    return tokens[j][LOWER] in _NOUN_PASTS and j + 1 < stop and \
        tokens[j + 1][LOWER] in POSSESSIVE_DETERMINERS


_NOUN_DETERMINERS = frozenset({"the", "a", "an"}) | POSSESSIVE_DETERMINERS
"""Words after which a reporting verb's form is a noun (``the state``, ``its report``)."""


def office_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether the ``of`` or ``for`` at token ``k`` goes on a title (``Minister for``,
    ``Secretary of``, ``Minister of State for``): capitalised words and ``of``/``for`` back
    to it, at most ``MAX_NAME_WORDS`` tokens."""
    m = k
    while m >= 1 and k - m <= MAX_NAME_WORDS and tokens[m][LOWER] in ("of", "for"):
        if tokens[m - 1][LOWER] in TITLES:
            return True
        m -= 1
        while m >= 1 and k - m <= MAX_NAME_WORDS and tokens[m][TEXT][0].isupper():
            m -= 1
    return False


def _is_verb(token: Token, before: Token | None) -> bool:
    """Whether a lower-case word is a verb bounding a subject (``The town | released``): a
    reporting verb form, or a past form in -ed that is no modifier (``former`` words), does not
    close a poll's respondents (``those surveyed``) and is no adjective: not hyphenated
    (``crowd-sourced``) nor after a determiner or an -ly adverb (``some undecided voters``,
    ``newly installed``); ``before`` is the word before it, if any.

    >>> _is_verb((0, 8, "released", "released", 0), (0, 4, "town", "town", 0))
    True
    >>> _is_verb((0, 9, "undecided", "undecided", 0), (0, 4, "some", "some", 0))
    False
    """
    lower = token[LOWER]
    if not token[TEXT].islower():
        return False
    if lower in verbs.REPORTING_FORMS:
        return before is None or before[LOWER] not in _NOUN_DETERMINERS  # "the state health
        # department": after an article or a possessive, a noun
    return lower.endswith("ed") and lower not in MODIFIERS and lower not in SURVEY_PARTICIPLES \
        and "-" not in lower and not (before is not None and (
            before[LOWER] in DETERMINERS or before[LOWER].endswith("ly")))


def _ends_clause(token: Token, before: Token | None) -> bool:
    """Whether a word read back from a speaker's head noun lies outside its noun phrase: a
    verb (``_is_verb``, auxiliaries), a wh-word or ``to`` (``a rebuke to what Republicans
    say``, ``the swoon had Republicans worried``); ``before`` is the word before it.

    >>> _ends_clause((0, 4, "what", "what", 0), None), _ends_clause((0, 3, "top", "top", 0), None)
    (True, False)
    """
    return token[LOWER] in _CLAUSE_WORDS or _is_verb(token, before)


def _is_role(lower: str) -> bool:
    """Whether a lower-cased word is a role or title, singular or plural (``MPs``)."""
    return lower in ROLES or lower.endswith("s") and lower[:-1] in ROLES


def is_group_word(lower: str) -> bool:
    """Whether a lower-cased word is the head noun of a group or institution, singular or plural
    (``campaign``, ``officials``)."""
    return lower in GROUPS or lower.rstrip("s") in GROUPS


def _strip_possessive(word: str) -> str:
    """``Livingstone's`` → ``Livingstone``."""
    return word[:-2] if word.endswith(_POSSESSIVE) else word


class DocumentPeople:
    """The people of one document: mentions found, merged, and resolved (built once per text).

    Args:
        text: the document text.
        tokens: its tokens (``tokenize``).
        sentences: its sentence spans.

    Attributes:
        entities: the people found, in order of their first full mention.
        events: ``(token index, entity, sentence)`` of every name or resolved pronoun, in text
            order: the salience record pronouns and descriptions are resolved against.
        name_at: for the last token of every capitalised name, ``(start of the mention, entity
            or -1, token index where the name begins)``.
        common: words the document writes in lower case (a sentence-initial capital of one of
            them is no name).
    """

    def __init__(self, text: str, tokens: Sequence[Token],
                 sentences: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokens
        self.prefixed_names = _has_prefixed_name(text)  # "al-Khatib": names in lower case
        self.starts = list(map(itemgetter(START), tokens))
        self.entities: list[_Entity] = []
        self.events: list[tuple[int, int, int]] = []  # (token index, entity, sentence)
        self.name_at: dict[int, tuple[int, int, int]] = {}  # token index of head -> mention
        self.common = frozenset(filter(str.islower, map(itemgetter(TEXT), tokens)))
        self.title_case = _title_case_sentences(text, sentences, self.common)
        self.groups: dict[str, list[int]] = {}
        self.by_name: dict[str, int] = {}
        self.unmatched: set[str] = set()  # names known to match no entity (until a new one)
        self.lone: dict[str, list[int]] = {}  # lone capitalised words not (yet) a person
        self.alias: dict[str, int] = {}  # each name -> the latest person written by it
        self.by_initial: dict[str, set[int]] = {}  # initial -> people with a name so begun
        self.unnamed = _unnamed_antecedents(text, tokens)  # (token index, gender), in order
        self.fronted: dict[int, int] = {}  # sentence -> end of its fronted phrase (or -1)
        self._read()

    # -- finding and merging names ------------------------------------------------------------
    def _read(self) -> None:
        """Read the tokens once: pronouns are resolved as met; runs of capitalised words (with
        the titles, roles, initials, particles and numbers inside names and roles) go to
        ``_run``. Headlines in title case are skipped."""
        tokens = self.tokens
        title_case = self.title_case
        if not self.prefixed_names:
            candidates = [k for k, t in enumerate(tokens) if t[TEXT][0].isupper() or
                          t[LOWER] in _OPENERS]
        else:  # "al-Khatib said": a name that starts in lower case
            candidates = [k for k, t in enumerate(tokens) if t[TEXT][0].isupper() or
                          t[LOWER] in _OPENERS or _prefixed_name(t[TEXT])]
        end = 0  # the end of the run just read
        read_ahead = -1  # an attribution's pronoun already resolved (``_attribution_ahead``)
        for i in candidates:
            if i < end:
                continue  # inside the run just read
            _, _, word, lower, sentence = tokens[i]
            if lower in PRONOUN_GENDER:
                if i != read_ahead:
                    k = self._attribution_ahead(i)
                    if k >= 0:
                        self._pronoun(k)
                        read_ahead = k
                    self._pronoun(i)
                continue
            if not (_in_run(word, lower) or self.prefixed_names and _prefixed_name(word)) or \
                    sentence in title_case:
                continue
            end = i + 1  # the first word is in the run; a capitalised possessive ends it
            if not (word.endswith(_POSSESSIVE) and word[0].isupper()):
                end = self._run_end(i + 1, sentence)
            if (end > i + 1 or lower not in LEADING_NOT_NAMES or
                    self._known_surname(word)) and \
                    (word[0].isupper() or self.prefixed_names and _prefixed_name(word) or
                     any(tokens[k][TEXT][0].isupper() for k in range(i + 1, end))):
                self._run(i, end)
            if tokens[end - 1][LOWER] in ROLES:
                if tokens[end - 1][TEXT].islower():
                    self._subject_description(end - 1)
                self._reported_subject(end - 1)

    def _subject_description(self, k: int) -> None:
        """Count a description that opens its sentence as the subject (``The president told
        NPR's Tom Park …``, ``But the senator said``: the head noun at token ``k``, a verb
        after it) as a mention of the person it resolves to. A pronoun in a later sentence takes
        the first person its nearest sentence mentions, the subject, not a person named after
        it as an object."""
        tokens = self.tokens
        sentence = tokens[k][SENT]
        first = k
        while first > 0 and tokens[first - 1][SENT] == sentence and k - first <= DESCRIPTION_WINDOW:
            first -= 1
        if first > 0 and tokens[first - 1][SENT] == sentence:
            return  # too far from the sentence's start to open it
        if tokens[first][LOWER] in CLAUSE_OPENING:
            first += 1  # "But the senator said"
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if tokens[first][LOWER] != "the" or after is None or after[SENT] != sentence or \
                not after[TEXT].islower() or not after[TEXT].isalpha() or \
                after[LOWER] in _NOT_VERBS_AFTER_HEAD:
            return  # "the president of the company": no verb after the head
        mention = self._description(k, first)
        if mention is not None and mention.kind == "description" and mention.entity >= 0 and \
                mention.start == tokens[first][START]:
            self.events.append((k, mention.entity, sentence))

    def _reported_subject(self, k: int) -> None:
        """Count a description opening a reported clause as its subject (``said the Chief
        Minister should release …``: the head noun at token ``k``, ``the`` after a reporting
        verb or its ``that``, a verb after the head) as a mention of the person it resolves to:
        a pronoun later in the clause (``if his claims were true``) is that person's, not the
        speaker's."""
        tokens = self.tokens
        sentence = tokens[k][SENT]
        the = k - 1
        while the > 0 and k - the < DESCRIPTION_WINDOW and tokens[the][LOWER] != "the" and \
                tokens[the][SENT] == sentence and tokens[the][TEXT][0].isalpha():
            the -= 1
        if the < 1 or tokens[the][LOWER] != "the" or tokens[the][SENT] != sentence:
            return
        cue = the - 1 if tokens[the - 1][LOWER] != "that" else the - 2
        j = k + 1
        while j < len(tokens) and is_skippable(tokens[j]) and \
                tokens[j][LOWER] not in _AUXILIARIES:
            j += 1  # "the real estate mogul still has"
        if cue < 1 or tokens[cue][LOWER] not in verbs.REPORTING_FORMS or \
                tokens[cue - 1][LOWER] in DETERMINERS or \
                tokens[cue - 1][LOWER] in _NOUN_PREPOSITIONS or j >= len(tokens) or \
                tokens[j][SENT] != sentence or not (
                    tokens[j][LOWER] in _AUXILIARIES or _is_verb(tokens[j], tokens[j - 1])):
            return  # "told the American people that", "a note that the businessman": no clause
        mention = self._description(k, the)
        if mention is not None and mention.kind == "description" and mention.entity >= 0:
            bisect.insort(self.events, (k, mention.entity, sentence))

    def _run_end(self, j: int, sentence: int) -> int:
        """End of a run of capitalised words, roles, modifiers, initials, particles and numbers
        going on at token ``j`` in sentence ``sentence`` (over the full stop of an
        abbreviation into the next sentence, not over a line break)."""
        tokens = self.tokens
        n = len(tokens)
        while j < n:
            start, _, word, lower, sent = tokens[j]
            before = tokens[j - 1]
            if sent != sentence and not (before[TEXT] == "." and self.is_abbreviation(j - 2) and
                                         "\n" not in self.text[before[END]:start]):
                break
            if lower in PRONOUN_GENDER:
                break
            if not (_in_run(word, lower) or
                    self.prefixed_names and "-" in word[2:4] and _prefixed_name(word) or
                    word == "." and (len(before[TEXT]) == 1 or before[LOWER] in TITLES)
                    and before[END] == start or
                    word.isdigit() and j + 1 < n and tokens[j + 1][TEXT][0].isalpha() or
                    lower in _PARTICLES and j + 1 < n and (
                        _is_cap(tokens[j + 1][TEXT]) or tokens[j + 1][TEXT] in _PARTICLES) or
                    word in ("'", "’") and before[END] == start and
                    before[TEXT].endswith("s") and j + 1 < n and _is_cap(tokens[j + 1][TEXT])):
                break
            j += 1
            if word.endswith(_POSSESSIVE) and word[0].isupper():
                break
        return j

    def _run(self, i: int, j: int) -> None:
        """Interpret tokens ``i:j`` (capitalised words, roles, modifiers) as role + name and
        count the mention (``_mention``)."""
        tokens = self.tokens
        if j == i + 1 and self._known_word(i):
            return
        while i > 0 and tokens[i - 1][TEXT] in _PARTICLES and \
                tokens[i - 1][SENT] == tokens[i][SENT]:
            i -= 1  # "…, de Blasio said": a lower-case particle opens the surname
        while j > i and (tokens[j - 1][TEXT].islower() or tokens[j - 1][LOWER] in TIME_WORDS):
            j -= 1  # "Jane Doe Tuesday said": the day is no part of the name
        first = i  # where the run begins, before any word not of the name is left out
        while i < j and (tokens[i][LOWER] in LEADING_NOT_NAMES and
                         not (j == i + 1 and self._known_surname(tokens[i][TEXT])) or
                         tokens[i][TEXT] == "." or tokens[i][LOWER] in CLAUSE_OPENING):
            i += 1  # "Although Bloomberg said": a conjunction opens the clause, not the name
        if i < j and self._sentence_initial_common(i):
            i += 1
        of = first - 2 if first >= 3 and tokens[first - 1][LOWER] == "the" else first - 1
        # ("Leader of the Opposition Meenakshi Rao", "Chair of the Federal Reserve Jerome …")
        if of >= 1 and j - first >= 3 and j - i >= (2 if i > first else 3) and \
                tokens[first][TEXT][0].isupper() and tokens[of][LOWER] in ("of", "for") and \
                tokens[i][LOWER] not in ROLES and office_before(tokens, of):
            i = j - 3 if tokens[j - 2][LOWER] in _PARTICLES else j - 2  # "Minister for
            # Finance Jo Li", "Secretary of Defense Lloyd Austin": the office, then the name
        while i < j and "-" in tokens[i][TEXT] and \
                tokens[i][TEXT].split("-", 1)[1][:1].islower() and \
                not _prefixed_name(tokens[i][TEXT]) and tokens[i][LOWER] not in ROLES:
            i += 1  # "Eight-year-old Arjun Raghavan", "Two-time Olympic champion": a modifier
        if i >= j or self._institution_head_before(i, 0) >= 0 or \
                tokens[first][LOWER] in LEADING_NOT_NAMES and \
                self._institution_head_before(first, 0) >= 0:
            return  # "the Bureau of Labor Statistics", "the Reserve Bank of New Zealand" (a
            # word left out of a name opens it): the rest of an institution's name
        if j > i + 1 and tokens[i][LOWER] in NAME_OPENERS:
            return  # "Fort Myers", "Storm Idris": a place or a storm
        if j < len(tokens) and tokens[j][LOWER] == "and" and self._joined_to_institution(j):
            return  # "the U.S. Food and Drug Administration": the first half of its name
        parsed = self._parse_run(i, j)
        if parsed is not None:
            self._mention(i, j, *parsed)

    def _joined_to_institution(self, j: int) -> bool:
        """Whether the run ending before token ``j`` is joined by ``and`` to capitalised words
        ending in an institution's head (``Food and Drug Administration``, ``Fish and Wildlife
        Service``): the first half of the institution's name."""
        tokens = self.tokens
        if j + 1 >= len(tokens) or tokens[j][LOWER] != "and":
            return False
        k = j + 1
        while k < len(tokens) and k - j <= MAX_NAME_WORDS and tokens[k][TEXT][0].isupper():
            k += 1
        return k > j + 2 and tokens[k - 1][LOWER] in INSTITUTION_HEADS  # not "Bush and
        # Congress"

    def _parse_run(self, i: int, j: int) -> tuple[int, int, list[str], str] | None:
        """Split tokens ``i:j`` into role and name: the first name word, the last role word
        (-1 for none), the name's words and the name as written; None when the run names no
        person."""
        tokens = self.tokens
        last_role = -1
        for k in range(i, j):
            lower = tokens[k][LOWER]
            if lower in ROLES or lower[-1] == "s" and lower[:-1] in ROLES:  # _is_role
                last_role = k
        if last_role >= i and last_role == self._surname_end(i, j) and \
                not (last_role > i and all(tokens[k][LOWER] in MODIFIERS
                                           for k in range(i, last_role))):
            # "Billie Jean King said", "King says": the title is a surname (not in "Former
            # Secretary of State …": a modifier is no given name)
            last_role = next((k for k in range(last_role - 1, i - 1, -1)
                              if _is_role(tokens[k][LOWER])), -1)
        if last_role >= i and i > 0 and tokens[i - 1][LOWER] == "the" and \
                all(tokens[k][LOWER] in NATIONALITIES for k in range(i, last_role + 1)):
            return None  # "the American Legion", "the Australian Open": a name, not a person
            # described by nationality ("Kenyan Faith Chebet" goes without an article)
        name_from = max(i, last_role + 1)
        while name_from < j and tokens[name_from][TEXT] == ".":
            name_from += 1
        if any(tokens[k][TEXT] in _PARTICLES and
               " ".join(t[LOWER] for t in tokens[k + 1:j]) in COUNTRIES
               for k in range(name_from + 1, j - 1)):
            return None  # "the Tour de France", "the Banque de France": no person
        titled = last_role >= i and tokens[last_role][LOWER] in TITLES
        words = []
        parts = []  # the name as written: initials keep their full stop ("H. Ross Perot")
        for k in range(name_from, j):
            text = tokens[k][TEXT]
            if text == ".":
                continue
            if text in ("'", "’"):
                return None  # a plural possessive inside: an organisation ("Socialists' Group")
            word = text[:-2] if text.endswith(_POSSESSIVE) else text
            lower = word.lower()
            if lower in NAME_SUFFIXES and words and k == j - 1:
                parts.append(f"{word}." if k + 1 < len(tokens) and tokens[k + 1][TEXT] == "."
                             else word)  # "Martin Luther King Jr.", "Charles Elliott III":
                continue  # part of the name as written, not a word it is matched by
            if lower not in _PARTICLES and (
                    not word[0].isupper() and not _prefixed_name(word) or
                    word.isupper() and len(word) > 1 or
                    lower in NOT_NAMES and (not titled or lower in INSTITUTION_HEADS) and
                    not ((lower in DEMONYMS or lower in MONTHS or lower in COMPASS_SURNAMES or
                          lower in ROLES and k > name_from) and k == self._surname_end(i, j)) and
                    not (j == i + 1 and self._known_surname(word))):
                return None  # "Mr. English" and "Bryan English" are names, "English" alone is
                # not; nor is "NATO", nor "Justice Department" (no title before a name)
            words.append(word)
            parts.append(f"{word}." if len(text) == 1 and k + 1 < j and
                         tokens[k + 1][TEXT] == "." and tokens[k + 1][START] == tokens[k][END]
                         else word)
        if not words or len(words) > MAX_NAME_WORDS and \
                sum(word not in _PARTICLES for word in words) > MAX_NAME_WORDS or \
                max(map(len, words)) == 1 or \
                " ".join(words).lower() in US_STATES or words[0].lower() in NAME_SUFFIXES:
            return None  # "Rhode Island", "Iowa", "S.C.": a place; "Jr." first: no name
        return name_from, last_role if last_role >= i else -1, words, " ".join(parts)

    def _surname_end(self, i: int, j: int) -> int:
        """Index of a role or title, demonym, month or compass word that ends the run ``i:j`` as
        a surname, or -1.

        A role ends no role when nothing follows it: after a given name it is a surname
        (``Billie Jean King said``, ``Bryan English said``, ``Theresa May said``, ``Paul Farmer
        said``), and alone it
        is one when it is the surname of a person already named (``King says``). Generational
        suffixes after it are skipped (``Martin Luther King Jr.``).
        """
        tokens = self.tokens
        k = j - 1
        while k > i and (tokens[k][TEXT] == "." or tokens[k][LOWER] in NAME_SUFFIXES):
            k -= 1
        word, lower = tokens[k][TEXT], tokens[k][LOWER]
        if not (word[0].isupper() and not word.isupper() and
                (lower in ROLES or lower in DEMONYMS or lower in MONTHS or
                 lower in COMPASS_SURNAMES)):
            return -1
        if k == i:
            return k if self._known_surname(word) else -1
        given = tokens[k - 1]
        if not (given[TEXT][0].isupper() and not given[TEXT].isupper() and given[TEXT][1:] and
                given[LOWER] not in NOT_NAMES and given[LOWER] not in US_STATES and
                not _is_role(given[LOWER])):
            return -1  # "the Wisconsin Republican": a place, no given name
        before = tokens[k - 2] if k >= 2 else None
        if k - 2 < i and k >= 3 and tokens[k - 3][LOWER] in ("of", "for"):
            before = None  # an office's last word: "Secretary of State James Baker said"
        if before is not None and (before[TEXT][0].isupper() and before[LOWER] in NOT_NAMES or
                                   before[LOWER] in ("the", "a", "an")):
            return -1  # "the New York Mayor said", "the Ohio Democrat": a description
        return k

    def _known_surname(self, word: str) -> bool:
        """Whether ``word`` is the last name of a person already read (``May`` after
        ``Theresa May``): then it names that person even where it is also a common word."""
        return any(self.entities[e].tokens[-1] == word
                   for e in self.by_initial.get(word[0], ()))

    def _quoted_title(self, i: int, j: int) -> bool:
        """Whether the name in tokens ``i:j`` is all a quotation holds (``the “Second Wind”
        mission``, ``'The Quiet Field,'``): a title or a name of a thing, not a person."""
        tokens = self.tokens
        text = self.text
        while i > 0 and tokens[i - 1][TEXT][0].isupper() and tokens[i - 1][END] + 1 == \
                tokens[i][START]:
            i -= 1  # "'The Quiet Field'": the article the name was read without
        start, end = tokens[i][START], tokens[j - 1][END]
        if end < len(text) and text[end] in ",.":
            end += 1
        return start > 0 and text[start - 1] in OPENING_MARKS and end < len(text) and \
            text[end] in CLOSING_MARKS

    def _premodifier(self, j: int) -> bool:
        """Whether the name ending before token ``j`` modifies a role noun written after it
        (``Albatross founder Ben Okonkwo-Reid``, ``Trump aide Jo Li``): no mention of the
        person as a participant, so no antecedent a pronoun takes before the one named."""
        tokens = self.tokens
        return j < len(tokens) and tokens[j][TEXT].islower() and tokens[j][LOWER] in ROLES

    def _named_kin(self, i: int) -> bool:
        """Whether the lone capitalised word at token ``i`` is set off by commas after a kinship
        noun (``his wife, Margaret, said``): a person named by a given name alone, as news
        names family members."""
        tokens = self.tokens
        return i >= 2 and tokens[i - 1][TEXT] == "," and tokens[i - 2][LOWER] in KINSHIP and \
            i + 1 < len(tokens) and tokens[i + 1][TEXT] == ","

    def _role_text(self, i: int, j: int, last_role: int) -> str | None:
        """The role written in tokens ``i..last_role`` (``Labour MP``, ``Sen.``), or None."""
        tokens = self.tokens
        if last_role < i:
            return None
        role_end = tokens[last_role][END]
        if last_role + 1 < j and tokens[last_role + 1][TEXT] == "." and \
                tokens[last_role + 1][START] == role_end:
            role_end += 1  # "Sen." keeps its full stop
        return self.text[tokens[i][START]:role_end]

    def _mention(self, i: int, j: int, name_from: int, last_role: int, words: list[str],
                 name: str) -> None:
        """Count a name read in tokens ``i:j`` (role up to ``last_role``, name from
        ``name_from``): merge it with a known person or start one, note role and gender."""
        tokens = self.tokens
        role = self._role_text(i, j, last_role)
        head = j - 1
        entity = self._match(words)
        if entity is None and role is None and self._quoted_title(name_from, j):
            return  # "the “Second Wind” mission": a title, no person
        if entity is None:
            if len(words) < 2 and role is None and not self._named_kin(i):
                self.name_at[head] = (tokens[name_from][START], -1, name_from)
                self.lone.setdefault(words[0], []).append(head)
                return
            entity = self._new_entity(name, tokens[name_from][START])
            if role is None and (self._after_place_word(i) or name.lower() in COUNTRIES):
                self.entities[entity].place = True  # "in Boca Raton", "the South China Sea",
                # "New Zealand"
            if len(words) > 1:
                self._link_earlier(entity)
        ent = self.entities[entity]
        if ent.place and (role is not None or len(words) == 1 and len(ent.tokens) > 1):
            ent.place = False  # a title, or a second reference by the last name
        self.by_name[name] = entity
        if name not in ent.names:
            self._add_name(entity, name)
            if len(words) > len(ent.tokens):
                ent.tokens = tuple(words)
                self._index_initials(entity)
        ent.mentions += 1
        if role and ent.role is None:
            ent.role = self._clean_role(role)
        if ent.country is None:
            ent.country = self._country_before(i)
        if role:
            title = tokens[last_role][LOWER].rstrip(".")
            if title in MALE_TITLES:
                ent.votes["he"] += 2
            elif title in FEMALE_TITLES:
                ent.votes["she"] += 2
        self._appositive(j, ent)
        self._kinship(i, j, ent)
        if not self._premodifier(j):
            self.events.append((name_from, entity, tokens[name_from][SENT]))
        self.name_at[head] = (tokens[i][START] if role else tokens[name_from][START], entity,
                              name_from)

    def _country_before(self, i: int) -> str | None:
        """The country whose possessive stands right before the name at token ``i`` (``Kenya's
        Ruth Chebet``, ``South Africa's Wayde van Niekerk``), as sport and foreign news name a
        person by nationality; else None."""
        return self._possessive_country(i - 1) if i >= 1 else None

    def _possessive_country(self, k: int) -> str | None:
        """The country (``countries.txt``, lower case) whose possessive ends at token ``k``,
        in one word or two (``Kenya's``, ``South Africa's``); else None."""
        tokens = self.tokens
        if not tokens[k][TEXT].endswith(_POSSESSIVE):
            return None
        country = _strip_possessive(tokens[k][LOWER])
        if k >= 1 and f"{tokens[k - 1][LOWER]} {country}" in COUNTRIES:
            return f"{tokens[k - 1][LOWER]} {country}"
        return country if country in COUNTRIES else None

    def _after_place_word(self, i: int) -> bool:
        """Whether a name starting at token ``i`` follows ``the`` or a preposition of place
        (``PLACE_WORDS``), over capitalised words that are no names (``the South China Sea``,
        ``In Boca Raton``)."""
        tokens = self.tokens
        k = i - 1
        while k >= 0 and k >= i - LEADING_NAME_WORDS and tokens[k][SENT] == tokens[i][SENT]:
            lower = tokens[k][LOWER]
            if lower in PLACE_WORDS:
                return True
            if not (tokens[k][TEXT][0].isupper() and lower in LEADING_NOT_NAMES):
                return False
            k -= 1
        return False

    def _known_word(self, i: int) -> bool:
        """Count a lone word already known as a person's name (``Trump`` again): the fast path
        of ``_run`` for the commonest mention. Returns whether it was one."""
        word = _strip_possessive(self.tokens[i][TEXT])
        entity = self.by_name.get(word)
        if entity is None or self._sentence_initial_common(i):
            return False
        ent = self.entities[entity]
        ent.mentions += 1
        if len(ent.tokens) > 1:
            ent.place = False  # a second reference by the last name: a person
        if ent.role is None:
            self._appositive(i + 1, ent)
        if not self._premodifier(i + 1):
            self.events.append((i, entity, self.tokens[i][SENT]))
        self.name_at[i] = (self.tokens[i][START], entity, i)
        return True

    def is_abbreviation(self, k: int) -> bool:
        """Whether token ``k`` is a title, an initial or an abbreviation that a full stop follows
        (``Gov.``, ``H.``, ``Mass.``)."""
        if not 0 <= k < len(self.tokens):
            return False
        word, lower = self.tokens[k][TEXT], self.tokens[k][LOWER]
        return lower in ABBREVIATIONS or len(word) == 1 and word.isupper() or \
            lower in TITLES and word[0].isupper() and \
            len(word) <= MAX_TITLE_ABBREVIATION or \
            lower[:2] in PARTY_PREFIXES and (lower[2:] in ABBREVIATIONS or len(lower) == 3)
        # "D-Calif.", "R-Ga.", "D-N.Y."

    def _place_possessive(self, k: int) -> bool:
        """Whether token ``k`` is the possessive of a name that is no person's (``Britain's``,
        ``New Zealand's``): a determiner of what follows."""
        word = self.tokens[k][TEXT]
        if not (word[0].isupper() and word.endswith(_POSSESSIVE)):
            return False
        found = self.name_at.get(k)
        country = self._possessive_country(k)
        return found is not None and found[1] < 0 or \
            country is not None and (found is None or " " in country)

    def _lone_subject(self, k: int, name_from: int, floor: int, end: int) -> bool:
        """Whether the lone capitalised name ending at token ``k`` (from ``name_from``) is the
        subject of the clause from ``floor``: a verb or adverb after it, and either the clause's
        first word with no trade noun just after it (``Tesla cut prices``, not ``Crypto lending
        platform Velora``) or right after a trade noun (``… platform Velora froze``)."""
        tokens = self.tokens
        if tokens[k][TEXT].endswith(_POSSESSIVE) or k + 1 >= end or \
                not tokens[k + 1][TEXT].islower() or k - floor > BARE_SUBJECT_WORDS or \
                tokens[k + 1][LOWER] in _NOUN_PREPOSITIONS or self._sentence_initial_common(k) or \
                _is_role(tokens[k + 1][LOWER]) or is_group_word(tokens[k + 1][LOWER]):
            return False  # "Shares of Veltrix jumped …": a common word opening the sentence;
            # "Best actress winner Rosa Albrecht": a modifier of the role before a name
        if name_from > floor:
            return tokens[name_from - 1][LOWER] in TRADE_NOUNS
        return not any(tokens[m][LOWER] in TRADE_NOUNS for m in range(k + 1, min(end, k + 4)))

    def subject_between(self, floor: int, end: int, *,
                        bare_plural: bool = False) -> Mention | None:
        """The first person named (not as a possessive) or pronoun between two tokens: the
        subject a coordinated or infinitive cue shares (``X confronted him and accused``); with
        ``bare_plural`` (for a participle after a comma) also a bare plural group opening the
        clause (``Inspectors visited the school, saying``)."""
        tokens = self.tokens
        possessed = None
        for k in range(floor, end):
            if tokens[k][LOWER] in ("he", "she", "they"):
                return self._noun_phrase_ending(k, floor)
            found = self.name_at.get(k)
            if bare_plural and found is not None and found[1] < 0 and \
                    self._lone_subject(k, found[2], floor, end):
                return Mention(found[0], tokens[k][END], self.text[found[0]:tokens[k][END]], -1,
                               "group")  # "Tesla cut prices, saying …": a lone name opening
                # the clause, an organisation's as often as not
            if found is not None and found[1] >= 0 and not tokens[k][TEXT].endswith(_POSSESSIVE):
                nxt = tokens[k + 1] if k + 1 < end else None
                if nxt is not None and nxt[TEXT].islower() and (
                        is_group_word(nxt[LOWER]) or _is_role(nxt[LOWER])):
                    return self._noun_phrase_ending(k + 1, floor)  # "Sanders protesters": the
                    # name modifies the group
                return self._joined_after(k, end, floor) or self._noun_phrase_ending(k, floor)
            if found is not None and tokens[k][TEXT].endswith(_POSSESSIVE) and k + 1 < end and \
                    (tokens[k + 1][LOWER] in GROUPS or _is_role(tokens[k + 1][LOWER])) and \
                    possessed is None:
                possessed = self._noun_phrase_ending(k + 1, floor)  # "Jo Li's campaign
                # shrugged off …, telling": unless a person is named after it
            if bare_plural and k == floor and k + 1 < end and \
                    _bare_plural_subject(tokens[k], tokens[_word_after_time(tokens, k + 1, end)]):
                return Mention(tokens[k][START], tokens[k][END], tokens[k][TEXT], -1, "group")
                # "Inspectors visited the school, saying …": a plural of a role or group, bare
            if bare_plural and k == floor:
                modified = self._modified_plural_subject(floor, end)
                if modified is not None:
                    return modified  # "Federal regulators sued …, arguing"
            if k == floor and k + 1 < end and tokens[k][TEXT][0].isupper() and \
                    self._place_possessive(k + 1):
                continue  # "New Zealand's central bank": the possessive is read next
            if k <= floor + 1 and (k == floor and tokens[k][LOWER] in _SUBJECT_DETERMINERS or
                                   self._place_possessive(k)):  # "Britain's … Authority fined"
                head = k + 1
                last_noun = -1
                while head < end and head - k <= BARE_SUBJECT_WORDS and \
                        (tokens[head][TEXT][0].isalnum() or self._initial_stop(head, k)) and \
                        tokens[head][LOWER] not in VERB_MARKERS and \
                        not is_skippable(tokens[head]) and \
                        not _is_verb(tokens[head], tokens[head - 1]) and \
                        not (tokens[head][LOWER] in _OBJECT_DETERMINERS and
                             tokens[head - 1][LOWER] not in _GROUP_PREPOSITIONS) and \
                        not noun_past_verb(tokens, head, end) and \
                        tokens[head][LOWER] not in COMMON_PASTS:  # "The decision | came"
                    if _is_role(tokens[head][LOWER]) or tokens[head][LOWER] in GROUPS:
                        last_noun = head
                    head += 1
                named = -1  # the last word of a known name right after the description
                if last_noun > k:
                    named = next((j for j in range(last_noun + 1, head) if j in self.name_at
                                  and self.name_at[j][1] >= 0
                                  and self.name_at[j][2] == last_noun + 1), -1)
                if named >= 0:
                    return self._noun_phrase_ending(named, floor)  # "The Slate columnist
                    # David Auerbach went so far as to say": the name after its description
                if last_noun > k:
                    head = last_noun + 1  # "The billionaire businessman | began by …"
                if head - 1 > k:
                    mention = self._description(head - 1, floor)
                    if mention is not None:
                        return mention
                    return Mention(tokens[floor][START], tokens[head - 1][END],
                                   self.text[tokens[floor][START]:tokens[head - 1][END]], -1,
                                   "group")
        return possessed

    def _modified_plural_subject(self, floor: int, end: int) -> Mention | None:
        """A bare plural of a role or group after one or two modifiers opening the clause at
        token ``floor``, its verb after it (``Federal regulators sued``, ``Senior officials
        resigned``): the subject a participle after a comma shares; else None."""
        tokens = self.tokens
        for m in range(floor + 1, min(end - 1, floor + 3)):
            word = tokens[m - 1]
            if not word[TEXT].isalpha() or word[LOWER] in _NOT_MODIFIERS or \
                    _is_verb(word, tokens[m - 2] if m - 2 >= floor else None):
                return None
            if _bare_plural_subject(tokens[m], tokens[_word_after_time(tokens, m + 1, end)]):
                return Mention(tokens[floor][START], tokens[m][END],
                               self.text[tokens[floor][START]:tokens[m][END]], -1, "group")
        return None

    def _joined_after(self, k: int, end: int, floor: int) -> Mention | None:
        """Two names joined by ``and`` as one subject, the first ending at token ``k`` (``Jo Li
        and Kim Park both campaigned``), before token ``end``; else None."""
        tokens = self.tokens
        if not (k + 2 < end and tokens[k + 1][LOWER] == "and"):
            return None
        second = next((j for j in range(k + 2, min(end, k + 3 + MAX_NAME_WORDS))
                       if j in self.name_at and self.name_at[j][0] == tokens[k + 2][START]), -1)
        if second < 0 or self.name_at[second][1] < 0 or \
                tokens[second][TEXT].endswith(_POSSESSIVE):
            return None
        joined = self._coordinated(self._noun_phrase_ending(second, floor), floor)
        return joined if joined.kind == "group" else None

    def _link_earlier(self, entity: int) -> None:
        """Give a new full name the lone surnames read before it (``Corbyn … Jeremy Corbyn``)."""
        ent = self.entities[entity]
        for head in self.lone.pop(ent.tokens[-1], ()):
            start, other, name_from = self.name_at[head]
            word = ent.tokens[-1]
            if other < 0:
                self.name_at[head] = (start, entity, name_from)
                if word not in ent.names:
                    self._add_name(entity, word)
                ent.mentions += 1
                ent.first_start = min(ent.first_start, start)
                bisect.insort(self.events, (name_from, entity, self.tokens[name_from][SENT]))

    def _clean_role(self, role: str) -> str:
        """A role as written, without the function words opening it (``On``, ``The``)."""
        words = role.split()
        while words and words[0].lower() in LEADING_NOT_NAMES:
            words.pop(0)
        return " ".join(words)

    def _kinship(self, i: int, j: int, ent: _Entity) -> None:
        """Count the gender a kinship noun in apposition gives a person named at tokens
        ``i:j`` (``Her son, Thomas Dunmore,``, ``his wife, Anita``, ``Anita, his wife,``)."""
        tokens = self.tokens
        kin = []
        if i >= 2 and tokens[i - 1][TEXT] == ",":
            kin.append(tokens[i - 2][LOWER])
        if j + 2 < len(tokens) and tokens[j][TEXT] == "," and \
                tokens[j + 1][LOWER] in ("his", "her", "their", "whose"):
            kin.append(tokens[j + 2][LOWER])
        for word in kin:
            if word in MALE_KIN:
                ent.votes["he"] += 2
            elif word in FEMALE_KIN:
                ent.votes["she"] += 2

    def _appositive(self, j: int, ent: _Entity) -> None:
        """Take ``Name, a doctor,`` / ``Name, the Bradford West MP`` as the person's role."""
        tokens = self.tokens
        if ent.role is not None or j + 2 >= len(tokens) or tokens[j][TEXT] != ",":
            return
        if tokens[j + 1][LOWER] not in ("a", "an", "the") and tokens[j + 1][LOWER] not in MODIFIERS:
            return
        k = j + 1
        last = -1
        while k < len(tokens) and k < j + DESCRIPTION_WINDOW and tokens[k][TEXT] not in ",.;:(":
            if tokens[k][LOWER] in ROLES:
                last = k
            k += 1
        if last > 0:
            first = j + 2 if tokens[j + 1][LOWER] in ("a", "an", "the") else j + 1
            ent.role = self._clean_role(self.text[tokens[first][START]:tokens[last][END]])

    def _sentence_initial_common(self, i: int) -> bool:
        """Whether token ``i`` opens its sentence (or a quote) and is a common word there
        (written in lower case elsewhere, a participle or adverb, a reporting verb)."""
        tok = self.tokens[i]
        if i > 0 and self.tokens[i - 1][SENT] == tok[SENT] and \
                self.tokens[i - 1][TEXT] not in "\"“‘'(—–-":
            return False
        if tok[LOWER] in _PARTICLES and i + 1 < len(self.tokens) and (
                self.tokens[i + 1][TEXT][0].isupper() or self.tokens[i + 1][TEXT] in _PARTICLES):
            return False  # "Von der Leyen said", "De Blasio said": a particle opens the surname
        if _is_role(tok[LOWER]) or not (tok[LOWER] in self.common or
                                        tok[LOWER] in verbs.REPORTING_FORMS or
                                        tok[LOWER].endswith(("ing", "ly"))):
            return False
        after = self.tokens[i + 1][LOWER] if i + 1 < len(self.tokens) else ""
        if tok[LOWER].endswith("ly") and tok[LOWER] not in self.common and \
                tok[LOWER] not in _LY_OPENERS and i + 1 < len(self.tokens) and \
                self.tokens[i + 1][TEXT][0].isupper():
            return False  # "Emily Watts said", "Kelly Bray has told": a given name
        if tok[LOWER].endswith("ing") and tok[LOWER] not in _NOT_ING_NAMES and \
                tok[LOWER] not in self.common and tok[LOWER] not in verbs.REPORTING_FORMS and (
                    after in verbs.REPORTING_FORMS and not after.endswith("s") or
                    after in _AUXILIARIES):
            return False  # "Beijing has denied", "Manning said": the subject, no participle
            # (an -s form may be a plural noun: "Blistering attacks upend …")
        return not self._known_surname(tok[TEXT])  # a common word, unless "May added"

    def _match(self, words: list[str]) -> int | None:
        """The entity a name belongs to, or None for a new person."""
        key = " ".join(words)
        exact = self.by_name.get(key)
        if exact is not None:
            return exact
        if key in self.unmatched:
            return None
        alias = self.alias.get(key)
        if alias is not None:
            return alias  # the latest person known by this very name
        fuzzy = None  # a misspelling's match counts only when no name matches exactly
        initial = words[-1][0]  # a compatible name begins as the known surname or first name
        for index in sorted(self.by_initial.get(initial, ()), reverse=True):
            ent = self.entities[index]
            if initial in (ent.tokens[-1][0], ent.tokens[0][0]) and \
                    self._compatible(words, ent.tokens):
                if words[-1] in ent.tokens:
                    return index
                if fuzzy is None:
                    fuzzy = index
        if fuzzy is None:
            self.unmatched.add(key)
        return fuzzy

    def _new_entity(self, name: str, start: int) -> int:
        """Start a person named ``name`` (first written at ``start``); return its index."""
        entity = len(self.entities)
        self.entities.append(_Entity(name, start))
        self.unmatched.clear()
        self.alias[name] = entity
        self._index_initials(entity)
        return entity

    def _add_name(self, entity: int, name: str) -> None:
        """Record another name a person is written by."""
        self.entities[entity].names.append(name)
        if self.alias.get(name, -1) < entity:
            self.alias[name] = entity

    def _index_initials(self, entity: int) -> None:
        """File a person under the initials of its first and last name (for ``_match``)."""
        tokens = self.entities[entity].tokens
        self.by_initial.setdefault(tokens[0][0], set()).add(entity)
        self.by_initial.setdefault(tokens[-1][0], set()).add(entity)

    @staticmethod
    def _compatible(words: list[str], known: tuple[str, ...]) -> bool:
        """Whether a name can be a known person's: the same surname (or a misspelling of it,
        ``MAX_SURNAME_EDITS``) or first name alone, the full name with a matching first name
        or initial, or the known name's last words with a particle (a compound surname)."""
        surname = words[-1]
        if all(word.lower() in _PARTICLES for word in words[:-1]):
            words = words[-1:]  # "von der Leyen", "de Blasio": a surname with its particles
        if len(words) == 1:
            if surname == known[-1] or len(known) > 1 and surname == known[0]:
                return True
            if len(surname) >= MIN_FUZZY_SURNAME and len(known[-1]) >= MIN_FUZZY_SURNAME and \
                    surname[0] == known[-1][0] and \
                    abs(len(surname) - len(known[-1])) <= MAX_SURNAME_EDITS:
                return _within_edits(surname.lower(), known[-1].lower(), MAX_SURNAME_EDITS)
            return False
        if surname != known[-1]:
            return False
        return len(known) == 1 or words[0] == known[0] or words[0][0] == known[0][0] and (
            len(words[0]) <= 2 or len(known[0]) <= 2) or \
            len(words) < len(known) and tuple(words) == known[-len(words):] and \
            any(word in _PARTICLES for word in words)  # "Calderón de Vries" for "Rosa Inés
        # Calderón de Vries": a compound surname (not "Melania Trump" for a misread "Hold
        # Melania Trump")

    def _pronoun(self, i: int) -> None:
        """Resolve the he/she pronoun at token ``i`` and count its vote for the gender, unless
        it is quoted: a speaker's third-person pronoun is someone else (``“Let him show us,”
        she said``), whom the nearest person of the narration often is not."""
        tok = self.tokens[i]
        if self._cataphoric(i):
            return  # the person is named after the pronoun
        entity = self.resolve_pronoun(i, PRONOUN_GENDER[tok[LOWER]])
        if entity >= 0:
            if not in_quotation(self.text, tok[START]):
                self.entities[entity].votes[PRONOUN_GENDER[tok[LOWER]]] += 1
            if self.events and self.events[-1][0] > i:  # read after an attribution ahead
                bisect.insort(self.events, (i, entity, tok[SENT]))
            else:
                self.events.append((i, entity, tok[SENT]))

    def _cataphoric(self, i: int) -> bool:
        """Whether the pronoun at token ``i`` is in a phrase fronted before its sentence's
        subject (``_fronted_end``), which it points ahead to (``Standing in what used to be her
        kitchen, Yvette Broussard said``, ``In his first interview since …, Jo Li``)."""
        return i < self._fronted_end(self.tokens[i][SENT], i)

    def _fronted_end(self, sentence: int, k: int) -> int:
        """Token index of the comma closing a phrase fronted before the subject of sentence
        ``sentence`` (which holds token ``k``), else -1: the sentence opens with a capitalised
        preposition or participle (``_FRONTING_PREPOSITIONS``, ``-ing``, ``-ed``) and its first
        comma, within ``MAX_FRONTED_WORDS``, comes before a capitalised word that is no pronoun
        or determiner (a name: ``Making her way around Chez Vachon, Clinton thanked …``)."""
        found = self.fronted.get(sentence)
        if found is not None:
            return found
        tokens = self.tokens
        first = k
        while first > 0 and tokens[first - 1][SENT] == sentence:
            first -= 1
        found = -1
        opener = tokens[first]
        if opener[TEXT][0].isupper() and (opener[LOWER] in _FRONTING_PREPOSITIONS or
                                          opener[LOWER].endswith(("ing", "ed"))):
            for m in range(first + 1, min(len(tokens) - 1, first + MAX_FRONTED_WORDS)):
                if tokens[m][SENT] != sentence:
                    break
                if tokens[m][TEXT] == ",":
                    after = tokens[m + 1]
                    if after[TEXT][0].isupper() and after[LOWER] not in PRONOUN_GENDER and \
                            after[LOWER] not in DETERMINERS:
                        found = m
                    break
        self.fronted[sentence] = found
        return found

    def _attribution_ahead(self, i: int) -> int:
        """Token index of the pronoun of an attribution closing the sentence of the pronoun at
        ``i`` (``…, she said``) when it is of the other gender and only lower-case words lie
        between them, else -1.

        ``He would then demand a deposit, she said``: the speaker is whom the reader knows
        already, so her pronoun is resolved first, and ``He`` is then someone else, not the
        speaker of the sentence before read as a man."""
        tokens = self.tokens
        gender = PRONOUN_GENDER[tokens[i][LOWER]]
        sentence = tokens[i][SENT]
        for k in range(i + 1, min(len(tokens) - 1, i + _ATTRIBUTION_AHEAD)):
            _, _, word, lower, sent = tokens[k]
            if sent != sentence or word[0].isupper() or lower in ROLES:
                return -1
            if lower in ("he", "she") and lower != gender and tokens[k - 1][TEXT] == "," and \
                    tokens[k + 1][LOWER] in verbs.REPORTING_FORMS:
                return k
        return -1

    # -- resolution ---------------------------------------------------------------------------
    def resolve_pronoun(self, i: int, gender: str) -> int:
        """Entity of a pronoun at token ``i``: nearest in its sentence, else the first of the
        nearest earlier sentence that names a fitting person.

        Args:
            i: token index of the pronoun.
            gender: "he", "she", "they" ("they" accepts anyone) or "person" (anyone not read
                as a place).

        Returns:
            The entity index, or -1.
        """
        sentence = self.tokens[i][SENT]
        hi = bisect.bisect_left(self.events, (i, -1, -1))
        lo = hi
        while lo > 0 and self.events[lo - 1][2] >= sentence - PRONOUN_SENTENCES:
            lo -= 1
        events = self.events[lo:hi]
        unnamed = self._unnamed_between(sentence - PRONOUN_SENTENCES, i, gender)
        for tok_index, entity, s in reversed(events):
            if s == sentence and self.fits(entity, gender):  # (an unnamed man or woman
                # written after the named person is nearer)
                return -1 if any(tok_index < k for k, s_k in unnamed if s_k == sentence) \
                    else entity
        if any(s_k == sentence for _, s_k in unnamed):
            return -1  # "a woman who had trusted her": the woman
        for back in range(1, PRONOUN_SENTENCES + 1):
            earlier = [event for event in events if event[2] == sentence - back]
            if earlier:
                fronted = self._fronted_end(sentence - back, earlier[0][0])
                if fronted >= 0:  # the fronted phrase's persons after the subject's
                    earlier.sort(key=lambda event: event[0] < fronted)
            for tok_index, entity, s in earlier:
                if self.fits(entity, gender):
                    return -1 if any(k < tok_index for k, s_k in unnamed
                                     if s_k == sentence - back) else entity
            if any(s_k == sentence - back for _, s_k in unnamed):
                return -1  # "… found a 41-year-old man … He died": the man
        return -1

    def _unnamed_between(self, first_sentence: int, i: int, gender: str
                         ) -> list[tuple[int, int]]:
        """``(token index, sentence)`` of the unnamed persons of ``gender`` (``UNNAMED_GENDER``)
        written before token ``i`` from sentence ``first_sentence`` on; none for "they"."""
        if gender == "they" or not self.unnamed:
            return []
        tokens = self.tokens
        hi = bisect.bisect_left(self.unnamed, (i, ""))
        out = []
        for k, noun_gender in reversed(self.unnamed[:hi]):
            if tokens[k][SENT] < first_sentence:
                break
            if noun_gender == gender:
                out.append((k, tokens[k][SENT]))
        return out

    def named_between(self, first: int, stop: int) -> bool:
        """Whether a person is named (or a pronoun resolved) between tokens ``first`` and
        ``stop``."""
        lo = bisect.bisect_left(self.events, (first, -1, -1))
        return lo < len(self.events) and self.events[lo][0] < stop

    def fits(self, entity: int, gender: str) -> bool:
        """Whether a pronoun of ``gender`` may refer to the entity (its gender is not the
        other one); "he" and "she" refer to persons, not to a name read as a place
        (``PLACE_WORDS``)."""
        ent = self.entities[entity]
        if gender == "they":
            return True
        if gender == "person":
            return not ent.place  # "the 34-year-old": a person of either gender
        return not ent.place and ent.gender in ("unknown", gender)

    def resolve_description(self, i: int, head: str, modifiers: Sequence[str] = ()) -> int:
        """Entity of a description whose head noun (``politician``, ``senator``) is at token
        ``i``: the latest person whose role holds the noun or one of its titles
        (``DESCRIPTION_TITLES``: ``the senator`` → ``Sen. Ted Cruz``), preferring one whose
        role also holds every capitalised modifier (``the Texas senator`` → ``Texas Sen. Ted
        Cruz`` over a later ``Sen. Marco Rubio``); else the most mentioned person, but not one
        whose name is a modifier (``the Clinton campaign manager`` is not Clinton), when the
        head is a role that names someone in particular (not ``the official``, ``the source``:
        ``_ANONYMOUS_HEADS``; not ``the Republican``: ``_AFFILIATION_HEADS``); else -1."""
        hi = bisect.bisect_left(self.events, (i, -1, -1))
        before = self.events[max(0, hi - DESCRIPTION_EVENTS):hi]
        titles = DESCRIPTION_TITLES.get(head, frozenset()) | {head}
        latest = -1
        countries = NATIONALITY_COUNTRIES.get(head)
        for _, entity, _ in reversed(before):
            if countries and self.entities[entity].country in countries and not modifiers:
                return entity  # "the Ethiopian" after "Ethiopia's Selamawit Gebre"
            role = self.entities[entity].role
            if not role:
                continue
            words = _role_words(role)
            if head in _AFFILIATION_HEADS and not role.lower().endswith(head):
                continue  # "Republican National Committee Chairman X" is no "Republican"
            if titles & words:
                if all(modifier in words for modifier in modifiers):
                    return entity
                latest = entity if latest < 0 else latest
        if latest >= 0:
            return latest
        ahead = self._role_named_next(i, titles, modifiers)
        if ahead >= 0:
            return ahead
        if _AGE_NOUN.fullmatch(head):
            return self.resolve_pronoun(i, "person")  # "the 27-year-old": as a pronoun
            # would, the person just written about, not the most mentioned, nor a place
        counts = Counter(entity for _, entity, _ in before)
        for entity in [e for e in counts if modifiers and any(  # "the Clinton campaign
                word.lower() in modifiers for word in self.entities[e].tokens)]:  # manager"
            del counts[entity]
        if not counts or head not in ROLES or head in _ANONYMOUS_HEADS or \
                head in _AFFILIATION_HEADS:
            return -1  # "the official" with no official named before: not the most mentioned
            # person; nor is "the Wisconsin Republican" when no one is called a Republican
        recency = {entity: k for k, (_, entity, _) in enumerate(before)}
        near = self._written_about(i, before, titles)  # "the Texas senator" after "Cruz warned"
        return max(near & counts.keys() or counts, key=lambda e: (counts[e], recency[e]))

    def _written_about(self, i: int, before: Sequence[tuple[int, int, int]],
                       titles: frozenset[str]) -> set[int]:
        """The persons the writer has just written about before token ``i``: named (or
        referred to by pronoun) in its sentence or the ``PRONOUN_SENTENCES`` before it, outside
        quotation marks (``“You embarrassed Corbyn,” Crick said … the former London Mayor
        said``: Corbyn is spoken of), and not holding an office other than ``titles`` (``the
        vice-presidential nominee`` is not ``Gov. Maggie Hassan``). ``before`` is the events
        up to ``i``."""
        sentence = self.tokens[i][SENT]
        out: set[int] = set()
        for k, entity, s in reversed(before):
            if s < sentence - PRONOUN_SENTENCES:
                break
            if entity not in out and not self._holds_other_office(entity, titles) and \
                    not in_quotation(self.text, self.tokens[k][START]):
                out.add(entity)
        return out

    def _holds_other_office(self, entity: int, titles: frozenset[str]) -> bool:
        """Whether the entity's role holds an office (``_OFFICES``) but none of ``titles``."""
        role = self.entities[entity].role
        if not role:
            return False
        words = _role_words(role)
        return bool(words & _OFFICES) and not words & titles

    def _role_named_next(self, i: int, titles: frozenset[str], modifiers: Sequence[str]) -> int:
        """The first person named after token ``i``, within ``DESCRIPTION_AHEAD_SENTENCES``
        sentences, whose role holds one of ``titles`` and every modifier, or -1: the delayed
        identification of news leads (``The governor has told aides …`` before ``Gov. Lydia
        Brennan said``). Persons named before ``i`` were weighed already."""
        for _, entity, _ in self._events_ahead(i, self.tokens[i][SENT]):
            role = self.entities[entity].role
            if role:
                words = _role_words(role)
                if titles & words and all(modifier in words for modifier in modifiers):
                    return entity
        return -1

    def _events_ahead(self, k: int, sentence: int) -> Iterator[tuple[int, int, int]]:
        """The mentions of persons after token ``k`` up to ``DESCRIPTION_AHEAD_SENTENCES``
        sentences after sentence ``sentence``, in order: where a description names its person
        later."""
        last = sentence + DESCRIPTION_AHEAD_SENTENCES
        for event in self.events[bisect.bisect_right(self.events, (k, -1, -1)):]:
            if event[2] > last:
                return
            yield event

    def named_after_lead(self, mention: Mention) -> int:
        """The person a description opening the story stands for when the story names its
        speaker only after it, the delayed identification of news leads (``A former head of
        the British Army has warned …`` before ``“…,” General Sir Malcolm Haverford-Jones …
        told Sky News``, ``The chief executive of Severnside Water has apologised …`` before
        ``Alun Prydderch said``): the first person named in a later sentence, within
        ``DESCRIPTION_AHEAD_SENTENCES``, when named there for the first time. -1 when a person
        is named before the description, when its head is no singular role (``two
        diplomats``), when it is an unnamed source's (``A senior official said``:
        ``_ANONYMOUS_HEADS``) or when the description holds the person's name (``Clinton
        Campaign Manager``)."""
        tokens = self.tokens
        first = bisect.bisect_left(self.starts, mention.start)
        last = bisect.bisect_left(self.starts, mention.end) - 1
        if mention.entity >= 0 or tokens[first][SENT] > 1 or \
                self.events and self.events[0][0] < first:
            return -1
        words = [token[LOWER] for token in tokens[first:last + 1]]
        head = next((words[n - 1] for n in range(1, len(words)) if words[n] in _NOUN_PREPOSITIONS),
                    words[-1])  # "A former head of the British Army", "A councillor in Swindon"
        if head not in ROLES or head in _ANONYMOUS_HEADS:
            return -1
        sentence = tokens[first][SENT]
        for _, entity, later in self._events_ahead(last, sentence):
            if later > sentence:
                named = self.entities[entity]
                if tokens[bisect.bisect_left(self.starts, named.first_start)][SENT] <= sentence:
                    return -1  # "A reporter … asking about Donald Trump …": the first person
                    # named after the lead was named in it, someone else than the description
                if any(word in mention.text.split() for word in named.tokens):
                    return -1  # "Clinton Campaign Manager …" is not Clinton
                return entity
        return -1

    def _age_between_commas(self, j: int) -> bool:
        """Whether tokens ``j:j + 3`` are an age set off by commas (``, 52,``)."""
        tokens = self.tokens
        return 0 <= j and j + 2 < len(tokens) and tokens[j][TEXT] == "," and \
            tokens[j + 2][TEXT] == "," and tokens[j + 1][TEXT].isdigit() and \
            len(tokens[j + 1][TEXT]) <= 3

    def known(self, words: Sequence[str]) -> int:
        """The person a name (its words) belongs to among those already read, or -1."""
        found = self.by_name.get(" ".join(words))
        if found is None and words:
            found = next((index for index in range(len(self.entities) - 1, -1, -1)
                          if self._compatible(list(words), self.entities[index].tokens)), None)
        return -1 if found is None else found

    def name(self, entity: int) -> str | None:
        """Canonical (fullest) name of an entity, or None for -1."""
        return self.entities[entity].canonical if entity >= 0 else None

    # -- speaker noun phrases around a cue ---------------------------------------------------
    def speaker_before(self, cue: int, floor: int) -> Mention | None:
        """The speaker noun phrase ending just before the cue token ``cue`` (not before ``floor``).

        Reads back over adverbs and auxiliaries (``SKIPPABLE``), then takes a pronoun, a name
        with its titles, an appositive construction (``Hugh Hill, a doctor,``), a group
        (``the Clinton campaign``, ``some members of his party``) or a description
        (``the former London Mayor``).
        """
        tokens = self.tokens
        k = cue - 1
        while k >= floor and (is_skippable(tokens[k]) or
                              tokens[k][LOWER] in _FLOATING and k - 1 >= floor and
                              (k - 1 in self.name_at or tokens[k - 1][LOWER] in ("they", "we")
                               or tokens[k - 1][LOWER].rstrip("s") in GROUPS)) and \
                k not in self.name_at:
            k -= 1  # a name's last word is no auxiliary ("Theresa May said"); "Jo Li and Kim
            # Park both said", not "both have shown"
        company = self._company_before(k, floor)
        if company is not None:
            return company  # "Exxon Mobil Corp. said"
        if k - 1 >= floor and tokens[k][TEXT] == "." and tokens[k - 1][LOWER] in NAME_SUFFIXES:
            k -= 1  # "Martin Luther King Jr. said": the full stop closes the name
        if k - 1 >= floor and (tokens[k][LOWER] in NAME_SUFFIXES or
                               tokens[k][LOWER] in POSTNOMINALS) and k not in self.name_at and \
                k - 1 in self.name_at:
            k -= 1  # "Charles Elliott III asked": the suffix read apart from the name
        k = self._skip_time_before(k, floor)
        if k - 2 >= floor and tokens[k][TEXT] == "," and tokens[k - 1][LOWER] in ASIDES and \
                tokens[k - 2][TEXT] == ",":
            k -= 3  # "Proponents of the bill, however, say"
            while k >= floor and is_skippable(tokens[k]):
                k -= 1
        k = self._skip_aside_before(k, floor)
        k = self._skip_agent_phrase_before(k, floor)
        if k < floor:
            return None
        if tokens[k][LOWER] in ("who", "which") and k - 1 >= floor:
            k -= 2 if tokens[k - 1][TEXT] in (",", "—", "–", "--") else 1  # "Bush and
            # Christie, who say", "Jo Li — who said on Monday that … —"
            if k < floor:
                return None
            if tokens[k + 1][TEXT] == "," and self.name_at.get(k, (0, -1))[1] < 0:
                named = self._skip_appositive(k + 1, floor)
                if named >= floor:
                    k = named  # "Curtis Fenwick, an accountant from Peoria, Illinois, who said"
            if k - 1 >= floor and tokens[k - 1][TEXT][0].isdigit() and \
                    tokens[k][LOWER] in ("%", "percent"):
                start = tokens[k - 1][START]  # "including 18% who say": a share of those asked
                return Mention(start, tokens[k][END], self.text[start:tokens[k][END]], -1,
                               "group")
        if tokens[k][LOWER] == "to" and k - 1 >= floor and k - 1 in self.name_at and \
                self.name_at[k - 1][1] >= 0:
            return self._noun_phrase_ending(k - 1, floor)  # "led Jane Doe to declare"
        if k - 2 >= floor and tokens[k][TEXT] in CLOSING_MARKS and tokens[k - 1][TEXT] == ",":
            opening = self._embedded_opening(k, floor)
            named = self._skip_appositive(opening, floor) if opening > floor else -1
            if named >= floor:
                k = named  # "Cobalt, a startup building what it calls “autonomous coworkers,”
                # said": the appositive ends in the quoted term, its comma inside the mark
        if tokens[k][TEXT] == ",":
            named = self._organisation_in_apposition(k, floor)
            if named is not None:
                return named  # "his management company, Blue Door Artists, said"
            k = self._skip_appositive(k, floor)
            if k < floor:
                return None
        k = self._skip_origin_before(k, floor)
        source = self._unnamed_source(k, floor)
        if source is not None:
            return source  # "sources close to the deal said"
        role_of = self._role_of_before(k, floor) if k in self.name_at else None
        if role_of is not None:
            return role_of  # "The co-founder of meal-kit company Forkful has admitted"
        found = self._noun_phrase_ending(k, floor)
        if found is not None and found.kind == "name":
            subject = self._subject_before_place(found, floor)
            if subject is not None:
                return subject  # "Police in County Cork said"
        if found is not None and found.kind == "description":
            named = self._named_before_appositive(found, floor)
            if named is not None:
                return named  # "said R. Gil Kerlikowske, the commissioner, who conceded"
        if found is not None and found.kind == "name":
            named = self._named_before_unclosed_appositive(found, floor)
            if named is not None:
                return named  # "Jo Li, a spokesman for Speaker Tom Park told": no comma
        if found is not None and found.kind != "pronoun":
            group = self._group_of(found, floor)
            if group is not None:
                return group
        if found is not None and found.kind == "group":
            by = bisect.bisect_left(self.starts, found.start) - 1
            if by > floor and tokens[by][LOWER] == "by":  # "a study by the Council of …"
                found = self._evidence_by(k, by, floor) or found
        if found is not None and found.kind == "name":
            before = bisect.bisect_left(self.starts, found.start) - 1
            verb = before  # the relative clause's verb, then its "who" just before it
            while verb > floor and before - verb < 2 and is_skippable(tokens[verb - 1]):
                verb -= 1
            if verb > floor and tokens[verb - 1][LOWER] == "who" and \
                    tokens[before][TEXT].isalpha() and tokens[before][TEXT].islower() and \
                    tokens[before][LOWER] not in _NOT_OBJECT:
                antecedent = self.subject_before_relative(cue, floor)
                if antecedent is not None:
                    return antecedent  # "Republicans who support Cruz said": the name is the
                    # relative clause's object, its antecedent speaks
        if found is None:
            j = k
            while j > floor and k - j <= MAX_NAME_WORDS + 3 and (
                    tokens[j][TEXT][0].isupper() or tokens[j][LOWER] in _NAME_LINKS):
                j -= 1
            found = self._evidence_by(k, j, floor) or self._bare_subject(k, floor)
        return found if found is None else self._coordinated(found, floor)

    def _embedded_opening(self, k: int, floor: int) -> int:
        """The opening mark of a short quotation closed at token ``k`` that a lower-case word
        of the writer's sentence leads into (``what it calls “autonomous coworkers,”``), or -1:
        none, or a quoted utterance before its attribution (``“We won,” said``)."""
        tokens = self.tokens
        for j in range(k - 2, max(floor, k - QUOTED_TERM_WORDS) - 1, -1):
            if tokens[j][TEXT] in OPENING_MARKS:
                led = j > floor and tokens[j - 1][TEXT].isalpha() and \
                    tokens[j - 1][TEXT].islower() and tokens[j - 1][SENT] == tokens[k][SENT]
                return j if led else -1
        return -1

    def _role_of_before(self, k: int, floor: int) -> Mention | None:
        """The description the name ending at token ``k`` ends when it is the object of ``of``
        after a role (``The co-founder of meal-kit company Forkful has admitted``, at most
        ``DETERMINED_WORDS`` words of its trade between): the role's holder speaks, not the
        company; the whole phrase, its entity the description's. None otherwise."""
        tokens = self.tokens
        start = self.name_at[k][0]
        m = self.name_at[k][2] - 1
        while m > floor and self.name_at[k][2] - m <= DETERMINED_WORDS and \
                tokens[m][TEXT].islower() and tokens[m][LOWER] != "of" and \
                tokens[m][TEXT].replace("-", "").isalpha():
            m -= 1  # "meal-kit company": the company's trade
        if m - 2 < floor or tokens[m][LOWER] != "of" or not tokens[m - 1][TEXT].islower() or \
                not _is_role(tokens[m - 1][LOWER]):
            return None
        described = self._description(m - 1, floor)
        if described is None or described.kind not in ("description", "group") or \
                described.text.split()[0].lower() not in ("the", "a", "an"):
            return None
        end = tokens[k][END]
        return Mention(described.start, end, self.text[described.start:end], described.entity,
                       "description" if described.entity >= 0 else "group")

    def _subject_before_place(self, named: Mention, floor: int) -> Mention | None:
        """The subject of a cue when the name just before it is a place after ``in``: the noun
        phrase before the preposition, a group with its place (``Police in County Cork said``),
        or the one before the relative clause that holds it (``The family of a man who died in
        a crash in Leeds said``); None when the name follows no ``in`` or nothing stands before
        it."""
        tokens = self.tokens
        p = bisect.bisect_left(self.starts, named.start) - 1
        while p > floor and tokens[p][TEXT][0].isupper():
            p -= 1  # "in County Cork"
        if p <= floor or tokens[p][LOWER] != "in":
            return None
        stop = p
        for w in range(p - 1, floor, -1):
            if tokens[w][SENT] != tokens[p][SENT] or tokens[w][TEXT] in _CLAUSE_MARKS:
                break
            if tokens[w][LOWER] in ("who", "which"):
                stop = w
                break
        found = self.speaker_before(stop, floor)
        if found is None or found.kind == "pronoun":
            return None
        if stop == p and found.kind != "name" and found.entity < 0:  # a group with its place
            return Mention(found.start, named.end, self.text[found.start:named.end], -1, "group")
        return found

    def _evidence_by(self, k: int, j: int, floor: int) -> Mention | None:
        """A study, poll or report whose author (``by`` at token ``j``) ends at token ``k`` (``a
        study by the Council of the Great City Schools found``): the source is the whole phrase,
        not its author; None otherwise."""
        tokens = self.tokens
        if j == k or tokens[j][LOWER] != "by" or j - 1 < floor or \
                tokens[j - 1][LOWER] not in EVIDENCE_SOURCES:
            return None
        source = self._description(j - 1, floor)
        if source is None:
            return None
        return Mention(source.start, tokens[k][END], self.text[source.start:tokens[k][END]], -1,
                       "group")

    def _skip_origin_before(self, k: int, floor: int) -> int:
        """The last token of a person's name before ``of``/``from`` and the capitalised place
        or organisation ending at token ``k`` (``Sen. Jo Li of Texas``, ``Rep. Jo Li of New
        York``, ``Jo Li from Des Moines``, ``Aiko Tanabe of the Eurasian Space Consortium``, ``Jo
        Li of the consortium``, ``the 24-year-old from Banbridge``), else ``k``: where the person
        comes from is no part of the speaker (the news style of naming a legislator's state or a
        source's employer)."""
        tokens = self.tokens
        if k - 1 > floor and tokens[k][LOWER] in _PLACE_KINDS and \
                tokens[k - 1][TEXT][0].isupper() and tokens[k - 2][LOWER] in ("of", "from"):
            k -= 1  # "of Niphad taluka": a place and the kind of place it is
        j = k
        if tokens[k][TEXT].islower():
            j -= 1  # "Jo Li of the consortium": a common noun, after its article
        else:
            while j >= floor and j > k - MAX_ORIGIN_WORDS and (
                    _is_cap(tokens[j][TEXT]) or tokens[j][TEXT] == "." and j > floor and
                    self.is_abbreviation(j - 1)):
                j -= 1
        if j < k and j - 1 >= floor and tokens[j][LOWER] == "the":
            j -= 1  # "Aiko Tanabe of the Eurasian Space Consortium"
        elif tokens[k][TEXT].islower():
            return k  # a common noun needs its article
        if j == k or j - 1 < floor or tokens[j][LOWER] not in ORIGIN_PREPOSITIONS or \
                tokens[j][LOWER] in ("at", "in"):
            return k
        m = j - 1
        if m - 2 > floor and self._age_between_commas(m - 2):
            m -= 3  # "Jo Li, 52, of Niphad": the name before the age
            named = self.name_at.get(m)
            return m if named is not None and named[1] >= 0 else k
        named = self.name_at.get(j - 1)
        if named is None and tokens[j][LOWER] != "of" and tokens[j - 1][TEXT].islower() and (
                _is_role(tokens[j - 1][LOWER]) or _AGE_NOUN.fullmatch(tokens[j - 1][LOWER])):
            return j - 1  # "the 24-year-old from Banbridge", "the striker from Leeds"
        return j - 1 if named is not None and named[1] >= 0 else k

    def _named_before_unclosed_appositive(self, named: Mention, floor: int) -> Mention | None:
        """The person an appositive describes when the writer left it unclosed and the name
        just before the cue is the object of its preposition (``Jo Li, a spokesman for House
        Speaker Tom Park told the Post``: Tom Park, after ``for``, tells nothing); else None."""
        tokens = self.tokens
        k = bisect.bisect_left(self.starts, named.start) - 1
        while k >= floor and tokens[k][TEXT][0].isupper():
            k -= 1  # "House", a title's modifier before the mention
        if k < floor or tokens[k][LOWER] not in ("for", "of", "to", "with"):
            return None
        for m in range(k - 1, max(floor, k - DESCRIPTION_WINDOW) - 1, -1):
            if tokens[m][TEXT] == ",":
                if m - 1 >= floor and m - 1 in self.name_at and \
                        tokens[m + 1][LOWER] in ("a", "an", "the"):
                    found = self._noun_phrase_ending(m - 1, floor)
                    return found if found is not None and found.kind == "name" else None
                return None
        return None

    def _named_before_appositive(self, description: Mention, floor: int) -> Mention | None:
        """The name a description stands in apposition to (``Jane Doe, the commissioner``), or
        None when no name and comma come just before it."""
        comma = bisect.bisect_left(self.starts, description.start) - 1
        if comma - 1 < floor or self.tokens[comma][TEXT] != "," or comma - 1 not in self.name_at:
            return None
        named = self._noun_phrase_ending(comma - 1, floor)
        if named is None or named.kind != "name":
            return None
        before = bisect.bisect_left(self.starts, named.start) - 1
        if before >= floor and self.tokens[before][LOWER] in _OBJECT_MARKERS:
            return None  # "at the resort, now called Jo Li Doral, the candidate boasted": the
            # name is an object, so the description is the subject
        if self._in_fronted_phrase(comma, floor):
            return None  # "Speaking on Radio Wessex’s Sunday Brunch, the 52-year-old said"
        return named

    def _in_fronted_phrase(self, comma: int, floor: int) -> bool:
        """Whether the comma at token ``comma`` closes a participle or prepositional phrase that
        opens its sentence (``Speaking on Radio Wessex’s Sunday Brunch,``, ``In an interview
        with Jo Li,``): a name in it is no subject."""
        tokens = self.tokens
        first = comma
        while first - 1 >= floor and tokens[first - 1][SENT] == tokens[comma][SENT]:
            first -= 1
            if tokens[first][TEXT] == ",":
                return False
        opener = tokens[first][LOWER]
        return opener.endswith("ing") and tokens[first][TEXT][0].isupper() and \
            first not in self.name_at or opener in _NOUN_PREPOSITIONS

    def subject_before_relative(self, cue: int, floor: int) -> Mention | None:
        """``The lifelong Republican who wrote the speech says``: the noun phrase before a
        restrictive relative clause (``who`` with no comma) that runs, without punctuation,
        up to the cue token ``cue`` (at most ``MAX_RELATIVE_WORDS`` words); None otherwise."""
        tokens = self.tokens
        for k in range(cue - 1, max(floor, cue - 1 - MAX_RELATIVE_WORDS), -1):
            if not tokens[k][TEXT][0].isalnum() and \
                    not (tokens[k][TEXT] == "." and tokens[k + 1][START] == tokens[k][END]):
                return None  # "Doe, who left, said" is read as an aside by ``speaker_before``
                # (a full stop inside a word, "fivethirtyeight.com", is no punctuation)
            if tokens[k][LOWER] == "who":
                found = self._noun_phrase_ending(k - 1, floor) or self.speaker_before(k, floor) \
                    if k - 1 >= floor else None  # (speaker_before: "A state senator who …")
                if found is not None and found.kind == "description":
                    found = self._named_before_appositive(found, floor) or found  # "Jo Li,
                    # the guru who founded …"
                return found if found is not None and found.kind != "pronoun" else None
        return None

    def _organisation_in_apposition(self, k: int, floor: int) -> Mention | None:
        """The proper name set off by commas after a description of an organisation, the
        second comma at token ``k`` (``his management company, Blue Door Artists,``, ``The state
        broadcaster, KTV,``, ``their union, the Warehouse Workers Alliance,``): the name speaks,
        as a group; None when the words between the
        commas are no capitalised name, the description names no group, or the name is a
        person's (``_skip_appositive`` reads those)."""
        tokens = self.tokens
        comma = k - 1
        while comma > floor and k - comma <= MAX_NAME_WORDS + 1 and (
                tokens[comma][TEXT][0].isupper() or tokens[comma][TEXT] in ("&", "of", "and")):
            comma -= 1
        first = comma + 1
        if comma > floor and tokens[comma][TEXT] == "the":
            comma -= 1  # "their union, the Warehouse Workers Alliance,"
        if comma <= floor or first == k or tokens[comma][TEXT] != "," or \
                not tokens[first][TEXT][0].isupper():
            return None
        head = tokens[comma - 1]
        if not head[TEXT].islower() or not (is_group_word(head[LOWER]) or
                                            head[LOWER] in TRADE_NOUNS or
                                            tokens[k - 1][LOWER] in INSTITUTION_HEADS):
            return None  # "The developer, Sunfield Energy,", "Her employer, Eversley Care
            # Group," (an institution by its own head); not "the pitch, Old Trafford,"
        found = self.name_at.get(k - 1)
        if found is not None and found[1] >= 0:
            return None  # a person: "his top aide, Tad Devine,"
        start, end = tokens[first][START], tokens[k - 1][END]
        return Mention(start, end, self.text[start:end], -1, "group")

    def _unnamed_source(self, k: int, floor: int) -> Mention | None:
        """An unnamed source whose postmodifier ends at token ``k`` (``sources close to the
        deal``, ``two people familiar with the talks``, ``a person briefed on the plan``): the
        whole noun phrase as a group speaker, when its head is a group or role word; None
        otherwise."""
        tokens = self.tokens
        for j in range(k - 1, max(floor, k - UNNAMED_SOURCE_WORDS) - 1, -1):
            word = tokens[j]
            if not word[TEXT][0].isalnum() or tokens[j][SENT] != tokens[k][SENT]:
                return None
            if word[LOWER] not in _SOURCE_POSTMODIFIERS or \
                    tokens[j + 1][LOWER] not in _SOURCE_PREPOSITIONS or j - 1 < floor:
                continue
            head = j - 1
            if not (is_group_word(tokens[head][LOWER]) or _is_role(tokens[head][LOWER])) or \
                    not tokens[head][TEXT].isalpha():
                return None
            first = head
            while first - 1 >= floor and tokens[first - 1][SENT] == word[SENT] and (
                    tokens[first - 1][LOWER] in DETERMINERS or
                    tokens[first - 1][LOWER] in NUMBER_WORDS or
                    tokens[first - 1][LOWER] in MODIFIERS or
                    tokens[first - 1][TEXT].isdigit()):
                first -= 1  # "two senior officials briefed on …"
            start = tokens[first][START]
            return Mention(start, tokens[k][END], self.text[start:tokens[k][END]], -1, "group")
        return None

    def _group_of(self, mention: Mention, floor: int) -> Mention | None:
        """The group or role whose prepositional phrase ends with ``mention`` (``Officials at
        the Pentagon``, ``A spokesman for Jane Doe``, ``Aides to the governor``): the head of
        the noun phrase speaks, not the noun of its modifier. None when there is none."""
        tokens = self.tokens
        k = bisect.bisect_left(self.starts, mention.start) - 1
        if mention.kind != "pronoun":
            m = k
            while m > floor and k - m < 2 and tokens[m][TEXT].isalpha() and \
                    tokens[m][TEXT].islower() and tokens[m][LOWER] not in DETERMINERS and \
                    tokens[m][LOWER] not in _GROUP_PREPOSITIONS:
                m -= 1  # "of the nonpartisan Campaign Integrity Project": its adjectives
            if tokens[m][LOWER] in DETERMINERS:
                k = m
        if k >= floor and tokens[k][LOWER] in DETERMINERS and tokens[k][START] < mention.start:
            k -= 1  # "aides to the governor", "an adviser to both Clintons"
        if k - 1 < floor or tokens[k][LOWER] not in _GROUP_PREPOSITIONS:
            return None
        if mention.kind != "name":
            person = self._noun_phrase_ending(k - 1, floor) if k - 1 in self.name_at else None
            if person is not None and person.kind == "name" and person.entity >= 0:
                return person  # "Dr. Felix Amador of the state health department noted"
        head = tokens[k - 1][LOWER]
        member = head.rstrip("s") in _AFFILIATION_HEADS and k - 1 > floor and \
            tokens[k - 2][TEXT].islower()  # "the ranking Democrat on", "top Republicans in"
        if not (is_group_word(head) or _is_role(head) or member or
                head == "people" or head in _QUANTITY_HEADS or _PERCENTAGE.fullmatch(head)) or \
                tokens[k - 1][TEXT][0].isupper() and k - 1 > floor and not member and \
                tokens[k - 2][SENT] == tokens[k - 1][SENT] and tokens[k - 2][TEXT][0].isalnum() \
                and not (_is_role(head) and tokens[k - 2][LOWER] in DETERMINERS):
            return None  # "the Bureau of Labor Statistics": the name of one institution; but
            # "An MLA from the ruling party": a role after its article
        group = self._description(k - 1, floor) or self._bare_subject(k - 1, floor)
        if group is None:
            return None
        return Mention(group.start, mention.end, self.text[group.start:mention.end], -1, "group")

    def _coordinated(self, mention: Mention, floor: int) -> Mention:
        """Two subjects joined by ``and`` as one group speaker: two names (``Jane Doe and John
        Roe said``), a name and a group (``Jane Doe and other Republicans``, ``Clinton and her
        allies``) or a capitalised plural and a group (``Republicans and Democrats alike``,
        ``Democrats and civil rights groups``); else
        ``mention`` unchanged. A description before a name is not joined: ``the governor and
        Roe`` keeps its last name."""
        tokens = self.tokens
        k = bisect.bisect_left(self.starts, mention.start) - 1
        if k - 1 < floor or tokens[k][LOWER] != "and" or mention.kind not in ("name", "group"):
            return mention
        before = k - 1
        if tokens[before][TEXT] == ")":
            opening = next((j for j in range(before - 1, max(floor, before - NAME_TAG_TOKENS) - 1,
                                             -1) if tokens[j][TEXT] == "("), -1)
            before = opening - 1 if opening > floor else before  # "Jo Li (D) and Kim Park"
        elif tokens[before][TEXT] == ",":
            before = _comma_tag_before(tokens, before, floor)  # "Jo Li, D-Vt., and Kim Park"
        other = self.name_at.get(before)
        if other is not None and other[0] >= tokens[floor][START]:
            start = other[0]
        elif mention.kind == "group" and _capitalised_plural(tokens[k - 1]):
            start = tokens[k - 1][START]  # "Republicans and Democrats", "Democrats and civil
            # rights groups"
        else:
            return mention
        return Mention(start, mention.end, self.text[start:mention.end], -1, "group")

    def _skip_agent_phrase_before(self, k: int, floor: int) -> int:
        """Skip back over a participle and its agent ending at token ``k`` (``A letter …
        obtained by The Associated Press warns``), or a participle alone (``A report released
        Tuesday found``): a reduced relative clause after the subject, whose agent is not the
        speaker. Returns the token before it, or ``k``."""
        tokens = self.tokens
        if k - 1 >= floor and tokens[k][LOWER] in AGENT_PARTICIPLES and \
                tokens[k - 1][TEXT][0].isalpha():
            return k - 1  # "A report released Tuesday found": the time was skipped before
        for m in range(k - 1, max(floor, k - AGENT_PHRASE_WORDS) - 1, -1):
            if tokens[m][LOWER] == "by":
                if m - 2 >= floor and tokens[m - 1][LOWER] in AGENT_PARTICIPLES:
                    return m - 2
                return k
            if not tokens[m][TEXT][0].isalnum():
                return k
        return k

    def _before_quoted_term(self, m: int, floor: int) -> int:
        """The token before a short quoted term whose closing mark is token ``m`` (``a
        “paddle-out” protest``: at most ``QUOTED_TERM_WORDS`` tokens, inside one sentence), or
        ``m`` when it closes none."""
        tokens = self.tokens
        text = tokens[m][TEXT]
        if text != "”" and text != '"':
            return m
        opening = "“" if text == "”" else '"'
        for n in range(m - 1, max(floor, m - QUOTED_TERM_WORDS) - 1, -1):
            if tokens[n][TEXT] == opening:
                return n - 1 if tokens[n][SENT] == tokens[m][SENT] else m
            if tokens[n][TEXT] in ".;:,“”\"":
                return m
        return m

    def _skip_aside_before(self, k: int, floor: int) -> int:
        """Skip back over an aside ending at token ``k`` between a subject and its verb: a
        parenthesis (``Jane Doe (D-Vt.) said``), a pair of dashes (``Many teachers — including
        some parents — said``) or commas around a comparison, an example, a participle clause,
        an adverb or a prepositional phrase (``Economists, like their peers abroad, say``;
        ``Clinton, speaking at a rally, said``; ``Smith, asked about it, said``; ``Trump, in a
        post, wrote``); news copy sets such asides off by punctuation (AP
        Stylebook "parentheses", "dash", "comma"). Returns the token before the aside, or
        ``k`` when there is none."""
        tokens = self.tokens
        if k < floor:
            return k
        mark = tokens[k][TEXT]
        if mark not in (")", "—", "–", "--", ","):
            return k
        for m in range(k - 1, max(floor, k - ASIDE_WORDS) - 1, -1):
            text = tokens[m][TEXT]
            if mark == ")" and text == "(" or mark in ("—", "–", "--") and text == mark or \
                    mark == "," and text == "," and m + 1 < k and \
                    (tokens[m + 1][LOWER] in ASIDE_OPENERS or
                     tokens[m + 1][LOWER] in AGENT_PARTICIPLES or  # "The report, released …,"
                     tokens[m + 1][TEXT].islower() and
                     (tokens[m + 1][LOWER].endswith(("ing", "ed", "ly")) or
                      tokens[m + 1][LOWER] in _ASIDE_PREPOSITIONS)) and \
                    not (tokens[m + 1][LOWER] in MODIFIERS and k - 1 in self.name_at and
                         self.name_at[k - 1][1] >= 0):
                # (not "Its chair, retired ecologist Dr Ruth Ainsley,": an appositive names her)
                # "Jo Li, asked whether …,", "Jo Li, visibly tired,", "Jo Li, in a post on X,"
                m -= 1
                while m >= floor and is_skippable(tokens[m]):
                    m -= 1
                return m if m >= floor else k
            if text == "." and self.is_abbreviation(m - 1):
                continue  # "(D-Conn.)": an abbreviation's full stop
            if text in ".;:\"“”" or text in ("(", ")") or mark == "," and text == ",":
                break  # commas may stand inside a dash or parenthetical aside ("— including
                # Muslims, Christians and Jews —"), not inside one set off by commas ("In
                # Marden, retired nurse Pat Colley, 71, said": no aside opens at "retired")
        return k

    def _skip_time_before(self, k: int, floor: int) -> int:
        """Skip back over a time adverbial ending at token ``k`` (``on Thursday``, ``Tuesday``,
        ``last week``, ``two weeks ago``) and the adverbs before it: news copy puts it between
        the speaker and the verb (AP Stylebook, "time element")."""
        tokens = self.tokens
        lower = tokens[k][LOWER] if k >= floor else ""
        if lower == "ago" and k - 2 >= floor and tokens[k - 1][LOWER].rstrip("s") in TIME_NOUNS:
            m = k - 2  # "The State Department less than two weeks ago said"
            while m >= floor and k - m <= TIME_PHRASE_WORDS + 2 and \
                    (tokens[m][TEXT].isdigit() or tokens[m][LOWER] in _AGO_AMOUNTS):
                m -= 1
            if m < k - 2:
                while m >= floor and is_skippable(tokens[m]):
                    m -= 1
                return m
        if lower == "past" or lower.rstrip("s") in TIME_NOUNS:
            # "in the past", "in recent weeks", "over the past year"
            m = k - 1
            while m >= floor and k - m <= TIME_PHRASE_WORDS and \
                    tokens[m][LOWER] in _TIME_PHRASE_WORDS:
                m -= 1
            if m >= floor and m < k - 1 and tokens[m][LOWER] in ("in", "over", "during"):
                k = m - 1
                while k >= floor and is_skippable(tokens[k]):
                    k -= 1
                return k
        if lower in TIME_NOUNS and k - 1 >= floor and tokens[k - 1][LOWER] in TIME_WORDS:
            k -= 1  # "on Thursday evening": the day and its part
            lower = tokens[k][LOWER]
        if lower in TIME_WORDS and lower not in SKIPPABLE:
            k -= 2 if k - 1 >= floor and tokens[k - 1][LOWER] == "on" else 1
        elif lower in TIME_NOUNS and k - 1 >= floor and tokens[k - 1][LOWER] in TIME_DEICTICS:
            k -= 2
        else:
            return k
        while k >= floor and is_skippable(tokens[k]):
            k -= 1
        return k

    def _bare_subject(self, k: int, floor: int) -> Mention | None:
        """A short noun phrase opening its clause and ending at token ``k`` (``The American
        Legion``, ``55 percent``, ``A source``): a speaker as written when no name, pronoun or
        listed noun is there."""
        tokens = self.tokens
        m = k
        while m >= floor and k - m < BARE_SUBJECT_WORDS:
            word = tokens[m]
            if word[SENT] != tokens[k][SENT]:
                break
            if word[TEXT] == "." and m < k and self.is_abbreviation(m - 1):
                m -= 1  # "A Feb. 1 letter": an abbreviation's full stop
                continue
            if word[LOWER] in CLAUSE_OPENING or not word[TEXT][0].isalnum() and \
                    word[TEXT] != "%" or word[TEXT] in ZERO_RELATIVE_NOUNS or \
                    m < k and word[LOWER] in ("who", "which") and \
                    tokens[m + 1][LOWER] in DETERMINERS or m < k and word[LOWER] == "what":
                break  # "the third time AROS said"; "the plan, which the FBI said was …": the
                # relative pronoun is the object, the subject follows it; so does "what"
                # ("in what police have described as …")
            if word[LOWER] in SPEAKER_PRONOUNS or word[LOWER] in ("to", "who", "which") or \
                    word[TEXT].islower() and word[LOWER] in _AUXILIARIES or \
                    word[TEXT].islower() and word[LOWER].endswith("ed") and \
                    word[LOWER] not in MODIFIERS and word[LOWER] not in SURVEY_PARTICIPLES and \
                    word[LOWER] not in _SOURCE_PARTICIPLES or \
                    word[LOWER].endswith(_VERB_CONTRACTIONS) or word[LOWER] in _ADVERB_IS or \
                    m < k and word[LOWER] in IRREGULAR_PASTS or \
                    word[TEXT].islower() and word[LOWER] in COMMON_PASTS or \
                    m < k and noun_past_verb(tokens, m, k + 1):
                return None  # "Now you're", "Here's what": a pronoun or adverb and its verb;
                # "New York City also has a large population", "the retailer cut its … forecast":
                # a clause, no noun phrase
            m -= 1
        else:
            if m >= floor:
                return None
        if m == k or (m >= floor and tokens[m][LOWER] not in CLAUSE_OPENING
                      and tokens[m][LOWER] not in ("who", "which", "what")
                      and tokens[m][TEXT] not in ZERO_RELATIVE_NOUNS
                      and tokens[m][TEXT] not in ",;:—–(\"“”"):
            return None
        while m + 1 < k and tokens[m + 1][LOWER] in _TIME_ADVERBS:
            m += 1  # "Then someone in the crowd shouted": the adverb is no part of it
        first = tokens[m + 1]
        if first[LOWER].endswith("ing") and (m < floor or tokens[m][SENT] != first[SENT]):
            return None  # "Holding signs calling …": a participle opening the sentence
        if tokens[k][TEXT].isdigit() and tokens[k - 1][LOWER] not in ("in", "of") or \
                first[TEXT].isdigit() and m - 1 >= floor and tokens[m][TEXT] == "," and \
                tokens[m - 1][TEXT].isdigit():
            # "since June 1", "$513,000": a date or part of a number; a number after "in" or
            # "of" ends a share of respondents ("Six in 10 say", "nine out of 10 say")
            return None
        if first[TEXT].islower() and first[LOWER] not in DETERMINERS and \
                first[LOWER] not in _INDEFINITE_PEOPLE and \
                not _approximate_share(tokens, m + 1, k) and \
                not ((tokens[k][LOWER].endswith("s") or tokens[k][LOWER] in BARE_COLLECTIVES)
                     and k - m <= 2) and \
                not (k - m == 1 and m >= floor and tokens[m][TEXT] == "," and
                     _headline_source(tokens[k][LOWER])):
            return None  # a bare plural or collective may speak ("officials said", "police
            # said"), and a headline's bare singular after a comma ("…, poll finds"); other
            # lower-case words are no subject
        head = tokens[k][LOWER]
        if head in NOT_NAMES and head not in GROUPS and head not in INSTITUTION_HEADS and \
                not (m == k - 1 and head in QUANTIFIER_SUBJECTS) or head in PRONOUN_GENDER:
            return None
        return Mention(first[START], tokens[k][END], self.text[first[START]:tokens[k][END]], -1,
                       "group")

    def leading_name(self, floor: int, k: int) -> int:
        """Head of a person named at the start of the clause (from ``floor``, a few words in at
        most) and followed by a comma before ``k``: the subject an appositive follows."""
        tokens = self.tokens
        lo = floor
        for m in range(k - 1, max(floor, k - 3 * DESCRIPTION_WINDOW) - 1, -1):
            if tokens[m][TEXT] in ".;:\"“”—–" and not self.is_abbreviation(m - 1) and \
                    tokens[m + 1][TEXT] != ")":  # "(R-Ga.)": an abbreviated state
                lo = m + 1
                break
        for head in range(lo, min(k - 1, lo + LEADING_NAME_WORDS)):
            found = self.name_at.get(head)
            if found is None or found[1] < 0 or tokens[head][TEXT].endswith(_POSSESSIVE):
                continue
            m, limit = head + 1, head + LEADING_NAME_WORDS
            while m < min(k, limit):
                if tokens[m][TEXT] == ",":
                    return head
                if tokens[m][TEXT] == "(":
                    close = name_tag_end(tokens, m, k)
                    if close > 0:
                        limit += close + 1 - m  # "Sen. Johnny Isakson (R-Ga.), one of …"
                        m = close + 1
                        continue
                if not (tokens[m][TEXT][0].isupper() or tokens[m][LOWER] in ("of", "from")):
                    break
                m += 1
            return -1
        return -1

    def _skip_appositive(self, k: int, floor: int) -> int:
        """Token index of the name before an appositive ending at the comma ``k``, or
        ``floor - 1``: ``Hugh Hill, a doctor,``; ``Woodrow Benford, 58, who lives …,``; ``Jo
        Li, R-S.C.,`` (a party tag)."""
        tokens = self.tokens
        tagged = _comma_tag_before(tokens, k, floor)
        if tagged != k:
            return tagged  # "Sen. Bob Corker, R-Tenn., and Sen. Lindsey Graham, R-S.C., said"
        named = self._name_opening_appositive(k, floor)
        if named >= 0:
            return named  # "One pastor, Darran Whiting of Liberty Baptist Church, said"
        leading = self.leading_name(floor, k)
        if leading >= 0:
            return leading  # "Michael Briggs, a spokesman for Sanders, said"
        last = k - 1
        if tokens[last][TEXT] == ")":
            opening = next((j for j in range(last - 1, max(floor, last - NAME_TAG_TOKENS - 1), -1)
                            if tokens[j][TEXT] == "("), -1)
            if opening > floor:
                last = opening - 1  # "The congressman, Rep. Gil Harmon (R-Ky.), denied"
        named = self.name_at.get(last, (0, -1, 0))
        if named[1] >= 0 and tokens[bisect.bisect_left(self.starts, named[0]) - 1][LOWER] not in \
                _INSIDE_PHRASE:
            return last  # "Duncan Hunter's chief of staff, Joe Kasper, told" (not "a fellow at
            # the Brookings Institution, said")
        # the nearest person named just before a comma ("Mr. Daniloff, now 81 and retired in
        # Cambridge, Mass., said")
        for m in range(k - 1, max(floor, k - 3 * DESCRIPTION_WINDOW), -1):
            if tokens[m][TEXT] == "," and m - 1 in self.name_at and (
                    self.name_at[m - 1][1] >= 0 or tokens[m + 1][TEXT].isdigit()):
                return m - 1  # a known person, or any name before an age ("Doe, 54, said")
            if tokens[m][TEXT] in ";:\"“”":
                break
        m = k - 1
        while m > floor and m > k - 2 * DESCRIPTION_WINDOW and \
                tokens[m][TEXT] not in ",;:.\"“”":
            m -= 1
            m = self._before_quoted_term(m, floor)  # "…, which organised a “paddle-out” protest,"
        if m > floor and tokens[m][TEXT] == "," and m + 1 < k and (
                tokens[m + 1][LOWER] in ("a", "an", "the", "who", "whose", "which")
                or tokens[m + 1][LOWER] in ROLES or tokens[m + 1][LOWER] in MODIFIERS
                or _participle_opening(tokens, m + 1, k)):
            return m - 1
        return floor - 1

    def _name_opening_appositive(self, k: int, floor: int) -> int:
        """Head of a known person's name that opens the appositive ending at the comma ``k``,
        alone or before the place it is from (``One pastor supporting Mr. Cruz, Darran Whiting
        of Liberty Baptist Church in Marion, said``: the name, not the noun before it, speaks),
        or -1."""
        tokens = self.tokens
        comma = k - 1
        while comma > floor and k - comma <= 2 * DESCRIPTION_WINDOW and \
                tokens[comma][TEXT] not in ",;:.\"“”":
            comma -= 1
        if comma <= floor or tokens[comma][TEXT] != ",":
            return -1
        opening = comma + 2 if tokens[comma + 1][LOWER] == "the" else comma + 1  # "the Rt Rev"
        for head in range(opening, min(k, opening + LEADING_NAME_WORDS)):
            found = self.name_at.get(head)
            if found is not None and found[1] >= 0 and found[0] == tokens[opening][START] \
                    and (head + 1 == k or tokens[head + 1][LOWER] in ORIGIN_PREPOSITIONS):
                return head
        return -1

    def _noun_phrase_ending(self, k: int, floor: int) -> Mention | None:
        """The pronoun, name, group or description whose last word is token ``k``."""
        tokens = self.tokens
        tok = tokens[k]
        if tok[LOWER] in SPEAKER_PRONOUNS:
            gender = PRONOUN_GENDER.get(tok[LOWER], "they")
            entity = self.resolve_pronoun(k, gender) if tok[LOWER] in ("he", "she") else -1
            return Mention(tok[START], tok[END], tok[TEXT], entity, "pronoun")
        if k in self.name_at:
            institution = self._named_after_the(k, floor)
            if institution is not None:
                return institution  # "The United Nations said": no person
            start, entity, name_from = self.name_at[k]
            if entity < 0:
                entity = self._promote(k, name_from)
            return Mention(start, tok[END], self.text[start:tok[END]], entity, "name")
        if tok[LOWER] in KINSHIP and k - 1 >= floor and tokens[k - 1][LOWER] in _KIN_POSSESSORS:
            entity = self._named_kin_before(k - 1)
            if entity >= 0:  # "his daughter said" after "His daughter, Gina DeLuca-Price,"
                start = tokens[k - 1][START]
                return Mention(start, tok[END], self.text[start:tok[END]], entity, "description")
        if is_group_word(tok[LOWER]) or _is_role(tok[LOWER]) or _AGE_NOUN.fullmatch(tok[LOWER]):
            return self._description(k, floor)
        if tok[TEXT][0].isupper() and tok[LOWER] in INSTITUTION_HEADS and k - 1 >= floor and \
                tokens[k - 1][TEXT][0].isupper() and tokens[k - 1][LOWER] not in NOT_NAMES:
            m = k - 1  # "Downing Street said": a name no person run took in
            while m - 1 >= floor and (tokens[m - 1][TEXT][0].isupper() or
                                      tokens[m - 1][LOWER] in ("and", "&") and m - 2 >= floor and
                                      tokens[m - 2][TEXT][0].isupper()):
                m -= 1  # (also over "and": "the Arizona Farm and Ranch Coalition")
            start = tokens[m][START]
            return Mention(start, tok[END], self.text[start:tok[END]], -1, "group")
        if tok[TEXT][0].isupper():
            return self._institution_of(k, floor)
        return None

    def _company_before(self, k: int, floor: int) -> Mention | None:
        """A company named with its legal suffix ending at token ``k`` (``Exxon Mobil Corp.``,
        ``Apple Inc``: ``COMPANY_SUFFIXES``, its full stop included), as a group; else None."""
        tokens = self.tokens
        end = k
        if tokens[k][TEXT] == "." and k - 1 >= floor:
            k -= 1
        if tokens[k][LOWER] not in COMPANY_SUFFIXES or not tokens[k][TEXT][0].isupper():
            return None
        m = k
        while m - 1 >= floor and tokens[m - 1][LOWER] != "the" and (
                tokens[m - 1][TEXT][0].isupper() or tokens[m - 1][TEXT] == "&"):
            m -= 1
        if m == k:
            return None
        start = tokens[m][START]
        return Mention(start, tokens[end][END], self.text[start:tokens[end][END]], -1, "group")

    def _named_after_the(self, k: int, floor: int) -> Mention | None:
        """A name of two or more capitalised words ending at token ``k`` that ``the`` opens with
        no title or role (``The United Nations``, ``the Federal Reserve``): news writes no
        person so, so it is an institution, a group speaker as written; else None."""
        tokens = self.tokens
        m = k
        while m - 1 >= floor and tokens[m - 1][LOWER] != "the" and (
                tokens[m - 1][TEXT][0].isupper() and tokens[m - 1][TEXT].isalpha() or
                self._initial_stop(m - 1, floor)):
            m -= 1
        if m == k or m - 1 < floor or tokens[m - 1][LOWER] != "the" or \
                any(_is_role(tokens[j][LOWER]) for j in range(m, k + 1)):
            return None  # "the Trump we all knew": one word after "the" may be a person
        named = self.name_at.get(k)
        if named is not None and named[1] >= 0 and named[2] > m and m >= 2 and \
                tokens[m - 2][LOWER] in ("of", "for"):
            return None  # "Leader of the Opposition Meenakshi Rao": a person read after the
            # office's last word
        return Mention(tokens[m][START], tokens[k][END], self.text[tokens[m][START]:tokens[k][END]],
                       -1, "group")

    def _initial_stop(self, j: int, floor: int) -> bool:
        """Whether token ``j`` is the full stop after a one-letter initial (``U.S.``,
        ``U.N.``), inside a run of capitals read back to ``floor``."""
        tokens = self.tokens
        return tokens[j][TEXT] == "." and j - 1 >= floor and len(tokens[j - 1][TEXT]) == 1 and \
            tokens[j - 1][TEXT].isupper()

    def _institution_head_before(self, m: int, floor: int) -> int:
        """Index of the head when the capitalised words from token ``m`` follow ``<Head> of``
        or ``<Head> for`` (``Bureau of``, ``Office for``), also after ``and`` (``Centers for
        Disease Control and Prevention``): the rest of an institution's name; -1 otherwise, or
        when the head is one of ``PERSONAL_INSTITUTIONS`` (``Campaign for Trump``)."""
        tokens = self.tokens
        while m - 2 > floor and tokens[m - 1][LOWER] == "and" and tokens[m - 2][TEXT][0].isupper():
            m -= 2  # "Centers for Disease Control and Prevention": the name's second part
            while m - 1 > floor and tokens[m - 1][TEXT][0].isupper():
                m -= 1
        if m - 2 < floor or tokens[m - 1][LOWER] not in ("of", "for"):
            return -1
        head = tokens[m - 2]
        if head[TEXT][0].isupper() and (
                head[LOWER] in INSTITUTION_HEADS or head[LOWER][-1:] == "s" and
                head[LOWER][:-1] in INSTITUTION_HEADS) and \
                head[LOWER] not in PERSONAL_INSTITUTIONS:  # "Centers for", "Institutes of"
            return m - 2
        return -1

    def _institution_of(self, k: int, floor: int) -> Mention | None:
        """An institution named ``<Head> of/for <Name>`` ending at token ``k`` (``the U.S.
        Chamber of Commerce``, ``the Bureau of Labor Statistics``), as a group; else None."""
        tokens = self.tokens
        m = k
        while m - 1 >= floor and tokens[m - 1][TEXT][0].isupper():
            m -= 1
        start = self._institution_head_before(m, floor)  # also over "and": "the Centers for
        if start < 0:  # Disease Control and Prevention"
            return None
        while start - 1 >= floor and (tokens[start - 1][TEXT][0].isupper() or
                                      self._initial_stop(start - 1, floor)):
            start -= 1  # "U.S. Chamber", "Hollywood Chamber"
        if start - 1 >= floor and tokens[start - 1][LOWER] == "the":
            start -= 1
        first, last = tokens[start][START], tokens[k][END]
        return Mention(first, last, self.text[first:last], -1, "group")

    def _promote(self, k: int, name_from: int) -> int:
        """Make a lone capitalised word a person because it speaks (``Crick said``)."""
        tokens = self.tokens
        word = _strip_possessive(tokens[name_from][TEXT])
        entity = self._match([word])
        if entity is None:
            entity = self._new_entity(word, tokens[name_from][START])
            self.entities[entity].mentions += 1
            self.entities[entity].place = word.lower() in COUNTRIES  # "Kenya said"
        self.name_at[k] = (tokens[name_from][START], entity, name_from)
        return entity

    def _description(self, k: int, floor: int) -> Mention | None:
        """A group or description ending at token ``k``: back to its determiner or name."""
        tokens = self.tokens
        head = tokens[k][LOWER]
        m = k
        start = None
        possessor = False  # a capitalised possessive before the head ("Jo Li's campaign")
        while m - 1 >= floor and m - 1 >= k - DESCRIPTION_WINDOW:
            prev = tokens[m - 1]
            if prev[LOWER] in ("that", "this") and head.endswith("s") and \
                    not head.endswith("ss"):
                start = m  # "a gap that security experts say": a relative pronoun, as
                break  # "that" and "this" determine only singular nouns
            if prev[LOWER] in DETERMINERS:
                start = m - 1
                if prev[LOWER] in ("some", "many", "several", "most", "few", "all"):
                    break
                if m - 3 >= floor and tokens[m - 2][LOWER] == "of" and (
                        tokens[m - 3][LOWER] in GROUPS or tokens[m - 3][LOWER] in ROLES
                        or tokens[m - 3][LOWER].rstrip("s") in ROLES):
                    m = m - 3
                    start = m
                    continue
                break
            if prev[TEXT] in ZERO_RELATIVE_NOUNS:
                start = m  # "One reason Democrats and civil rights groups say"
                break
            if prev[TEXT] in ("'", "’") and m - 2 >= floor and \
                    tokens[m - 2][END] == prev[START] and tokens[m - 2][LOWER].endswith("s"):
                m -= 2  # "The Socialists' leader": a plural possessive before the head
                start = m
                continue
            if prev[TEXT][0].isdigit() and m - 2 >= floor and \
                    tokens[m - 2][LOWER] in ("a", "an", "the", "of"):
                m -= 1  # "a 2008 campaign veteran", "a 20-year veteran": a number after the
                continue  # article; "a study of 6,000 students": after "of"
            if _ends_clause(prev, tokens[m - 2] if m - 2 >= floor else None) or \
                    prev[LOWER] in _NOUN_PREPOSITIONS and prev[LOWER] != "of":
                break  # "a rebuke to what Republicans say": no determiner; a bare group
                # ("The rally ended with protesters chanting"; but "a wide array of economists")
            if prev[TEXT][0].isalpha() and (prev[LOWER] in MODIFIERS or prev[LOWER] in ROLES or
                                           prev[TEXT][0].isupper() or prev[TEXT].islower()):
                if prev[TEXT][0].isupper() and prev[TEXT].endswith(_POSSESSIVE):
                    possessor = True
                    start = m - 1
                    named = self.name_at.get(m - 1)
                    if named is not None:  # "Jo Li's campaign": the whole name
                        start = max(floor, bisect.bisect_left(self.starts, named[0]))
                    if named is None or named[1] < 0:  # "South Korea's military", "the U.S.
                        # Federal Reserve's chair": a place's or an institution's name
                        while start - 1 >= floor and (
                                tokens[start - 1][TEXT][0].isupper() and
                                tokens[start - 1][TEXT][0].isalpha() and
                                tokens[start - 1][LOWER] not in CLAUSE_OPENING or
                                self._initial_stop(start - 1, floor)):
                            start -= 1
                        if start - 1 >= floor and tokens[start - 1][LOWER] == "the":
                            start -= 1
                    break
                m -= 1
                continue
            break
        if start is None:
            # no determiner: accept a bare plural group ("officials said") or capitalised
            # modifiers ("Republican leaders said"), else give up
            run = k
            while run - 1 >= floor and (
                    tokens[run - 1][TEXT][0].isupper() and tokens[run - 1][TEXT][0].isalpha()
                    and tokens[run - 1][LOWER] not in NOT_NAMES
                    or self._initial_stop(run - 1, floor)
                    or (head.endswith("s") or head in BARE_COLLECTIVES) and
                    tokens[run - 1][LOWER] in _GROUP_MODIFIERS):
                run -= 1  # "Republican leaders", "party leaders", "senior officials", "U.N.
                # Security Council"
            if not (head.endswith("s") or run < k):
                return None
            if head.endswith("s"):
                run = self._compound_start(run, k, floor)
            start = run
        first = tokens[start]
        words = [t[LOWER] for t in tokens[start:k + 1]]
        is_group = is_group_word(head) or head.endswith("s") and \
            head[:-1] in ROLES and first[LOWER] not in ("the", "a", "an")
        if possessor:
            is_group = True  # "South Korea's military", "the State Department's inspector
            # general": the institution's, not a description to resolve
        mention_text = self.text[first[START]:tokens[k][END]]
        if tokens[k][TEXT][0].isupper() and not tokens[k][TEXT].isupper() and \
                (tokens[k][LOWER] not in TITLES and tokens[k][LOWER] not in ROLES or
                 tokens[k - 1][LOWER] in ("of", "for")):
            is_group = True  # an institution's name ("the Brennan Center for Justice", "the
            # Department of Justice"), not a capitalised role ("the Ohio Democrat")
        if words[0] in ("a", "an") and not is_group and k - start <= DESCRIPTION_WINDOW:
            entity = self._named_as_the(k)
            if entity >= 0:  # "an agency spokeswoman said …", then "said the spokeswoman,
                # Alicia Fenn"
                return Mention(first[START], tokens[k][END], mention_text, entity, "description")
        if is_group or words[0] not in ("the",) or k - start > DESCRIPTION_WINDOW:
            return Mention(first[START], tokens[k][END], mention_text, -1, "group")
        modifiers = [t[LOWER] for t in tokens[start + 1:k] if t[TEXT][0].isupper()]
        entity = -1 if any(t[LOWER] in _OTHER_ONE for t in tokens[start + 1:k]) else \
            self.resolve_description(k, tokens[k][LOWER], modifiers)  # not "the second official"
        return Mention(first[START], tokens[k][END], mention_text, entity, "description")

    def _named_kin_before(self, start: int) -> int:
        """The person last named in apposition to the kinship noun written at tokens
        ``start:start + 2`` (``his daughter``): ``His daughter, Gina DeLuca-Price,`` or ``Gina
        DeLuca-Price, his daughter,``; -1 when there is none."""
        tokens = self.tokens
        possessor, kin = tokens[start][LOWER], tokens[start + 1][LOWER]
        for m in range(start - 1, 0, -1):
            if tokens[m][LOWER] != kin or tokens[m - 1][LOWER] != possessor:
                continue
            if m + 2 < start and tokens[m + 1][TEXT] == ",":
                for j in range(m + 2, min(start, m + 2 + LEADING_NAME_WORDS)):
                    named = self.name_at.get(j)
                    if named is not None and named[1] >= 0 and named[2] == m + 2:
                        return named[1]
            if m >= 3 and tokens[m - 2][TEXT] == ",":
                named = self.name_at.get(m - 3)
                if named is not None and named[1] >= 0:
                    return named[1]
        return -1

    def _named_as_the(self, k: int) -> int:
        """The person named by apposition to ``the`` + the same head noun (``the
        spokeswoman, Alicia Fenn``) within ``DESCRIPTION_AHEAD_SENTENCES`` sentences after the
        indefinite description whose head is at token ``k`` (``an agency spokeswoman``): wire
        copy names its unnamed source so; a name given otherwise may be someone else (``A
        Republican senator said …`` is not ``Sen. Jo Li, a Republican``). -1 when none is."""
        tokens = self.tokens
        head = tokens[k][LOWER]
        if self.text.find(head, tokens[k][END]) < 0:
            return -1  # the noun is not written again
        last = tokens[k][SENT] + DESCRIPTION_AHEAD_SENTENCES
        m = k + 1
        while m + 2 < len(tokens) and tokens[m][SENT] <= last:
            if tokens[m][LOWER] == head and tokens[m + 1][TEXT] == ",":
                d = m - 1
                while d > k and m - d <= DESCRIPTION_WINDOW and tokens[d][TEXT].islower() and \
                        tokens[d][LOWER] not in DETERMINERS:
                    d -= 1  # "the agency spokeswoman, Alicia Fenn"
                name = next((j for j in range(m + 2, min(len(tokens), m + 3 + MAX_NAME_WORDS))
                             if j in self.name_at and
                             self.name_at[j][0] == tokens[m + 2][START]), -1)
                if tokens[d][LOWER] == "the" and name >= 0 and self.name_at[name][1] >= 0:
                    return self.name_at[name][1]
            m += 1
        return -1

    def _compound_start(self, run: int, k: int, floor: int) -> int:
        """Start of a bare plural subject whose head (token ``k``) has lower-case noun modifiers
        (``Civil rights groups say``, ``Democrats and civil rights groups say``): the words
        before ``run``, at most ``MAX_COMPOUND_WORDS`` of them, are taken when they reach the
        start of the sentence or of a clause (``CLAUSE_OPENING``: ``But legal experts say``,
        an ``and`` joining another subject); else ``run``."""
        tokens = self.tokens
        first = run
        while first - 1 >= floor and k - first < MAX_COMPOUND_WORDS and \
                tokens[first - 1][TEXT].isalpha() and tokens[first - 1][SENT] == tokens[k][SENT] \
                and tokens[first - 1][LOWER] not in _NOT_MODIFIERS:
            first -= 1
        if first < run and (first == floor or tokens[first - 1][SENT] != tokens[k][SENT] or
                            tokens[first - 1][LOWER] in CLAUSE_OPENING):
            return first  # "… and civil rights groups", "But legal experts say"
        return run

    def speaker_after(self, k: int, ceiling: int) -> Mention | None:
        """The speaker noun phrase starting at token ``k`` (``said Haley Morris``, ``said he``)."""
        tokens = self.tokens
        if k >= ceiling:
            return None
        tok = tokens[k]
        if tok[LOWER] in SPEAKER_PRONOUNS:
            return self._noun_phrase_ending(k, k)
        if tok[TEXT].isdigit():
            # "said 9/11 widow Terry Strada", "said 2008 nominee John McCain": a number or date
            # before the role is no part of the speaker
            j = k + 1
            while j + 1 < ceiling and tokens[j][TEXT] in "/-" and \
                    tokens[j][START] == tokens[j - 1][END] and tokens[j + 1][TEXT].isdigit():
                j += 2
            if j < ceiling and _is_role(tokens[j][LOWER]):
                return self.speaker_after(j, ceiling)
        named = self._plural_possessor_after(k, ceiling)
        if named is not None:
            return named  # "said the Union of Journalists’ general secretary, Moira Quinn"
        if tok[LOWER] == "the" and k + 1 < ceiling and _AGE_NOUN.fullmatch(tokens[k + 1][LOWER]):
            return self._description(k + 1, k)  # "said the 27-year-old"
        end = k
        while end < ceiling and (tokens[end][TEXT][0].isalnum() or tokens[end][TEXT] == "." and
                                 self.is_abbreviation(end - 1)) and \
                end - k < 2 * DESCRIPTION_WINDOW:
            if end in self.name_at:
                if tokens[end][TEXT].endswith(_POSSESSIVE):
                    named = self._possessed_name_after(end, ceiling)
                    if named is not None:
                        return named  # "said Kim Park's running mate, Jo Li."
                nxt = tokens[end + 1] if end + 1 < ceiling else None
                if nxt is not None and nxt[LOWER] == "and":
                    joined = self._joined_name_after(end, k, ceiling)
                    if joined is not None:
                        return joined  # "said Jo Li and Kim Park."
                if nxt is None or nxt[LOWER] in ORIGIN_PREPOSITIONS and \
                        self.name_at[end][1] >= 0 or nxt[LOWER] in POSTNOMINALS or \
                        nxt[LOWER] in _OCCASION_WORDS and self.name_at[end][1] >= 0 or not (
                        nxt[TEXT][0].isupper() or _is_role(nxt[LOWER]) or
                        nxt[LOWER] in GROUPS or nxt[TEXT][0].isalpha() and
                        self._role_follows(end + 1, ceiling)):
                    return self._noun_phrase_ending(end, k)  # "said Phil Musser of …": a
                    # person and where they are from, not "the state Division of …"
            word = tokens[end]
            if is_group_word(word[LOWER]) or word[LOWER] in ROLES:
                nxt = tokens[end + 1] if end + 1 < len(tokens) else None
                if nxt is None or not (nxt[TEXT][0].isupper() or nxt[LOWER] in ROLES or
                                       self._titled_name_after(end + 1, ceiling) or
                                       nxt[TEXT] == "." and self.is_abbreviation(end) or
                                       nxt[TEXT].isalpha() and end + 2 < ceiling and
                                       _is_role(tokens[end + 2][LOWER])):
                    named = self._appositive_name_after(end, ceiling) or \
                        self._postmodified_after(end, k, ceiling)
                    if named is not None:
                        return named  # "said his top aide, Tad Devine.", "said a person
                        # close to the Clintons."
                    return self._noun_phrase_ending(end, k)  # "said officials.", not
                    # "Republican presidential candidate Jo Li"
            if not (word[LOWER] in DETERMINERS or word[LOWER] in MODIFIERS or word[LOWER] in ROLES
                    or word[TEXT][0].isupper() or word[LOWER] in GROUPS or word[TEXT] == "."
                    or word[LOWER] == "of" and end > k and self._titled_name_after(end,
                                                                                  ceiling)
                    or word[TEXT][0].isdigit() and end == k + 1 and
                    tok[LOWER] in ("a", "an", "the")
                    or _strip_possessive(word[TEXT]).replace("-", "").isalpha() and
                    word[TEXT].islower() and self._role_follows(end, ceiling)):  # "the ad's"
                break  # "the second official", "retired neurosurgeon Ben Carson", "Idaho
                # nutritional-supplement executive Frank VanderSloot"
            end += 1
        if end == k + 1 and tok[LOWER] in ("a", "an", "one", "another") and end < ceiling and \
                tokens[end][TEXT].isalpha() and tokens[end][TEXT].islower() and \
                (end + 1 == len(tokens) or tokens[end + 1][TEXT] in _NOUN_PHRASE_ENDS):
            end += 1  # "says a narrator.", "wrote one commenter.": an indefinite noun ending
            # the sentence (not "criticized the trade.")
        if end - k >= 2 and tokens[k][LOWER] in DETERMINERS and tokens[end - 1][TEXT][0].isalpha():
            return Mention(tok[START], tokens[end - 1][END],
                           self.text[tok[START]:tokens[end - 1][END]], -1, "group")
        return None

    def _titled_name_after(self, k: int, ceiling: int) -> bool:
        """Whether ``of`` at token ``k`` goes on a title up to a person's name (``Secretary of
        State Jo Li``), not to a place or body (``the mayor of Boston``)."""
        tokens = self.tokens
        if tokens[k][LOWER] != "of" or tokens[k - 1][LOWER] not in ROLES:
            return False
        for j in range(k + 1, min(ceiling, k + 1 + MAX_ORIGIN_WORDS + MAX_NAME_WORDS)):
            if not _is_cap(tokens[j][TEXT]):
                return False
            if self.name_at.get(j, (0, -1, 0))[1] >= 0:
                return True
        return False

    def _joined_name_after(self, end: int, k: int, ceiling: int) -> Mention | None:
        """Two names joined by ``and`` from token ``k`` (the first ending at ``end``) to the
        end of the noun phrase (``said Jo Li and Kim Park.``), as one group speaker, or None."""
        tokens = self.tokens
        for j in range(end + 2, min(ceiling, end + 2 + 2 * MAX_NAME_WORDS)):
            if j in self.name_at and (j + 1 >= ceiling or tokens[j + 1][TEXT] in _NOUN_PHRASE_ENDS):
                start = tokens[k][START]
                return Mention(start, tokens[j][END], self.text[start:tokens[j][END]], -1,
                               "group")
            if not (_is_cap(tokens[j][TEXT]) or tokens[j][TEXT] == "."):
                return None
        return None

    def _postmodified_after(self, end: int, k: int, ceiling: int) -> Mention | None:
        """The speaker read from token ``k`` to the end of its noun phrase when a role or group
        noun ending at token ``end`` is followed by what it belongs to (``said a person close
        to the Clintons.``, ``said one longtime adviser to Jo Li.``), read back from that end
        as before a cue (``speaker_before``); None when it does not start at ``k``."""
        tokens = self.tokens
        nxt = tokens[end + 1][LOWER] if end + 1 < ceiling else ""
        if nxt not in _GROUP_PREPOSITIONS and nxt not in _SOURCE_POSTMODIFIERS:
            return None
        e = end + 1
        while e < ceiling and e - end <= DESCRIPTION_WINDOW and \
                tokens[e][TEXT] not in _NOUN_PHRASE_ENDS and tokens[e][LOWER] not in ("who",
                                                                                   "which"):
            e += 1
        if e - end > DESCRIPTION_WINDOW:
            return None
        found = self.speaker_before(e, k)
        return found if found is not None and found.start == tokens[k][START] and \
            found.end > tokens[end][END] else None

    def _plural_possessor_after(self, k: int, ceiling: int) -> Mention | None:
        """The name in apposition to the noun of a plural possessive that opens at token ``k``
        (``the Union of Journalists’ general secretary, Moira Quinn``: the tokenizer gives the
        apostrophe a token of its own), else None."""
        tokens = self.tokens
        for p in range(k + 1, min(ceiling, k + 2 * DESCRIPTION_WINDOW)):
            token = tokens[p]
            if token[TEXT] in ("'", "’"):
                before = tokens[p - 1]
                return self._possessed_name_after(p, ceiling) if \
                    before[END] == token[START] and before[TEXT].endswith("s") else None
            if not token[TEXT][0].isalnum():
                return None
        return None

    def _possessed_name_after(self, k: int, ceiling: int) -> Mention | None:
        """The name in apposition to a possessive's noun (``Kim Park's running mate, Jo Li``:
        token ``k`` is ``Park's``), else None."""
        tokens = self.tokens
        for c in range(k + 2, min(ceiling, k + 2 + DESCRIPTION_WINDOW)):
            if tokens[c][TEXT] == ",":
                return self._appositive_name_after(c - 1, ceiling)
            if not tokens[c][TEXT].islower():
                return None
        return None

    def _appositive_name_after(self, end: int, ceiling: int) -> Mention | None:
        """The name set off by a comma after a description ending at token ``end`` (``his top
        aide, Tad Devine.``) when the name ends the noun phrase, else None."""
        tokens = self.tokens
        first = end + 2
        if first >= ceiling or tokens[end + 1][TEXT] != ",":
            return None
        for j in range(first, min(ceiling, first + 2 * MAX_NAME_WORDS)):
            named = self.name_at.get(j)
            if named is not None and named[0] == tokens[first][START] and \
                    (j + 1 >= ceiling or tokens[j + 1][TEXT] in _NOUN_PHRASE_ENDS or
                     tokens[j + 1][LOWER] in ORIGIN_PREPOSITIONS or
                     tokens[j + 1][TEXT] == "(" and name_tag_end(tokens, j + 1, ceiling) > 0):
                return self._noun_phrase_ending(j, first)  # "…, Jo Li of Mayer Brown.", "…,
                # Rep. Jo Li (R-Ky.)."
            if not (_is_cap(tokens[j][TEXT]) or tokens[j][TEXT] == "."):
                return None
        return None

    def _role_follows(self, k: int, ceiling: int) -> bool:
        """Whether a role, group noun or name comes within ``DETERMINED_WORDS`` after token
        ``k`` (so a plain word at ``k`` is an adjective of it: ``former tech executive``)."""
        tokens = self.tokens
        for m in range(k + 1, min(ceiling, k + DETERMINED_WORDS)):
            word = tokens[m]
            if _is_role(word[LOWER]) or word[LOWER] in GROUPS or m in self.name_at:
                return True
            if not word[TEXT].isalpha():
                return False
        return False

    def group_name(self, mention: Mention) -> str:
        """How a group speaker is named in the tables: as written, without a leading ``the``."""
        text = mention.text
        return text[4:] if text[:4].lower() == "the " else text

    def note_group(self, mention: Mention) -> None:
        """Record a group that speaks, for the people table."""
        self.groups.setdefault(self.group_name(mention), []).append(mention.start)

    def people(self, doc_id: str) -> list[Person]:
        """The people table rows of this document, in order of first mention."""
        rows = []
        for ent in self.entities:
            if ent.mentions == 0:
                continue
            aliases = "; ".join(sorted(set(ent.names)))
            rows.append(Person(doc_id, ent.canonical, ent.mentions, ent.first_start, aliases,
                               ent.gender, ent.role))
        for name, starts in self.groups.items():
            if any(name == row.person for row in rows):
                continue
            rows.append(Person(doc_id, name, len(starts), min(starts), name, "unknown", None))
        rows.sort(key=lambda r: (r.first_start, r.person))
        return rows


def _role_words(role: str) -> set[str]:
    """The words of a role as a description is matched against them: lower case, without full
    stops (``Texas Sen.`` → ``{"texas", "sen"}``)."""
    return {word.rstrip(".") for word in role.lower().split()}


def _unnamed_antecedents(text: str, tokens: Sequence[Token]) -> list[tuple[int, str]]:
    """The nouns for an unnamed man or woman (``UNNAMED_GENDER``) that a later pronoun may stand
    for, with their gender: in lower case, after a determiner with at most two words between
    (``a 41-year-old man``), not a predicate or a likeness (``_NOT_ANTECEDENT_BEFORE``), not in
    apposition to a name (``Jo Pike, a woman of 40,``; ``the woman, Jo Pike``) and not inside
    quotation marks (someone's words, not the writer's account)."""
    out: list[tuple[int, str]] = []
    if not _UNNAMED_NOUN.search(text):
        return out
    for k in [k for k, token in enumerate(tokens) if token[TEXT] in UNNAMED_GENDER]:
        token = tokens[k]
        gender = UNNAMED_GENDER[token[TEXT]]
        if k + 1 < len(tokens) and _is_cap(tokens[k + 1][TEXT]) or \
                k + 2 < len(tokens) and tokens[k + 1][TEXT] == "," and \
                _is_cap(tokens[k + 2][TEXT]):
            continue  # "the woman, Jo Pike"
        j = k - 1
        while j >= 0 and k - j <= 3 and tokens[j][LOWER] not in DETERMINERS and \
                (tokens[j][TEXT].islower() or tokens[j][TEXT][0].isdigit()):
            j -= 1
        if j < 0 or k - j > 3 or tokens[j][LOWER] not in _ANTECEDENT_DETERMINERS:
            continue
        before = tokens[j - 1] if j > 0 else None
        if before is not None and (before[LOWER] in _NOT_ANTECEDENT_BEFORE or
                                   before[TEXT] == "," and j > 1 and
                                   _is_cap(tokens[j - 2][TEXT])):
            continue  # "Pike is a woman of 40", "Jo Pike, a woman of 40"
        if not in_quotation(text, token[START]):
            out.append((k, gender))
    return out


def analyse(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[Token],
                                DocumentPeople]:
    """Paragraphs, sentences, tokens and people of ``text``, computed once."""
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text, paragraphs)
    tokens = tokenize(text, sentences)
    return paragraphs, sentences, tokens, DocumentPeople(text, tokens, sentences)


def extract_people(text: str, *, doc_id: str = "") -> list[Person]:
    """Every person (and speaking group) of one document, with aliases, gender and role.

    Args:
        text: the document text.
        doc_id: the document's id, copied into each row.

    Returns:
        ``Person`` rows in order of first mention. Groups are listed when they are quoted.

    >>> [p.person for p in extract_people("Mr. John Smith spoke. Smith said he was right.")]
    ['John Smith']
    """
    from analysis.quotes import extract_document

    return extract_document(text, doc_id=doc_id)[1]


def people_table(documents: pd.DataFrame) -> pd.DataFrame:
    """The people table of a documents table (``schema.PEOPLE_COLUMNS``, in that order).

    Args:
        documents: a table with ``doc_id`` and ``text`` columns.

    Returns:
        One row per person per document, sorted by ``doc_id`` then ``first_start``.

    Raises:
        SchemaError: ``documents`` lacks ``doc_id`` or ``text``.
    """
    require_columns(documents, DOCUMENT_COLUMNS, table_name="documents")
    return people_frame([person for doc_id, text in zip(documents["doc_id"], documents["text"])
                         for person in extract_people(str(text), doc_id=str(doc_id))])


def people_frame(rows: list[Person]) -> pd.DataFrame:
    """``Person`` records as the people table: columns, dtypes and sort order."""
    table = pd.DataFrame(rows, columns=list(PEOPLE_COLUMNS))
    table = table.astype({"doc_id": str, "person": str, "mentions": "int64",
                          "first_start": "int64", "aliases": str, "gender": str})
    table["role"] = table["role"].astype(object).where(table["role"].notna(), None)
    return table.sort_values(["doc_id", "first_start", "person"], kind="stable") \
        .reset_index(drop=True)
