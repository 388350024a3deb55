"""Quote marks, quote typing and attribution rules, one short case per rule and convention."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import SchemaError
from analysis.quotemarks import quote_spans
from analysis.quotes import RULES, Quote, extract_document, extract_quotes, quotes_table
from analysis.schema import QUOTE_COLUMNS, QUOTE_KINDS
from analysis.text import paragraph_spans


def _spans(text):
    return [text[q.start:q.end] for q in quote_spans(text, paragraph_spans(text))]


def _one(text, kind=None):
    quotes = [q for q in extract_quotes(text) if kind is None or q.kind == kind]
    assert len(quotes) == 1, quotes
    return quotes[0]


# -- quotation marks ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('"Straight," he said.', ["Straight,"]),
    ("“Curly,” he said.", ["Curly,"]),
    ("‘Single,’ he said.", ["Single,"]),
    ("'Plain single,' he said.", ["Plain single,"]),
    ("«Guillemets,» he said.", ["Guillemets,"]),
    ("„Low nine,“ he said.", ["Low nine,"]),
    ("‹Angle,› he said.", ["Angle,"]),
    ("``Archive style,'' he said.", ["Archive style,"]),
])
def test_every_glyph_delimits_a_quote(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Livingstone's aide said the Socialists' plan was new.",
    "It was big in the '80s and rock 'n' roll won.",
    "O’Malley’s campaign and the Jones’ house don’t matter.",
])
def test_apostrophes_are_not_quote_marks(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Grant Mellor told police: 'I didn't know it was the Robinsons' house. I thought it was "
     "empty.' He was fined.",
     ["I didn't know it was the Robinsons' house. I thought it was empty."]),
    ("‘The Joneses’ dog barks until midnight,’ said neighbour Derek Fenn.",
     ["The Joneses’ dog barks until midnight,"]),
    ("He called them ‘losers’ and ‘cowards’ on Tuesday.", ["losers", "cowards"]),
])
def test_a_plural_possessive_inside_single_quotes_is_an_apostrophe(text, expected):
    assert _spans(text) == expected


def test_quote_over_several_paragraphs_gives_one_span_per_paragraph():
    text = 'She said: "First part.\n\n"Second part.\n\n"Last part."\n\nThen she left.'
    spans = quote_spans(text, paragraph_spans(text))
    assert [text[q.start:q.end] for q in spans] == ["First part.", "Second part.", "Last part."]
    assert [(q.closed, q.continues) for q in spans] == [(False, False), (False, True),
                                                         (True, True)]


def test_single_quotes_over_several_paragraphs_give_one_span_per_paragraph():
    text = ("Jo Li wrote:\n\n‘It was the privilege of my life.\n\n‘But I can’t defend it.\n\n"
            "‘I therefore resign.’\n\nThe Smiths’ dog barked.")
    spans = quote_spans(text, paragraph_spans(text))
    assert [text[q.start:q.end] for q in spans] == [
        "It was the privilege of my life.", "But I can’t defend it.", "I therefore resign."]
    assert [(q.closed, q.continues) for q in spans] == [(False, False), (False, True),
                                                         (True, True)]
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Jo Li")] * 3
    # a single mark left open with no paragraph continuing it is still dropped
    text = "‘Tis the season, the old saying goes.\n\nNobody said so."
    assert quote_spans(text, paragraph_spans(text)) == []


@pytest.mark.parametrize("text, expected, speaker", [
    # UK copy: the single quote opens after the attribution and runs on into the next paragraph
    ("McCallion said: 'Kyle's under contract. We're not a charity.\n\n"
     "'I've spoken to the lad.'\n\nFerrier's agent left.",
     ["Kyle's under contract. We're not a charity.", "I've spoken to the lad."], "McCallion"),
    ("'No,' Jo Li said. 'We tried everything.\n\n'It was not enough.'",
     ["No,", "We tried everything.", "It was not enough."], "Jo Li"),
])
def test_a_single_quote_opened_inside_a_paragraph_runs_on_when_the_next_continues_it(
        text, expected, speaker):
    assert _spans(text) == expected
    quotes = extract_quotes(text)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        (span, "direct", speaker) for span in expected]


@pytest.mark.parametrize("text", [
    # the next paragraph does not open with a single mark: nothing runs on
    "He shouted: 'Stop the count.\n\nOfficials ignored him.",
    # a stray single mark after a comma is no quotation
    "The boys' team, 'unbeaten this season, won again.\n\n'Twas ever thus, fans said.",
])
def test_a_single_mark_left_open_mid_paragraph_without_continuation_is_dropped(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ('"He called it "a joke" today," she said.', ['He called it "a joke" today,']),
    ('"She said ‘no’ twice," he said.', ["She said ‘no’ twice,"]),
    ("“The word ‘hope’ matters,” he said.", ["The word ‘hope’ matters,"]),
])
def test_nested_quotes_stay_inside_the_outer_quote(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    '"', '""', '""""', "“", "”hello”", "“a “b", "x' y' z'", 'He said "',
    '"Open and never closed',
    "«»«", "``''``", "'", "‘’‘", 'a "b" "c',
])
def test_unbalanced_marks_never_raise(text):
    for quote in extract_quotes(text):
        assert text[quote.start:quote.end] == quote.text


def test_unclosed_double_quote_runs_to_the_end_of_its_paragraph():
    assert _spans('He said: "We will win\n\nNext paragraph.') == ["We will win"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab ,.:\n\"'“”‘’«»`—Jj") + ["said", "Jo Li"]),
                max_size=40).map("".join))
def test_any_text_extracts_without_error_and_offsets_hold(text):
    quotes, _ = extract_document(text, doc_id="d")
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for quote in quotes:
        assert text[quote.start:quote.end] == quote.text
        assert quote.kind in QUOTE_KINDS and quote.rule in RULES


# -- attribution rules ---------------------------------------------------------------------------

CASES = [
    # (text, quoted text, kind, speaker, cue, rule)
    ('Jane Doe arrived. "We will win," Doe said.', "We will win,", "direct", "Jane Doe", "said",
     "quote_speaker_cue"),
    ('"We will win," said Jane Doe.', "We will win,", "direct", "Jane Doe", "said",
     "quote_cue_speaker"),
    ('Jane Doe said: "We will win."', "We will win.", "direct", "Jane Doe", "said",
     "speaker_cue_colon"),
    ('Jane Doe told reporters: "We will win."', "We will win.", "direct", "Jane Doe", "told",
     "speaker_cue_colon"),
    ('Jane Doe said, "We will win."', "We will win.", "direct", "Jane Doe", "said",
     "speaker_cue_comma"),
    ('Jane Doe said "We will win."', "We will win.", "direct", "Jane Doe", "said",
     "speaker_cue_quote"),
    ('"We will win," Jane Doe said. "Then we rest."\n\n"We always do."', "We always do.",
     "direct", "Jane Doe", "said", "previous_speaker"),
    ('"We will win."', "We will win.", "direct", None, None, "unattributed"),
    ("Jane Doe said the group might run ads against the senator in the spring and the summer, "
     "“Depending on how the race develops.”", "Depending on how the race develops.", "direct",
     "Jane Doe", "said", "sentence_cue"),
    # in lower case the quoted words go on the writer's sentence: a fragment of the report
    ("Jane Doe said the group might run ads against the senator in the spring and the summer, "
     "“depending on how the race develops.”", "depending on how the race develops.", "partial",
     "Jane Doe", "said", "partial_in_cue_sentence"),
    ('Jane Doe refused, saying "I will not resign."', "I will not resign.", "direct", "Jane Doe",
     "saying", "participle_cue"),
    ('Jane Doe endorsed Mark Li, saying, "He is a fighter."', "He is a fighter.", "direct",
     "Jane Doe", "saying", "participle_cue"),
    ('"We will never give up." — Commissioner Jane Doe', "We will never give up.", "direct",
     "Jane Doe", None, "dash_attribution"),
    ('Hugh Hill, a doctor, said: "Wash your hands."', "Wash your hands.", "direct", "Hugh Hill",
     "said", "speaker_cue_colon"),
    ('"They are wrong," Mark Li, a spokesman for Jane Doe, said.', "They are wrong,", "direct",
     "Mark Li", "said", "quote_speaker_cue"),
    ('"They are wrong," Jane Doe\'s chief of staff, Mark Li, told reporters.', "They are wrong,",
     "direct", "Mark Li", "told", "quote_speaker_cue"),
    ('Jane Doe arrived late. "I am sorry," she said.', "I am sorry,", "direct", "Jane Doe",
     "said", "quote_speaker_cue"),
    ('Mayor Jane Doe spoke first. Later, the mayor said: "We are ready."', "We are ready.",
     "direct", "Jane Doe", "said", "speaker_cue_colon"),
    ('"We reject the claims," the Clinton campaign said.', "We reject the claims,", "direct",
     "Clinton campaign", "said", "quote_speaker_cue"),
    ('Ken Livingstone spoke first. Later Livingston said: "No."', "No.", "direct",
     "Ken Livingstone", "said", "speaker_cue_colon"),
    ("Jane Doe said that the plan would fail.", "the plan would fail", "indirect", "Jane Doe",
     "said", "speaker_cue_that"),
    ("Jane Doe says the plan will fail.", "the plan will fail", "indirect", "Jane Doe", "says",
     "speaker_cue_that"),
    ("Jane Doe told the BBC that the plan would fail.", "the plan would fail", "indirect",
     "Jane Doe", "told", "speaker_cue_object_that"),
    ("According to Jane Doe, the plan would fail.", "the plan would fail", "indirect",
     "Jane Doe", "According to", "according_to"),
    ("The plan would fail, according to Jane Doe.", "The plan would fail", "indirect",
     "Jane Doe", "according to", "according_to"),
    ("As Jane Doe explained, the plan would fail.", "the plan would fail", "indirect",
     "Jane Doe", "explained", "as_speaker_cue"),
    ("Jane Doe Says Party Should Win Big Tonight\n\nThe party says it should win tonight.",
     "Party Should Win Big Tonight", "indirect", "Jane Doe", "Says", "headline_speaker_cue"),
    ("Hacker Jo Li: Clinton Server Was Wide Open To Everyone\n\nThe hacker said the server was "
     "open to everyone.", "Clinton Server Was Wide Open To Everyone", "indirect", "Hacker Jo Li",
     None, "speaker_colon"),
    ("The new plan was criticised by Jane Doe.", "The new plan", "indirect", "Jane Doe",
     "criticised", "passive_by"),
    ("Jane Doe spoke about the new budget on Monday.", "the new budget", "indirect",
     "Jane Doe", "spoke", "speaker_cue_object"),
    ("The plan would fail, Jane Doe added.", "The plan would fail", "indirect", "Jane Doe",
     "added", "clause_speaker_cue"),
    ("The plan would fail, said Jane Doe.", "The plan would fail", "indirect", "Jane Doe", "said",
     "clause_cue_speaker"),
    ("The talks will go on, said Jane Doe, a spokeswoman for the union since 2019.",
     "The talks will go on", "indirect", "Jane Doe", "said", "clause_cue_speaker"),
    ("The office stays open to Mr. Smith, said an official who was briefed on the talks.",
     "The office stays open to Mr. Smith", "indirect", "an official", "said",
     "clause_cue_speaker"),
    ("Jane Doe told a packed crowd about her plans for the city.", "her plans for the city",
     "indirect", "Jane Doe", "told", "speaker_cue_object"),
    ("Jane Doe asked the minister about the deal.", "the deal", "indirect", "Jane Doe", "asked",
     "speaker_cue_object"),
    ("Jane Doe spoke to reporters about her plans.", "her plans", "indirect", "Jane Doe",
     "spoke", "speaker_cue_object"),
    ("Golf clubs are “just scratching out a profit,” Jane Doe said from her office in Orlando.",
     "Golf clubs are “just scratching out a profit,”", "indirect", "Jane Doe", "said",
     "clause_speaker_cue"),
    ("Behind the scenes, John Smith is “activating his network,” said Bryan Jones, an aide.",
     "Behind the scenes, John Smith is “activating his network,”", "indirect", "Bryan Jones",
     "said", "clause_cue_speaker"),
    ("Guns are “the ultimate public health crisis,” Howard Dean, the former governor, said.",
     "Guns are “the ultimate public health crisis,”", "indirect", "Howard Dean", "said",
     "clause_speaker_cue"),
    ("Shifting monsoons could affect a billion people, Jane Doe said on Tuesday.",
     "Shifting monsoons could affect a billion people", "indirect", "Jane Doe", "said",
     "clause_speaker_cue"),
    ("Crime rose — including murder and robbery — according to the latest FBI data.",
     "Crime rose — including murder and robbery", "indirect", "latest FBI data",
     "according to", "according_to"),
    ("Sales rose 5 percent according to the company.", "Sales rose 5 percent", "indirect",
     "company", "according to", "according_to"),
    ("According to the report, published on Monday, unemployment rose.", "unemployment rose",
     "indirect", "report", "According to", "according_to"),
    ("Senator Jane Doe criticised the budget for its cuts.", "the budget for its cuts",
     "indirect", "Jane Doe", "criticised", "speaker_cue_object"),
    ("Senator Jane Doe cited low growth, unemployment and rising inequality.",
     "low growth, unemployment and rising inequality", "indirect", "Jane Doe", "cited",
     "speaker_cue_object"),
    ("Jane Doe assailed a federal judge, John Roe, for his rulings.",
     "a federal judge, John Roe, for his rulings", "indirect", "Jane Doe", "assailed",
     "speaker_cue_object"),
    ("Senator Jane Doe criticised the budget, which passed on Monday.", "the budget",
     "indirect", "Jane Doe", "criticised", "speaker_cue_object"),
    ("They dismissed Jane Doe's claim that the vote was rigged.", "the vote was rigged",
     "indirect", "Jane Doe", "claim", "reporting_noun"),
    ("Jane Doe spoke. Critics mocked her claim that the vote was rigged.", "the vote was rigged",
     "indirect", "Jane Doe", "claim", "reporting_noun"),
    ("Some members of his party said the leader must go.", "the leader must go", "indirect",
     "Some members of his party", "said", "speaker_cue_that"),
    ("Jane Doe promised on Monday to cut taxes next year.", "to cut taxes next year", "indirect",
     "Jane Doe", "promised", "speaker_cue_object"),
    ("Jane Doe urged voters to reject the plan.", "to reject the plan", "indirect", "Jane Doe",
     "urged", "speaker_cue_object"),
    ('Said Jane Doe, a local teacher, “We are proud.”', "We are proud.", "direct", "Jane Doe",
     "Said", "quote_cue_speaker"),
    ("''It is over,'' said Paul H. Chipok, a lawyer.", "It is over,", "direct", "Paul H. Chipok",
     "said", "quote_cue_speaker"),
    ("“Have we won?” Jane Doe asked. “Yes.”", "Have we won?", "direct", "Jane Doe", "asked",
     "quote_speaker_cue"),
    ("Jane Doe had a message for voters: “We will win.”", "We will win.", "direct", "Jane Doe",
     None, "speaker_colon"),
    ("Kasich: ‘We will go all the way to Cleveland.’\n\nThe story goes on.",
     "We will go all the way to Cleveland.", "direct", "Kasich", None, "speaker_colon"),
    ('Jane Doe called the plan "a disaster" on Monday.', "a disaster", "partial", "Jane Doe",
     "called", "partial_in_cue_sentence"),
    ("Jane Doe said, however, that the plan would fail.", "the plan would fail", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
    ("Jane Doe said, though, the plan would fail.", "the plan would fail", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
    ('"We lost." She said, twice, that the count was wrong.', "the count was wrong",
     "indirect", None, "said", "speaker_cue_that"),
    ("The plan would fail, said Jane Doe, but the party will survive.", "The plan would fail",
     "indirect", "Jane Doe", "said", "clause_cue_speaker"),
    ("Jane Doe, citing “the magic of the moment,” said the party could win.",
     "the magic of the moment,", "partial", "Jane Doe", "citing", "partial_in_cue_sentence"),
    ("Jane Doe, citing “the magic of the moment,” said the party could win.",
     "the party could win", "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("Members pay more ''because they expect service,'' Mr. Jo Chipok said.",
     "Members pay more ''because they expect service,''", "indirect", "Jo Chipok", "said",
     "clause_speaker_cue"),
    ("Behind the scenes, Jo Li is ''activating his network,'' said Bryan Jones.",
     "Behind the scenes, Jo Li is ''activating his network,''", "indirect", "Bryan Jones",
     "said", "clause_cue_speaker"),
    ("Microsoft promised Mr. Jo Weiner that he could run the unit.", "he could run the unit",
     "indirect", "Microsoft", "promised", "speaker_cue_object_that"),
    ("The Legion asked the campaign of candidate Jane Doe to stop using the emblem.",
     "to stop using the emblem", "indirect", "Legion", "asked", "speaker_cue_object"),
    ("Jane Doe said she and her peers referred to themselves as the club.",
     "she and her peers referred to themselves as the club", "indirect", "Jane Doe", "said",
     "speaker_cue_that"),
    ("When asked whether the plan would pass, Jane Doe said: “It will.”",
     "whether the plan would pass", "indirect", None, "asked", "passive_question"),
    ("When asked whether the plan would pass, Jane Doe said: “It will.”", "It will.", "direct",
     "Jane Doe", "said", "speaker_cue_colon"),
    ("Asked Tuesday about the senator, Jane Doe shrugged.", "the senator", "indirect", None,
     "Asked", "passive_question"),
    ("Asked what the plan looks like, Jane Doe replied that it was secret.",
     "what the plan looks like", "indirect", None, "Asked", "passive_question"),
    ("Jane Doe urged voters to disavow the senator and has repeatedly called him callous.",
     "to disavow the senator", "indirect", "Jane Doe", "urged", "speaker_cue_object"),
    ("Jane Doe said a shakeup was imminent, comments that were echoed by her aides.",
     "a shakeup was imminent", "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("Jane Doe spoke to the crowd. “We will win. We will fight. We will never stop. We are "
     "strong. We are ready,” she said.", "We will win. We will fight. We will never stop. We are "
     "strong. We are ready,", "direct", "Jane Doe", "said", "quote_speaker_cue"),
    ("“Jo Li says things,” Jane Doe said. “But leaders can’t say anything.\n\n“I am not "
     "interested. I am correct. We must work. We will win. We are ready,” she said.",
     "I am not interested. I am correct. We must work. We will win. We are ready,", "direct",
     "Jane Doe", "said", "quote_speaker_cue"),
    ("Jane Doe spoke on Monday. “We will beat Jo Li,” she said.", "We will beat Jo Li,",
     "direct", "Jane Doe", "said", "quote_speaker_cue"),
    ("The lifelong Republican who wrote the speech says he won’t vote for the plan.",
     "he won’t vote for the plan", "indirect", "lifelong Republican", "says", "speaker_cue_that"),
    ("The senator who wrote the speech said the plan was dead.", "the plan was dead",
     "indirect", "senator", "said", "speaker_cue_that"),
    ("A spokesman who declined to be named said the plan was dead.", "the plan was dead",
     "indirect", "A spokesman", "said", "speaker_cue_that"),
    ("A spokesman who agreed to be interviewed said the plan was dead.", "to be interviewed",
     "indirect", "A spokesman", "agreed", "speaker_cue_object"),
    ("Civil rights groups say the law is unfair.", "the law is unfair", "indirect",
     "Civil rights groups", "say", "speaker_cue_that"),
    ("Democrats and civil rights groups say the law is unfair.", "the law is unfair",
     "indirect", "Democrats and civil rights groups", "say", "speaker_cue_that"),
    ("But legal experts say the law is unfair.", "the law is unfair", "indirect",
     "legal experts", "say", "speaker_cue_that"),
    ("The State Department less than two weeks ago said the plan was dead.",
     "the plan was dead", "indirect", "State Department", "said", "speaker_cue_that"),
    ("''We do not know,'' said Jo Li, the border commissioner, who conceded that more tunnels "
     "might exist.", "more tunnels might exist", "indirect", "Jo Li", "conceded",
     "speaker_cue_that"),
    ("The plan will fail, according to an official who was not authorized to speak publicly.",
     "The plan will fail", "indirect", "an official", "according to", "according_to"),
    ("Many voters - 46 percent, according to a survey by WBUR radio - agree with him.",
     "Many voters - 46 percent", "indirect", "a survey by WBUR radio", "according to",
     "according_to"),
    ("“It works,” said Jo Li, a pollster who worked for Jane Doe, referring to the plan.",
     "the plan", "indirect", "Jo Li", "referring to", "speaker_cue_object"),
    ("One pastor supporting Jane Doe, Jo Li of Liberty Baptist Church in Marion, said he had "
     "called other pastors.", "he had called other pastors", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Critics piled on. The Slate technology columnist Jo Li went so far as to say: “It is "
     "over.”", "It is over.", "direct", "Jo Li", "say", "speaker_cue_colon"),
    ("Because of how the schedule was made, explained Jo Li, “with this thing over by March, it "
     "is hard.”", "with this thing over by March, it is hard.", "direct", "Jo Li", "explained",
     "quote_cue_speaker"),
    ('"The message is strong," said Jo Li of digital consulting firm IMGE.',
     "The message is strong,", "direct", "Jo Li", "said", "quote_cue_speaker"),
    ('"The court matters most," said Idaho nutritional-supplement executive Jo Li, who backed '
     "Jane Doe.", "The court matters most,", "direct", "Jo Li", "said", "quote_cue_speaker"),
    ('"Perpetual motion!" Rep. Jo Li, R-Pa., said of the convention.', "Perpetual motion!",
     "direct", "Jo Li", "said", "quote_speaker_cue"),
    ('"It is sad," Jane Doe told reporters. "This is the culture." Ohio Gov. Jo Li said he would '
     "have fired him.", "This is the culture.", "direct", "Jane Doe", "told", "split_utterance"),
    ("Victims would be considered a distinct group for purposes of asylum, Jo Li said, a policy "
     "that could make it easier for them to remain.",
     "Victims would be considered a distinct group for purposes of asylum", "indirect", "Jo Li",
     "said", "clause_speaker_cue"),
    ("“It is more of the same, but worse,” says a narrator.", "It is more of the same, but worse,",
     "direct", "a narrator", "says", "quote_cue_speaker"),
    ("“They will find a way,” wrote one commenter.", "They will find a way,", "direct",
     "one commenter", "wrote", "quote_cue_speaker"),
    ("Several candidates, including Jo Li, criticized the trade.", "the trade", "indirect",
     "Several candidates", "criticized", "speaker_cue_object"),
    ("Jane Doe has said four of her aides and her husband will also speak at the convention.",
     "four of her aides and her husband will also speak at the convention", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
    ("Jo Li cited reports of attacks in recent years, including this week's warnings of "
     "intrusions into election systems.", "reports of attacks in recent years, including this "
     "week's warnings of intrusions into election systems", "indirect", "Jo Li", "cited",
     "speaker_cue_object"),
    ("Jo Li endorsed the re-election of Sen. Jane Doe (R-Wis.), Rep. John Roe (R-Ariz.), and "
     "Sen. Kim Park (R-N.H.).", "the re-election of Sen. Jane Doe (R-Wis.), Rep. John Roe "
     "(R-Ariz.), and Sen. Kim Park (R-N.H.)", "indirect", "Jo Li", "endorsed",
     "speaker_cue_object"),
    ("Young voters endorse putting cameras on police officers and accepting refugees from Syria.",
     "putting cameras on police officers and accepting refugees from Syria", "indirect",
     "Young voters", "endorse", "speaker_cue_object"),
    ("Jo Li mocked the senator's tactics in the video and put a spotlight on his record.",
     "the senator's tactics", "indirect", "Jo Li", "mocked", "speaker_cue_object"),
    ("Jo Li criticized the plan in a letter to the board.", "the plan", "indirect", "Jo Li",
     "criticized", "speaker_cue_object"),
    ("Jo Li criticized the school policy and still had hours of speeches ahead.",
     "the school policy", "indirect", "Jo Li", "criticized", "speaker_cue_object"),
    ("The last time Jo Li encouraged a boycott was in 2015.", "a boycott", "indirect", "Jo Li",
     "encouraged", "speaker_cue_object"),
    ("The plan would tax consumption (what economists call consumer spending) and not income.",
     "consumer spending", "indirect", "economists", "call", "speaker_cue_object"),
    ("Prosecutors argued that although Jo Li confessed, he showed no remorse and will hack "
     "again.", "although Jo Li confessed, he showed no remorse and will hack again", "indirect",
     "Prosecutors", "argued", "speaker_cue_that"),
    ("Jo Li made clear the plan was dead.", "the plan was dead", "indirect", "Jo Li",
     "made clear", "speaker_cue_that"),
    ("Jo Li warned against the “fevered dreams” of a brokered convention, but had a plan.",
     "the “fevered dreams” of a brokered convention", "indirect", "Jo Li", "warned",
     "speaker_cue_object"),
    ('Jo Li lamented the "disheartened" state of the campaign.',
     'the "disheartened" state of the campaign', "indirect", "Jo Li", "lamented",
     "speaker_cue_object"),
    ('Jo Li lamented the "Meet the Press" interview.', "Meet the Press", "scare", None, None,
     "scare"),
    ("The bill passed. Sen. Jo Li of Texas said the plan is dead.", "the plan is dead",
     "indirect", "Jo Li", "said", "speaker_cue_that"),
    ('"The plan is dead," Rep. Jo Li of New York said.', "The plan is dead,", "direct", "Jo Li",
     "said", "quote_speaker_cue"),
    ("Jo Li of Texas said the plan is dead.", "the plan is dead", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("House Speaker Jo Li of Wisconsin lamented the \"disheartened\" state of the campaign.",
     'the "disheartened" state of the campaign', "indirect", "Jo Li", "lamented",
     "speaker_cue_object"),
    ('"The plan is dead," said the White House.', "The plan is dead,", "direct",
     "White House", "said", "quote_cue_speaker"),
    ('"The plan is dead," said officials.', "The plan is dead,", "direct", "officials", "said",
     "quote_cue_speaker"),
    ('"The plan is dead," said a senior administration official.', "The plan is dead,", "direct",
     "a senior administration official", "said", "quote_cue_speaker"),
    ('"The plan is dead," said Republican presidential candidate Jo Li.', "The plan is dead,",
     "direct", "Jo Li", "said", "quote_cue_speaker"),
    ("The senator remains in the race, his top aide, Tad Devine, told The Huffington Post.",
     "The senator remains in the race", "indirect", "Tad Devine", "told", "clause_speaker_cue"),
    ("The senator remains in the race, said his top aide, Tad Devine.",
     "The senator remains in the race", "indirect", "Tad Devine", "said", "clause_cue_speaker"),
    ('"The plan is dead," said his top aide, Tad Devine.', "The plan is dead,", "direct",
     "Tad Devine", "said", "quote_cue_speaker"),
    ("According to Jo Li, a professor of economics at Harvard University, the plan is dead.",
     "the plan is dead", "indirect", "Jo Li", "According to", "according_to"),
    ("According to Jo Li, 45, a teacher from Ohio, the plan is dead.", "the plan is dead",
     "indirect", "Jo Li", "According to", "according_to"),
    ("According to Jo Li, D-N.Y., the plan is dead.", "the plan is dead", "indirect", "Jo Li",
     "According to", "according_to"),
    ("According to Jo Li, the Senate, in a rare move, will vote.",
     "the Senate, in a rare move, will vote", "indirect", "Jo Li", "According to",
     "according_to"),
    ("The plan is dead, White House press secretary Jo Li said.", "The plan is dead",
     "indirect", "Jo Li", "said", "clause_speaker_cue"),
    ("The plan is dead, the Sierra Club's Jo Li said.", "The plan is dead", "indirect", "Jo Li",
     "said", "clause_speaker_cue"),
    ("The plan is dead, Gov. Jo Li of New York said.", "The plan is dead", "indirect", "Jo Li",
     "said", "clause_speaker_cue"),
    ("The plan is dead, Jo Li Jr. said.", "The plan is dead", "indirect", "Jo Li Jr.", "said",
     "clause_speaker_cue"),
    ("The plan is dead, Jo Li, a senior fellow at the Brookings Institution, said.",
     "The plan is dead", "indirect", "Jo Li", "said", "clause_speaker_cue"),
    ("In Seattle, marchers held roses, KING-TV reported, while in Chicago the parade began "
     "with a moment of silence, the Sun-Times reported.",
     "while in Chicago the parade began with a moment of silence", "indirect", "Sun-Times",
     "reported", "clause_speaker_cue"),
    ("Former Secretary of State Jo Li said the plan is dead.", "the plan is dead", "indirect",
     "Jo Li", "said", "speaker_cue_that"),
    ("The plan is dead, Jo Li, 45, a teacher from Ohio, said.", "The plan is dead", "indirect",
     "Jo Li", "said", "clause_speaker_cue"),
    ('"The plan is dead," Jo Li, D-N.Y., said.', "The plan is dead,", "direct", "Jo Li", "said",
     "quote_speaker_cue"),
    ("The plan is dead, Jo Li, spokeswoman for Sen. Kim Park, said.", "The plan is dead",
     "indirect", "Jo Li", "said", "clause_speaker_cue"),
    ("The plan is dead, Kim Park's spokeswoman, Jo Li, said.", "The plan is dead", "indirect",
     "Jo Li", "said", "clause_speaker_cue"),
    ("The plan is dead, Sen. Jo Li (R-Texas) said.", "The plan is dead", "indirect", "Jo Li",
     "said", "clause_speaker_cue"),
    ('"The plan is dead," said former Secretary of State Jo Li.', "The plan is dead,", "direct",
     "Jo Li", "said", "quote_cue_speaker"),
    ('"The plan is dead," said Kim Park\'s running mate, Jo Li.', "The plan is dead,", "direct",
     "Jo Li", "said", "quote_cue_speaker"),
    ("The plan is dead, Kim Park's running mate, Jo Li, said.", "The plan is dead", "indirect",
     "Jo Li", "said", "clause_speaker_cue"),
    ("According to Jo Li, a deal is near, and the vote will be held.",
     "a deal is near, and the vote will be held", "indirect", "Jo Li", "According to",
     "according_to"),
    ("Jo Li said the plan, which passed last year, is dead.",
     "the plan, which passed last year, is dead", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Jo Li said the plan is dead while Kim Park said it is alive.", "the plan is dead",
     "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("Jo Li assured voters the plan is alive.", "the plan is alive", "indirect", "Jo Li",
     "assured", "speaker_cue_object_that"),
    ("Jo Li and Kim Park both said the plan is dead.", "the plan is dead", "indirect",
     "Jo Li and Kim Park", "said", "speaker_cue_that"),
    ("Sen. Jo Li (D) and Sen. Kim Park (R) announced they will suspend their campaigns.",
     "they will suspend their campaigns", "indirect", "Sen. Jo Li (D) and Sen. Kim Park",
     "announced", "speaker_cue_that"),
    ('"It is over," said Jo Li and Kim Park.', "It is over,", "direct", "Jo Li and Kim Park",
     "said", "quote_cue_speaker"),
    ('"It is over," said a person close to the Clintons.', "It is over,", "direct",
     "a person close to the Clintons", "said", "quote_cue_speaker"),
    ('"It is over," said one longtime adviser to Jo Li.', "It is over,", "direct",
     "one longtime adviser to Jo Li", "said", "quote_cue_speaker"),
    ("Jo Li will support the bill despite her own reservations.", "the bill", "indirect",
     "Jo Li", "support", "speaker_cue_object"),
    ("Jo Li criticized the plan even though she had voted for it.", "the plan", "indirect",
     "Jo Li", "criticized", "speaker_cue_object"),
    ("Instead, Jo Li said, Kim Park told her he had booked a room.", "he had booked a room",
     "indirect", "Kim Park", "told", "speaker_cue_object_that"),
    ("The poll was taken in May. Fifty-five percent of voters said the plan is dead.",
     "the plan is dead", "indirect", "Fifty-five percent of voters", "said", "speaker_cue_that"),
    ("The poll was taken in May. That includes 18% who say they would be dissatisfied.",
     "they would be dissatisfied", "indirect", "18%", "say", "speaker_cue_that"),
    ("Justice Jo Li spoke first. The Department of Justice said the police force was biased.",
     "the police force was biased", "indirect", "Department of Justice", "said",
     "speaker_cue_that"),
    ("Jo Li met reporters. “We are done,” said the second official.", "We are done,", "direct",
     "second official", "said", "quote_cue_speaker"),
    ("“It is over,” says a source involved in the group’s creation.", "It is over,", "direct",
     "a source involved in the group’s creation", "says", "quote_cue_speaker"),
    ("“It is over,” said another leading advocate, Jo Li of the law firm Mayer Brown.",
     "It is over,", "direct", "Jo Li", "said", "quote_cue_speaker"),
    ("“It is over,” said a longtime adviser to both Clintons, who asked not to be named.",
     "It is over,", "direct", "a longtime adviser to both Clintons", "said",
     "quote_cue_speaker"),
    ("The judge determined that the plan is dead.", "the plan is dead", "indirect", "judge",
     "determined", "speaker_cue_that"),
    ("Jo Li forecast that the plan is dead.", "the plan is dead", "indirect", "Jo Li",
     "forecast", "speaker_cue_that"),
    ('"The plan is dead," Jo Li texted.', "The plan is dead,", "direct", "Jo Li", "texted",
     "quote_speaker_cue"),
    ("“It is over” said widow Jo Li.", "It is over", "direct", "Jo Li", "said",
     "quote_cue_speaker"),
    ("The plan is dead, according to a new Associated Press-GfK poll.", "The plan is dead",
     "indirect", "a new Associated Press-GfK poll", "according to", "according_to"),
    ("The plan is dead, according to a CNN/WMUR poll.", "The plan is dead", "indirect",
     "a CNN/WMUR poll", "according to", "according_to"),
    ("The plan is dead, according to U.S. Census data.", "The plan is dead", "indirect",
     "U.S. Census data", "according to", "according_to"),
    ("“Clinton needs a strategy,” Jo Li, the polling guru who founded fivethirtyeight.com "
     "tweeted on Wednesday.", "Clinton needs a strategy,", "direct", "Jo Li", "tweeted",
     "quote_speaker_cue"),
    ("“The gifts were all opened” says the ad’s narrator, going on to list more gifts.",
     "The gifts were all opened", "direct", "ad’s narrator", "says", "quote_cue_speaker"),
    ("Jo Li’s campaign shrugged off the comments, telling reporters, “We never asked.”",
     "We never asked.", "direct", "Jo Li’s campaign", "telling", "participle_cue"),
    ("Jo Li's campaign said she would “support the nominee” while Maine Sen. Kim Park and "
     "Texas Rep. Lou Roe suggested they would only offer conditional support.",
     "she would “support the nominee”", "indirect", "Jo Li's campaign", "said",
     "speaker_cue_that"),
    ("The Socialists' leader said the plan is dead.", "the plan is dead", "indirect",
     "Socialists' leader", "said", "speaker_cue_that"),
    ("President Jo Li met voters. The president told NPR host Tom Park that the plan "
     "worked. “It is bad,” he said.", "It is bad,", "direct", "Jo Li", "said",
     "quote_speaker_cue"),
    ("Sen. Jo Li spoke first. But the senator thanked Gov. Kim Park, a Democrat. He said "
     "the plan is dead.", "the plan is dead", "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("The vote was close. Jo Li’s response: “We will win.”", "We will win.", "direct",
     "Jo Li", "response", "reporting_noun"),
    ("The vote was close. Jo Li's message to voters was simple: “We will win.”",
     "We will win.", "direct", "Jo Li", "message", "reporting_noun"),
    ("Jo Li spoke first. Her blunt reaction: “We will win.”", "We will win.", "direct",
     "Jo Li", "reaction", "reporting_noun"),
    ("The vote was close. Jo Li’s plan: “Build the wall.”", "Build the wall.", "direct", None,
     None, "unattributed"),
    ("Jo Li spoke first. Her final assessment: “It is bad,” she said. “We will win.”",
     "It is bad,", "direct", "Jo Li", "said", "quote_speaker_cue"),
    ("We will win, Jo Li said of the Republicans.", "We will win", "indirect", "Jo Li",
     "said", "clause_speaker_cue"),
    ("It is a fraud, Jo Li said about waterboarding on Monday.", "It is a fraud", "indirect",
     "Jo Li", "said", "clause_speaker_cue"),
    ("Jo Li told the crowd the plan is dead.", "the plan is dead", "indirect", "Jo Li", "told",
     "speaker_cue_object_that"),
    ("Jo Li told a cheering crowd in Iowa on Monday the plan is dead.", "the plan is dead",
     "indirect", "Jo Li", "told", "speaker_cue_object_that"),
    ("Jo Li told her supporters she would run.", "she would run", "indirect", "Jo Li", "told",
     "speaker_cue_object_that"),
    ("Jo Li said in an email the plan is dead.", "the plan is dead", "indirect", "Jo Li",
     "said", "speaker_cue_that"),
    ("Jo Li said in a lengthy interview with CNN on Sunday the plan is dead.",
     "the plan is dead", "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("Jo Li acknowledged that the plan had failed but said it was worth trying.",
     "the plan had failed", "indirect", "Jo Li", "acknowledged", "speaker_cue_that"),
    ("Jo Li made the case that the plan is dead.", "the plan is dead", "indirect", "Jo Li",
     "made the case", "speaker_cue_that"),
    ("“We will win,” according to Jo Li.", "We will win,", "direct", "Jo Li", "according to",
     "according_to"),
    ("Jo Li wrote to the board. “We will win,” the letter reads.", "We will win,", "direct",
     "letter", "reads", "quote_speaker_cue"),
    ("«We will win», the letter read.", "We will win", "direct", "letter", "read",
     "quote_speaker_cue"),
    ("“We will win,” read a statement from Jo Li’s office.", "We will win,", "direct",
     "Jo Li’s office", "read", "quote_cue_speaker"),
    ("Mayor Bill de Blasio spoke. The plan is dead, de Blasio said.", "The plan is dead",
     "indirect", "Bill de Blasio", "said", "clause_speaker_cue"),
    ("Ursula von der Leyen spoke. Von der Leyen said the plan is dead.", "the plan is dead",
     "indirect", "Ursula von der Leyen", "said", "speaker_cue_that"),
    ("Jo Li, a Democrat, spoke. “We will win,” the Democrat said.", "We will win,", "direct",
     "Jo Li", "said", "quote_speaker_cue"),
    ("Democrat Jo Li met Republican Tom Park. Park spoke first. “We will win,” the Ohio "
     "Democrat said.", "We will win,", "direct", "Jo Li", "said", "quote_speaker_cue"),
    ("Republican National Committee Chairman Tom Park spoke. “We will win,” the Republican "
     "said.", "We will win,", "direct", "Republican", "said", "quote_speaker_cue"),
    ("Jo Li warned of a crisis.", "a crisis", "indirect", "Jo Li", "warned",
     "speaker_cue_object"),
    ("Jo Li said on CBS’s “Face the Nation” that the plan is dead.", "the plan is dead",
     "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("Jo Li said on ABC’s “This Week” the plan is dead.", "the plan is dead", "indirect",
     "Jo Li", "said", "speaker_cue_that"),
    ("Jo Li told Fox News host Tom Park the plan is dead.", "the plan is dead", "indirect",
     "Jo Li", "told", "speaker_cue_object_that"),
    ("Jo Li maintains the plan is dead.", "the plan is dead", "indirect", "Jo Li", "maintains",
     "speaker_cue_that"),
    ("The plan is dead, Jo Li said on NBC’s “Meet the Press.”", "The plan is dead", "indirect",
     "Jo Li", "said", "clause_speaker_cue"),
    ("The plan is dead, Jo Li said Tuesday at a campaign event in Iowa.", "The plan is dead",
     "indirect", "Jo Li", "said", "clause_speaker_cue"),
    ("While I respect the FBI, this defies explanation. pic.twitter.com/OqctxglquI — Jo Li "
     "(@JoLi) July 5, 2016", "While I respect the FBI, this defies explanation.", "direct",
     "Jo Li", None, "dash_attribution"),
    ("The program has a loyal following, said Ms. Jo Gil, with games every week of the year.",
     "The program has a loyal following", "indirect", "Jo Gil", "said", "clause_cue_speaker"),
    ("Her fate in November hinges on Obama, analyst says.",
     "Her fate in November hinges on Obama", "indirect", "analyst", "says",
     "clause_speaker_cue"),
    ("Obama approval hits a new high, poll finds.", "Obama approval hits a new high",
     "indirect", "poll", "finds", "clause_speaker_cue"),
    ("A Gallup poll found broad support for the plan.", "broad support for the plan",
     "indirect", "A Gallup poll", "found", "speaker_cue_object"),
    ("Jo Li agreed to end her bid for the seat.", "to end her bid for the seat", "indirect",
     "Jo Li", "agreed", "speaker_cue_object"),
    ("The court agreed to take a second look at the case last June.",
     "to take a second look at the case", "indirect", "court", "agreed", "speaker_cue_object"),
    ("Jo Li vowed to fight the plan on Tuesday night.", "to fight the plan", "indirect",
     "Jo Li", "vowed", "speaker_cue_object"),
    ("Jo Li vowed to fight the plan next week.", "to fight the plan next week", "indirect",
     "Jo Li", "vowed", "speaker_cue_object"),
    ("While Jo Li said the plan is dead, Tom Park is the candidate voters trust.",
     "the plan is dead", "indirect", "Jo Li", "said", "speaker_cue_that"),
    ('While those surveyed said Jo Li has the "best experience," Tom Park is the candidate '
     'voters trust most.', 'Jo Li has the "best experience,"', "indirect", "those surveyed",
     "said",
     "speaker_cue_that"),
    ("When Jo Li said the plan, which passed in May, is dead, the crowd cheered.",
     "the plan, which passed in May, is dead", "indirect", "Jo Li", "said", "speaker_cue_that"),
    ('Jo Li voiced a wish for a "strong, prosperous Mexico," and she pronounced Tom Park "a '
     'friend."', 'a wish for a "strong, prosperous Mexico,"', "indirect", "Jo Li", "voiced",
     "speaker_cue_object"),
    ("Just months after Jo Li declared a new beginning, rebels removed the king.",
     "a new beginning", "indirect", "Jo Li", "declared", "speaker_cue_that"),
    ("“We have not been briefed,” Jo \u00adLi, a spokesman for Tom Park, told reporters.",
     "We have not been briefed,", "direct", "Jo Li", "told", "quote_speaker_cue"),
    ("Jo Li called Tom Park a “clown” on his radio show.", "Tom Park a “clown”", "indirect",
     "Jo Li", "called", "speaker_cue_object"),
    ("“We have not been briefed,” Jo Li, a spokesman for House Speaker Tom Park told the "
     "Post.", "We have not been briefed,", "direct", "Jo Li", "told", "quote_speaker_cue"),
    ("Jo Li agreed to hear cases that the court had dropped.",
     "to hear cases that the court had dropped", "indirect", "Jo Li", "agreed",
     "speaker_cue_object"),
    ("The Post quoted a GOP official as saying that the plan was dead.", "the plan was dead",
     "indirect", "a GOP official", "saying", "speaker_cue_that"),
    ("Rep. Marty West spoke. “This is the first reauthorization,” West said.",
     "This is the first reauthorization,", "direct", "Marty West", "said",
     "quote_speaker_cue"),
    ("Rep. Tom Park spoke first.\n\nFormer secretary of state Jo Li:“We learned that from "
     "the State Department.”", "We learned that from the State Department.", "direct", "Jo Li",
     None, "speaker_colon"),
    ("Kim Park spoke. The summit met there because, in Jo Li’s words, “it is the best place.”",
     "it is the best place.", "direct", "Jo Li", None, "according_to"),
    ("Kim Park spoke. In the words of Jo Li, “this is the end.”", "this is the end.", "direct",
     "Jo Li", None, "according_to"),
    ("In Jo Li’s words, the plan is “dead on arrival.”", "dead on arrival.", "partial", "Jo Li",
     None, "according_to"),
    ("Underdog conservative Assemblywoman Jo Li won the primary. “We will win,” Li said.",
     "We will win,", "direct", "Jo Li", "said", "quote_speaker_cue"),
    ("The United Nations said the plan is dead.", "the plan is dead", "indirect",
     "United Nations", "said", "speaker_cue_that"),
    ("Jo Li spoke. The U.N. Security Council said the plan is dead.", "the plan is dead",
     "indirect", "U.N. Security Council", "said", "speaker_cue_that"),
    ("Exxon Mobil Corp. said the plan is dead.", "the plan is dead", "indirect",
     "Exxon Mobil Corp.", "said", "speaker_cue_that"),
    ("“The plan is dead,” Apple Inc said in a statement.", "The plan is dead,", "direct",
     "Apple Inc", "said", "quote_speaker_cue"),
    ("Jo Li spoke.\n\nThe Li campaign, in a memo, worded it more carefully: “We will win.”",
     "We will win.", "direct", "Li campaign", None, "speaker_colon"),
    ("Beijing has denied that the plan is dead.", "the plan is dead", "indirect", "Beijing",
     "denied", "speaker_cue_that"),
    ("Manning said the plan is dead.", "the plan is dead", "indirect", "Manning", "said",
     "speaker_cue_that"),
    ("Jane Doe was asked, “Will you run?” She smiled.", "Will you run?", "direct", None,
     "asked", "passive_cue"),
    ("Jane Doe was asked by John Roe: “Will you run?” She smiled.", "Will you run?", "direct",
     "John Roe", "asked", "passive_by"),
    ("Jane Doe was told, “You are fired.” She left.", "You are fired.", "direct", None, "told",
     "passive_cue"),
    ("Jane Doe was asked whether she would run for the seat.", "whether she would run for the seat",
     "indirect", None, "asked", "passive_question"),
    ("Jane Doe sent a letter to supporters saying the race was close.", "the race was close",
     "indirect", "Jane Doe", "saying", "speaker_cue_that"),
    ("Jane Doe sent a text message to supporters saying: “We won!”", "We won!", "direct",
     "Jane Doe", "saying", "participle_cue"),
    ("Jane Doe wrote to the mayor on Tuesday saying the plan was dead.", "the plan was dead",
     "indirect", "Jane Doe", "saying", "speaker_cue_that"),
    ("Jane Doe said, and I quote, “We love the poorly educated.”",
     "We love the poorly educated.", "direct", "Jane Doe", "said", "speaker_cue_comma"),
    ("When someone in the crowd shouted, “Cruz,” Jane Doe joked, “Amen, brother!”", "Cruz,",
     "direct", "someone in the crowd", "shouted", "speaker_cue_comma"),
    ("When someone in the crowd shouted, “Cruz,” Jane Doe joked, “Amen, brother!”",
     "Amen, brother!", "direct", "Jane Doe", "joked", "speaker_cue_comma"),
    ("Then someone in the crowd shouted, “Cruz!”", "Cruz!", "direct", "someone in the crowd",
     "shouted", "speaker_cue_comma"),
    ("“It beats while someone says, ‘Keep it alive,’ ” said Jane Doe, suggesting that she had "
     "seen the video.", "she had seen the video", "indirect", "Jane Doe", "suggesting",
     "speaker_cue_that"),
    ("Gov. Jane Doe said early Monday the National Guard had been deployed.",
     "the National Guard had been deployed", "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("Jane Doe said late Tuesday night the deal was off.", "the deal was off", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
    ("Jane Doe said Sept. 12 the company would hire 200 workers.",
     "the company would hire 200 workers", "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("Jane Doe said on March 3 that the company would hire 200 workers.",
     "the company would hire 200 workers", "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("Judge Jane Doe said the defendant showed “no remorse whatsoever.” The hearing ended.",
     "no remorse whatsoever.", "partial", "Jane Doe", "said", "partial_in_cue_sentence"),
    ("Jane Doe said that the study found “no evidence of harm.”", "no evidence of harm.",
     "partial", "study", "found", "partial_in_cue_sentence"),
    ("The coach said the players felt “betrayed.”", "betrayed.", "partial", "coach", "said",
     "partial_in_cue_sentence"),
    ("The head of the World Health Organization said the outbreak was under control.",
     "the outbreak was under control", "indirect", "head of the World Health Organization",
     "said", "speaker_cue_that"),
    ("The senator, who said last week that she would retire, voted against the bill.",
     "she would retire", "indirect", "senator", "said", "speaker_cue_that"),
    ("Jane Doe, who has said the plan is dead, will speak on Monday.", "the plan is dead",
     "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("The judge asked prosecutors why the evidence had not been disclosed earlier.",
     "why the evidence had not been disclosed earlier", "indirect", "judge", "asked",
     "speaker_cue_object_that"),
    ("Jane Doe asked the minister how the program would be paid for.",
     "how the program would be paid for", "indirect", "Jane Doe", "asked",
     "speaker_cue_object_that"),
    ("Prices will keep rising through the winter, economists at Barclays said in a note to "
     "clients.", "Prices will keep rising through the winter", "indirect",
     "economists at Barclays", "said", "clause_speaker_cue"),
    ("The company will appeal the ruling, Jane Doe said in a statement to The Associated Press.",
     "The company will appeal the ruling", "indirect", "Jane Doe", "said", "clause_speaker_cue"),
    ("Prices will keep rising, officials said in interviews on Monday.",
     "Prices will keep rising", "indirect", "officials", "said", "clause_speaker_cue"),
    ("The union said on Monday it would strike. It said members had voted overwhelmingly.",
     "members had voted overwhelmingly", "indirect", "union", "said", "speaker_cue_that"),
    ("Police said the road was closed. They said the driver had fled.", "the driver had fled",
     "indirect", "Police", "said", "speaker_cue_that"),
    ("“If we don’t act now,” warned Sen. Jane Doe, R-Alaska, “we will regret it.”",
     "we will regret it.", "direct", "Jane Doe", "warned", "quote_cue_speaker"),
    ("Smith, asked whether the allegations were true, said: “They are false.”",
     "They are false.", "direct", "Smith", "said", "speaker_cue_colon"),
    ("Trump, in a post on Truth Social, wrote: “WITCH HUNT!”", "WITCH HUNT!", "direct", "Trump",
     "wrote", "speaker_cue_colon"),
    ("Park, visibly tired, told reporters: “We are done.”", "We are done.", "direct", "Park",
     "told", "speaker_cue_colon"),
    ("“We will not negotiate,” Jane Doe told CNN’s Jake Tapper on “State of the Union.”",
     "State of the Union.", "scare", None, None, "scare"),
    ("Her new novel, “The Long Winter,” was released on Tuesday.", "The Long Winter,", "scare",
     None, None, "scare"),
    ("The director said the film, “Blue Harbor,” took six years to make.", "Blue Harbor,",
     "scare", None, None, "scare"),
    ("When a man in the crowd yelled, “Cruz,” Jane Doe joked, again putting on an accent, "
     "“Amen, brother!”", "Cruz,", "direct", "a man in the crowd", "yelled", "speaker_cue_comma"),
    ("When a man in the crowd yelled, “Cruz,” Jane Doe joked, again putting on an accent, "
     "“Amen, brother!”", "Amen, brother!", "direct", "Jane Doe", "joked", "speaker_cue_comma"),
    ("“We will win,” Jane Doe said, pointing at the crowd, “and soon.”", "We will win,", "direct",
     "Jane Doe", "said", "quote_speaker_cue"),
    ("Jane Doe rebuked John Smith for suggesting on Monday that she had lied at the hearing.",
     "John Smith for suggesting on Monday that she had lied at the hearing", "indirect",
     "Jane Doe", "rebuked", "speaker_cue_object"),
    ("Jane Doe criticized the $100,000 fee for members of the club.",
     "the $100,000 fee for members of the club", "indirect", "Jane Doe", "criticized",
     "speaker_cue_object"),
    ("Jo Li told reporters that she got into the accounts by reading their pages and guessing "
     "passwords.", "she got into the accounts by reading their pages and guessing passwords",
     "indirect", "Jo Li", "told", "speaker_cue_object_that"),
    ("Jane Doe has criticized John Smith for accepting campaign donations and speaking fees from "
     "Wall Street firms.", "John Smith for accepting campaign donations and speaking fees from "
     "Wall Street firms", "indirect", "Jane Doe", "criticized", "speaker_cue_object"),
    ("Jane Doe pledged “cooperation” toward shared goals and a deep bond.",
     "“cooperation” toward shared goals and a deep bond", "indirect", "Jane Doe", "pledged",
     "speaker_cue_object"),
    ("“No way,” the candidate riffed on her answer, drawing laughs.", "No way,", "direct",
     "candidate", "riffed", "quote_speaker_cue"),
    ("“Go home!” the crowd jeered.", "Go home!", "direct", "crowd", "jeered",
     "quote_speaker_cue"),
    ("The economy of the region, the bank said in its report on Monday, is slowing down.",
     "is slowing down", "indirect", "bank", "said", "clause_speaker_cue"),
    ("Jo Li spoke first. Earlier this week, Jane Doe shared her worries with donors at a "
     "fundraiser, “I do not know what will happen.”", "I do not know what will happen.",
     "direct", "Jane Doe", None, "speaker_comma"),
    ("Jane Doe isn’t saying what she would support.", "what she would support", "indirect",
     "Jane Doe", "saying", "speaker_cue_that"),
    ("Jane Doe was quoted by Le Monde as saying that the plan had failed.",
     "the plan had failed", "indirect", "Jane Doe", "saying", "speaker_cue_that"),
    ("The coach was quoted by L'Equipe as saying: “We will not sell.”", "We will not sell.",
     "direct", "coach", "saying", "participle_cue"),
    ("The deal was described as “historic” by the foreign minister, Micheál Martin.",
     "historic", "partial", "Micheál Martin", "described", "partial_in_cue_sentence"),
    ("Jo Li and Kim Park call them “lone wolves” and describe their acts as crimes.",
     "lone wolves", "partial", "Jo Li and Kim Park", "call", "partial_in_cue_sentence"),
    ("Jane Doe — who said on Monday that the plan was dead — will run again.",
     "the plan was dead", "indirect", "Jane Doe", "said", "speaker_cue_that"),
    ("The court rejected Rahman's argument that the search had been unlawful.",
     "the search had been unlawful", "indirect", "Rahman", "argument", "reporting_noun"),
    ("Hillary Clinton spoke on Saturday. Clinton spent Sunday speaking at a church and seeking "
     "to shore up support among voters.", "to shore up support among voters", "indirect",
     "Hillary Clinton", "seeking", "speaker_cue_object"),
    ("Jo Li argues that the vote was rigged, while her rival, Kim Park, has soared in the polls "
     "by saying that the system works.", "the system works", "indirect", "Kim Park", "saying",
     "speaker_cue_that"),
    ("Although Kim Park is not a candidate, Jo Li took a swipe at her by suggesting that she was "
     "worth less than she says.", "she was worth less than she says", "indirect", "Jo Li",
     "suggesting", "speaker_cue_that"),
    ("Several Republicans agree, including the former senator Jo Li — “It is disqualifying to "
     "hide your returns” — and Kim Park, a former judge.",
     "It is disqualifying to hide your returns", "direct", "Jo Li", None, "dash_attribution"),
    ("The leaders met in Ottawa. As they met, Jo Li was 340 miles away in Bangor, Maine, "
     "promising to build a wall.", "to build a wall", "indirect", "Jo Li", "promising",
     "speaker_cue_object"),
    ("Jo Li pivoted to trade, but Kim Park brought him back to the attacks, asking Li to share "
     "his views.", "to share his views", "indirect", "Kim Park", "asking", "speaker_cue_object"),
    ("Kim Park spoke for an hour. During the visit, the candidate boasted of his negotiating "
     "skills.", "his negotiating skills", "indirect", "Kim Park", "boasted", "speaker_cue_object"),
    ("Jo Li and Kim Park both campaigned hard in Arizona, hoping to score upsets.",
     "to score upsets", "indirect", "Jo Li and Kim Park", "hoping", "speaker_cue_object"),
    ("Jo Li, later alleging - again falsely - that President Kim Park wanted to admit 250,000 "
     "refugees, said he would deport them.", "he would deport them", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Both parents stiffened their denunciation of Mr. Jo Li, saying that he lacked the "
     "character to lead.", "he lacked the character to lead", "indirect", "Both parents",
     "saying", "speaker_cue_that"),
    ("Jo Li said the efforts - which include radio ads in Nevada - will pay off.",
     "the efforts - which include radio ads in Nevada - will pay off", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Jo Li said the efforts -- which include radio ads -- will pay off.",
     "the efforts -- which include radio ads -- will pay off", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Jo Li said he understands the position — and that he will back her.",
     "he understands the position — and that he will back her", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Jo Li said that support among nations that include China, Brazil and India should show "
     "that her bid is serious.", "support among nations that include China, Brazil and India "
     "should show that her bid is serious", "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("“They are 100 percent wrong,” said 9/11 widow Terry Strada.", "They are 100 percent wrong,",
     "direct", "Terry Strada", "said", "quote_cue_speaker"),
    ("Jo Li was blunt about her team's chances.\n\n“We are not fast enough to win this weekend.”",
     "We are not fast enough to win this weekend.", "direct", "Jo Li", None,
     "previous_sentence_subject"),
    ("Asked about the strike, Kim Park was unapologetic. “Doing nothing is not an option.”",
     "Doing nothing is not an option.", "direct", "Kim Park", None, "previous_sentence_subject"),
    ("Data show that incomes are higher for graduates.", "incomes are higher for graduates",
     "indirect", "Data", "show", "speaker_cue_that"),
    ("The result: pupils take 112 tests before they graduate, a study by the Council of the Great "
     "City Schools found.", "pupils take 112 tests before they graduate", "indirect",
     "Council of the Great City Schools", "found", "clause_speaker_cue"),
    ("The museum said in a statement that the bronzes would be returned.",
     "the bronzes would be returned", "indirect", "museum", "said", "speaker_cue_that"),
    ("The British Museum said the bronzes would be returned next year.",
     "the bronzes would be returned next year", "indirect", "British Museum", "said",
     "speaker_cue_that"),
    ("Shares fell after the company's announcement that it would delay its van.",
     "it would delay its van", "indirect", "company", "announcement", "reporting_noun"),
    ("Markets fell on the IMF's warning that growth would slow.", "growth would slow",
     "indirect", "IMF", "warning", "reporting_noun"),
    ("President Jo Li said on Sunday that Chile would seek a trade deal with Brazil, adding that "
     "talks could begin next month.", "talks could begin next month", "indirect", "Jo Li",
     "adding", "speaker_cue_that"),
    ("Antoine Lefèvre finished fourth after a late pit stop. “The tyres just gave up,” the "
     "Frenchman said.", "The tyres just gave up,", "direct", "Antoine Lefèvre", "said",
     "quote_speaker_cue"),
    ("“This prosecution should never have been brought,” said Deborah Akinyemi KC, representing "
     "the journalist.", "This prosecution should never have been brought,", "direct",
     "Deborah Akinyemi", "said", "quote_cue_speaker"),
    ("“We will appeal,” Deborah Akinyemi KC said.", "We will appeal,", "direct",
     "Deborah Akinyemi", "said", "quote_speaker_cue"),
    ("Neighbours have complained for months about the so-called “party house” on Ferndale Road.",
     "party house", "scare", None, None, "scare"),
    ("“We have done nothing wrong, said Mira Castellano, the firm's founder.",
     "We have done nothing wrong,", "direct", "Mira Castellano", "said", "quote_cue_speaker"),
    ("“We have done nothing wrong, Mira Castellano said on Tuesday.",
     "We have done nothing wrong,", "direct", "Mira Castellano", "said", "quote_speaker_cue"),
    ("The deal, according to two people briefed on the talks, could be worth $4bn.",
     "could be worth $4bn", "indirect", "two people briefed on the talks", "according to",
     "according_to"),
    ("Voters in towns like it “deserve a fighter. That is Jo Li,” said Kim Park, her rival.",
     "deserve a fighter. That is Jo Li,", "partial", "Kim Park", "said",
     "partial_in_cue_sentence"),
    ("Jo Li criticized the plan at a news conference on Tuesday.", "the plan", "indirect",
     "Jo Li", "criticized", "speaker_cue_object"),
    ("Jo Li accused Kim Park of grabbing her at a press conference in Florida.",
     "Kim Park of grabbing her at a press conference in Florida", "indirect", "Jo Li", "accused",
     "speaker_cue_object"),
    ("Jo Li mocked Kim Park in the last two debates and on the stump.", "Kim Park", "indirect",
     "Jo Li", "mocked", "speaker_cue_object"),
    ("Jo Li did not mention Kim Park directly in her speech.", "Kim Park", "indirect", "Jo Li",
     "mention", "speaker_cue_object"),
    ("Jo Li praised her rival again at the rally.", "her rival", "indirect", "Jo Li", "praised",
     "speaker_cue_object"),
    ("Jo Li called her rival a liar and made no mention of the scandal.", "her rival a liar",
     "indirect", "Jo Li", "called", "speaker_cue_object"),
    ("Jo Li is touting her record upstate and pounding him on the gun issue.",
     "her record upstate", "indirect", "Jo Li", "touting", "speaker_cue_object"),
    ("Pastors supporting Kim Park have pointed to his record.", "Kim Park", "indirect",
     "Pastors", "supporting", "speaker_cue_object"),
    ("Economists who favor consumption taxes agree that change will be slow.",
     "consumption taxes", "indirect", "Economists", "favor", "speaker_cue_object"),
    ("Democrats typically oppose the new tax plan.", "the new tax plan", "indirect", "Democrats",
     "oppose", "speaker_cue_object"),
    ("And 64 percent call him competent.", "him competent", "indirect", "64 percent", "call",
     "speaker_cue_object"),
    ("Two in three said they would stay home, and nearly three in five said they are much less "
     "likely to vote.", "they are much less likely to vote", "indirect", "nearly three in five",
     "said", "speaker_cue_that"),
    ("A Feb. 1 letter warns that the logo may not be used.", "the logo may not be used",
     "indirect", "A Feb. 1 letter", "warns", "speaker_cue_that"),
    ("Jo Li said that is not true.", "that is not true", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("The fee is about $40m, sources close to the deal said.", "The fee is about $40m", "indirect",
     "sources close to the deal", "said", "clause_speaker_cue"),
    ("People familiar with the talks said the fee was agreed.", "the fee was agreed", "indirect",
     "People familiar with the talks", "said", "speaker_cue_that"),
    ("A person briefed on the plan said it would be announced soon.",
     "it would be announced soon", "indirect", "A person briefed on the plan", "said",
     "speaker_cue_that"),
    ("Rovers have agreed a fee for Rui Tavares, sources close to the deal said on Friday.",
     "Rovers have agreed a fee for Rui Tavares", "indirect", "sources close to the deal", "said",
     "clause_speaker_cue"),
    ('"We are not giving up," mission director Aiko Tanabe of the Eurasian Space Consortium said.',
     "We are not giving up,", "direct", "Aiko Tanabe", "said", "quote_speaker_cue"),
    ("Aiko Tanabe of the consortium said the probe was lost.", "the probe was lost", "indirect",
     "Aiko Tanabe", "said", "speaker_cue_that"),
    ("In Marden, retired nurse Pat Colley, 71, said she had voted the same way for decades.",
     "she had voted the same way for decades", "indirect", "Pat Colley", "said",
     "speaker_cue_that"),
    ("Cases have tripled since last year, the agency said on Monday, warning that vaccination "
     "rates had fallen.", "Cases have tripled since last year", "indirect", "agency", "said",
     "clause_speaker_cue"),
    ("A strong earthquake struck off the coast early Friday, the institute said, but there were "
     "no reports of damage.", "A strong earthquake struck off the coast early Friday", "indirect",
     "institute", "said", "clause_speaker_cue"),
    ('Accepting the award, Jo Li thanked her mother, "who drove me to every audition," and '
     "dedicated the prize to young actors.", "who drove me to every audition,", "partial",
     "Jo Li", "thanked", "partial_in_cue_sentence"),
    ("According to Dr. Sunita Rao, an endocrinologist at Linwood University who led the study, "
     "adults who slept less had a higher risk of diabetes.",
     "adults who slept less had a higher risk of diabetes", "indirect", "Sunita Rao",
     "According to", "according_to"),
    ("On the night of the fire, according to prosecutors, Lyle Dawes bought two cans of "
     "gasoline.", "Lyle Dawes bought two cans of gasoline", "indirect", "prosecutors",
     "according to", "according_to"),
    ("Actor Sam Ridley said the baby was perfect.", "the baby was perfect", "indirect",
     "Sam Ridley", "said", "speaker_cue_that"),
    ('The club signed Rui Tavares. "My dad made me watch them," the winger said.',
     "My dad made me watch them,", "direct", "Rui Tavares", "said", "quote_speaker_cue"),
    ("Jo Li admitted two counts of fraud and was given a community order.",
     "two counts of fraud", "indirect", "Jo Li", "admitted", "speaker_cue_that"),
    ("Jo Li said the story was inspired by his grandfather, a piano tuner in Lisbon.",
     "the story was inspired by his grandfather, a piano tuner in Lisbon", "indirect", "Jo Li",
     "said", "speaker_cue_that"),
    ("Li criticized the plan, which an FBI inquiry said was too costly.", "was too costly",
     "indirect", "an FBI inquiry", "said", "speaker_cue_that"),
    ("Margaret Dunmore died on Tuesday. She was 91. Her son, Thomas Dunmore, said she had "
     "farmed all her life. “She never took a day off,” he said.", "She never took a day off,",
     "direct", "Thomas Dunmore", "said", "quote_speaker_cue"),
    ("Tom Reddy runs the store with his wife, Anita Reddy. “The water came fast,” she said.",
     "The water came fast,", "direct", "Anita Reddy", "said", "quote_speaker_cue"),
    ("In a statement, his management company, Blue Door Artists, said he was resting at home.",
     "he was resting at home", "indirect", "Blue Door Artists", "said", "speaker_cue_that"),
    ("The developer, Sunfield Energy, said the scheme would power 300,000 homes.",
     "the scheme would power 300,000 homes", "indirect", "Sunfield Energy", "said",
     "speaker_cue_that"),
    ("The state broadcaster, KTV, reported that rebel forces had retaken the city.",
     "rebel forces had retaken the city", "indirect", "KTV", "reported", "speaker_cue_that"),
    ("Police said no one was hurt in the blast.", "no one was hurt in the blast", "indirect",
     "Police", "said", "speaker_cue_that"),
    ("Jo Li said nothing had changed since the vote.", "nothing had changed since the vote",
     "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("When the chief constable told this newspaper that knife crime was under control, many "
     "readers wrote in to disagree.", "knife crime was under control", "indirect",
     "chief constable", "told", "speaker_cue_object_that"),
    ("Workers walked out over what their union, the Warehouse Workers Alliance, called "
     "“robot-speed targets”.", "robot-speed targets", "partial", "Warehouse Workers Alliance",
     "called", "partial_in_cue_sentence"),
    ("Zephyr Air will order 40 new jets, its chief executive, Lars Engstrom, told the Financial "
     "Times. He said the airline hoped to grow.", "the airline hoped to grow", "indirect",
     "Lars Engstrom", "said", "speaker_cue_that"),
    ("The Bishop of Harrowgate, the Rt Rev Simon Achebe-Lowe, has criticised the government for "
     "cutting funding.", "the government for cutting funding", "indirect", "Simon Achebe-Lowe",
     "criticised", "speaker_cue_object"),
    ("Inspectors visited the school on Thursday, saying leaders had failed to tackle bullying.",
     "leaders had failed to tackle bullying", "indirect", "Inspectors", "saying",
     "speaker_cue_that"),
    ("“She hated that,” said a 2008 campaign veteran.", "She hated that,", "direct",
     "a 2008 campaign veteran", "said", "quote_cue_speaker"),
    ("“It was over,” said a 20-year veteran of the force.", "It was over,", "direct",
     "a 20-year veteran of the force", "said", "quote_cue_speaker"),
    ("The rally ended with protesters chanting, “No more cuts.”", "No more cuts.", "direct",
     "protesters", "chanting", "participle_cue"),
    ("Jo Li was booed, with one heckler yelling, “Go home!”", "Go home!", "direct",
     "one heckler", "yelling", "participle_cue"),
    ("Kim Park tied Lee to the governor, with one of her ads asking, “Is Lee independent?”",
     "Is Lee independent?", "direct", "one of her ads", "asking", "participle_cue"),
    ("Jo Li criticized the plan as she toured the site.", "the plan", "indirect", "Jo Li",
     "criticized", "speaker_cue_object"),
    ("Jo Li endorsed the senator as well.", "the senator", "indirect", "Jo Li", "endorsed",
     "speaker_cue_object"),
    ("The union has opposed the merger for more than two years.", "the merger", "indirect",
     "union", "opposed", "speaker_cue_object"),
    ("Jo Li described him as a liar.", "him as a liar", "indirect", "Jo Li", "described",
     "speaker_cue_object"),
    ("WASHINGTON (AP) — The Senate passed the bill on Friday, officials said.",
     "The Senate passed the bill on Friday", "indirect", "officials", "said",
     "clause_speaker_cue"),
    ("FORT MYERS, Fla. (Reuters) - Power was back in half of the homes, according to the "
     "utility.", "Power was back in half of the homes", "indirect", "utility", "according to",
     "according_to"),
    ("GENEVA — The talks ended without a deal, diplomats said.", "The talks ended without a deal",
     "indirect", "diplomats", "said", "clause_speaker_cue"),
    ("(Reuters) - A vaccine was 81% effective in a late-stage trial, the company said on Monday.",
     "A vaccine was 81% effective in a late-stage trial", "indirect", "company", "said",
     "clause_speaker_cue"),
    ("“We are closer,” said the Swiss mediator, Anna-Lena Brügger.", "We are closer,", "direct",
     "Anna-Lena Brügger", "said", "quote_cue_speaker"),
    ("“I let you down,” said the defendant, Lyle Barrow.", "I let you down,", "direct",
     "Lyle Barrow", "said", "quote_cue_speaker"),
    ("“It is a dark day,” said the Union of Journalists’ general secretary, Moira Quinn.",
     "It is a dark day,", "direct", "Moira Quinn", "said", "quote_cue_speaker"),
    ("Jo Li said outside the courthouse that her client regrets it.", "her client regrets it",
     "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("Jo Li tweeted Friday that she would vote against the bill, becoming the fifth Republican "
     "to break ranks.", "she would vote against the bill", "indirect", "Jo Li", "tweeted",
     "speaker_cue_that"),
    ("Jo Li told a regular news briefing that China would act, without giving details.",
     "China would act", "indirect", "Jo Li", "told", "speaker_cue_object_that"),
    ("A state senator who was censured last month for remarks about immigrants said Wednesday "
     "he would not seek re-election.", "he would not seek re-election", "indirect",
     "A state senator", "said", "speaker_cue_that"),
    ("Mayor Al Prewitt conceded the race shortly after midnight.", "the race", "indirect",
     "Al Prewitt", "conceded", "speaker_cue_object"),
    ("Jo Li denied the allegations in a statement.", "the allegations", "indirect", "Jo Li",
     "denied", "speaker_cue_object"),
    ("Jo Li announced a new code, which would ban racism, would be brought in next month.",
     "a new code, which would ban racism, would be brought in next month", "indirect", "Jo Li",
     "announced", "speaker_cue_that"),
    ("Jo Li denied she had lied.", "she had lied", "indirect", "Jo Li", "denied",
     "speaker_cue_that"),
    ("The congressman, Rep. Gil Harmon (R-Ky.), denied the allegations.", "the allegations",
     "indirect", "Gil Harmon", "denied", "speaker_cue_object"),
    ("“No,” said the congressman, Rep. Gil Harmon (R-Ky.).", "No,", "direct", "Gil Harmon",
     "said", "quote_cue_speaker"),
    ("The cartel is likely to extend its cuts, three sources told Reuters, asking not to be "
     "identified because the talks were private.", "The cartel is likely to extend its cuts",
     "indirect", "three sources", "told", "clause_speaker_cue"),
    ("The plan is dead, an official said, speaking on condition of anonymity.",
     "The plan is dead", "indirect", "an official", "said", "clause_speaker_cue"),
    ("Late Tuesday, her office released a one-line statement: “She has done nothing wrong.”",
     "She has done nothing wrong.", "direct", "her office", "statement", "speaker_colon"),
    ("“I doubt it,” said Jerome Pakula, a councilman who is considering a run for mayor, “and "
     "anybody who says otherwise is lying.”", "and anybody who says otherwise is lying.",
     "direct", "Jerome Pakula", "said", "quote_cue_speaker"),
    ("A federal judge blocked the law on Friday, ruling that it likely violated the First "
     "Amendment.", "it likely violated the First Amendment", "indirect", "A federal judge",
     "ruling", "speaker_cue_that"),
    ("The court ruled that the ban was unconstitutional.", "the ban was unconstitutional",
     "indirect", "court", "ruled", "speaker_cue_that"),
    ("Ruth Chebet won the marathon on Sunday. ‘The last five kilometres were hard,’ said the "
     "27-year-old.", "The last five kilometres were hard,", "direct", "Ruth Chebet", "said",
     "quote_cue_speaker"),
    ("Hollis Gray has turned down two offers. In an interview with the Evening Courier, the "
     "31-year-old said the firm would be profitable.", "the firm would be profitable",
     "indirect", "Hollis Gray", "said", "speaker_cue_that"),
    ("LINCOLN, Neb. (AP) — Farmers are on track for a record harvest, the department said.",
     "Farmers are on track for a record harvest", "indirect", "department", "said",
     "clause_speaker_cue"),
    ("Kenya’s Ruth Chebet won the Edinburgh Marathon on Sunday. ‘It was hard,’ said the "
     "27-year-old.", "It was hard,", "direct", "Ruth Chebet", "said", "quote_cue_speaker"),
    ("Actor Tom Reddick nearly turned down the role. Speaking on Radio Wessex’s Sunday Brunch, "
     "the 52-year-old said: “I read the script and thought it would never work.”",
     "I read the script and thought it would never work.", "direct", "Tom Reddick", "said",
     "speaker_cue_colon"),
    ("Downing Street said the Prime Minister had accepted her resignation.",
     "the Prime Minister had accepted her resignation", "indirect", "Downing Street", "said",
     "speaker_cue_that"),
    ("Bridget Holloway told MPs the increase was needed to put universities on a secure "
     "footing.", "the increase was needed to put universities on a secure footing", "indirect",
     "Bridget Holloway", "told", "speaker_cue_object_that"),
    ("Kelly Bray has told a jury she never took anything that was not given to her.",
     "she never took anything that was not given to her", "indirect", "Kelly Bray", "told",
     "speaker_cue_object_that"),
    ("Emily Watts said the plan was dead.", "the plan was dead", "indirect", "Emily Watts",
     "said", "speaker_cue_that"),
    ("Only Jo Li said the plan was dead.", "the plan was dead", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Thieves stole 200 ewes in what police have described as a ‘highly organised’ operation.",
     "highly organised", "partial", "police", "described", "partial_in_cue_sentence"),
    ("A new cycle lane has been branded a ‘death trap’ by motorists.", "death trap", "partial",
     "motorists", "branded", "partial_in_cue_sentence"),
    ("The pope will visit Lebanon in September, the Vatican said Saturday, in a trip aimed at "
     "encouraging Christians.", "The pope will visit Lebanon in September", "indirect",
     "Vatican", "said", "clause_speaker_cue"),
    ("The Kremlin said on Thursday it saw no basis for talks with Washington, days after U.S. "
     "officials said a deal had been close.", "it saw no basis for talks with Washington",
     "indirect", "Kremlin", "said", "speaker_cue_that"),
    ("The study found that potassium spikes were no more common in the group, easing a concern "
     "that has held back wider use.", "potassium spikes were no more common in the group",
     "indirect", "study", "found", "speaker_cue_that"),
    ("Teenagers slept more after schools started later, a study of 6,000 students has found.",
     "Teenagers slept more after schools started later", "indirect", "a study of 6,000 students",
     "found", "clause_speaker_cue"),
    ("A dairy worker has tested positive for bird flu, the U.S. Centers for Disease Control and "
     "Prevention said on Wednesday.", "A dairy worker has tested positive for bird flu",
     "indirect", "U.S. Centers for Disease Control and Prevention", "said",
     "clause_speaker_cue"),
    ("House prices fell for a third month in October, mortgage lender Brookmere Building "
     "Society said on Friday.", "House prices fell for a third month in October", "indirect",
     "Brookmere Building Society", "said", "clause_speaker_cue"),
    ('The Ghana Cocoa Board said purchases fell, blaming "the combined effects of disease and '
     'erratic rainfall".', "the combined effects of disease and erratic rainfall", "partial",
     "Ghana Cocoa Board", "blaming", "partial_in_cue_sentence"),
    ("Dr. Hyun-joo Lee has lost a third of her colonies, a rate she calls “unsustainable for any "
     "farmer.”", "unsustainable for any farmer.", "partial", "Hyun-joo Lee", "calls",
     "partial_in_cue_sentence"),
    ('Crypto lending platform Velora froze withdrawals on Tuesday, citing "extreme market '
     'conditions", a month after its founder assured users that deposits were safe.',
     "extreme market conditions", "partial", "Velora", "citing", "partial_in_cue_sentence"),
    ("The watchdog lost track of the stockpile, a confidential report seen by Reuters said on "
     "Wednesday.", "The watchdog lost track of the stockpile", "indirect", "a confidential report",
     "said", "clause_speaker_cue"),
    ("North Korea fired two missiles into the sea on Thursday, South Korea's military said.",
     "North Korea fired two missiles into the sea on Thursday", "indirect",
     "South Korea's military", "said", "clause_speaker_cue"),
    ("Rates will stay high for longer, the U.S. Federal Reserve's chair said.",
     "Rates will stay high for longer", "indirect", "U.S. Federal Reserve's chair", "said",
     "clause_speaker_cue"),
    ("The agency said sea levels rose 4.7 millimeters (0.19 inches) a year since 2014.",
     "sea levels rose 4.7 millimeters (0.19 inches) a year since 2014", "indirect", "agency",
     "said", "speaker_cue_that"),
    ("Jo Li said the bill (which passed last week) was dead.",
     "the bill (which passed last week) was dead", "indirect", "Jo Li", "said",
     "speaker_cue_that"),
    ("Microplastics were found in every sample, scientists reported in Environmental Science & "
     "Technology.", "Microplastics were found in every sample", "indirect", "scientists",
     "reported", "clause_speaker_cue"),
    ("Business groups have warned the tariffs could raise costs for automakers.",
     "the tariffs could raise costs for automakers", "indirect", "Business groups", "warned",
     "speaker_cue_that"),
    ("Jo Li warned voters the tariffs could raise costs.", "the tariffs could raise costs",
     "indirect", "Jo Li", "warned", "speaker_cue_object_that"),
    ('Velora froze withdrawals, citing "extreme market conditions", a month after its founder '
     'assured users that deposits were "safer than in a bank".', "safer than in a bank",
     "partial", "its founder", "assured", "partial_in_cue_sentence"),
    ("Ethiopia expects to conclude a deal by June, State Minister for Finance Selamawit "
     "Gebremedhin said on Wednesday.", "Ethiopia expects to conclude a deal by June", "indirect",
     "Selamawit Gebremedhin", "said", "clause_speaker_cue"),
    ("Minister of State for Railways Anupriya Deshmukh said accidents had fallen.",
     "accidents had fallen", "indirect", "Anupriya Deshmukh", "said", "speaker_cue_that"),
    ("Additional Solicitor General Kavita Dutt submitted that a monitoring committee had been "
     "set up.", "a monitoring committee had been set up", "indirect", "Kavita Dutt", "submitted",
     "speaker_cue_that"),
    ("Sheriff Elaine Farris told reporters no deaths had been reported.",
     "no deaths had been reported", "indirect", "Elaine Farris", "told",
     "speaker_cue_object_that"),
    # a quotation in lower case makes a clause with a contracted verb or a second sentence
    ("Jo Li explained, “it’s a scenario where Hillary needs Bernie.”",
     "it’s a scenario where Hillary needs Bernie.", "direct", "Jo Li", "explained",
     "speaker_cue_comma"),
    ("Jo Li said, “we’ve won.”", "we’ve won.", "direct", "Jo Li", "said", "speaker_cue_comma"),
    ("About half the members don't pay, Jo Li says, “and that's fine.”", "and that's fine.",
     "partial", "Jo Li", "says", "partial_in_cue_sentence"),
    ("Jo Li explained, “with the race over by March, Hillary gets little TV. So, in a funny way, "
     "Hillary needs Bernie.”", "with the race over by March, Hillary gets little TV. So, in a "
     "funny way, Hillary needs Bernie.", "direct", "Jo Li", "explained", "speaker_cue_comma"),
    # a given name alone in apposition to a kinship noun names a person
    ("In a statement, his wife, Margaret, said he had loved the fells.", "he had loved the fells",
     "indirect", "Margaret", "said", "speaker_cue_that"),
    ("His daughter, Gina, said he “never stopped performing”.", "never stopped performing",
     "partial", "Gina", "said", "partial_in_cue_sentence"),
    ("LONDON, March 4 (Reuters) - Short walks after meals may lower the risk of diabetes, "
     "according to researchers at Midland University.",
     "Short walks after meals may lower the risk of diabetes", "indirect",
     "researchers at Midland University", "according to", "according_to"),
    # a quoted term inside the relative clause between a subject and its verb
    ("Save Our Meon, which organised a “paddle-out” protest on Saturday, said the habitat was "
     "dying.", "the habitat was dying", "indirect", "Save Our Meon", "said", "speaker_cue_that"),
    # a description's appositive opening with a modifier names the speaker
    ("Its chair, retired ecologist Dr Ruth Ainsley, said the river was dying.",
     "the river was dying", "indirect", "Ruth Ainsley", "said", "speaker_cue_that"),
    ("The family of a 19-year-old motorcyclist have paid tribute to a “kind, funny and loyal” "
     "young man.", "kind, funny and loyal", "partial", "family of a 19-year-old motorcyclist",
     "paid tribute", "partial_in_cue_sentence"),
    # the attribution's pronoun is resolved before a pronoun of the other gender ahead of it
    # in the reported content
    ("Prosecutor Clarissa Ong told the court that Marcus Tan had lured the victims with offers "
     "of work. He would then demand a deposit before vanishing, she said.",
     "He would then demand a deposit before vanishing", "indirect", "Clarissa Ong", "said",
     "clause_speaker_cue"),
    ("Prosecutor Clarissa Ong told the court that Marcus Tan had lured the victims with offers "
     "of work. His victims never saw the money again, she said.",
     "His victims never saw the money again", "indirect", "Clarissa Ong", "said",
     "clause_speaker_cue"),
    # a lead's description is the person the next paragraph names with an age
    ("A former youth football coach testified Tuesday that he never saw the boy collapse.\n\n"
     "Darnell Ruggles, 52, is charged with reckless homicide.\n\n"
     "“I would never put a kid in danger,” Ruggles said.",
     "he never saw the boy collapse", "indirect", "Darnell Ruggles", "testified",
     "speaker_cue_that"),
    # "his daughter" is the person named before in apposition to "his daughter"
    ("His daughter, Gina DeLuca-Price, said the cause was a stroke.\n\n"
     "DeLuca earned his nickname in 1964. “He always said the crowd thought it was part of the "
     "act,” his daughter said.",
     "He always said the crowd thought it was part of the act,", "direct", "Gina DeLuca-Price",
     "said", "quote_speaker_cue"),
    # a place after "in" before the cue is no speaker: the subject is before it, or before the
    # relative clause that holds it
    ("Police in County Cork said the road would reopen on Monday.",
     "the road would reopen on Monday", "indirect", "Police in County Cork", "said",
     "speaker_cue_that"),
    ("The family of a man who died in a crash in Leeds said he was a loving father.",
     "he was a loving father", "indirect", "family of a man", "said", "speaker_cue_that"),
    # an authority is an institution: no person, so no antecedent of "he"
    ("The Mental Health Authority has called for more money.\n\nThe chief executive of the "
     "Authority, Professor Kwadwo Asante-Mensah, said the hospitals were full.\n\n"
     "“We still have families chaining relatives to trees,” he said.",
     "We still have families chaining relatives to trees,", "direct", "Kwadwo Asante-Mensah",
     "said", "quote_speaker_cue"),
    # an institution after its country's possessive opens the clause a participle shares
    ("Britain's Financial Conduct Authority fined Ashcombe Bank on Monday, saying the lender "
     "had allowed a backlog to build up.", "the lender had allowed a backlog to build up",
     "indirect", "Britain's Financial Conduct Authority", "saying", "speaker_cue_that"),
    # "signal" reports a finite clause without "that", to its end
    ("Norway's central bank held its rate on Thursday but signalled it could begin cutting "
     "borrowing costs in September.", "it could begin cutting borrowing costs in September",
     "indirect", "Norway's central bank", "signalled", "speaker_cue_that"),
    # a lead's description by an occupation, or with its place, is the person named next
    ("A former bookkeeper told jurors on Tuesday that she had been told to alter invoices.\n\n"
     "Maria Okafor, 52, is the key witness in the trial. Under cross-examination, she conceded "
     "that she had never raised her concerns.", "she had been told to alter invoices",
     "indirect", "Maria Okafor", "told", "speaker_cue_object_that"),
    ("A councillor in Swindon has apologised after tweeting that cyclists were a menace.\n\n"
     "Cllr Roger Bland later tweeted: “I was wrong to say it.”", "cyclists were a menace",
     "indirect", "Roger Bland", "tweeting", "speaker_cue_that"),
    # "Coun." and "Cllr" are titles, and no sentence ends after "Coun."
    ("Coun. Jane Whitby said the vote was rigged.", "the vote was rigged", "indirect",
     "Jane Whitby", "said", "speaker_cue_that"),
    # a quantifier opens the reported clause's subject
    ("Dr Kirsty Rendle said more than 40 aftershocks had been recorded, and warned people to "
     "expect more.", "more than 40 aftershocks had been recorded", "indirect", "Kirsty Rendle",
     "said", "speaker_cue_that"),
    ("The mayor said much of the city was still without power.",
     "much of the city was still without power", "indirect", "mayor", "said",
     "speaker_cue_that"),
    # staff, colleagues, fans: those written or spoken to after an attribution's adjunct
    ("The company is shifting investment toward artificial intelligence, CEO Dana Whitfield "
     "wrote in a memo to staff.", "The company is shifting investment toward artificial "
     "intelligence", "indirect", "Dana Whitfield", "wrote", "clause_speaker_cue"),
    # where a description's person comes from is no part of the speaker
    ("Conor Mulqueen won the title on Sunday.\n\n“I have dreamed of this since I was six,” the "
     "24-year-old from Banbridge said.", "I have dreamed of this since I was six,", "direct",
     "Conor Mulqueen", "said", "quote_speaker_cue"),
    # a dash attribution's person, then when the words were said
    ("“We were second to every ball.” — Coach Dale Ferris after Northbridge's 38-10 defeat.",
     "We were second to every ball.", "direct", "Dale Ferris", None, "dash_attribution"),
    # a country after a particle is no surname: the Tour de France is no person
    ("GRENOBLE, France (AFP) - Julien Marchetti won a stage at the Tour de France on Saturday."
     "\n\n«I dreamed of this as a little boy,» said the 26-year-old.",
     "I dreamed of this as a little boy,", "direct", "Julien Marchetti", "said",
     "quote_cue_speaker"),
    # an office with "the" in it before the name ("Leader of the Opposition")
    ("Leader of the Opposition Meenakshi Rao said the government was running away. “The "
     "country wants answers,” she said outside Parliament.", "The country wants answers,",
     "direct", "Meenakshi Rao", "said", "quote_speaker_cue"),
    ("Leader of the Opposition Meenakshi Rao said the government was running away.",
     "the government was running away", "indirect", "Meenakshi Rao", "said", "speaker_cue_that"),
    ("Chair of the Federal Reserve Jerome Powell said rates would rise.", "rates would rise",
     "indirect", "Jerome Powell", "said", "speaker_cue_that"),
    # a lead's description of an organisation is the one the next sentence names
    ("Household energy bills will rise by £111 a year from April, the energy regulator has "
     "announced.\n\nThe Energy Markets Authority said the increase was driven by gas prices.",
     "Household energy bills will rise by £111 a year from April", "indirect",
     "Energy Markets Authority", "announced", "clause_speaker_cue"),
    # "the force" is the police force named before
    ("Greater Manchester Police said a man had been stabbed. Two men have been arrested on "
     "suspicion of murder, the force said.",
     "Two men have been arrested on suspicion of murder", "indirect",
     "Greater Manchester Police", "said", "clause_speaker_cue"),
    # "the co-founder of a company" speaks, not the company
    ("The co-founder of meal-kit company Forkful has admitted the business grew too fast.\n\n"
     "“We hired ahead of demand,” co-founder Ruairí Gallen wrote in a blog post.",
     "the business grew too fast", "indirect", "Ruairí Gallen", "admitted", "speaker_cue_object"),
    ("The chief executive of Harlow Foods said the deal was off.", "the deal was off",
     "indirect", "chief executive of Harlow Foods", "said", "speaker_cue_that"),
    # a name modifying a role is no antecedent: "he" is the founder, not the company
    ("The mission was Albatross Aerospace's first launch since a failure last year.\n\n"
     "Albatross founder and CEO Ben Okonkwo-Reid wrote on X that the team was gutted.\n\n"
     "“Space is hard,” he posted.", "Space is hard,", "direct", "Ben Okonkwo-Reid", "posted",
     "quote_speaker_cue"),
    # a subject pronoun after a finding verb opens a clause, to its end
    ("Jo Li admitted she failed to inspect the containers last month.",
     "she failed to inspect the containers last month", "indirect", "Jo Li", "admitted",
     "speaker_cue_that"),
    ("The agency has admitted it failed to inspect 3,000 containers during an outage last "
     "month.", "it failed to inspect 3,000 containers during an outage last month", "indirect",
     "agency", "admitted", "speaker_cue_that"),
    # "the court" after "told" is the listener, however the clause after it opens
    ("Prosecutor Amanda Lyle told the court Delaney's Range Rover had been clocked at 6.40am.",
     "Delaney's Range Rover had been clocked at 6.40am", "indirect", "Amanda Lyle", "told",
     "speaker_cue_object_that"),
    ("Commissioner Craig Dunleavy told a Senate estimates hearing on Monday the outage had "
     "lasted 38 hours.", "the outage had lasted 38 hours", "indirect", "Craig Dunleavy", "told",
     "speaker_cue_object_that"),
    # an occupation is a role before a name and a surname after a given name
    ("Farmer Jo Li, 52, said he had lost his entire crop.", "he had lost his entire crop",
     "indirect", "Jo Li", "said", "speaker_cue_that"),
    ("Paul Farmer, who runs the charity, said the law was cruel. Farmer added that he would "
     "appeal.", "he would appeal", "indirect", "Paul Farmer", "added", "speaker_cue_that"),
    ("Former Secretary of State James Baker said the talks had failed. “It is over,” Baker said.",
     "It is over,", "direct", "James Baker", "said", "quote_speaker_cue"),
    # where a person named with an age comes from is no part of the speaker
    ("Dnyaneshwar Jadhav, 52, of Niphad taluka said he had lost his entire crop.",
     "he had lost his entire crop", "indirect", "Dnyaneshwar Jadhav", "said", "speaker_cue_that"),
    ("Kerry Pollitt, 46, of Hartcliffe said she was sorry.", "she was sorry", "indirect",
     "Kerry Pollitt", "said", "speaker_cue_that"),
    ("New Zealand's central bank cut its cash rate on Wednesday, saying inflation was now "
     "within its target band.", "inflation was now within its target band", "indirect",
     "New Zealand's central bank", "saying", "speaker_cue_that"),
    # a clause after the listener, its verb in the past, is no directive's object
    ("Governor Alistair Pemberton told reporters the bank expected to cut rates again in "
     "February.", "the bank expected to cut rates again in February", "indirect",
     "Alistair Pemberton", "told", "speaker_cue_object_that"),
    ("Jane Doe lays out what she believes are the party's core beliefs.",
     "are the party's core beliefs", "indirect", "Jane Doe", "believes", "speaker_cue_that"),
    ("The central bank cut its official cash rate on Wednesday, saying inflation was low.",
     "inflation was low", "indirect", "central bank", "saying", "speaker_cue_that"),
    ('"Rates will fall," the Reserve Bank of New Zealand said.', "Rates will fall,", "direct",
     "Reserve Bank of New Zealand", "said", "quote_speaker_cue"),
    ("Kenya's Mercy Jeptanui won the race on Thursday. She held off Ethiopia's Selamawit Gebre"
     " in a sprint finish. “It was not a fair race,” the Ethiopian said.",
     "It was not a fair race,", "direct", "Selamawit Gebre", "said", "quote_speaker_cue"),
    ("Chief Minister Ravindra Singh on Sunday accused the Opposition of spreading lies. Party"
     " leader Kavita Mishra said the Chief Minister should release a list of the jobs if his"
     ' claims were true. "Numbers on a hoarding do not feed families," she told reporters.',
     "Numbers on a hoarding do not feed families,", "direct", "Kavita Mishra", "told",
     "quote_speaker_cue"),
    ("Chief Minister Ravindra Singh defended the figures. Party leader Kavita Mishra said the"
     ' list was false. "Let him show us the letters," she told reporters.',
     "Let him show us the letters,", "direct", "Kavita Mishra", "told", "quote_speaker_cue"),
    ("Opposition leader Fiona Castellan accused Prime Minister Adrian Holloway of dodging an"
     " election.\n\n'If he is so proud of his record, why won't he put it to the country?' she"
     " asked.", "If he is so proud of his record, why won't he put it to the country?", "direct",
     "Fiona Castellan", "asked", "quote_speaker_cue"),
    ("Federal regulators sued to block the merger, arguing that the deal would raise fares.",
     "the deal would raise fares", "indirect", "Federal regulators", "arguing",
     "speaker_cue_that"),
    ("Regulators on Monday sued to block the merger, arguing the deal would raise fares.",
     "the deal would raise fares", "indirect", "Regulators", "arguing", "speaker_cue_that"),
    ("Senior officials resigned on Monday, saying the plan had failed.", "the plan had failed",
     "indirect", "Senior officials", "saying", "speaker_cue_that"),
    ("His lawyer, Owen Petrakis, said afterward that his client would not appeal.",
     "his client would not appeal", "indirect", "Owen Petrakis", "said", "speaker_cue_that"),
    ("Opposition leader Jo Rao termed the package “too little, too late”.",
     "too little, too late", "partial", "Jo Rao", "termed", "partial_in_cue_sentence"),
    ("Elena Voskresenskaya lost on Wednesday. Asked whether this had been her last match in"
     ' Melbourne, the 34-year-old, long known on tour as "the Ice Queen" for her composure,'
     " said she had not decided anything.",
     "she had not decided anything", "indirect", "Elena Voskresenskaya", "said",
     "speaker_cue_that"),
    ("The Ministry of Foreign Affairs said it was in contact with 43 citizens. None had reported"
     " injuries, it added.", "None had reported injuries", "indirect",
     "Ministry of Foreign Affairs", "added", "clause_speaker_cue"),
    ("Golfer Pieter van Wyk has withdrawn from next week's Royal Harbour Open with a back"
     " injury, he posted on Instagram.",
     "Golfer Pieter van Wyk has withdrawn from next week's Royal Harbour Open with a back injury",
     "indirect", "Pieter van Wyk", "posted", "clause_speaker_cue"),
    ("Sgt. Paul Ward told reporters that the suspect, whose name was not released, was taken"
     " into custody.", "the suspect, whose name was not released, was taken into custody",
     "indirect", "Paul Ward", "told", "speaker_cue_object_that"),
    ("Orr told followers she had not seen the label.", "she had not seen the label", "indirect",
     "Orr", "told", "speaker_cue_object_that"),
    ("Reyes told his 1.8 million viewers that he had been banned.", "he had been banned",
     "indirect", "Reyes", "told", "speaker_cue_object_that"),
    ("Jo Lind said in a video posted on Tuesday that he was suffering from exhaustion.",
     "he was suffering from exhaustion", "indirect", "Jo Lind", "said", "speaker_cue_that"),
    ("Jo Lind has in the past said he was staying quiet.", "he was staying quiet", "indirect",
     "Jo Lind", "said", "speaker_cue_that"),
    ("Campaigners dismissed Jo Kell’s assurance that bills would not rise.",
     "bills would not rise", "indirect", "Jo Kell", "assurance", "reporting_noun"),
    ("Jo Kell was summoned after his insistence that the company had met its targets was"
     " contradicted.", "the company had met its targets", "indirect", "Jo Kell", "insistence",
     "reporting_noun"),
    ("Jo Kell’s claim that heavy rain was to blame for the spills has been ridiculed.",
     "heavy rain was to blame for the spills", "indirect", "Jo Kell", "claim",
     "reporting_noun"),
    ("The Rivers Regulator last week issued a warning that sewage spills could rise by a third.",
     "sewage spills could rise by a third", "indirect", "Rivers Regulator", "warning",
     "reporting_noun"),
    ('Jo Park, long known on tour as "the Ice Queen", said she would play on.', "the Ice Queen",
     "scare", None, None, "scare"),
    ("The mayor of a small town in Mexico's Guerrero state said Sunday that she was resigning.",
     "she was resigning", "indirect", "mayor of a small town in Mexico's Guerrero state",
     "said", "speaker_cue_that"),
    ("The cartel will extend its cuts, three delegates told Reuters, as producers try to shore up"
     " prices.", "The cartel will extend its cuts", "indirect", "three delegates", "told",
     "clause_speaker_cue"),
    ("Winds tore roofs from schools, Celeste Mabunda told AFP, adding that the damage was vast.",
     "Winds tore roofs from schools", "indirect", "Celeste Mabunda", "told",
     "clause_speaker_cue"),
    ("DUBAI/LONDON (Reuters) - The group is likely to extend its cuts, four sources told"
     " Reuters.", "The group is likely to extend its cuts", "indirect", "four sources", "told",
     "clause_speaker_cue"),
    ("A prosecutor has ordered the detention of 14 contractors, state media reported.",
     "A prosecutor has ordered the detention of 14 contractors", "indirect", "state media",
     "reported", "clause_speaker_cue"),
    ("The blast killed three people, Iranian media said.", "The blast killed three people",
     "indirect", "Iranian media", "said", "clause_speaker_cue"),
    ("Lumen unveiled a $1,799 phone that chief executive Arjun Mehta called “the most important"
     " product we have ever built.”", "the most important product we have ever built.",
     "partial", "Arjun Mehta", "called", "partial_in_cue_sentence"),
    ("She refuses to use premixes, which she calls “cake in a box for people who’ve given up”.",
     "cake in a box for people who’ve given up", "partial", None, "calls",
     "partial_in_cue_sentence"),
    ("Jo Li told the Guardian his team would decide overnight.", "his team would decide overnight",
     "indirect", "Jo Li", "told", "speaker_cue_object_that"),
    ("Arrieta told Spanish television his team would decide overnight.",
     "his team would decide overnight", "indirect", "Arrieta", "told",
     "speaker_cue_object_that"),
    ("Parveen Akhtar told the Paisley Gazette her father was determined to reopen.",
     "her father was determined to reopen", "indirect", "Parveen Akhtar", "told",
     "speaker_cue_object_that"),
    ("Sheriff Wade Pickens said at least 14 people had been taken to hospitals.",
     "at least 14 people had been taken to hospitals", "indirect", "Wade Pickens", "said",
     "speaker_cue_that"),
    ("Hamzah said about 85 per cent of Malaysians would continue to pay the subsidised price.",
     "about 85 per cent of Malaysians would continue to pay the subsidised price", "indirect",
     "Hamzah", "said", "speaker_cue_that"),
    ("CALLOWAY, Miss. (AP) — A tornado tore through the town late Saturday, according to the"
     " National Weather Service.", "A tornado tore through the town late Saturday", "indirect",
     "National Weather Service", "according to", "according_to"),
    ("Dengue cases have risen by 38 per cent, state health exco member Dr Siti Mariam Jaafar said"
     " today.", "Dengue cases have risen by 38 per cent", "indirect", "Siti Mariam Jaafar",
     "said", "clause_speaker_cue"),
    ("Her employer, Eversley Care Group, argued that she had been dismissed for misconduct.",
     "she had been dismissed for misconduct", "indirect", "Eversley Care Group", "argued",
     "speaker_cue_that"),
    # the object of a directive cue may carry a prepositional phrase or a relative clause
    ("Police urged anyone with information to contact them.", "to contact them", "indirect",
     "Police", "urged", "speaker_cue_object"),
    ("Health officials are urging anyone who was at the airport's international terminal on "
     "Saturday afternoon to check their vaccination status.", "to check their vaccination status",
     "indirect", "Health officials", "urging", "speaker_cue_object"),
    ("The agency advised anyone who had bought the wraps not to eat them.", "not to eat them",
     "indirect", "agency", "advised", "speaker_cue_object"),
    # a reporting verb's form after an article is a noun inside the speaker ("the state …")
    ("Farmers have postponed sowing, officials of the state agriculture department said on "
     "Monday.", "Farmers have postponed sowing", "indirect",
     "officials of the state agriculture department", "said", "clause_speaker_cue"),
    # a person of an institution written in lower case speaks, not the institution
    ("Dr. Felix Amador of the state health department noted that no case had been found.",
     "no case had been found", "indirect", "Felix Amador", "noted", "speaker_cue_that"),
    ("An MLA from the ruling party on Sunday demanded the resignation of the minister.",
     "the resignation of the minister", "indirect", "An MLA from the ruling party", "demanded",
     "speaker_cue_object"),
    # "who" after an appositive that ends in a place: the name before the appositive speaks
    ("The ball was caught by Curtis Fenwick, a 34-year-old accountant from Peoria, Illinois, "
     "who said he planned to give it back.", "he planned to give it back", "indirect",
     "Curtis Fenwick", "said", "speaker_cue_that"),
    # a Commonwealth title "Minister of State for <portfolio>" before the name
    ("Employers could face higher penalties, Minister of State for Manpower Wes Streeting "
     "told Parliament.", "Employers could face higher penalties", "indirect", "Wes Streeting",
     "told", "clause_speaker_cue"),
    # an appositive ending in a quoted term with the comma inside the closing mark
    ('Cobalt Reasoning, a startup building what it calls "autonomous coworkers," said Tuesday '
     "it had raised $400 million.", "it had raised $400 million", "indirect",
     "Cobalt Reasoning", "said", "speaker_cue_that"),
    ("Margaret Ynez of the nonpartisan Campaign Integrity Project said the filings showed a "
     "trend.", "the filings showed a trend", "indirect", "Margaret Ynez", "said",
     "speaker_cue_that"),
    # a report inside a relative clause on the subject ends where the main verb resumes
    ("A man who told police he was drunk has been jailed for 18 months.", "he was drunk",
     "indirect", "A man", "told", "speaker_cue_object_that"),
    ("A man who punched a driver after the driver asked him to stop vaping was jailed on "
     "Monday.", "to stop vaping", "indirect", "driver", "asked", "speaker_cue_object"),
    ("Voters who backed the plan say the economy is strong and jobs are plentiful.",
     "the economy is strong and jobs are plentiful", "indirect", "Voters",
     "say", "speaker_cue_that"),
    # a name that is the object inside a restrictive relative clause on the subject is no speaker
    ("Republicans who support Cruz said the vote was rigged.", "the vote was rigged", "indirect",
     "Republicans", "said", "speaker_cue_that"),
    ("Many Democrats who oppose Clinton say she cannot win.", "she cannot win", "indirect",
     "Many Democrats", "say", "speaker_cue_that"),
    # an Indian agency's dateline: the place in title case, the date and the agency, no dash
    ("Bengaluru, Jul 14 (PTI) Farmers have postponed sowing, officials said on Monday.",
     "Farmers have postponed sowing", "indirect", "officials", "said", "clause_speaker_cue"),
    # a live blog's time stamp opening a paragraph is no part of its first sentence
    ("9.42pm — Turnout looks to be around 38 per cent, according to Elections Saskatchewan.",
     "Turnout looks to be around 38 per cent", "indirect", "Elections Saskatchewan",
     "according to", "according_to"),
    # "the company" after a report whose subject is the company's one-word name
    ("Eskom will cut power from 4pm on Thursday, the power utility said.",
     "Eskom will cut power from 4pm on Thursday", "indirect", "Eskom", "said",
     "clause_speaker_cue"),
    # Singapore copy dates the weekday in brackets
    ("All schools will stop holding exams from 2026, Education Minister Teo Wen Jie announced "
     "in Parliament on Tuesday (March 5).", "All schools will stop holding exams from 2026",
     "indirect", "Teo Wen Jie", "announced", "clause_speaker_cue"),
    # a participle after a comma shares the main clause's subject, not that of a participle
    # modifying the object ("voters challenging the map")
    ("The Supreme Court on Thursday sided with Black voters challenging the state's map, ruling "
     "5-4 that a lower court had applied the wrong standard.",
     "a lower court had applied the wrong standard", "indirect", "Supreme Court", "ruling",
     "speaker_cue_that"),
    # role nouns of courts, schools, churches and treasuries before a name are no part of it
    ("CANBERRA (AAP) - Treasurer Lachlan Moffatt said the rebate would not fuel inflation.",
     "the rebate would not fuel inflation", "indirect", "Lachlan Moffatt", "said",
     "speaker_cue_that"),
    ("Magistrate Helen Ford said the offence was serious.", "the offence was serious",
     "indirect", "Helen Ford", "said", "speaker_cue_that"),
    ("Pastor Dan Otis said the church would help.", "the church would help", "indirect",
     "Dan Otis", "said", "speaker_cue_that"),
    # ... and a description by one stands for the person introduced with it
    ("Tenancy Tribunal adjudicator Sarah Lim-Howard wrote that the landlord had ignored nine "
     "requests.\n\nThe adjudicator said there was no evidence for that claim.",
     "there was no evidence for that claim", "indirect", "Sarah Lim-Howard", "said",
     "speaker_cue_that"),
    # a lead's description is the person the next paragraph names with nothing to introduce
    # them: the lead did
    ("The chief executive of Severnside Water has apologised for a sewage spill, but insisted "
     "the company had met its obligations.\n\nAppearing before MPs on Wednesday, Alun Prydderch "
     "said the spill had been caused by a power failure.", "the company had met its obligations",
     "indirect", "Alun Prydderch", "insisted", "speaker_cue_that"),
    # a reporting noun's clause in the sentence's subject ends before the main clause's
    # perfect ("… report | has only added to the anger")
    ("Cllr Brendan Foy’s admission that he had not read the final cost report has only added "
     "to the anger.", "he had not read the final cost report", "indirect", "Brendan Foy",
     "admission", "reporting_noun"),
    # the writer's time clause after a clause-final attribution ("said Thursday as they …")
    ("A former aide steered $2 million in grants to a nonprofit he controlled, federal "
     "prosecutors said Thursday as they unsealed an indictment against him.",
     "A former aide steered $2 million in grants to a nonprofit he controlled", "indirect",
     "federal prosecutors", "said", "clause_speaker_cue"),
    ("The storm had killed at least four people, the governor said after she toured the coast.",
     "The storm had killed at least four people", "indirect", "governor", "said",
     "clause_speaker_cue"),
    # a listener's name may join capitalised words with "and" or "of"
    ("Gloria Benning told the House Transportation and Infrastructure Committee the shortage "
     "had contributed to near-collisions.", "the shortage had contributed to near-collisions",
     "indirect", "Gloria Benning", "told", "speaker_cue_object_that"),
    ("Jo Li told the Department of Justice the records had been destroyed.",
     "the records had been destroyed", "indirect", "Jo Li", "told", "speaker_cue_object_that"),
    # the writer's concession ends the report also after a name ("… the United States, even as")
    ("Prime Minister Daniel Arsenault says Canada will not blink first in its trade dispute with "
     "the United States, even as Ontario's premier urged Ottawa to offer concessions.",
     "Canada will not blink first in its trade dispute with the United States", "indirect",
     "Daniel Arsenault", "says", "speaker_cue_that"),
    # a spokesperson referring questions elsewhere is the speaker's act, not the report's
    ("Press secretary Dana Moreland said she did not want to get ahead of the process and "
     "referred questions to the Commerce Department.",
     "she did not want to get ahead of the process", "indirect", "Dana Moreland", "said",
     "speaker_cue_that"),
    # a report opening with its auxiliary ("that he said would …") has its finite verb, so the
    # writer's appositive after it ends it
    ("Mayor Raymond Tull unveiled a budget on Monday that he said would close a $310 million "
     "deficit without raising taxes, a promise he made during the campaign.",
     "would close a $310 million deficit without raising taxes", "indirect", "Raymond Tull",
     "said", "speaker_cue_that"),
    # a pronoun in a fronted phrase points ahead to the name after it ("Standing in what used to
    # be her kitchen, Yvette Broussard"), not back to the person named before
    ("Gov. Beau Thibodeaux said 180,000 customers remained without power.\n\nStanding in what "
     "used to be her kitchen, Yvette Broussard, 64, said she had ridden out the storm. “The water "
     "came up so fast,” she said.", "The water came up so fast,", "direct", "Yvette Broussard",
     "said", "quote_speaker_cue"),
    # ... and a pronoun after it is the subject's, not a person named inside the fronted phrase
    ("Hillary Clinton greeted diners on Monday.\n\nMaking her way around Chez Vachon, Clinton "
     "thanked a diner. She says, “With your help, we can do it.”", "With your help, we can do it.",
     "direct", "Hillary Clinton", "says", "speaker_cue_comma"),
    ("Mr. Trump attacked a federal judge, Gonzalo Curiel, in June. Like his comments about Mr. "
     "Curiel, Mr. Graham said, the jabs were unacceptable. “This is going to a place where we’ve "
     "never gone before,” he said.", "This is going to a place where we’ve never gone before,",
     "direct", "Graham", "said", "quote_speaker_cue"),
    # a football club is no person, so "he" after its manager is the manager
    ("Kingsmere United were held 2-2 at home by Ashbourne Athletic.\n\nAshbourne boss Lee "
     "Hartigan felt his side deserved all three points. ‘We’ve been robbed by a soft penalty,’ he "
     "said.", "We’ve been robbed by a soft penalty,", "direct", "Lee Hartigan", "said",
     "quote_speaker_cue"),
    # the honorifics of West African copy are titles, not names
    ("Alhaji Musa Danjuma said the strike would go ahead.", "the strike would go ahead",
     "indirect", "Musa Danjuma", "said", "speaker_cue_that"),
    ("Mallam Sani Bello said the market was closed.", "the market was closed", "indirect",
     "Sani Bello", "said", "speaker_cue_that"),
    # a past that is also a noun ("cut") before a possessive is a verb: the subject ends there,
    # and a participle after the clause it opens ("after the retailer cut …, citing") is its
    ("Brightwell Outdoor Inc. shares plunged 18% after the retailer cut its annual sales "
     "forecast, citing weak demand for camping gear.", "weak demand for camping gear",
     "indirect", "Brightwell Outdoor Inc", "citing", "speaker_cue_object"),
    ("Shares of Brightwell Foods fell 11% on Thursday after the packaged-snack maker cut its "
     "annual profit forecast, blaming high cocoa costs.", "high cocoa costs", "indirect",
     "Brightwell Foods", "blaming", "speaker_cue_object"),
    # ... but not when the main clause has its person ("Bradley apologized … after they came out")
    ("Rebecca Bradley apologized for the columns after they came out, saying they were old.",
     "they were old", "indirect", "Rebecca Bradley", "saying", "speaker_cue_that"),
    # "that" after a naming verb is its object, not a complementizer
    ("Amankwah called that \"a tired line from a tired campaign\" and said the plan would fail.",
     'that "a tired line from a tired campaign"', "indirect", "Amankwah", "called",
     "speaker_cue_object"),
    # an infinitive inside the speaker's aside is not the quote's cue
    ("“This is what happens when people get bored in August,” one GOP lawmaker, granted "
     "anonymity to speak candidly, said of the feud.",
     "This is what happens when people get bored in August,", "direct", "one GOP lawmaker",
     "said", "quote_speaker_cue"),
    # a common irregular past ends a description read as the subject ("The decision came")
    ("The decision came hours after farm groups sent a letter warning that the measure would "
     "bankrupt family farms.", "the measure would bankrupt family farms", "indirect",
     "farm groups", "warning", "speaker_cue_that"),
    # an extraposed passive with its agent: what follows "that" is the agent's report
    ("It was announced by his family on Wednesday that a public memorial would be held in "
     "Helena.", "a public memorial would be held in Helena", "indirect", "his family",
     "announced", "passive_by"),
    ("It was reported by the BBC that a memorial would be held.", "a memorial would be held",
     "indirect", "BBC", "reported", "passive_by"),
    # a family speaks as a group, also after its cue
    ("“He died peacefully, surrounded by those he loved,” said his family.",
     "He died peacefully, surrounded by those he loved,", "direct", "his family", "said",
     "quote_cue_speaker"),
    # a capitalised word ending in -ly is a name, not an adverb to skip before the cue
    ("Kelly said the plan would fail.", "the plan would fail", "indirect", "Kelly", "said",
     "speaker_cue_that"),
    ("The Commission fined messaging app Chatterly on Thursday. Chatterly said it would appeal "
     "the decision.", "it would appeal the decision", "indirect", "Chatterly", "said",
     "speaker_cue_that"),
    # ... and a quoted nickname inside a name is the writer's term, no one's words
    ('Middleweight contender Callum "The Hammer" Reilly has vowed to end the unbeaten run of '
     'champion Dmitri "Iceman" Sokolov.', "The Hammer", "scare", None, None, "scare"),
    # an institution's name may join capitalised words with "and"
    ("The Arizona Farm and Ranch Coalition said the measure would hurt farms.",
     "the measure would hurt farms", "indirect", "Arizona Farm and Ranch Coalition", "said",
     "speaker_cue_that"),
    ("As Jane Doe said last week, the plan is dead.", "the plan is dead", "indirect", "Jane Doe",
     "said", "as_speaker_cue"),
    ("Jane Doe said earlier this month the plan is dead.", "the plan is dead", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
    ("Jane Doe said Tuesday night that the plan is dead.", "the plan is dead", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
    ("When asked whom she supported, Jane Doe smiled and said, “I am waiting.”", "I am waiting.",
     "direct", "Jane Doe", "said", "speaker_cue_comma"),
    ("After the debate, Jane Doe shot back, “I could have stayed home.”",
     "I could have stayed home.", "direct", "Jane Doe", "shot back", "speaker_cue_comma"),
    ('The talks will resume next week, Jo Li said, adding, "We are ready."',
     "The talks will resume next week", "indirect", "Jo Li", "said", "clause_speaker_cue"),
    ("The plan would fail, said Jane Doe, adding that the party would survive.",
     "The plan would fail", "indirect", "Jane Doe", "said", "clause_cue_speaker"),
    ("Jane Doe conceded that the aide had touched her but implied that it was an accident.",
     "the aide had touched her", "indirect", "Jane Doe", "conceded", "speaker_cue_that"),
    ("Jane Doe, who declined to comment, was born in Gary, Ind., and is a lawyer.",
     "to comment", "indirect", "Jane Doe", "declined", "speaker_cue_object"),
    ("Jane Doe told CNN’s “State of the Union” that she would run.", "she would run",
     "indirect", "Jane Doe", "told", "speaker_cue_object_that"),
    ("The talks stalled, two officials told The Washington Post on Monday.", "The talks stalled",
     "indirect", "two officials", "told", "clause_speaker_cue"),
    ('The so-called "new deal" arrived on Monday.', "new deal", "scare", None, None, "scare"),
    ("Arjun Nair, known to fans as “the Wall of Kochi”, scored a century on Sunday.",
     "the Wall of Kochi", "scare", None, None, "scare"),
    ("The pair, known as “Jazzreid”, married in 2019.", "Jazzreid", "scare", None, None,
     "scare"),
    ('The 34-year-old, long known on tour as "the Ice Queen", lost.', "the Ice Queen", "scare",
     None, None, "scare"),
    ('A "new deal" was announced on Monday.', "new deal", "scare", None, None, "scare"),
    ("Guns are a crisis, Jane Doe proclaimed to a cheering crowd at the party convention on "
     "Tuesday.",
     "Guns are a crisis", "indirect", "Jane Doe", "proclaimed", "clause_speaker_cue"),
    ("The plan will fail, Jane Doe said to reporters.", "The plan will fail", "indirect",
     "Jane Doe", "said", "clause_speaker_cue"),
    ('Jane Doe said "most people in politics" can\'t be trusted.',
     '"most people in politics" can\'t be trusted', "indirect", "Jane Doe", "said",
     "speaker_cue_that"),
    ('Jane Doe said "most people in politics" can not be trusted.', "most people in politics",
     "partial", "Jane Doe", "said", "partial_in_cue_sentence"),
    ("Jane Doe said the plan would use above- and below-ground sensors to find tunnels.",
     "the plan would use above- and below-ground sensors to find tunnels", "indirect",
     "Jane Doe", "said", "speaker_cue_that"),
]


SPEAKER_FORMS = [
    "Sen. Jo Li of Texas", "Sen. Jo Li, R-Texas,", "Sen. Jo Li (R-Texas)", "Jo Li, D-N.Y.,",
    "Jo Li, a spokeswoman for the campaign,", "campaign spokeswoman Jo Li",
    "White House press secretary Jo Li", "Jo Li, 45, a teacher from Ohio,",
    "Republican presidential candidate Jo Li", "former Secretary of State Jo Li",
    "Jo Li, chairman of the House Oversight Committee,", "the Sierra Club's Jo Li",
    "Gov. Jo Li of New York", "Jo Li, spokeswoman for Sen. Kim Park,",
    "Kim Park's spokeswoman, Jo Li,", "Senate Majority Leader Jo Li (R-Ky.)",
    "Jo Li, a Republican strategist,", "Texas Gov. Jo Li", "retired Army Gen. Jo Li",
    "Dr. Jo Li, a cardiologist,",
]
"""How news names a speaker: titles, roles, origins, party tags, appositives, possessives."""
SPEAKER_PATTERNS = [
    ("{X} said the plan is dead.", "the plan is dead", "speaker_cue_that"),
    ('"The plan is dead," {X} said.', "The plan is dead,", "quote_speaker_cue"),
    ('"The plan is dead," said {X}.', "The plan is dead,", "quote_cue_speaker"),
    ("The plan is dead, {X} said.", "The plan is dead", "clause_speaker_cue"),
    ("According to {X}, the plan is dead.", "the plan is dead", "according_to"),
]


@pytest.mark.parametrize("pattern, quoted, rule", SPEAKER_PATTERNS)
@pytest.mark.parametrize("form", SPEAKER_FORMS)
def test_every_speaker_form_in_every_attribution_pattern(form, pattern, quoted, rule):
    if pattern.startswith("{X}"):
        form = form[0].upper() + form[1:]
    text = "The vote was close. " + pattern.replace("{X}", form).replace(",.", ".").replace(
        ",,", ",")
    found = [(q.text, q.speaker, q.rule) for q in extract_quotes(text) if q.text == quoted]
    assert found == [(quoted, "Jo Li", rule)], extract_quotes(text)


@pytest.mark.parametrize("text, quoted, kind, speaker, cue, rule", CASES)
def test_attribution_rule(text, quoted, kind, speaker, cue, rule):
    found = [q for q in extract_quotes(text) if q.text == quoted]
    assert len(found) == 1, extract_quotes(text)
    quote = found[0]
    assert (quote.text, quote.kind, quote.speaker, quote.cue, quote.rule) == \
        (quoted, kind, speaker, cue, rule)


def test_a_verb_inside_a_directive_report_is_no_cue_of_its_own():
    quotes = extract_quotes("Police urged anyone with information to call 101.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("to call 101", "Police", "urged")]


def test_quoted_words_inside_a_reporting_nouns_clause_are_its_speakers_partial_quote():
    text = ('Glenna Musgrave won the nomination Tuesday, in a race that turned on her vow that '
            'she would "take a chainsaw" to the budget.')
    assert [(q.text, q.kind, q.speaker, q.cue) for q in extract_quotes(text)] == [
        ('she would "take a chainsaw" to the budget', "indirect", "Glenna Musgrave", "vow"),
        ("take a chainsaw", "partial", "Glenna Musgrave", "vow")]
    # a term the writer sets apart stays a scare quote inside the clause too
    text = "Jo Li repeated her claim that the so-called “experts” had failed."
    assert [(q.text, q.kind) for q in extract_quotes(text)][-1] == ("experts", "scare")


def test_a_time_phrase_after_a_cue_is_no_content():
    text = ("Sandvik replied within minutes, writing that the former governor was welcome to a "
            "debate. Speaker Lorena Castañeda-Briggs shot back within the hour.")
    assert [(q.text, q.speaker, q.cue) for q in extract_quotes(text)] == [
        ("the former governor was welcome to a debate", "Sandvik", "writing")]


def test_a_lead_description_is_no_one_named_in_its_own_sentence():
    # the lead's description is identified by a person first named after its sentence, not
    # by one its own sentence names ("A reporter … about … Donald Trump")
    text = ("A reporter who has been asking about the tax returns of Republican presidential "
            "candidate Donald Trump said the answer was a surprise.\n\n“Donald Trump and I are "
            "both going to release our tax returns,” Gov. Mike Pence told Chuck Todd.")
    assert [(q.cue, q.speaker) for q in extract_quotes(text)][0] == ("asking", "A reporter")


def test_a_partial_quote_in_a_report_is_the_reports_speakers():
    # the quoted words inside a reported clause are its speaker's, not a verb's of the clause
    text = ('Sen. Harlan Boyce wrote in an op-ed that he would oppose eliminating the filibuster '
            '"under any circumstances."')
    assert [(q.text, q.kind, q.speaker, q.speaker_mention, q.cue)
            for q in extract_quotes(text) if q.kind == "partial"] == [
        ("under any circumstances.", "partial", "Harlan Boyce", "Sen. Harlan Boyce", "wrote")]
    # a verb inside the report with a record of its own keeps its partial quote
    text = 'Jo Li said Kim Park had called the plan "a disaster" on Monday.'
    assert [(q.speaker, q.cue) for q in extract_quotes(text) if q.kind == "partial"] == [
        ("Kim Park", "called")]
    # and a naming verb introduces the words it names
    text = ('Japan will deploy missiles to Kyushu, Defence Minister Kenji Morimoto said, citing '
            'what he called "the most severe security environment since the war".')
    assert [(q.speaker, q.cue) for q in extract_quotes(text) if q.kind == "partial"] == [
        ("Kenji Morimoto", "called")]
    text = ('Rush Limbaugh used his show to discuss what he described as the "brilliant" decision '
            'Donald Trump made.')
    assert [(q.speaker, q.cue) for q in extract_quotes(text) if q.kind == "partial"] == [
        ("Rush Limbaugh", "described")]


def test_a_surname_keeps_its_particles_as_written():
    quotes = extract_quotes("Mayor Bill de Blasio spoke. “We will win,” de Blasio said.")
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Bill de Blasio", "de Blasio")]


def test_an_embedded_post_is_its_signer_s_and_markup_holds_no_quotes():
    text = ('Jo Li wrote on Twitter.\n\n<tweet id="7503" author="@JoLi">No one should be above '
            'the law. https://t.co/Oq1 — Jo Li (@JoLi) July 5, 2016</tweet>\n\nRyan agreed.')
    assert [(q.text, q.kind, q.speaker, q.rule) for q in extract_quotes(text)] == [
        ("No one should be above the law.", "direct", "Jo Li", "dash_attribution")]


def test_what_people_find_is_no_report_unless_a_study_finds_it():
    assert extract_quotes("Investigators found no evidence of fraud at the plant.") == []
    assert [q.text for q in extract_quotes("The April survey found Jo Li leading by seven "
                                           "points.")] == ["Jo Li leading by seven points"]


def test_read_reports_only_right_after_a_quotation():
    quotes = extract_quotes("Jo Li read the bill on Monday. She reads it twice, aides said.")
    assert [(q.text, q.cue, q.rule) for q in quotes] == [
        ("She reads it twice", "said", "clause_speaker_cue")]
    assert [(q.text, q.cue) for q in extract_quotes("“We will win,” it read.")] == [
        ("We will win,", "read")]


def test_a_subordinate_clause_alone_before_a_cue_is_no_report_nor_is_a_manner_adverb():
    quotes = extract_quotes('When Jo Li referred to the plan and said she would "protect our '
                            'citizens," the crowd applauded loudly.')
    assert [(q.text, q.speaker, q.rule) for q in quotes if q.kind == "indirect"] == [
        ("the plan", "Jo Li", "speaker_cue_object"),
        ('she would "protect our citizens,"', "Jo Li", "speaker_cue_that")]


def test_a_name_and_colon_in_a_heading_attribute_its_quote():
    text = ("Jo Li: ‘We Will Build the Wall’\n\nJo Li spoke on Monday in Ohio, where she said we "
            "will build a wall and the wall will be paid for.")
    quotes = extract_quotes(text)
    assert [(q.text, q.kind, q.speaker, q.rule) for q in quotes][0] == (
        "We Will Build the Wall", "direct", "Jo Li", "speaker_colon")
    heading = extract_quotes("Breaking: ‘We Will Build the Wall’\n\nJo Li spoke on Monday.")
    assert [(q.text, q.kind) for q in heading] == [("We Will Build the Wall", "scare")]


def test_a_cue_inside_a_quoted_fragment_reports_nothing_of_its_own():
    quotes = extract_quotes("Members pay more ''because they expect service,'' Jo Li said.")
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("indirect", "Members pay more ''because they expect service,''", "said"),
        ("partial", "because they expect service,", "said")]


def test_a_cue_in_an_infinitive_asked_for_is_no_report_of_its_own():
    quotes = extract_quotes("Jane Doe urged Sen. Bob Casey to reject the plan.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("to reject the plan", "Jane Doe", "urged")]


def test_a_headline_speaker_comes_after_its_opener_and_before_its_adverb():
    text = ("Look How Jo Gowdy Just Fired Back After Getting Hit By Major Legal Action\n\n"
            "Gowdy just fired back after getting hit by the action.")
    quote = extract_quotes(text)[0]
    assert (quote.speaker_mention, quote.cue, quote.rule) == ("Jo Gowdy", "Fired Back",
                                                              "headline_speaker_cue")


def test_a_headline_cue_after_a_possessive_is_a_noun():
    text = ("Why Jane Doe’s Attacks On the Policy Could Backfire\n\n"
            "Her attacks on the policy could backfire.")
    assert [q for q in extract_quotes(text) if q.rule == "headline_speaker_cue"] == []


def test_cue_lemma_and_category_come_from_the_verb_lexicon():
    quote = _one('"It is a lie," Jane Doe claimed.')
    assert (quote.cue, quote.cue_lemma, quote.cue_category) == ("claimed", "claim", "distancing")


def test_speaker_mention_and_offsets_name_the_words_in_the_text():
    text = 'Jane Doe arrived late. "I am sorry," she said.'
    quote = _one(text)
    assert quote.speaker_mention == "she"
    assert text[quote.speaker_start:quote.speaker_end] == "she"


def test_split_utterance_shares_speaker_and_utterance_id():
    text = '"A is true," Jane Doe said. "B is true too."'
    first, second = extract_quotes(text, doc_id="d")
    assert (second.text, second.rule, second.speaker) == ("B is true too.", "split_utterance",
                                                          "Jane Doe")
    assert first.utterance_id == second.utterance_id != ""
    assert (first.quote_id, second.quote_id) == ("d:q0", "d:q1")


def test_utterance_split_inside_one_sentence_shares_its_utterance_id():
    text = '"A is true," Jane Doe said, "and B is true too." "No," Jo Li said, "it is not."'
    quotes = extract_quotes(text, doc_id="d")
    assert [(q.text, q.speaker, q.utterance_id) for q in quotes] == [
        ("A is true,", "Jane Doe", "d:u0"), ("and B is true too.", "Jane Doe", "d:u0"),
        ("No,", "Jo Li", "d:u1"), ("it is not.", "Jo Li", "d:u1")]


def test_quoted_paragraphs_continue_the_attributed_one():
    text = 'Jane Doe said: "First paragraph.\n\n"Second paragraph."\n\nThe end came.'
    quotes = extract_quotes(text, doc_id="d")
    assert [(q.text, q.kind, q.speaker, q.rule, q.paragraph) for q in quotes] == [
        ("First paragraph.", "direct", "Jane Doe", "speaker_cue_colon", 0),
        ("Second paragraph.", "direct", "Jane Doe", "paragraph_continuation", 1),
    ]
    assert quotes[0].utterance_id == quotes[1].utterance_id


def test_attribution_in_the_previous_paragraph():
    text = "Jane Doe told the BBC on Monday that she was leaving.\n\n\"It is over. We lost.\""
    quote = _one(text, "direct")
    assert (quote.text, quote.speaker, quote.speaker_mention, quote.rule) == \
        ("It is over. We lost.", "Jane Doe", "Jane Doe", "previous_paragraph_cue")


def test_attribution_in_the_previous_sentence():
    text = 'Jane Doe was blunt. She told the BBC that the plan had failed. "It is over."'
    quote = _one(text, "direct")
    assert (quote.speaker, quote.speaker_mention, quote.rule) == \
        ("Jane Doe", "She", "previous_sentence_cue")


def test_parenthetical_attribution_gives_both_parts_of_the_clause():
    text = "The new campaign, Jane Doe says, is different from the last one."
    quotes = extract_quotes(text, doc_id="d")
    assert [(q.text, q.speaker, q.rule) for q in quotes] == [
        ("The new campaign", "Jane Doe", "clause_speaker_cue"),
        ("is different from the last one", "Jane Doe", "clause_speaker_cue"),
    ]
    assert quotes[0].utterance_id == quotes[1].utterance_id


def test_parenthetical_attribution_after_a_fronted_adverbial_reports_the_clause_only():
    text = "In the early 1990s, Jane Doe said, the club was failing."
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("the club was failing", "Jane Doe")]


def test_parenthetical_attribution_before_a_subordinate_clause_keeps_the_main_clause():
    text = "Work was scarce, Jane Doe said, when she was poor, a boss invited her to lunch."
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("Work was scarce", "Jane Doe"),
        ("when she was poor, a boss invited her to lunch", "Jane Doe"),
    ]


def test_headline_name_and_colon_before_first_person_words_is_the_speaker():
    text = ("Rubio: I Still Believe Trump Is Unfit To Be President.\n\nMarco Rubio said on "
            "Friday that he still would vote for him, though many believe he is still unfit.")
    assert (extract_quotes(text)[0].text, extract_quotes(text)[0].speaker) == \
        ("I Still Believe Trump Is Unfit To Be President", "Marco Rubio")


def test_cited_person_is_a_source_not_reported_content():
    found = [(q.text, q.cue) for q in extract_quotes("Jane Doe cited Senator Mark Li in her "
                                                      "defence on Monday.")]
    assert found == []
    quote = _one("Jane Doe cited the figures from the latest survey.")
    assert (quote.text, quote.kind, quote.cue, quote.rule) == \
        ("the figures from the latest survey", "indirect", "cited", "speaker_cue_object")


def test_progressive_cue_before_by_is_no_passive():
    quotes = extract_quotes("The senator was weighing in by phone with the leaders of France.")
    assert [q.rule for q in quotes if q.rule == "passive_by"] == []


def test_the_plural_of_a_noun_like_cue_before_which_is_a_noun():
    quotes = extract_quotes("Just this week, the trade group for the Blue Cross Blue Shield "
                            "plans, which dominate the exchanges, spelled out its concerns.")
    assert [(q.text, q.cue) for q in quotes] == [("its concerns", "spelled out")]


def test_a_clause_is_no_bare_subject():
    assert extract_quotes("New York City also has a large population who may find Jo Li "
                          "compelling as she would be the first.") == []
    quote = _one("Jo Li has begun calling out those who doubted him.")
    assert (quote.text, quote.speaker_mention) == ("those who doubted him", "Jo Li")


def test_passive_cue_without_by_has_no_speaker():
    assert extract_quotes("Jane Doe, who was revealed last week as a donor, left.") == []
    assert extract_quotes("The senator is expected to win the primary easily.") == []


def test_the_writer_s_clause_after_a_parenthetical_attribution_is_no_report():
    quotes = extract_quotes("Cases have tripled since last year, the agency said on Monday, "
                            "warning that vaccination rates had fallen.")
    assert [(q.text, q.cue) for q in quotes] == [
        ("Cases have tripled since last year", "said"),
        ("vaccination rates had fallen", "warning")]
    quotes = extract_quotes("A strong earthquake struck off the coast early Friday, the "
                            "institute said, but there were no reports of damage.")
    assert [q.text for q in quotes] == ["A strong earthquake struck off the coast early Friday"]


def test_a_source_s_request_for_anonymity_is_no_report():
    quotes = extract_quotes("The talks are at an advanced stage, one of the people said, asking "
                            "not to be named because the discussions are private.")
    assert [q.text for q in quotes] == ["The talks are at an advanced stage"]
    quotes = extract_quotes('One nurse, who asked not to be identified, said: "We are tired."')
    assert [q.text for q in quotes] == ["We are tired."]
    assert extract_quotes("A spokesman, who declined to be named, left.") == []


def test_a_topic_that_introduces_a_quotation_is_no_report():
    quotes = extract_quotes('Defence barrister Simon Achebe said of his client: "He is a foolish '
                            'young man, but he is not a violent one."')
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("He is a foolish young man, but he is not a violent one.", "direct", "Simon Achebe")]
    quotes = extract_quotes('Jo Li said of the ruling, "It is a disgrace."')
    assert [q.text for q in quotes] == ["It is a disgrace."]


def test_an_organisation_s_description_speaks_for_the_organisation_named_before():
    text = ("Marlow Airlines denied that it had cancelled flights to cut costs. The carrier said "
            "a shortage of controllers was to blame.")
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("Marlow Airlines", "Marlow Airlines"), ("Marlow Airlines", "The carrier")]
    text = ("Vestria's Foreign Ministry said it had summoned the ambassador. The ministry said two "
            "jets had crossed the border.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vestria's Foreign Ministry"] * 2
    _, people = extract_document(text)
    assert [(p.person, p.mentions) for p in people] == [("Vestria's Foreign Ministry", 2)]
    text = ('Brightline Networks said the outage was caused by a faulty update. "We apologise," '
            'the company said in a statement.')
    assert [q.speaker for q in extract_quotes(text)] == ["Brightline Networks"] * 2
    # a company does not speak for a ministry, nor a description for a body named long before
    text = ("The Finance Ministry said taxes would rise. Analysts were divided. Markets fell. "
            "Traders sold shares. Banks closed early. The company said profits would fall.")
    assert extract_quotes(text)[-1].speaker == "company"


def test_an_adverb_alone_is_no_object():
    quotes = extract_quotes("The federation said it would not comment further until the "
                            "inquiry was complete.")
    assert [q.cue for q in quotes] == ["said"]


def test_a_full_sentence_quote_is_not_attributed_to_the_next_sentence_s_report():
    text = ('Gwen Pritchard lost her flock. "You don\'t sleep for weeks," she said. "You keep '
            'hearing them." The Animal Health Agency said a surveillance zone would remain.')
    quotes = extract_quotes(text)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("You don't sleep for weeks,", "direct", "Gwen Pritchard"),
        ("You keep hearing them.", "direct", "Gwen Pritchard"),
        ("a surveillance zone would remain", "indirect", "Animal Health Agency")]
    quotes = extract_quotes('Jo Li lost. "She played the big points better." Kim Park said the '
                            'match turned on one game.')
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", None), ("indirect", "Kim Park")]
    quotes = extract_quotes('Jo Li lost. "She played the big points better." Kim Park, ranked '
                            '188th, called it "the best day of my life".')
    assert [(q.kind, q.speaker) for q in quotes][0] == ("direct", None)
    quotes = extract_quotes("‘I’ve been robbed four times,’ said Mr Patel. ‘The police don’t "
                            "even come.’ Greater Thornbury Police said officers had attended.")
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Patel"), ("direct", "Patel"), ("indirect", "Greater Thornbury Police")]
    # a sentence that only attributes, with its adjuncts, still does
    quotes = extract_quotes('"We will appeal." The company said in a statement on Tuesday.')
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "company")]


def test_it_speaks_for_the_institution_named_just_before():
    quotes = extract_quotes("Shares in Gorsefield Bank fell 12 per cent on Thursday after it "
                            "warned that bad loans would rise sharply.")
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [
        ("bad loans would rise sharply", "Gorsefield Bank", "it")]
    quotes = extract_quotes("Vestria's Foreign Ministry summoned the ambassador to protest what "
                            "it called “a flagrant violation” of its airspace.")
    assert [q.speaker for q in quotes if q.kind == "partial"] == ["Vestria's Foreign Ministry"]
    # a place is no speaker
    quotes = extract_quotes("Flooding hit Cook County on Monday after it said the levee would "
                            "hold.")
    assert [q.speaker for q in quotes] == [None]


def test_saying_no_to_something_is_no_clause():
    assert [q.text for q in extract_quotes("Jo Li said no to the deal on Monday.")] == []


def test_each_clause_of_a_pair_keeps_its_own_trailing_attribution():
    text = ("In Seattle, marchers held white roses aloft, KTV reported, while in Chicago the "
            "parade began with a moment of silence, the Chicago Courier reported.")
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("In Seattle, marchers held white roses aloft", "KTV"),
        ("while in Chicago the parade began with a moment of silence", "Chicago Courier")]


def test_a_quote_after_a_colon_takes_its_own_trailing_attribution():
    text = ("Jo Li explained that Kim Park could not have the papers she wanted because they "
            "were stuck in the system: “Trust me, I share your anger,” Li wrote.")
    quote = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [(q.text, q.speaker, q.speaker_mention, q.cue, q.rule) for q in quote] == [
        ("Trust me, I share your anger,", "Jo Li", "Li", "wrote", "quote_speaker_cue")]


def test_a_plural_noun_before_its_verb_is_no_cue():
    quotes = extract_quotes("After Kim Park claimed the vote was stolen, protests began.")
    assert [(q.text, q.cue) for q in quotes] == [("the vote was stolen", "claimed")]
    quotes = extract_quotes("Jo Li resigned in May, and reports have since emerged of a feud.")
    assert quotes == []
    quotes = extract_quotes("Consumer advocates disputed the figure.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("the figure", "Consumer advocates", "disputed")]


def test_no_clause_is_reported_before_an_attribution_that_has_none():
    # a fronted adverbial, a participle phrase or the speaker's own description before
    # ", X said" is no reported clause
    text = "In a post on X, he said:\n\n‘Another month, another failure.’"
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [
        ("direct", "Another month, another failure.")]
    text = "In his resignation letter, published in full last night, Jo Li wrote:\n\n‘I resign.’"
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [("direct", "I resign.")]
    text = "Asked whether she would run, Mrs. Harrow laughed."
    assert [q.rule for q in extract_quotes(text)] == ["passive_question"]
    text = "The defendant, Lyle Barrow, 63, apologized to his former constituents."
    assert [q.text for q in extract_quotes(text)] == []
    # a clause with a verb of its own still is
    quote = _one("In Seattle, marchers held roses aloft, KTV reported.")
    assert (quote.text, quote.speaker) == ("In Seattle, marchers held roses aloft", "KTV")


def test_an_organisation_description_stands_for_the_organisation_named_before():
    text = ("Harmon Motors will close its plant in Flint, the company said on Wednesday. The "
            "automaker said demand had fallen sharply. It said workers would be offered "
            "transfers.")
    assert [(q.text, q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("Harmon Motors will close its plant in Flint", "Harmon Motors", "the company"),
        ("demand had fallen sharply", "Harmon Motors", "The automaker"),
        ("workers would be offered transfers", "Harmon Motors", "It")]
    # a company description does not stand for a public body
    text = "The Foreign Ministry summoned the envoy. The company said it would appeal."
    assert [q.speaker for q in extract_quotes(text)] == ["company"]


def test_a_document_speaks_for_its_author_named_before():
    text = ("At least 14 people died, according to a statement from the National Police "
            "Service. The driver had lost control, the statement said.")
    assert [(q.text, q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("At least 14 people died", "National Police Service",
         "a statement from the National Police Service"),
        ("The driver had lost control", "National Police Service", "the statement")]
    text = ("Director Sam Pruitt wrote in a memo obtained by Playbook that the party would grow. "
            "The memo argues that incumbents are exposed.")
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("Sam Pruitt", "Director Sam Pruitt"), ("Sam Pruitt", "The memo")]
    text = "Harlow Vale Police released a statement. “We are investigating,” the statement said."
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("Harlow Vale Police", "the statement")]
    text = "Kim Park's statement was brief. “I resign,” the statement said."
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [
        ("Kim Park", "the statement")]
    # no author named: the document itself
    assert [q.speaker for q in extract_quotes("The report said the plan failed.")] == ["report"]


def test_a_cue_form_before_a_title_is_an_adjective():
    quotes = extract_quotes("The ad accuses state Sen. Owen Darcy of voting to raise taxes.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("state Sen. Owen Darcy of voting to raise taxes", "ad", "accuses")]


def test_a_company_named_after_its_trade_is_what_its_description_stands_for():
    text = ("Up to 340 jobs are at risk after the confectionery maker Harland & Pryce announced "
            "plans to close its factory. The company said production would move to Poland.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Harland & Pryce"
    text = "Shares in budget carrier SkyVale fell 14% after it warned that profit would fall."
    assert [q.speaker for q in extract_quotes(text)] == ["SkyVale"]
    text = ("Users could not send messages after an outage hit the chat app Threadly. The company "
            "said the problem had been fixed.")
    assert [q.speaker for q in extract_quotes(text)] == ["Threadly"]
    text = ("A Skyline Air jet made an emergency landing in Dallas on Sunday after its windshield "
            "cracked, the airline said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Skyline Air"]
    text = ("The Information Commissioner’s Office has fined a website £1.2m. The regulator said "
            "the firm had failed to protect data.")
    assert [q.speaker for q in extract_quotes(text)] == ["Information Commissioner’s Office"]
    text = ("Dairy co-operative Moorvale Milk will raise the price it pays farmers. In a "
            "statement, the co-operative said demand had allowed it to lift prices.")
    assert [q.speaker for q in extract_quotes(text)] == ["Moorvale Milk"]
    text = ("The Met Office has issued a warning as Storm Idris approaches. Gusts of 80mph are "
            "possible, the forecaster said.")  # a storm's name is no person to fall back on
    assert [q.speaker for q in extract_quotes(text)] == ["Met Office"]
    text = "Hurricane Maria hit the island in 2017. The storm was the worst, the governor said."
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == \
        [("governor", "the governor")]


@pytest.mark.parametrize("text, speaker", [
    ("The U.S. Food and Drug Administration approved the drug in May. The FDA said it had "
     "received 300 reports of side effects.", "U.S. Food and Drug Administration"),
    ("A worker tested positive, the Centers for Disease Control and Prevention said. The CDC "
     "said the risk remained low.", "Centers for Disease Control and Prevention"),
    ("The World Health Organization met on Monday. The WHO said cases had doubled.",
     "World Health Organization"),
    # no spelled-out name before it: the acronym as written
    ("The FDA said it had received 300 reports of side effects.", "FDA"),
    ("Officials met on Monday. The WHO said cases had doubled.", "WHO"),  # no relative pronoun
])
def test_an_acronym_speaks_for_the_institution_spelled_out_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_an_initialism_stays_in_the_subject_a_later_cue_shares():
    quote = _one("The U.N. nuclear watchdog has been unable to verify the stockpile for months.")
    assert (quote.speaker, quote.speaker_mention) == (
        "U.N. nuclear watchdog", "The U.N. nuclear watchdog")  # was "The U"


def test_a_lone_name_opening_a_clause_is_what_a_participle_shares_not_a_common_word():
    quote = _one("Crypto lending platform Velora froze withdrawals, citing market conditions.")
    assert (quote.speaker, quote.cue) == ("Velora", "citing")
    quotes = extract_quotes("Shares of Veltrix jumped 8% after brokerage Calder & Moss upgraded "
                            "the stock, saying demand was only getting started.")
    assert "Shares" not in [q.speaker for q in quotes]
    quote = _one("Best actress winner Rosa Albrecht thanked her mother, saying she had driven her "
                 "to every audition.")
    assert quote.speaker == "Rosa Albrecht"


@pytest.mark.parametrize("text", [
    "The union said talks had failed.",
    "Officials said talks had failed.",
])
def test_a_noun_after_a_reporting_verb_is_its_clause_s_subject_not_a_second_cue(text):
    # "talks" (like "claims", "reports") opens the reported clause: no record of its own
    assert [(q.text, q.cue) for q in extract_quotes(text)] == [("talks had failed", "said")]


@pytest.mark.parametrize("text, speaker", [
    ('Atherton Town have rejected reports linking their manager with Westgate Albion. '
     '"Chris is committed," the club said.', "Atherton Town"),
    ("Stockport County confirmed the signing on Friday. The club said the fee was undisclosed.",
     "Stockport County"),
    # a town is no club: the description stays as written
    ("Fans travelled from Cape Town for the final. The club said 3,000 tickets were sold.",
     "club"),
])
def test_the_club_is_the_sports_club_named_before(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_time_relation_after_a_parenthetical_attribution_is_the_writer_s():
    text = ("North Korea fired two missiles into the sea on Thursday, the military said, hours "
            "before the start of joint drills.")
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("North Korea fired two missiles into the sea on Thursday", "military")]


def test_the_writer_s_appositive_and_going_on_to_a_display_report_nothing():
    text = ("City crews have filled 11,000 potholes since January, the department said Thursday, "
            "a record for the first quarter.")
    assert [q.text for q in extract_quotes(text)] == [
        "City crews have filled 11,000 potholes since January"]
    text = "The picture, ‘Moonlight at Fowey Quay’, will go on display at the museum."
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [(None, None)]
    quotes = extract_quotes("“We will win,” Jo Li went on. “And soon.”")
    assert [(q.speaker, q.cue) for q in quotes] == [("Jo Li", "went on")] * 2


def test_a_relative_that_opens_no_report():
    assert extract_quotes("The president spoke in a cottage on a base that overlooks the bay.") \
        == []
    assert extract_quotes("Jo Li wrote to a council that has since been dissolved.") == []


def test_the_one_asked_or_told_in_a_passive_is_no_content():
    quotes = extract_quotes("Jane Doe was asked by John Roe: “Will you run?” She smiled.")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Will you run?", "direct", "John Roe")]
    assert extract_quotes("Jane Doe was told by her doctors to rest.") == []


def test_object_of_find_is_no_content_but_its_clause_is():
    assert extract_quotes("Jane Doe found a receptive audience in Iowa.") == []
    assert extract_quotes("Jane Doe has maintained a large lead in the polls.") == []
    assert extract_quotes("Jane Doe spoke anonymously to the newspaper.") == []
    quote = _one("The survey found that most voters were undecided.")
    assert (quote.text, quote.speaker, quote.rule) == \
        ("most voters were undecided", "survey", "speaker_cue_that")


def test_object_of_add_is_no_content_but_its_clause_is():
    assert extract_quotes("In 2019 he could add another job title to his resume.") == []
    assert extract_quotes("Jane Doe has added 1 million private sector jobs.") == []
    quote = _one("Jane Doe added the U.S. must act soon.")
    assert (quote.text, quote.speaker, quote.rule) == \
        ("the U.S. must act soon", "Jane Doe", "speaker_cue_that")
    assert [q.text for q in extract_quotes("The talks failed, Jane Doe added.")] == \
        ["The talks failed"]


@pytest.mark.parametrize("text, content, rule", [
    ("Jane Doe wrote a children's book.", None, None),
    ("I have written letters for several of them.", None, None),
    ("Jane Doe wrote that the plan would fail.", "the plan would fail", "speaker_cue_that"),
    ("Jane Doe wrote he won’t vote for the plan.", "he won’t vote for the plan",
     "speaker_cue_that"),
    ("A student wrote the local newspaper, The Perry Chief, that the games were tense.",
     "the games were tense", "speaker_cue_object_that"),
])
def test_what_is_written_is_content_only_as_a_clause(text, content, rule):
    expected = [] if content is None else [(content, rule)]
    assert [(q.text, q.rule) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize("text, content, rule", [
    ("Jane Doe endorsed Clinton, but she did not campaign.", "Clinton", "speaker_cue_object"),
    ("Voters are rejecting him.", "him", "speaker_cue_object"),
    ("Jane Doe rejected that idea.", "that idea", "speaker_cue_object"),
    ("Jane Doe praised the plan in an interview published Saturday.", "the plan",
     "speaker_cue_object"),
    ("Jane Doe praised the plan but left early.", "the plan", "speaker_cue_object"),
    ("That, Jane Doe explained, is by design.", "is by design", "clause_speaker_cue"),
    ("That, Jane Doe explained in an interview, is by design.", "is by design",
     "clause_speaker_cue"),
    ("Such a move could alienate voters, party leaders believe — voters she needs.",
     "Such a move could alienate voters", "clause_speaker_cue"),
])
def test_short_objects_and_parentheticals(text, content, rule):
    assert [(q.text, q.rule) for q in extract_quotes(text)] == [(content, rule)]


def test_infinitive_of_purpose_is_no_report():
    assert extract_quotes("Jane Doe was then summoned by the board to discuss her conduct.") == []
    assert extract_quotes("Jane Doe was invited to speak about the budget.") == []


def test_reporting_noun_clause_ends_before_the_main_verb():
    text = "Critics said the row over her claim that the mayor had lied about the budget was " \
        "political."
    found = {(q.text, q.rule) for q in extract_quotes(text)}
    assert ("the mayor had lied about the budget", "reporting_noun") in found


def test_belief_and_intention_cues_attribute_a_position():
    assert [(q.text, q.speaker, q.cue, q.rule) for q in extract_quotes(
        "Most economists believe the recession will end soon.")] == [
        ("the recession will end soon", "Most economists", "believe", "speaker_cue_that")]
    assert [(q.text, q.speaker, q.cue_lemma, q.cue_category) for q in extract_quotes(
        "Jane Doe plans to run for governor next year.")] == [
        ("to run for governor next year", "Jane Doe", "plan", "commissive")]
    assert [(q.text, q.speaker, q.cue_lemma) for q in extract_quotes(
        "Jane Doe wants the council to delay the vote.")] == [
        ("to delay the vote", "Jane Doe", "want")]
    assert [(q.text, q.speaker, q.cue_lemma) for q in extract_quotes(
        "The latest poll shows that the race is tied.")] == [
        ("the race is tied", "latest poll", "show")]
    assert [(q.text, q.speaker, q.cue_lemma) for q in extract_quotes(
        "Jane Doe is seeking to overturn the ruling.")] == [
        ("to overturn the ruling", "Jane Doe", "seek")]


@pytest.mark.parametrize("text", [
    "He sent nearly 1,600 emails that have now been upgraded.",
    "She ignored the claims that were made against her.",
    "They paid a company called Cambridge Analytica.",
    "A new group called Black Votes Matter is trying.",
    "Most states have passed the deadline to change the ballots.",
    "The race moves to Western states this week that she needs to win.",
    "England's Ashes hopes are hanging by a thread after the collapse.",
    "The family's claims were rejected by the tribunal on Monday.",
])
def test_plural_nouns_of_cue_lemmas_are_no_cues(text):
    assert extract_quotes(text) == []


def test_a_plural_noun_in_a_reported_clause_is_no_cue():
    quotes = extract_quotes("Stratum said that its licensing terms were fair.")
    assert [(q.text, q.cue) for q in quotes] == [("its licensing terms were fair", "said")]


@pytest.mark.parametrize("text", [
    "If Cruz wins, Jane Doe insisted on the deal.",
    "In a changing economy, young voters still believe in the American dream.",
])
def test_a_complement_after_a_final_cue_is_no_adjunct(text):
    assert [q.rule for q in extract_quotes(text)] == []


@pytest.mark.parametrize("text, obj", [
    ("A year later, Jane Doe called Naghmeh Abedini.", "Naghmeh Abedini"),
    ("Campaigning against him in 2012, Jane Doe barely mentioned climate change.",
     "climate change"),
])
def test_a_cue_with_its_own_object_reports_no_clause_before_it(text, obj):
    assert [(q.text, q.rule) for q in extract_quotes(text)] == [(obj, "speaker_cue_object")]


def test_raising_verbs_are_no_cues():
    assert [(q.text, q.speaker, q.cue) for q in extract_quotes(
        "Jane Doe seems to believe the vote is lost.")] == [
        ("the vote is lost", "Jane Doe", "believe")]
    assert extract_quotes("Jane Doe appeared on television on Monday.") == []


def test_cognitive_cue_inside_a_reported_clause_is_part_of_it():
    quotes = extract_quotes("Jane Doe said Mark Li had planned to sell the land.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("Mark Li had planned to sell the land", "Jane Doe", "said")]


@pytest.mark.parametrize("text, clause", [
    ("The campaign denied it happened, with Jane Doe calling the story false.", "it happened"),
    ("Jane Doe praised the plan - a move that surprised her allies.", "the plan"),
    ("Jane Doe said the plan failed, leaving voters angry.",
     "the plan failed, leaving voters angry"),
    ("Jane Doe said the plan failed, saying it was rushed.", "the plan failed"),
    ("Jane Doe noted that at her first meeting, in 1990, she backed the plan.",
     "at her first meeting, in 1990, she backed the plan"),
    ("Jane Doe has said she will not resign, but she has bristled at the question.",
     "she will not resign"),
    ("Many voters have said they will stay home and others have said they will protest.",
     "they will stay home"),
    ("Most farmers now believe prices will rise, a sharp change from last year.",
     "prices will rise"),
    ("Jane Doe said the plan, a bold one, would pass.", "the plan, a bold one, would pass"),
    ("Jane Doe hopes voters will back the plan, even as she admits it is costly.",
     "voters will back the plan"),
    ("Jane Doe said the plan was “a disaster,” adding that it would fail.",
     "the plan was “a disaster,”"),
    ("Jane Doe declared she cannot support the bill, throwing the party into turmoil.",
     "she cannot support the bill"),
    ("Jane Doe said she dined with Chris Dodd (D-Conn.) the night the bill passed.",
     "she dined with Chris Dodd (D-Conn.) the night the bill passed"),
    ("Jane Doe said the bill — which passed the House last week — was dead.",
     "the bill — which passed the House last week — was dead"),
    ("Jane Doe said the bill is dead — and John Roe agreed — after the vote.",
     "the bill is dead"),
])
def test_reported_clause_ends_at_adjuncts_dashes_and_attributions(text, clause):
    assert extract_quotes(text)[0].text == clause


@pytest.mark.parametrize("text, clause", [
    ("The audit found the agency had ignored the warnings.", "the agency had ignored the warnings"),
    ("Mr. Li concluded the plan would not work.", "the plan would not work"),
    ("Police found the car in a river on Monday.", None),
])
def test_finding_verbs_take_a_finite_clause_without_that(text, clause):
    assert [q.text for q in extract_quotes(text)] == ([clause] if clause else [])


def test_second_that_clause_is_part_of_the_same_report():
    text = "Jane Doe said the plan failed badly, and that the party must change."
    quotes = extract_quotes(text, doc_id="d")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the plan failed badly, and that the party must change", "Jane Doe")]


@pytest.mark.parametrize("text", [
    "Rep. Jane Doe (D-Va.), a negotiator on the bill, said she supports the deal.",
    "A third of independents, 33%, say they feel that way.",
    "The Daily News, in a long look at the race, described a candidate aggrieved.",
])
def test_a_subject_before_an_inverted_cue_is_no_reported_clause(text):
    assert [q.rule for q in extract_quotes(text) if q.rule == "clause_cue_speaker"] == []


def test_quoted_infinitive_after_a_promise_is_reported_content():
    quotes = extract_quotes("Jane Doe promised to “fight for every vote” in the fall.")
    assert [(q.text, q.kind, q.rule) for q in quotes] == [
        ("to “fight for every vote” in the fall", "indirect", "speaker_cue_object"),
        ("fight for every vote", "partial", "partial_in_cue_sentence"),
    ]


def test_punctuation_inside_quoted_words_does_not_end_a_noun_object():
    quotes = extract_quotes("Jane Doe called the new law “much, much better” than the old one.")
    assert [(q.text, q.kind) for q in quotes] == [
        ("the new law “much, much better” than the old one", "indirect"),
        ("much, much better", "partial"),
    ]


def test_a_name_after_a_preposition_or_naming_verb_is_no_subject_of_an_appositive():
    for text in ("At a rally with Jo Li, the candidate boasted of his record.",
                 "At the resort, now called Jo Li Doral, the candidate boasted of his record."):
        [quote] = extract_quotes(text)
        assert (quote.text, quote.speaker_mention) == ("his record", "the candidate")
    [quote] = extract_quotes("Kim Park, the candidate boasted of his record.")
    assert quote.speaker_mention == "Kim Park"  # an appositive the writer left unclosed


def test_nouns_that_look_like_cues_are_not_cues():
    assert extract_quotes("The reports in several states were late.") == []
    assert extract_quotes("Jane Doe submitted the report to the committee on Monday.") == []
    quote = _one("The ad claims “we can win it all.”")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "ad", "claims")
    quote = _one("Jane Doe dismissed the criticism as Republican talking points.")
    assert (quote.text, quote.cue) == ("the criticism as Republican talking points", "dismissed")
    assert extract_quotes("There were warning signs and speaking engagements.") == []
    assert extract_quotes("The crowd jeered him and the fans heckled the players.") == []
    assert extract_quotes("The company posted record profits in the third quarter.") == []
    assert extract_quotes("The astronomers observed the comet for a week.") == []
    assert [q.text for q in extract_quotes("Jane Doe was quoted by Le Monde as saying that the "
                                           "plan had failed.")] == ["the plan had failed"]
    assert [q.text for q in extract_quotes("Jane Doe posted that the vote was rigged.")] == [
        "the vote was rigged"]


def test_quoted_words_in_an_indirect_clause_are_partial_inside_it():
    text = 'Jane Doe said the plan was "a disaster" for everyone.'
    quotes = extract_quotes(text)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ('the plan was "a disaster" for everyone', "indirect", "Jane Doe"),
        ("a disaster", "partial", "Jane Doe"),
    ]


def test_clause_ending_in_quoted_words_before_the_attribution():
    quotes = extract_quotes('Jane Doe spoke. The failure was "heartbreaking," she said.')
    assert [(q.text, q.kind, q.speaker, q.rule) for q in quotes] == [
        ('The failure was "heartbreaking,"', "indirect", "Jane Doe", "clause_speaker_cue"),
        ("heartbreaking,", "partial", "Jane Doe", "partial_in_cue_sentence"),
    ]


def test_that_clause_after_a_prepositional_phrase():
    quote = _one("Jane Doe said during this week's televised debate that the tax would rise.")
    assert (quote.text, quote.rule) == ("the tax would rise", "speaker_cue_that")


def test_punctuation_inside_quoted_words_does_not_end_the_clause():
    text = 'Jane Doe said the two sides should be "working together, and that, I am sure, will ' \
        'happen." The talks resume on Monday.'
    indirect = [q.text for q in extract_quotes(text) if q.kind == "indirect"]
    assert indirect == ['the two sides should be "working together, and that, I am sure, will '
                        'happen."']


def test_quote_in_a_heading_is_scare():
    quote = _one("He should have said 'sorry'\n\nThe story goes on.")
    assert (quote.text, quote.kind, quote.speaker) == ("sorry", "scare", None)


@pytest.mark.parametrize("text, title", [
    ("Jane Doe said on ABC's ''Morning Show'' that taxes would rise.", "Morning Show"),
    ("Jane Doe, speaking on the “Inside Politics” podcast, said taxes would rise.",
     "Inside Politics"),
])
def test_quoted_title_in_a_report_is_scare(text, title):
    quote = next(q for q in extract_quotes(text) if q.text == title)
    assert (quote.kind, quote.speaker) == ("scare", None)


def test_every_rule_has_a_case():
    covered = {case[-1] for case in CASES} | {"split_utterance", "paragraph_continuation",
                                              "previous_paragraph_cue", "previous_sentence_cue"}
    assert covered == set(RULES)


def test_quote_is_a_named_tuple_of_the_schema_columns():
    assert Quote._fields == QUOTE_COLUMNS


# -- the seed article ---------------------------------------------------------------------------

SEED_QUOTED = [
    ("any offence", "partial", "Ken Livingstone"),
    ("about anti-Semitism", "partial", "Ken Livingstone"),
    ("embittered Blairites", "partial", "Ken Livingstone"),
    ("If you look at what this is all about, it's not about anti-Semitism in the Labour party,",
     "direct", "Ken Livingstone"),
    ("What this is all about is the struggle of the emitted old Blairite MPs to try and get rid "
     "of Jeremy Corbyn. They've whipped this issue up.", "direct", "Ken Livingstone"),
    ("Nazi apologist", "partial", "some members of his own party"),
    ("If anyone happens to be upset about what I said then of course I'm really sorry for that, "
     "but it happens to be a statement of fact,", "direct", "Ken Livingstone"),
    ("I really regret saying it because it has caused all this disruption – but I never regret "
     "saying something that is true.", "direct", "Ken Livingstone"),
    ("I can't bring myself to deny the truth.", "direct", "Ken Livingstone"),
    ("You have embarrassed Jeremy Corbyn, you have embarrassed the left and you have embarrassed "
     "your party,", "direct", "Michael Crick"),
    ("No", "direct", "Ken Livingstone"),
    ("No, I hate it – I wanted a quiet week moving the newts from the old pond to the new one. "
     "It was my wife's 50<sup>th birthday. It was a huge disruption.", "direct",
     "Ken Livingstone"),
    ("for you just to walk away", "partial", "Michael Crick"),
    ("I would take a bullet from Jeremy, if that is what's necessary.", "direct",
     "Ken Livingstone"),
    ("Nazi apologist", "partial", "John Mann"),
    ("acceptable behaviour and use of language", "scare", None),
    ("Labour is an anti-racist party to its core and has a long and proud history of standing "
     "against racism, including anti-Semitism. I have campaigned against racism all my life and "
     "the Jewish community has been at the heart of the Labour party and progressive politics in "
     "Britain for more than 100 years.", "direct", "Jeremy Corbyn"),
    ("sorry", "scare", None),
]

SEED_INDIRECT = [
    ("he regretted making the comments which led to his suspension from Labour Party",
     "Ken Livingstone"),
    ("Hitler did not want to exterminate the Jews", "Benjamin Netanyahu"),
    ("if he liked the limelight", None),  # "When asked if …": nobody named as asking
    ("he would not", "Ken Livingstone"),
    ("Ken Livingstone should have had some grace and just said sorry", "David Rosenberg"),
]


def test_seed_quoted_spans_kinds_and_speakers(seed_text):
    quotes = extract_quotes(seed_text, doc_id="seed")
    quoted = [(q.text, q.kind, q.speaker) for q in quotes if q.kind != "indirect"]
    assert quoted[:len(SEED_QUOTED)] == SEED_QUOTED
    rosenberg = quoted[len(SEED_QUOTED):]
    assert [(kind, speaker) for _, kind, speaker in rosenberg] == \
        [("direct", "David Rosenberg")] * 5
    assert rosenberg[0][0].startswith("I have a huge admiration for Ken")
    assert rosenberg[-1][0] == ("Charges of anti-Semitism are being used in an attempt to "
                                "undermine Jeremy Corbyn's leadership.")
    last_five = [q for q in quotes if q.kind == "direct"][-5:]
    assert len({q.utterance_id for q in last_five}) == 1
    assert [q.rule for q in last_five] == ["previous_paragraph_cue"] + \
        ["paragraph_continuation"] * 4


def test_seed_indirect_quotes(seed_text):
    found = {(q.text, q.speaker) for q in extract_quotes(seed_text) if q.kind == "indirect"}
    for expected in SEED_INDIRECT:
        assert expected in found


def test_seed_speakers_by_pronoun_description_and_misspelling(seed_text):
    quotes = {q.text[:20]: q for q in extract_quotes(seed_text)}
    assert (quotes["If you look at what "].speaker_mention, quotes["If you look at what "].cue) \
        == ("he", "told")
    assert quotes["No, I hate it – I wa"].speaker_mention == "the former London Mayor"
    livingston = seed_text.index("Livingston shone")
    assert any(p.aliases.split("; ").count("Livingston") for p in extract_document(seed_text)[1])
    assert livingston > 0


# -- the table -------------------------------------------------------------------------------------

def test_quotes_table_columns_dtypes_and_order():
    documents = pd.DataFrame({"doc_id": ["b", "a"], "text": ['"Yes," said Jane Doe.',
                                                            'The "so-called" plan failed.']})
    table = quotes_table(documents)
    assert tuple(table.columns) == QUOTE_COLUMNS
    assert list(table["doc_id"]) == ["a", "b"]
    assert str(table["start"].dtype) == "int64" and str(table["speaker_start"].dtype) == "Int64"
    assert table.loc[0, "speaker"] is None and pd.isna(table.loc[0, "speaker_start"])
    assert table.loc[1, "speaker"] == "Jane Doe" and table.loc[1, "speaker_start"] == 12


def test_quotes_table_names_missing_columns():
    with pytest.raises(SchemaError, match="text"):
        quotes_table(pd.DataFrame({"doc_id": ["a"]}))


def test_quotes_table_of_no_documents_is_empty_with_the_columns():
    table = quotes_table(pd.DataFrame({"doc_id": [], "text": []}))
    assert tuple(table.columns) == QUOTE_COLUMNS and len(table) == 0
