"""A body the text defines by its abbreviation and then names by it in a title (kg/extract/initialled.py heads and
a place before the initials, kg/extract/post_resolve.py spelt_out and the abbreviation of COMMA_BODY,
kg/extract/patterns.py NOT_NAME prepositions): invented sentences, each with a near miss."""

import time

from rdflib.namespace import SKOS

from conftest import held_posts, page_graph


def converted(tmp_path, body: str):
    return page_graph(tmp_path, body, title="Press release")


def alt_labels(graph) -> set[str]:
    return {str(o) for o in graph.objects(None, SKOS.altLabel)}


def test_a_museum_or_service_defined_by_its_initials_is_the_body_of_a_title(tmp_path):
    body = ("The Riverton Palace Museum (RPM) and the Eastport Weather Service (EWS) signed an agreement today. It was "
            "signed by Dr Ada Quell, Director of the RPM, and Mr Bo Kettle, Director-General of the EWS.\n")
    graph = converted(tmp_path, body)
    found = held_posts(graph)
    assert found["Ada Quell"] == {"director-of-riverton-palace-museum"}
    assert found["Bo Kettle"] == {"director-general-of-eastport-weather-service"}
    assert {"RPM", "EWS"} <= alt_labels(graph)


def test_letters_that_are_not_a_services_initials_define_nothing(tmp_path):
    body = ("The Riverton Palace Museum (RXM) and the Eastport Weather Desk (EWD) met today. Dr Ada Quell, Director of "
            "the RXM, spoke.\n")
    graph = converted(tmp_path, body)
    assert not {"RXM", "EWD"} & alt_labels(graph)
    assert "director-of-riverton-palace-museum" not in held_posts(graph).get("Ada Quell", set())


def test_a_place_before_the_initials_is_part_of_the_abbreviation(tmp_path):
    body = ("The Eastport Maritime Safety Administration (Eastport MSA) signed the arrangement. The Deputy "
            "Director-General of the Eastport MSA, Ms Xu Lan, attended.\n")
    graph = converted(tmp_path, body)
    assert "Eastport MSA" in alt_labels(graph)
    assert held_posts(graph)["Xu Lan"] == {"deputy-director-general-of-eastport-maritime-safety-administration"}


def test_a_place_word_the_name_does_not_begin_with_defines_nothing(tmp_path):
    body = "The Eastport Maritime Safety Administration (Riverton MSA) signed the arrangement.\n"
    assert "Riverton MSA" not in alt_labels(converted(tmp_path, body))


def test_a_unit_of_a_body_named_by_its_abbreviation_is_the_unit_of_the_body(tmp_path):
    body = ("The Riverton Cultural District Authority (RCDA) and the Eastport Supervisory Commission (ESC) met. Ms Gu "
            "Lan, Director of the Training Department of the ESC, spoke. Ms Ivy Lau, Deputy Chairman of the Board of "
            "the RCDA, attended. Mr Ken Wu, Director of the Research Department of the IMF, attended.\n")
    found = held_posts(converted(tmp_path, body))
    assert found["Gu Lan"] == {"director-of-the-training-department-of-the-eastport-supervisory-commission"}
    assert found["Ivy Lau"] == {"deputy-chairman-of-the-board-of-the-riverton-cultural-district-authority"}
    assert found["Ken Wu"] == {"director-of-the-research-department-of-the-imf"}  # no abbreviation defined


def test_a_roster_gives_a_body_by_its_defined_abbreviation_after_the_title(tmp_path):
    body = ("The Riverton Cultural District Authority (RCDA) hosted the signing.\n\n"
            "Signatories: Mr Ray Kwan, Executive Director, RCDA; Mr Tom Ho, Chairman, GBS; Mr Sam Li, Director, ABC.\n")
    found = held_posts(converted(tmp_path, body))
    assert found["Ray Kwan"] == {"executive-director-of-the-riverton-cultural-district-authority"}
    assert not found.get("Tom Ho") and not found.get("Sam Li")


def test_a_preposition_in_a_bodys_name_is_no_persons_name(tmp_path):
    body = ("Speakers included the Executive Director of the Riverton International Academy Against Corruption "
            "(RIAAC), Ms Fay Ng, and others.\n")
    graph = converted(tmp_path, body)
    found = held_posts(graph)
    assert "Against Corruption" not in found
    assert found["Fay Ng"] == {"executive-director-of-riverton-international-academy-against-corruption"}
    assert "RIAAC" in alt_labels(graph)


def test_the_roster_abbreviation_pattern_fails_fast():
    from kg.extract.post_shapes import COMMA_BODY
    text = "⟦person:1⟧, Director, " + "ABCDEFGHIJ" * 300 + "!"
    started = time.process_time()
    COMMA_BODY.search(text)
    assert time.process_time() - started < 0.5


def test_a_mayors_title_sharing_a_citys_government_with_the_next_title_is_that_citys(tmp_path):
    body = ("The Vice Mayor and Secretary-General of the Eastport Municipal People's Government, Mr Dai Wen, attended. "
            "Ms Eve Sun, Vice Mayor and Secretary-General of the Shanghai Municipal People's Government, spoke.\n")
    found = held_posts(converted(tmp_path, body))
    assert found["Dai Wen"] == {"vice-mayor-of-the-eastport-municipal-peoples-government",
                                "secretary-general-of-the-eastport-municipal-peoples-government"}
    assert "vice-mayor-of-shanghai" in found["Eve Sun"]


def test_a_mayors_title_with_an_article_before_the_next_title_keeps_its_own_body(tmp_path):
    body = "The Vice Mayor and the Secretary-General of the Eastport Trade Council, Mr Ed Yu and Ms Flo Ma, attended.\n"
    assert "vice-mayor-of-the-eastport-trade-council" not in held_posts(converted(tmp_path, body)).get("Ed Yu", set())


def test_a_police_rank_with_a_bracketed_branch_is_the_branchs_post(tmp_path):
    body = ("The Assistant Commissioner of Police (Crime), Mr Alan Tsang, briefed the team. Ms Bea Ho, Deputy "
            "Commissioner of Police (Operations), attended. The Senior Assistant Commissioner of Police, Mr Ed Ng, "
            "spoke.\n")
    found = held_posts(converted(tmp_path, body))
    assert found["Alan Tsang"] == {"assistant-commissioner-of-police-crime"}
    assert found["Bea Ho"] == {"deputy-commissioner-of-police-operations"}
    assert found["Ed Ng"] == {"senior-assistant-commissioner-of-police"}


def test_an_assistant_commissioner_of_a_named_body_is_not_the_governments(tmp_path):
    body = ("Mr Dan Lo, Assistant Commissioner of the Eastport Trade Council, spoke. The Commissioner of Police "
            "(CP), Mr Fred Ma, attended.\n")
    found = held_posts(converted(tmp_path, body))
    assert not any("police" in p for p in found.get("Dan Lo", set()))
    assert found["Fred Ma"] == {"commissioner-of-police"}


def test_a_place_in_brackets_after_a_body_is_no_short_name_of_it(tmp_path):
    body = ("The fair opened at the Riverton Exhibition Centre (Shanghai) and the Eastport Trade Council (ETC) took "
            "a stand.\n")
    labels = alt_labels(converted(tmp_path, body))
    assert "Shanghai" not in labels and "ETC" in labels
