"""A body's own account names its officers by "our" ("our Chairman, Mr A"): the post is in the body the text
speaks for, which it marks by its head word alone ("our Chamber", "the Chamber's mission"), named in full before.

Every sentence is invented; each kind has a near miss.
"""

from conftest import facts
from test_kinds import posts_of


def test_our_title_is_a_post_of_the_body_that_speaks(reference):
    f = facts(reference, "Below is a report on the Chamber's mission to Shanghai.",
              "The Riverton Trade Chamber of Commerce sent a mission of 18 members.",
              "The mission was led by our Chairman, Mr Victor Lam.",
              "Mr Ken Lam, our Director, said so.")
    assert posts_of(f) == {"victor-lam": {"Chairman of the Riverton Trade Chamber of Commerce"},
                           "ken-lam": {"Director of the Riverton Trade Chamber of Commerce"}}


def test_our_secretary_in_a_bureaus_account_is_the_bureaus_secretary(reference):
    f = facts(reference, "The Constitutional and Mainland Affairs Bureau published its report.",
              "We thank our Bureau's staff for their work.",
              "In May our Secretary, Mr Erick Tsang, led a delegation.")
    assert posts_of(f)["erick-tsang"] == {"Secretary for Constitutional and Mainland Affairs"}


def test_our_title_in_a_text_that_never_names_itself_is_no_post(reference):
    f = facts(reference, "We visited the Tamsin Port Authority.", "Our Chairman, Mr Victor Lam, thanked them.")
    assert posts_of(f) == {}


def test_our_title_with_no_body_of_that_head_word_is_no_post(reference):
    f = facts(reference, "Below is a report on the Chamber's mission.", "We visited the Tamsin Port Authority.",
              "Our Chairman, Mr Victor Lam, thanked them.")
    assert posts_of(f) == {}


def test_the_bodys_possessive_after_its_full_name_points_back_and_names_no_speaker(reference):
    f = facts(reference, "The Secretary witnessed the signing between the Riverton Council and the Eastport Design "
                         "Association.", "It was signed by the Association's President, Mr Pan Lo.",
              "Our Director Ms Ada Quell opened the show.")
    assert posts_of(f) == {"pan-lo": {"President of the Eastport Design Association"}}


def test_our_office_by_a_hidden_label_is_the_speakers_own_not_the_reference_body(reference):
    f = facts(reference, "Our Shanghai office, headed by Chief Representative Ms Ada Quell, answered 900 enquiries.")
    assert "Director of the Hong Kong Economic and Trade Office in Shanghai" not in posts_of(f).get("ada-quell", set())
    assert "Chief Representative of the Hong Kong Economic and Trade Office in Shanghai" not in posts_of(f).get("ada-quell", set())
    f = facts(reference, "The Shanghai Office, headed by Director Ms Bo Tam, opened a new branch.")
    assert posts_of(f)["bo-tam"] == {"Director of the Hong Kong Economic and Trade Office in Shanghai"}
