"""A joint statement's shapes: recitals ending in ";" (kg.text.clean) and the sides' attendees (kg.extract.presence).

Every text is invented; each kind has a near miss that must give nothing.
"""

from kg.text.clean import clean

from rdflib.namespace import SDO

from conftest import facts, tail
from test_history import history

OLD = "Hong Kong/Shanghai Economic and Trade Co-operation Conference"


def test_a_recital_is_kept():
    body = ("JOINT STATEMENT\n\nThe two governments,\n\n"
            f"Recalling that the Conference was established on 3 May 2031 under the name of the {OLD};\n\n"
            "Having reviewed the progress made since the Second Plenary Session;\n\n"
            "Have issued the following statement.")
    kept = clean(body).paragraphs
    assert kept[0].startswith("Recalling that") and kept[1].startswith("Having reviewed")


def test_a_menu_line_ending_in_a_semicolon_is_not():
    body = "Noting;\n\nHome; About us; Contact;\n\nThe two sides met today."
    assert clean(body).paragraphs == ["The two sides met today."]


def test_a_recital_tells_the_history(reference):
    told = history(facts(reference, f"Recalling that the Conference was established on 3 May 2031 under the name of the {OLD}, "
                                    "and that at its Second Plenary Session, held in Hong Kong on 5 June 2036, it adopted its present name;"))
    assert {("created", "2031-05-03"), ("former", OLD), ("renamed", "2036-06-05")} <= told


SESSION = ("The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on 9 April 2036. "
           "The Session was co-chaired by Mr Leung Chun-ying, Chief Executive, and Mr Yang Xiong, Mayor of Shanghai.")


def test_the_sides_attending_a_session(reference):
    found = facts(reference, SESSION, "Attending on the Hong Kong side were Mrs Carrie Lam, Chief Secretary for Administration; "
                                      "and Mr Raymond Tam Chi-yuen, Secretary for Constitutional and Mainland Affairs. "
                                      "Attending on the Shanghai side were Mr Tu Guangshao, Executive Vice Mayor; and Mr Zhou Bo, Vice Mayor.")
    people = {tail(o) for s, p, o in found.triples if p == SDO.attendee and str(s).endswith("-9")}
    assert {"carrie-lam-cheng-yuet-ngor", "raymond-tam-chi-yuen", "tu-guangshao", "zhou-bo"} <= people


def test_a_side_of_the_harbour_is_no_attendance(reference):
    found = facts(reference, SESSION, "Working on the Hong Kong side were Mrs Carrie Lam's staff and Mr Zhou Bo.")
    people = {tail(o) for s, p, o in found.triples if p == SDO.attendee and str(s).endswith("-9")}
    assert "zhou-bo" not in people


def test_a_speechs_place_and_date_line_dates_the_page():
    body = "Speech by the Mayor at a luncheon\n\nHong Kong, 20 August 2036\n\nTomorrow we will meet again."
    assert str(clean(body).published) == "2036-08-20"


def test_a_place_and_date_line_deep_in_the_page_does_not():
    body = "Speech by the Mayor\n\nWe met.\n\nThey left.\n\nWe met again.\n\nShanghai, 27 October 2031\n\nTomorrow we meet."
    assert clean(body).published is None


RECALLED = ("The Hong Kong/Shanghai Co-operation Conference was set up in 2031. Since the third plenary session, held in "
            "Shanghai in April 2035, the two sides have carried out the items one by one.")


def test_co_chairs_of_the_session_their_verb_names(reference):
    found = facts(reference, RECALLED, "Tomorrow, Mrs Carrie Lam and Mr Yang Xiong will co-chair the fourth plenary session here.")
    assert {tail(o) for s, p, o in found.triples if p == SDO.attendee and str(s).endswith("-4")} == {"carrie-lam-cheng-yuet-ngor", "yang-xiong"}


def test_co_chairs_of_a_meeting_are_not_the_recalled_sessions(reference):
    found = facts(reference, RECALLED, "Tomorrow, Mrs Carrie Lam and Mr Yang Xiong will co-chair the fourth plenary session here.",
                  "Mrs Carrie Lam chaired the working meeting of the fourth plenary session's task force.")
    assert not any(p == SDO.attendee and str(s).endswith("-3") for s, p, o in found.triples)
