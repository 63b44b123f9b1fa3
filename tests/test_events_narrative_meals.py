"""Meals and receptions a narrative tells in passing (invented sentences, none from a document of the
repository, each with a near miss): a lunch named by its kind, by the delegation it is for or by the building
it is held in, and who gave it, told in a relative clause after its name."""

from conftest import event_fields, page_graph

CHIEF = "The Chief Executive, Mr Donald Tsang, met the Mayor of Shanghai, Mr Han Zheng, on Monday.\n\n"


def fields(tmp_path, body: str) -> dict[str, dict]:
    return event_fields(page_graph(tmp_path, body, title="Riverton news", published="2036-03-20"))


def test_a_farewell_lunch_is_an_event(tmp_path):
    found = fields(tmp_path, "Last week his colleagues organised a farewell lunch for him at a restaurant.\n")
    assert any(label.lower().startswith("farewell lunch") for label in found), found


def test_talking_over_lunch_is_no_event(tmp_path):
    found = fields(tmp_path, "The two directors talked over lunch about the lunch break of the staff.\n")
    assert not any("lunch" in label.lower() for label in found), found


def test_a_lunch_for_a_delegation_is_named_by_it(tmp_path):
    found = fields(tmp_path, "As a young officer she attended only a lunch for the Shanghai delegation, at which she sat near the door.\n")
    assert "Lunch for the Shanghai delegation" in found, found


def test_a_dinner_for_the_first_time_is_no_event(tmp_path):
    found = fields(tmp_path, "The bureau held a dinner for the first time in years.\n")
    assert not any("dinner" in label.lower() for label in found), found


def test_a_hosted_lunch_keeps_the_delegation_it_is_for(tmp_path):
    found = fields(tmp_path, "On Saturday the chairman, Peter Wong Tak-ming, hosted a lunch for the Shanghai delegation.\n")
    assert any("for the Shanghai delegation" in label for label in found), found


def test_a_dinner_for_a_delegation_is_at_the_building_after_it(tmp_path):
    found = fields(tmp_path, CHIEF + "That evening the Chief Executive hosted a dinner for the Shanghai delegation at Government House.\n")
    dinner = next(v for k, v in found.items() if k.startswith("Dinner"))
    assert "government-house" in dinner["place"], found


def test_a_banquet_the_talks_were_followed_by_is_at_its_building(tmp_path):
    found = fields(tmp_path, "The talks were followed by a banquet at Government House.\n")
    assert found.get("Banquet at Government House", {}).get("place") == {"government-house"}, found


def test_a_reception_one_met_people_at(tmp_path):
    found = fields(tmp_path, "I met some of the students on Tuesday, at a reception at the Riverside Hotel.\n")
    assert "riverside-hotel" in found.get("Reception at the Riverside Hotel", {}).get("place", set()), found


def test_a_definite_reception_at_a_hotel_is_no_new_event(tmp_path):
    found = fields(tmp_path, "He said the reception at the Riverside Hotel had been too crowded.\n")
    assert not found, found


def test_the_host_of_a_relative_clause_attends(tmp_path):
    found = fields(tmp_path, "Mary Chan Wai-ling arrived on Monday.\n\n"
                             "The talks were followed by a banquet at Government House, which Chan hosted for the visitors.\n")
    assert "mary-chan-wai-ling" in found["Banquet at Government House"]["att"], found


def test_a_body_a_relative_clause_says_hosted_organised(tmp_path):
    found = fields(tmp_path, "Some of you were at the welcoming lunch the Hong Kong Trade Development Council hosted for us.\n")
    assert found.get("Welcoming lunch", {}).get("org") == {"hong-kong-trade-development-council"}, found


def test_a_person_said_of_after_the_event_is_no_host(tmp_path):
    found = fields(tmp_path, "Mary Chan Wai-ling arrived on Monday.\n\n"
                             "The talks were followed by a banquet at Government House, which Chan said was too long.\n")
    assert not found["Banquet at Government House"]["att"], found
