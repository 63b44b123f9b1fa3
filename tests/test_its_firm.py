""""Its Chairman" after a firm named by its legal form ("the Tamsin Cold Chain Co., Ltd. in Lingang, where its
Chairman, Mr A, ..."): the firm's post, not one of a body the sentence before named.

Every sentence is invented; the near miss has no firm in its sentence.
"""

from conftest import facts
from test_kinds import posts_of

BEFORE = "Also present was the Deputy Director of the Riverton Commission of Commerce, Ms Fay Fong."


def test_its_after_a_firm_by_its_legal_form_is_the_firms(reference):
    f = facts(reference, BEFORE, "The mission visited the Tamsin Cold Chain Co., Ltd. in Lingang, where its "
                                 "Chairman, Mr Sam Wei, showed members its warehouse.")
    assert posts_of(f)["sam-wei"] == {"Chairman of Tamsin Cold Chain Co., Ltd"}


def test_its_with_no_firm_named_is_not_a_title_named_before(reference):
    f = facts(reference, BEFORE, "The mission then went on, and its Chairman, Mr Sam Wei, spoke.")
    assert all("Deputy Director" not in post for post in posts_of(f).get("sam-wei", set()))
