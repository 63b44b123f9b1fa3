"""The mechanism's founding and renaming told in a FAQ's answer, a description, a reply and a back reference: invented sentences."""

from datetime import date

import pytest

from conftest import facts
from test_history import history


@pytest.mark.parametrize("paragraphs, day", [
    (["What is the Hong Kong/Shanghai Co-operation Conference?", "A1.",
      "It is a high-level co-operation mechanism set up by the two governments in October 2031."], "2031-10"),
    (["The Hong Kong/Shanghai Co-operation Conference is a standing forum that the two cities launched in 2031."], "2031"),
    (["The Shanghai-HK cooperation meeting mechanism, set up in 2031, has held four plenary sessions so far."], "2031"),
])
def test_what_it_is_and_when_it_was_set_up(reference, paragraphs, day):
    assert ("created", day) in history(facts(reference, *paragraphs))


def test_it_of_another_sentence_is_not_the_mechanism(reference):
    found = history(facts(reference, "The Hong Kong/Shanghai Co-operation Conference met today.", "The mayor spoke.",
                          "It is a mechanism set up by the two governments in 2031."))
    assert not any(kind == "created" for kind, _ in found)


def test_a_renaming_after_the_former_name(reference):
    found = history(facts(reference, "The third plenary session was held in April 2036.",
                          'The Hong Kong/Shanghai Co-operation Conference (the Conference) was established in 2031 under '
                          'the name of "Hong Kong/Shanghai Economic and Trade Co-operation Conference", and was renamed in '
                          "2034 to reflect its wider scope."))
    assert ("renamed", "2034") in found and ("renamed", "2036-04") not in found


NAMED = "The Hong Kong/Shanghai Co-operation Conference met in May."


@pytest.mark.parametrize("sentence", [
    "Many of you will know that the conference goes back to 2031, when it was set up as a forum on trade.",
    "The mechanism dates back to 2031.",
    "The conference, first set up in 2031, last met in Shanghai in July last year.",
    "When their co-operation mechanism was set up in 2031, it had a longer name.",
])
def test_a_back_reference_once_named(reference, sentence):
    assert ("created", "2031") in history(facts(reference, NAMED, sentence))


@pytest.mark.parametrize("paragraphs", [
    ["The conference goes back to 2031."],  # never named
    [NAMED, "The Forum on Tea, first set up in 2031, met in June."],  # another body
    [NAMED, "The mechanism dates from the talks of 2031 on trade."],
])
def test_no_back_reference_from_a_near_miss(reference, paragraphs):
    assert not any(kind == "created" for kind, _ in history(facts(reference, *paragraphs)))


def test_given_its_present_name(reference):
    found = history(facts(reference, "The prize is an item of the Hong Kong/Shanghai Co-operation Conference, the mechanism "
                                     "set up in 2031 as the Hong Kong/Shanghai Economic and Trade Co-operation Conference and "
                                     "given its present name in 2034."))
    assert {("created", "2031"), ("renamed", "2034")} <= found


def test_a_text_older_than_the_renaming_names_no_former_name(reference):
    sentence = "The two cities set up the Hong Kong/Shanghai Economic and Trade Co-operation Conference in October 2003."
    assert not any(kind == "former" for kind, _ in history(facts(reference, sentence, published=date(2010, 5, 1))))
    # the same sentence written after the renaming tells the name it was founded under
    assert ("former", "Hong Kong/Shanghai Economic and Trade Co-operation Conference") in history(
        facts(reference, sentence, published=date(2020, 5, 1)))


def test_a_founding_after_a_speech_vocative(reference):
    sentence = "President, 22 years ago, our two cities founded the Hong Kong/Shanghai Co-operation Conference."
    assert ("created", "2009") in history(facts(reference, sentence, published=date(2031, 5, 1)))


def test_a_founding_after_a_speaker_label(reference):
    sentence = ("Ms Lee Wing-yan (in Putonghua): President, twenty-two years ago, our two cities founded the Hong "
                "Kong/Shanghai Co-operation Conference.")
    assert ("created", "2009") in history(facts(reference, sentence, published=date(2031, 5, 1)))
