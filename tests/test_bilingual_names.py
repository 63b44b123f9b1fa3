"""A bilingual text's Chinese names in brackets after English ones (kg.extract.orgnames.chinese_names): a person's
own Chinese name is another name of that person; the bracket changes nothing else the sentence tells.

Every sentence is invented; each kind has a near miss that must give nothing.
"""

from datetime import date

from rdflib import URIRef
from rdflib.namespace import SDO, SKOS

from conftest import ID, facts


def other_names(findings, tail: str) -> set[str]:
    return {str(o) for (s, p, o) in findings.triples if p == SKOS.altLabel and str(s).endswith("/person/" + tail)}


def test_a_persons_chinese_name_in_brackets_is_another_name(reference):
    found = facts(reference, "The Deputy Director of the Riverton Office, Ms Wendy Lok (駱慧儀), opened the fair today.")
    assert other_names(found, "wendy-lok") == {"駱慧儀"}


def test_full_width_brackets_and_a_transliterated_name(reference):
    found = facts(reference, "Mr Pieter Vos（彼得·沃斯）, the consul, met Ms Wendy Lok （駱慧儀） in Shanghai.")
    assert other_names(found, "pieter-vos") == {"彼得·沃斯"}
    assert other_names(found, "wendy-lok") == {"駱慧儀"}


def test_the_references_own_name_in_the_other_script_is_no_new_name(reference):
    # the reference writes Paul Chan Mo-po's name in traditional characters
    found = facts(reference, "Mr Paul Chan Mo-po (陈茂波) witnessed the signing.")
    assert other_names(found, "paul-chan-mo-po") == set()


def test_a_long_bracket_after_a_person_is_a_gloss_not_a_name(reference):
    found = facts(reference, "Ms Wendy Lok (香港駐上海經濟貿易辦事處副主任) opened the fair today.")
    assert other_names(found, "wendy-lok") == set()


def test_a_chinese_name_after_a_title_is_nobodys_name(reference):
    found = facts(reference, "The Chairman of the Riverton Arts Council (白浩) spoke at the forum.")
    assert not any(str(o) == "白浩" for (s, p, o) in found.triples if p == SKOS.altLabel)


def test_brackets_leave_the_sessions_day_place_and_co_chairs(reference):
    text = ("The sixth plenary session of the Hong Kong/Shanghai Co-operation Conference (滬港合作會議), held in Shanghai "
            "on November 19, was co-chaired by the Chief Executive, Mr John Lee (李家超), and the Mayor of Shanghai, "
            "Mr Gong Zheng（龔正）.")
    found = facts(reference, text, published=date(2024, 11, 20))
    session = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-6")
    facts_of = {(str(p), str(o)) for (s, p, o) in found.triples if s == session}
    assert (str(SDO.startDate), "2024-11-19") in facts_of
    assert (str(SDO.location), ID + "place/shanghai") in facts_of
    assert {(str(SDO.attendee), ID + "person/john-lee-ka-chiu"), (str(SDO.attendee), ID + "person/gong-zheng")} <= facts_of
