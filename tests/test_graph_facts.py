"""The facts the built graph must state, from the seed documents and from unseen press releases."""

from conftest import ask


def test_mechanism_founded_in_october_2003_under_its_former_name(dataset):
    assert ask(dataset, """ASK { ?c a hksh:CooperationConference ; rdfs:label "Hong Kong/Shanghai Co-operation Conference"@en ;
        dcterms:created "2003-10"^^xsd:gYearMonth ; skos:altLabel "Hong Kong/Shanghai Economic and Trade Co-operation Conference"@en }""")


def test_renamed_after_the_3rd_plenary_session_in_2015(dataset):
    assert ask(dataset, """ASK { ?r a hksh:Renaming ; hksh:renamed ?c ; schema:startDate "2015"^^xsd:gYear ;
        hksh:formerName "Hong Kong/Shanghai Economic and Trade Co-operation Conference"@en ;
        hksh:followed [ hksh:sessionNumber ?n ] FILTER (?n = 3) }""")


def test_5th_session_august_2021_with_its_areas(dataset):
    assert ask(dataset, """ASK { ?s hksh:sessionNumber ?n ; FILTER (?n = 5) ?s schema:startDate "2021-08"^^xsd:gYearMonth ;
        dcterms:subject <https://w3id.org/hksh/id/area/finance>, <https://w3id.org/hksh/id/area/civil-aviation-maritime-transport-and-logistics>,
                        <https://w3id.org/hksh/id/area/belt-and-road-initiative> }""")
    rows = dataset.query("""PREFIX hksh: <https://w3id.org/hksh/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT (COUNT(DISTINCT ?a) AS ?c) WHERE { ?s hksh:sessionNumber ?n ; dcterms:subject ?a FILTER (?n = 5) }""")
    assert int(next(iter(rows))[0]) == 10  # the sentence lists 10 of the 13 areas


def test_6th_session_april_2024_in_hong_kong(dataset):
    assert ask(dataset, """ASK { ?s hksh:sessionNumber ?n ; FILTER (?n = 6) ?s schema:startDate "2024-04"^^xsd:gYearMonth ;
        schema:location <https://w3id.org/hksh/id/place/hong-kong> }""")


def test_chief_executive_under_both_spellings_is_one_person(dataset):
    assert ask(dataset, """ASK { ?p org:holds <https://w3id.org/hksh/id/post/chief-executive-of-the-hksar> ;
        skos:altLabel "Li Jiachao"@zh-Latn-pinyin, "Lee Ka-chiu"@en .
        ?a1 oa:hasBody ?p ; oa:hasTarget/oa:hasSelector/oa:exact ?s1 . FILTER CONTAINS(?s1, "Lee Ka Chiu")
        ?a2 oa:hasBody ?p ; oa:hasTarget/oa:hasSelector/oa:exact ?s2 . FILTER CONTAINS(?s2, "Li Jiachao") }""")


def test_posts_mayor_chief_secretary_and_sheto_director(dataset):
    for person, post in [("gong-zheng", "mayor-of-shanghai"), ("chan-kwok-ki", "chief-secretary-for-administration"),
                         ("laura-aron", "director-of-the-hong-kong-economic-and-trade-office-in-shanghai")]:
        assert ask(dataset, f"""ASK {{ <https://w3id.org/hksh/id/person/{person}> org:holds ?post .
            ?m a org:Membership ; org:member <https://w3id.org/hksh/id/person/{person}> ; opengov:post ?post ;
               prov:wasDerivedFrom ?doc . ?doc a schema:NewsArticle .
            FILTER (?post = <https://w3id.org/hksh/id/post/{post}>) }}"""), (person, post)


def test_anniversary_exhibition_organisers_place_and_dates(dataset):
    assert ask(dataset, """ASK { ?e a schema:ExhibitionEvent ;
        schema:organizer <https://w3id.org/hksh/id/org/hong-kong-economic-and-trade-office-in-shanghai>,
                         <https://w3id.org/hksh/id/org/hong-kong-and-macao-affairs-office-of-the-shanghai-municipal-government> ;
        schema:location <https://w3id.org/hksh/id/place/hkri-taikoo-hui> ;
        schema:startDate "2023-11-03"^^xsd:date ; schema:endDate "2023-11-12"^^xsd:date .
        ?c a hksh:Ceremony ; schema:superEvent ?e ; schema:attendee <https://w3id.org/hksh/id/person/laura-aron> }""")


def test_signing_ceremony_on_saturday_resolved(dataset):
    assert ask(dataset, """ASK { ?c a hksh:Ceremony ; schema:startDate "2023-11-04"^^xsd:date ;
        schema:location <https://w3id.org/hksh/id/place/shanghai> . ?a a hksh:Agreement ; schema:recordedAt ?c }""")


def test_visits_with_dates(dataset):
    assert ask(dataset, """ASK { ?v a hksh:Visit ; schema:attendee <https://w3id.org/hksh/id/person/chan-kwok-ki> ;
        schema:location <https://w3id.org/hksh/id/place/shanghai> ;
        schema:startDate "2024-06-25"^^xsd:date ; schema:endDate "2024-06-26"^^xsd:date }""")
    assert ask(dataset, """ASK { ?v a hksh:Visit ; schema:attendee <https://w3id.org/hksh/id/person/gong-zheng> ;
        schema:location <https://w3id.org/hksh/id/place/hong-kong> }""")


def test_each_fact_keeps_document_and_sentence(dataset):
    assert ask(dataset, """ASK { GRAPH ?doc { ?s hksh:sessionNumber ?n . FILTER (?n = 5) ?a oa:hasBody ?s ;
        oa:hasTarget [ oa:hasSource ?doc ; oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?sentence ] ] }
        FILTER CONTAINS(?sentence, "August 2021") }""")


def test_unseen_press_releases_give_their_sessions(unseen):
    assert ask(unseen, """ASK { ?s hksh:sessionNumber ?n ; FILTER (?n = 3) ?s schema:startDate "2015-04-10"^^xsd:date ;
        schema:location <https://w3id.org/hksh/id/place/shanghai> }""")
    assert ask(unseen, """ASK { ?s hksh:sessionNumber ?n ; FILTER (?n = 4) ?s schema:startDate "2018-08-24"^^xsd:date ;
        schema:location <https://w3id.org/hksh/id/place/hong-kong> }""")
    assert ask(unseen, """ASK { <https://w3id.org/hksh/id/person/leung-chun-ying> org:holds <https://w3id.org/hksh/id/post/chief-executive-of-the-hksar> }""")
    assert ask(unseen, """ASK { <https://w3id.org/hksh/id/person/john-lee-ka-chiu> ^schema:attendee [ a hksh:Visit ;
        schema:startDate "2023-11-04"^^xsd:date ; schema:location <https://w3id.org/hksh/id/place/shanghai> ] }""")


def test_unseen_press_releases_state_nothing_they_do_not_say(unseen):
    assert not ask(unseen, "ASK { ?s hksh:sessionNumber ?n FILTER (?n != 3 && ?n != 4) }")
    assert not ask(unseen, "ASK { ?e a schema:ExhibitionEvent ; schema:organizer ?o }")
    assert not ask(unseen, "ASK { ?c a hksh:CooperationConference ; dcterms:created ?d }")
