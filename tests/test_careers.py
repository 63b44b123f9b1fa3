"""Careers as obituaries, profiles and appointment notices tell them: posts held with their years, a post to be
taken up, and a Hong Kong name known by its hyphened given name (invented texts)."""

import time

from conftest import held_posts as people, page_graph


def converted(tmp_path, body: str):
    return page_graph(tmp_path, body, title="Appointment")


def test_a_biographys_copula_with_years_gives_each_post(tmp_path):
    body = ("Ms Dora Quill joined the Administrative Service in 1999. She was Principal Assistant Secretary for Transport "
            "and Logistics from 2019 to 2022, and Deputy Director-General of Civil Aviation from 2022 to 2025. She has "
            "been Deputy Secretary for Housing since July 2025.\n")
    assert people(converted(tmp_path, body))["Dora Quill"] == {
        "principal-assistant-secretary-for-transport-and-logistics", "deputy-director-general-of-civil-aviation",
        "deputy-secretary-for-housing"}


def test_a_copula_without_years_or_a_title_gives_no_post(tmp_path):
    body = ("Ms Dora Quill was Guest of Honour at the dinner in 2019. She was acting Director of Marine in 2020. "
            "Mr Hal Brody was in Riverton from 2019 to 2022.\n")
    found = converted(tmp_path, body)
    assert not any(people(found).values()), people(found)


def test_fronted_years_and_moves_with_as_give_posts(tmp_path):
    body = ("Mr Tobias Wren served as Assistant Director of Marine from 1990 to 1994. He was posted to Geneva, served "
            "as Deputy Commissioner for Tourism from 1995 to 1997, and returned to the policy side as Deputy Secretary "
            "for Labour and Welfare between 1998 and 2001. From 2003 to 2006 he was Permanent Secretary for Security. "
            "He came home in 2012 as Permanent Secretary for Housing.\n")
    assert people(converted(tmp_path, body))["Tobias Wren"] == {
        "assistant-director-of-marine", "deputy-commissioner-for-tourism", "deputy-secretary-for-labour-and-welfare",
        "permanent-secretary-for-security", "permanent-secretary-for-housing"}


def test_a_verb_list_with_another_subject_gives_him_no_post(tmp_path):
    body = ("Mr Tobias Wren met Mr Hal Brody, who later returned to Riverton as Permanent Secretary for Housing "
            "between 1998 and 2001.\n")
    assert "permanent-secretary-for-housing" not in people(converted(tmp_path, body)).get("Tobias Wren", set())


def test_an_appointment_notices_post_to_take_up_and_the_predecessors(tmp_path):
    body = ("Ms Dora Quill, Administrative Officer Staff Grade C, will take up the post of Director of the Riverton "
            "Liaison Office on May 2, 2036.\n\nMs Quill succeeds Mr Hal Brody, who has been Director of the Riverton "
            "Liaison Office since March 2031.\n")
    found = people(converted(tmp_path, body))
    assert found["Dora Quill"] == {"director-of-the-riverton-liaison-office"}, found
    assert found["Hal Brody"] == {"director-of-the-riverton-liaison-office"}, found


def test_a_post_to_be_discussed_is_not_taken_up(tmp_path):
    body = "Ms Dora Quill will discuss the post of Director of the Riverton Liaison Office with the panel.\n"
    assert not people(converted(tmp_path, body)).get("Dora Quill")


def test_a_body_opened_as_its_first_director_and_a_post_made_when(tmp_path):
    body = ("Mr Tobias Wren grew up in Riverton.\n\nIn 2006 Mr Wren opened the Riverton Trade Office as its first "
            "director, a post he held until 2010. The move that defined his career came in 2002, when he was made "
            "Deputy Secretary for Housing.\n")
    assert people(converted(tmp_path, body))["Tobias Wren"] == {
        "director-of-the-riverton-trade-office", "deputy-secretary-for-housing"}


def test_a_when_clause_after_another_name_is_not_read(tmp_path):
    body = ("Mr Tobias Wren grew up in Riverton.\n\nMs Dora Quill arrived in 2002, when he was made Deputy Secretary "
            "for Housing.\n")
    assert "deputy-secretary-for-housing" not in people(converted(tmp_path, body)).get("Tobias Wren", set())


def test_a_hong_kong_name_by_its_hyphened_given_name_is_a_person(tmp_path):
    body = "Lawrence Tam Kwok-fai, the career administrator who ran the port, died on Tuesday. He was 80.\n"
    assert "Lawrence Tam Kwok Fai" in people(converted(tmp_path, body))


def test_a_hyphened_word_after_a_place_is_no_name(tmp_path):
    body = "The Riverton Shanghai-based firms, the report said, grew. Kowloon Bay Well-known brands grew too.\n"
    assert not people(converted(tmp_path, body))


def test_career_patterns_fail_fast_on_long_lists():
    from kg.extract.careers import CLAUSE, HELD, MORE
    text = "⟦person:0⟧ was " + ", and ".join(["Deputy Secretary for Trade and Industry Affairs"] * 60) + " in the"
    started = time.perf_counter()
    for pattern in (HELD, CLAUSE, MORE):
        pattern.search(text)
    assert time.perf_counter() - started < 0.5


def meetings(graph) -> set[str]:
    from rdflib.namespace import RDF, RDFS

    from kg.namespaces import HKSH
    return {str(graph.value(s, RDFS.label)) for s in graph.subjects(RDF.type, HKSH.Meeting)}


def test_a_clause_of_another_subject_that_met_is_no_meeting_of_the_person(tmp_path):
    body = ("Mr Tobias Wren came home in 2010 as Permanent Secretary for Housing, and was back at the table in 2012, "
            "when the second plenary session met in Riverton under Mr Hal Brody.\n")
    assert not meetings(converted(tmp_path, body))


def test_the_person_who_met_another_still_meets_him(tmp_path):
    body = "Mr Tobias Wren was back in Riverton in 2012, where he met Mr Hal Brody.\n"
    assert meetings(converted(tmp_path, body))


# --- an appointment notice: the grade between the name and the verb, "and as" the next post, a bureau's branch ------
def test_a_grade_between_the_name_and_appointed_does_not_hide_the_post(tmp_path):
    body = ("It is announced that Mr Tobias Wren, JP, Administrative Officer Staff Grade C, has been appointed "
            "Director of Marine with effect from 2 May 2036.\n")
    assert people(converted(tmp_path, body))["Tobias Wren"] == {"director-of-marine"}


def test_and_as_after_a_posts_years_gives_the_next_post_with_its_branch(tmp_path):
    body = ("Ms Dora Quill joined the service in 1999. She served as Principal Assistant Secretary for Transport and "
            "Logistics (Air Services) from 2019 to 2022 and as Deputy Director-General of Civil Aviation from 2022 to 2025.\n")
    assert people(converted(tmp_path, body))["Dora Quill"] == {
        "principal-assistant-secretary-for-transport-and-logistics-air-services", "deputy-director-general-of-civil-aviation"}


def test_a_status_in_brackets_is_no_branch(tmp_path):
    body = "Ms Dora Quill served as Principal Assistant Secretary for Transport and Logistics (Acting) from 2019 to 2022.\n"
    assert not people(converted(tmp_path, body)).get("Dora Quill")


def test_was_then_before_a_title_gives_the_post_held_then(tmp_path):
    body = "Mr Hal Brody opened the hall in 2031. (Mr Brody was then Director of Leisure and Cultural Services.)\n"
    assert people(converted(tmp_path, body))["Hal Brody"] == {"director-of-leisure-and-cultural-services"}


def test_a_grade_with_no_verb_after_it_gives_nothing(tmp_path):
    body = "Mr Tobias Wren, Administrative Officer Staff Grade C, and others were named in 2036 in the report.\n"
    assert not people(converted(tmp_path, body)).get("Tobias Wren")


def test_years_in_brackets_after_the_title_give_the_post(tmp_path):
    body = ("Ms Dora Quill served as Deputy Director of Marine from 2019 to 2022, and as Director of Marine (2022-2026). "
            "Mr Hal Brody was Commissioner for Tourism (2031–35).\n")
    found = people(converted(tmp_path, body))
    assert found["Dora Quill"] == {"deputy-director-of-marine", "director-of-marine"}
    assert found["Hal Brody"] == {"commissioner-for-tourism"}


def test_a_bracket_of_other_years_gives_no_post(tmp_path):
    body = "Mr Hal Brody was Guest of Honour (2031 dinner) at the fair. Ms Dora Quill was in Riverton (2019-2022).\n"
    assert not any(people(converted(tmp_path, body)).values())


def test_a_birth_year_between_the_name_and_the_verb_hides_no_post(tmp_path):
    body = "Hal Brody (born 1961) was Commissioner for Tourism from 2031 to 2035.\n"
    assert people(converted(tmp_path, body))["Hal Brody"] == {"commissioner-for-tourism"}
