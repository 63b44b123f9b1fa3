"""A meeting or call named with the title the text gives the one met ("Call of A on the Mayor of X, Mr B"), as
releases name it (invented sentences, none from a document of the repository, each with a near miss)."""

from rdflib.namespace import RDFS

from conftest import page_graph


def labels(tmp_path, body: str) -> set[str]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-03-20")
    return {str(o) for s, o in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_a_call_on_a_titled_person_keeps_the_title(tmp_path):
    found = labels(tmp_path, "Today, Mr Alan Brookfield called on the Mayor of Northport, Mr Bo Linwei, at the Northport City Hall.\n")
    assert any(l.startswith("Call of Alan Brookfield on the Mayor of Northport, Mr Bo Linwei") for l in found), found


def test_a_meeting_with_a_title_before_the_name(tmp_path):
    found = labels(tmp_path, "Today, Mr Alan Brookfield met Northport Vice Mayor Bo Linwei to discuss port co-operation.\n")
    assert any(l.startswith("Meeting of Alan Brookfield with Northport Vice Mayor Bo Linwei") for l in found), found


def test_people_met_by_name_alone_or_several_are_named_by_their_names(tmp_path):
    found = labels(tmp_path, "Today, Mr Alan Brookfield met Mr Bo Linwei.\n")
    assert not any(" with " in l for l in found) and any("Bo Linwei" in l for l in found), found
    found = labels(tmp_path, "Today, Mr Alan Brookfield called on the Mayor of Northport, Mr Bo Linwei, and the Vice Mayor, Ms Cara Wen.\n")
    assert not any("Mayor" in l for l in found), found


def test_the_title_pattern_fails_fast():
    import time
    from kg.extract.met_titles import MORE, TITLED
    texts = [" with the " + "Harbour of " * 3000 + "x", ", and " + "a " * 5000]
    started = time.process_time()
    for text in texts:
        TITLED.match(text), MORE.match(text)
    assert time.process_time() - started < 1.0


def test_a_title_after_the_name_of_the_one_met(tmp_path):
    found = labels(tmp_path, "In the afternoon, the delegation met Mr Bo Linwei, Vice-Chairman of the Northport Harbour Board, "
                             "and members of the board.\n")
    assert any(l.startswith("Meeting with Mr Bo Linwei, Vice-Chairman of the Northport Harbour Board") for l in found), found


def test_a_meeting_of_three_is_named_by_the_names(tmp_path):
    found = labels(tmp_path, "Today, Mr Alan Brookfield met the Mayor of Northport, Mr Bo Linwei, together with Ms Cara Wen.\n")
    assert not any("Mayor" in l for l in found), found


def test_a_post_read_as_a_person_keeps_its_title_in_the_call(tmp_path):
    found = labels(tmp_path, "Today, Mr Bo Linwei called on the Chief Secretary for Administration, Mr Alan Brookfield, and "
                             "spoke at the Riverton Port Seminar.\n")
    assert "Call of Bo Linwei on the Chief Secretary for Administration, Mr Alan Brookfield" in found, found
    found = labels(tmp_path, "Today, Mr Bo Linwei called on the Chief Secretary for Administration, Mr Alan Brookfield, "
                             "and the Financial Secretary, Mr Carl Dunmore.\n")
    assert not any("Secretary" in l for l in found), found
