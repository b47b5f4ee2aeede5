"""Cues: which words are reporting verbs, and whose words they report."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from onrecord.extraction.cues import is_cue, subject_of


def token(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_cues_reporting_verbs_are_cues_and_other_verbs_are_not(nlp: Language) -> None:
    assert is_cue(token(nlp, "The minister said the talks were over.", "said"))
    assert is_cue(token(nlp, "The diplomat went on to praise the envoy.", "went"))
    assert not is_cue(token(nlp, "The minister walked to the car.", "walked"))


def test_cues_subject_of_a_participle_is_the_main_verbs_subject(nlp: Language) -> None:
    tok = token(nlp, "The minister spoke for an hour, saying the talks were over.", "saying")
    subject = subject_of(tok)
    assert subject is not None and subject.text == "minister"


def test_cues_holder_of_a_reporting_noun_is_its_possessor_or_the_verbs_subject(
    nlp: Language,
) -> None:
    owned = subject_of(token(nlp, "Trump's criticism of the plan surprised his aides.",
                             "criticism"))
    assert owned is not None and owned.text == "Trump"
    voiced = subject_of(token(nlp, "Senator Reyes voiced strong support for the bill.",
                              "support"))
    assert voiced is not None and voiced.text == "Reyes"


def _subject(nlp: Language, text: str, word: str) -> str | None:
    found = subject_of(token(nlp, text, word))
    return found.text if found is not None else None


def test_cues_two_subjects_the_one_nearest_the_verb_speaks(nlp: Language) -> None:
    text = ("His promises to cut taxes notwithstanding, independent economists agree the plan "
            "would raise the deficit.")
    assert _subject(nlp, text, "agree") == "economists"


def test_cues_demonstrative_with_a_modifier_is_a_speaker(nlp: Language) -> None:
    assert _subject(nlp, "Those close to the mayor say that she will run again.", "say") == (
        "Those"
    )


def test_cues_relative_clause_without_that_has_the_noun_before_as_subject(
    nlp: Language,
) -> None:
    text = "That is a fraction of the $9 million analysts say it costs to build a bridge."
    assert _subject(nlp, text, "say") == "analysts"


def test_cues_passive_verb_lends_its_subject_to_a_participle_it_governs(nlp: Language) -> None:
    heard = "The neighbour can be heard shouting to the firefighters that the house was empty."
    assert _subject(nlp, heard, "shouting") == "neighbour"
    after = ("After saying the bridge was “perfectly safe,” the engineer was “quietly moved” "
             "to another project.")
    assert _subject(nlp, after, "saying") == "engineer"


def test_cues_participle_after_a_report_takes_the_reporters_subject(nlp: Language) -> None:
    text = ("Senator Reyes said she doubted those figures won the vote in 2012, arguing that it "
            "was turnout that decided the race.")
    assert _subject(nlp, text, "arguing") == "Reyes"


def test_cues_participle_never_takes_a_subject_from_the_quote_after_it(nlp: Language) -> None:
    text = ("Ms. Lang did not seem impressed with the council’s plan Monday, telling reporters, "
            "“A lot of people said the budget should be cut.”")
    assert _subject(nlp, text, "telling") == "Lang"


def test_cues_relative_that_speaks_for_whoever_released_the_document(nlp: Language) -> None:
    letter = ("The governor released a letter from her lawyer on Friday that says she did "
              "nothing wrong.")
    assert _subject(nlp, letter, "says") == "governor"
    rules = ("The mayor leaves a mixed legacy: a raft of new safety rules that promise to halve "
             "road deaths.")
    assert _subject(nlp, rules, "promise") == "rules"


def test_cues_according_to_a_misparsed_object_is_its_noun(nlp: Language) -> None:
    text = "The host repeatedly insulted the guests, according to show insiders."
    assert _subject(nlp, text, "according") == "insiders"


def test_cues_aside_from_saying_takes_the_main_subject(nlp: Language) -> None:
    text = ("The mayor refuses to discuss possible candidates, aside from saying she wants a "
            "diverse cabinet.")
    assert _subject(nlp, text, "saying") == "mayor"


def _parsed(nlp: Language, words: list[str], pos: list[str], tags: list[str], deps: list[str],
            heads: list[int], lemmas: list[str]) -> Doc:
    """A Doc carrying a given (mis)parse, to pin down how a rule reads the parser's mistakes."""
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads, lemmas=lemmas)


def test_cues_coordinated_verb_takes_a_passive_subject(nlp: Language) -> None:
    text = "The senator was pressed by reporters for an hour and said that the bill would pass."
    assert _subject(nlp, text, "said") == "senator"


def test_cues_verb_hung_without_relation_after_a_comma_shares_the_subject(nlp: Language) -> None:
    assert _subject(nlp, "The chairman paused, then admitted why the vote had failed.",
                    "admitted") == "chairman"


def test_cues_subject_misattached_to_an_opening_phrase(nlp: Language) -> None:
    text = ("In Millbrook, where a season pass costs $900, Tom Becker, the resort's longtime "
            "owner, suggested that the slump was overstated.")
    assert _subject(nlp, text, "suggested") in ("Becker", "owner")


def test_cues_subject_the_parser_gave_to_an_aside_before_the_verb(nlp: Language) -> None:
    text = ("Mr. Okoye, meanwhile, who runs a bakery downtown, said the new parking rules hurt "
            "his trade.")
    assert _subject(nlp, text, "said") == "Okoye"


def test_cues_participle_on_an_issued_statement_speaks_for_the_issuer(nlp: Language) -> None:
    text = "The union issued a statement saying the strike would go on."
    assert _subject(nlp, text, "saying") == "union"


def test_cues_participle_on_a_noun_nobody_issued_is_that_nouns(nlp: Language) -> None:
    text = "There are signs suggesting that the levy hurts farmers."
    assert _subject(nlp, text, "suggesting") == "signs"


def test_cues_participle_after_an_adverb_and_a_comma_continues_the_report(nlp: Language) -> None:
    text = '"We will be fine," he said, not even hinting that the deal could fail.'
    assert _subject(nlp, text, "hinting") == "he"


def test_cues_name_after_a_reporting_verb_after_a_quote_is_its_subject(nlp: Language) -> None:
    # the parser's reading of '"It was useful," said Tulley.': the name as an adverb
    doc = _parsed(
        nlp,
        ["“", "It", "was", "useful", ",", "”", "said", "Tulley", "."],
        ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT"],
        ["``", "PRP", "VBD", "JJ", ",", "''", "VBD", "RB", "."],
        ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "advmod", "punct"],
        [6, 2, 6, 2, 6, 6, 6, 6, 6],
        ["“", "it", "be", "useful", ",", "”", "say", "Tulley", "."],
    )
    found = subject_of(doc[6])
    assert found is not None and found.text == "Tulley"


def test_cues_capitalised_word_opening_the_sentence_is_the_subject(nlp: Language) -> None:
    # the tagger's reading of "Lively said it was small.": the surname as an adverb
    doc = _parsed(
        nlp,
        ["Lively", "said", "it", "was", "small", "."],
        ["ADV", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
        ["RB", "VBD", "PRP", "VBD", "JJ", "."],
        ["advmod", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
        [1, 1, 3, 1, 3, 1],
        ["lively", "say", "it", "be", "small", "."],
    )
    found = subject_of(doc[1])
    assert found is not None and found.text == "Lively"


def test_cues_shot_back_is_a_reporting_cue(nlp: Language) -> None:
    assert is_cue(token(nlp, '"That is false," the governor shot back.', "shot"))
    assert not is_cue(token(nlp, "The hunter shot a deer.", "shot"))


def test_cues_verb_coordinated_past_a_reported_clause_takes_the_main_subject(
    nlp: Language,
) -> None:
    disagreeing = ("Local farmers believe the new dam is a mistake and have been urging the "
                   "council to halt it.")
    assert _subject(nlp, disagreeing, "urging") == "farmers"
    # the parser's reading of "Analysts believed the chairman had joined the camp, and admitted
    # it failed": "admitted" coordinated with "joined"
    doc = _parsed(
        nlp,
        ["Analysts", "believed", "the", "chairman", "had", "joined", "the", "camp", ",", "and",
         "admitted", "it", "failed", "."],
        ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "VERB",
         "PRON", "VERB", "PUNCT"],
        ["NNS", "VBD", "DT", "NN", "VBD", "VBN", "DT", "NN", ",", "CC", "VBD", "PRP", "VBD", "."],
        ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj", "punct", "cc", "conj",
         "nsubj", "ccomp", "punct"],
        [1, 1, 3, 5, 5, 1, 7, 5, 5, 5, 5, 12, 10, 1],
        ["analyst", "believe", "the", "chairman", "have", "join", "the", "camp", ",", "and",
         "admit", "it", "fail", "."],
    )
    found = subject_of(doc[10])
    assert found is not None and found.text == "Analysts"
    inner = "Smith said the council approved the plan and praised the mayor."
    assert _subject(nlp, inner, "praised") == "council"


def test_cues_subject_with_a_participle_phrase_before_its_verb(nlp: Language) -> None:
    # the parser's reading of "Tenants facing eviction say it is unfair.": "say" hung from the
    # participle with no relation
    doc = _parsed(
        nlp,
        ["Tenants", "facing", "eviction", "say", "it", "is", "unfair", "."],
        ["NOUN", "VERB", "NOUN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
        ["NNS", "VBG", "NN", "VBP", "PRP", "VBZ", "JJ", "."],
        ["nsubj", "ROOT", "dobj", "dep", "nsubj", "ccomp", "acomp", "punct"],
        [1, 1, 1, 1, 5, 3, 5, 1],
        ["tenant", "face", "eviction", "say", "it", "be", "unfair", "."],
    )
    found = subject_of(doc[3])
    assert found is not None and found.text == "Tenants"


def test_cues_object_of_tell_after_a_comma_is_not_its_subject(nlp: Language) -> None:
    text = "Later that day, the coach thanked the fans, telling the BBC, “We owe them everything.”"
    assert _subject(nlp, text, "telling") == "coach"


def test_cues_a_second_report_after_a_reported_clause_is_the_reporters(nlp: Language) -> None:
    # "and questioned" hangs from "earns" in the parse; "she" is Brandt herself
    text = ("Tessa Brandt, a parent from Elmwood, said she earns $30,000 a year and questioned "
            "how the levy would help her.")
    assert _subject(nlp, text, "questioned") == "Brandt"
    text = ("Okafor said Monday that he will try to form a coalition and insisted that his party "
            "was still the largest.")
    assert _subject(nlp, text, "insisted") == "Okafor"
    text = ("The director, Ruth Vance, told reporters her agency never worked with the firm and "
            "said the agency acted alone.")
    assert _subject(nlp, text, "said") == "director"


def test_cues_a_report_by_someone_inside_the_reported_clause_stays_theirs(nlp: Language) -> None:
    text = "Police said the suspect fled and told a neighbour that he was sorry."
    assert _subject(nlp, text, "told") == "suspect"


def test_cues_time_or_means_spent_on_a_report_is_not_its_speaker(nlp: Language) -> None:
    text = "The union used the remarks to urge members to strike."
    assert _subject(nlp, text, "urge") == "union"
    text = "Ms. Dray spent much of her speech attacking the council."
    assert _subject(nlp, text, "attacking") == "Dray"
    # a causative's object still does the act
    assert _subject(nlp, "The league prompted the clubs to demand a refund.", "demand") == (
        "clubs"
    )


def test_cues_one_criticized_for_saying_something_said_it(nlp: Language) -> None:
    text = "The senator was criticized for saying that the program had failed."
    assert _subject(nlp, text, "saying") == "senator"
    text = "Mayor Ortiz has been criticized for using the phrase to describe his record on housing."
    assert _subject(nlp, text, "describe") == "Ortiz"
