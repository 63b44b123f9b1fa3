"""Kinds of text met in real press releases (issue 13), each shown on invented sentences.

None of these sentences comes from a document of the repository: the rules are for the kind of text.
"""

from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from kg.namespaces import HKSH

from conftest import ID, facts

CONF = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")


def session_numbers(findings) -> set[int]:
    return {int(o) for (s, p, o) in findings.triples if p == HKSH.sessionNumber}


# --- the mechanism's name ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", [
    "Shanghai/Hong Kong Co-operation Conference", "Hong Kong-Shanghai Cooperation Conference",
    "HK and Shanghai Economic & Trade Co-operation Conference", "Shanghai Hong Kong Economic and Trade Cooperation Conference",
    "Hong Kong/Shanghai Co-co-operation Conference", "Shanghai-Hong Kong Cooperaton Conference",
    "Hong Kong/Shanghai co-operation mechanism", "Conference on Economic and Trade Co-operation between Hong Kong and Shanghai",
    "Co-operation Conference between Shanghai and Hong Kong",
])
def test_the_mechanism_is_named_in_many_ways(reference, name):
    f = facts(reference, f"The ninth plenary session of the {name} opened in Riverton yesterday.")
    assert 9 in session_numbers(f)
    assert f.mentions[CONF]


@pytest.mark.parametrize("sentence", [
    "The Hong Kong & Shanghai film co-operation conference opened today.",
    "The Working Meeting of Hong Kong-Shanghai Financial Co-operation met today.",
    "The stock connect co-operation mechanism was praised.",
])
def test_other_co_operation_bodies_are_not_the_mechanism(reference, sentence):
    assert CONF not in facts(reference, sentence).mentions


def test_the_bare_co_operation_mechanism_follows_a_full_name(reference):
    f = facts(reference, "Officials praised the Hong Kong/Shanghai Co-operation Conference.",
              "The co-operation mechanism has worked well.")
    assert len(f.mentions[CONF]) == 2


def test_a_leftover_of_the_name_is_not_an_event(reference):
    f = facts(reference, "Both sides attended the Trade Co-operation Conference today.", published=date(2031, 1, 2))
    assert not any(o == HKSH.Meeting or "trade-co" in str(s) for (s, p, o) in f.triples if p == RDF.type)


# --- sessions --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, number", [
    ("The first Hong Kong/Shanghai Co-operation Conference was held in 2031.", 1),
    ("Officials met at the 11th Plenary of the Shanghai-Hong Kong Cooperation Conference.", 11),
    ("The Hong Kong/Shanghai Co-operation Conference held its seventh meeting in Riverton.", 7),
    ("The twelfth plenary meeting of the Hong Kong/Shanghai Co-operation Conference ended.", 12),
])
def test_sessions_by_ordinal_and_session_meeting_or_plenary(reference, sentence, number):
    assert session_numbers(facts(reference, sentence)) == {number}


# --- titles and posts ------------------------------------------------------------------------------
def posts_of(findings) -> dict[str, set[str]]:
    from rdflib.namespace import ORG, RDFS
    labels = {s: str(o) for (s, p, o) in findings.triples if p == RDFS.label}
    out: dict[str, set[str]] = {}
    for (s, p, o) in findings.triples:
        if p == ORG.holds:
            out.setdefault(str(s).rsplit("/", 1)[-1], set()).add(labels.get(o, str(o)))
    return out


@pytest.mark.parametrize("sentence, person, post", [
    # <place> <title> <name>, for a place the reference data does not know
    ("Riverton Vice Mayor Ada Quell greeted the guests.", "ada-quell", "Vice Mayor of Riverton"),
    # <place>'s <title>, <name>
    ("The dinner was attended by Shanghai's Deputy Mayor, Mr Bo Kettle, and 200 guests.", "bo-kettle", "Vice Mayor of Shanghai"),
    # <name>, <place>'s <title> ... and a lower-case title with an organisation
    ("The Mayor met with Hal Verno, president of the Riverton Rowing Association, and his party.", "hal-verno",
     "President of the Riverton Rowing Association"),
    # <title> of <organisation> (<abbreviation>), <honorific> <name>
    ("The Chairman of the Harbour Merchants Chamber of Commerce (HMCC), Dr. Lin Tao, spoke.", "lin-tao",
     "Chairman of the Harbour Merchants Chamber of Commerce"),
    # <organisation> <title> <name>, the organisation's name built on a known one
    ("Shanghai Municipal Government Harbour Affairs Office Director-General Qiu Min attended.", "qiu-min",
     "Director-General of the Shanghai Municipal Government Harbour Affairs Office"),
    # deputy director of <office>, of a named government
    ("The Deputy Director of the Tourism Office of the Riverton Provincial Government, Mr Kai Doran, spoke.", "kai-doran",
     "Deputy Director of the Tourism Office of the Riverton Provincial Government"),
    # two titles before one name
    ("Also present was the Vice Chairman of the Riverton Trade Council and Commissioner General of the Riverton Pavilion, "
     "Mr Ode Fenn.", "ode-fenn", "Commissioner General of the Riverton Pavilion"),
    # a middle initial, and a department word that is not part of the name
    ("Secretary for the Civil Service Tom B Marlow greeted the officers.", "tom-b-marlow", "Secretary for the Civil Service"),
    # an HKSAR bureau title with the government named after it
    ("The Permanent Secretary for Harbour Affairs of the HKSAR Government, Ms Ivy Rook, spoke.", "ivy-rook",
     "Permanent Secretary for Harbour Affairs"),
    # <title> of <organisation> <name>, with no comma
    ("Director of the Chief Executive's Office Wen Pell will attend.", "wen-pell", "Director of the Chief Executive's Office"),
    # <name>, <place>'s <title> in lower case
    ("Ada Quell, Shanghai's vice mayor, met the guests.", "ada-quell", "Vice Mayor of Shanghai"),
    # a bureau named by a series, after the name
    ("He met Tom Marlow, Secretary for Harbours, Ports and Logistics of the HKSAR Government, today.", "tom-marlow",
     "Secretary for Harbours, Ports and Logistics"),
    # a caption's position in brackets between the name and the title
    ("Ms Ada Quell (second left), Director of the Riverton Office, met the guests.", "ada-quell",
     "Director of the Riverton Office"),
    # "<name>, who is also the <title> of <body>"
    ("Ada Quell, who is also the chairman of the Riverton Trade Council, spoke.", "ada-quell",
     "Chairman of the Riverton Trade Council"),
    # "<name>, who was <title> from ... to ...", as retrospectives tell a past holder
    ("Bo Kettle, who was Chairman of the Riverton Trade Council from 2031 to 2036, wrote a memoir.", "bo-kettle",
     "Chairman of the Riverton Trade Council"),
    # a lower-case title after a body's name
    ("Speaking at the forum, Riverton Trade Council chairman Ada Quell said trade was strong.", "ada-quell",
     "Chairman of the Riverton Trade Council"),
    # "Commissioner for <field>", as the HKSAR names its commissioners
    ("Mr Tom Fu, Commissioner for Harbour Tourism, spoke.", "tom-fu", "Commissioner for Harbour Tourism"),
    # two people: the second title has its own article
    ("It was co-chaired by the Chief Executive and the Mayor of Shanghai, Mr Bo Kettle.", "bo-kettle", "Mayor of Shanghai"),
])
def test_titles_and_posts_in_every_english_shape(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


@pytest.mark.parametrize("sentence, person, post", [
    # a series of fields after "of" inside a body's name, the name after it or before it
    ("Ada Quell, deputy director of the Riverton Municipal Administration of Sport, Music, Film and Games, opened it.",
     "ada-quell", "Deputy Director of the Riverton Municipal Administration of Sport, Music, Film and Games"),
    ("The Director of the Riverton Department of Parks, Rivers and Forests, Mr Bo Kettle, spoke.", "bo-kettle",
     "Director of the Riverton Department of Parks, Rivers and Forests"),
    ("The Director-General of the Bureau of Harbours, Ferries & Canals of Riverton, Ms Ivy Rook, spoke.", "ivy-rook",
     "Director-General of the Bureau of Harbours, Ferries & Canals of Riverton"),
    # near misses: a comma after the name ends it; a list of bodies or of people is no series
    ("The Chairman of the Riverton Council, Mr Bo Lin, thanked the Harbour Board, the Ferry Bureau and the Canal Office.",
     "bo-lin", "Chairman of the Riverton Council"),
    ("Ada Quell, director of the Riverton Port Council, Ferry Board and Canal Office, spoke.", "ada-quell",
     "Director of the Riverton Port Council"),
    ("Ada Quell, director of the Office of Parks, Cy Vole and Di Wren attended.", "ada-quell", "Director of the Office of Parks"),
])
def test_a_series_of_fields_inside_a_body_s_name(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentence, person, post", [
    # <title> <name> of <organisation>
    ("The talks were joined by Secretary-General Ada Quell of the Riverton Harbour Council.", "ada-quell",
     "Secretary-General of the Riverton Harbour Council"),
    # a lower-case title, the place after the name
    ("He met a delegation led by executive vice mayor Bo Kettle of Riverton on Monday.", "bo-kettle",
     "Executive Vice Mayor of Riverton"),
    # a bureau's branch in brackets after the title, before the name and after it
    ("The Permanent Secretary for Harbours and Ferries (Ferries), Ms Ivy Rook, spoke.", "ivy-rook",
     "Permanent Secretary for Harbours and Ferries (Ferries)"),
    ("Mr Tom Fu, Deputy Secretary for Trade and Tourism (Trade, Industry and Tourism), spoke.", "tom-fu",
     "Deputy Secretary for Trade and Tourism (Trade, Industry and Tourism)"),
])
def test_a_title_s_body_after_the_name_and_a_bureau_s_branch(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentence, person", [
    # near misses: "of" after the name that is no body of the title's; a person's acting post in brackets
    ("Director Ada Quell of course declined to comment.", "ada-quell"),
    ("The Commissioner for Harbours (Acting), Mr Bo Kettle, spoke.", "bo-kettle"),
    ("The Commissioner for Harbours (Atg), Mr Bo Kettle, spoke.", "bo-kettle"),
    ("The Commissioner for Harbours (Retired), Mr Bo Kettle, spoke.", "bo-kettle"),
    # a place after the name says whose mayor, not whose secretary
    ("Mr Lee met Secretary Bo Kettle of Shanghai and his delegation.", "bo-kettle"),
])
def test_no_post_from_a_plain_of_or_an_acting_bracket(reference, sentence, person):
    assert person not in posts_of(facts(reference, sentence))


@pytest.mark.parametrize("sentence, person, post", [
    # newspapers' informal titles, with the place that governs the post or alone
    ("Hong Kong leader Ada Quell met the press on Friday.", "ada-quell",
     "Chief Executive of the Hong Kong Special Administrative Region"),
    ("Shanghai party chief Bo Kettle hosted a dinner.", "bo-kettle", "Secretary of the CPC Shanghai Municipal Committee"),
    ("Justice secretary Ivy Rook signed the arrangement.", "ivy-rook", "Secretary for Justice"),
    ("The finance chief, Tom Fu, said the market was calm.", "tom-fu", "Financial Secretary"),
    ("Hong Kong's former security chief Ben Oyle spoke.", "ben-oyle", "Secretary for Security"),
    # a bureau's field before "Secretary"
    ("Innovation, Technology and Industry Secretary Ivy Rook met them.", "ivy-rook",
     "Secretary for Innovation, Technology and Industry"),
    ("Transport and Logistics Secretary Mr Tom Fu spoke.", "tom-fu", "Secretary for Transport and Logistics"),
    # a title after the name, of the body named before ("its deputy director-general")
    ("Bo Kettle, director-general of the Riverton Port Authority, and Ada Quell, its deputy director-general, spoke.",
     "ada-quell", "Deputy Director-General of the Riverton Port Authority"),
])
def test_newspapers_informal_titles(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentence, person", [
    # near misses: another place, no place where one is needed, another body's title, a body after the name
    ("Shanghai's security chief Ben Oyle spoke.", "ben-oyle"),
    ("Party chief Bo Kettle hosted a dinner.", "bo-kettle"),
    ("Business leader Ada Quell met the press.", "ada-quell"),
    ("Harbour Bank's finance chief Tom Fu said the market was calm.", "tom-fu"),
    ("Riverton Bank finance chief Tom Fu said the market was calm.", "tom-fu"),
    ("The finance chief Tom Fu of Harbour Bank said the market was calm.", "tom-fu"),
    ("Riverton Finance Secretary Tom Fu said the market was calm.", "tom-fu"),
    # "the city's" may be any city; a word that makes it another post or another body's; a verb's object
    ("SHANGHAI, May 10 -- The city's education chief, Tom Fu, met visiting officials.", "tom-fu"),
    ("The mainland security chief Tom Fu met them.", "tom-fu"),
    ("Riverton's top security chief Tom Fu met them.", "tom-fu"),
    ("The municipal finance chief Tom Fu met them.", "tom-fu"),
    ("The deputy justice secretary Tom Fu led the delegation.", "tom-fu"),
    ("The acting justice secretary, Mr Tom Fu, attended.", "tom-fu"),
    ("Harbour Bank said its finance chief Tom Fu would attend.", "tom-fu"),
    ("Riverton's vice mayor and former security chief Tom Fu attended.", "tom-fu"),
    ("Speaking after meeting the finance chief, Tom Fu said the talks went well.", "tom-fu"),
])
def test_informal_titles_of_other_bodies_or_places(reference, sentence, person):
    assert posts_of(facts(reference, sentence)).get(person, set()) & {
        "Secretary for Security", "Secretary of the CPC Shanghai Municipal Committee", "Financial Secretary",
        "Chief Executive of the Hong Kong Special Administrative Region", "Secretary for Justice", "Secretary for Education"} == set()


@pytest.mark.parametrize("sentence, person, post", [
    # a title in brackets after the name, as tables and captions give it
    ("Attending were Ada Quell (Vice Mayor of Riverton) and Bo Kettle (Director of the Riverton Harbour Office).",
     "bo-kettle", "Director of the Riverton Harbour Office"),
    ("Attending were Ada Quell (Vice Mayor of Riverton) and others.", "ada-quell", "Vice Mayor of Riverton"),
    ("1st | 2031 | Riverton | Ivy Rook (Chief Executive), Tom Fu (Mayor of Riverton).", "ivy-rook",
     "Chief Executive of the Hong Kong Special Administrative Region"),
    # "Comrade" is an honorific, as translations from Chinese write it
    ("Comrade Tom Fu, Director of the Riverton Harbour Office, reported on the work.", "tom-fu",
     "Director of the Riverton Harbour Office"),
])
def test_a_title_in_brackets_after_the_name(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentence, absent", [
    # near misses: a caption's position or a body in brackets; a salutation's honorific is no name
    ("Ada Quell (second left) and Bo Kettle (Harbour Bank) attended.", {"ada-quell", "bo-kettle"}),
    ("Professor Xu (President of the Riverton Academy, Professor Xu Lan), ladies and gentlemen,", {"professor-xu"}),
    ("Mr Bo Kettle met Mr Tom Fu at Harbour Plaza (Chairman's Lounge) on May 9.", {"harbour-plaza"}),
])
def test_no_post_from_other_brackets(reference, sentence, absent):
    assert not absent & set(posts_of(facts(reference, sentence)))


@pytest.mark.parametrize("sentence, person, post", [
    # a committee "on" its subject keeps the subject in its name
    ("Ms Ada Quell, Chairman of the Advisory Committee on Riverton Trade, attended.", "ada-quell",
     "Chairman of the Advisory Committee on Riverton Trade"),
    # near misses: "on" a day, or "on" what the holder said
    ("Mr Bo Kettle, Chairman of the Riverton Trade Council on Monday, said exports rose.", "bo-kettle",
     "Chairman of the Riverton Trade Council"),
    ("Ms Ivy Rook, Chairman of the Riverton Trade Council, on exports said little.", "ivy-rook",
     "Chairman of the Riverton Trade Council"),
])
def test_a_committee_on_its_subject(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


def test_a_committee_s_meeting_keeps_its_subject(reference):
    from rdflib.namespace import RDFS
    f = facts(reference, "Mr Bo Kettle chaired the meeting of the Steering Committee on Harbour Safety today.",
              published=date(2031, 5, 3))
    assert "Meeting of the Steering Committee on Harbour Safety" in {str(o) for (s, p, o) in f.triples if p == RDFS.label}


def test_an_unknown_official_is_unreviewed_and_an_abbreviation_names_the_organisation(reference):
    from rdflib.namespace import RDFS
    f = facts(reference, "The Chairman of the Harbour Merchants Chamber of Commerce (HMCC), Dr. Lin Tao, spoke.")
    person = URIRef(ID + "person/lin-tao")
    org = URIRef(ID + "org/harbour-merchants-chamber-of-commerce")
    assert (person, HKSH.reviewStatus, Literal("unreviewed")) in f.triples
    assert (org, SKOS.altLabel, Literal("HMCC", lang="en")) in f.triples
    assert (org, RDFS.label, Literal("Harbour Merchants Chamber of Commerce", lang="en")) in f.triples


def test_an_acting_holder_does_not_hold_the_post(reference):
    f = facts(reference, "In his absence, Under Secretary for Harbour Affairs Ben Oyle will be Acting Secretary.")
    assert posts_of(f) == {"ben-oyle": {"Under Secretary for Harbour Affairs"}}


# --- co-operation areas ----------------------------------------------------------------------------
def areas_of(findings) -> set[str]:
    return {str(s).rsplit("/", 1)[-1] for (s, p, o) in findings.triples if p == RDF.type and o == SKOS.Concept} | {
        str(e).rsplit("/", 1)[-1] for e in findings.mentions if "/area/" in str(e)}


@pytest.mark.parametrize("sentence, expected", [
    ("The two sides will co-operate in areas ranging from tourism to healthcare.", {"tourism", "healthcare-and-medicine-regulation"}),
    ("They agreed on co-operation spanning finance, shipping and sports exchange.", {"finance", "civil-aviation-maritime-transport-and-logistics", "sports-exchange"}),
    ("Talks covered fields encompassing urban planning and river restoration.", {"urban-management", "river-restoration"}),
    ("The cities have worked together in tourism, trade and other areas.", {"tourism", "commerce-trade-and-investment"}),
    ("Both sides pledged closer ties in manpower training.", {"education-and-talent-development"}),
    ("They will deepen co-operation centring on the internationalisation of the renminbi.", {"internationalisation-of-the-renminbi"}),
    ("The letter of intent covers collaboration in three areas including tourism, film archives, and exchange of nurses.",
     {"tourism", "film-archives", "exchange-of-nurses"}),
    ("He welcomed the legal co-operation between the two cities.", {"legal-and-dispute-resolution"}),
    ("Exchanges in various fields and shared strengths were praised.", set()),
    # the topics of a meeting: known areas and named initiatives, never other nouns
    ("They discussed the Riverside Free Trade Zone, tourism and co-operation in river restoration.",
     {"riverside-free-trade-zone", "tourism", "river-restoration"}),
    ("The two mayors exchanged views on the Northbay Connect, healthcare and the timetable.",
     {"northbay-connect", "healthcare-and-medicine-regulation"}),
    ("Both sides discussed arrangements for the next meeting.", set()),
    # a known word that only modifies a longer phrase is not that area; one narrowed by a word before it is
    ("They agreed on co-operation in tourism, film archives and marine talent training.",
     {"tourism", "film-archives", "marine-talent-training"}),
    ("Both sides pledged closer ties in coastal manpower training.", {"education-and-talent-development"}),
    # an exchange of experience in a field
    ("A youth group arrived for an exchange of experience in river restoration.", {"river-restoration"}),
    # more phrasings: "co-operation on", "areas of co-operation include", "focuses on", "areas, namely"
    ("The two sides agreed to strengthen co-operation on tourism and healthcare.",
     {"tourism", "healthcare-and-medicine-regulation"}),
    ("Areas of co-operation include finance, trade and river restoration.",
     {"finance", "commerce-trade-and-investment", "river-restoration"}),
    ("The collaboration focuses on tourism and river restoration.", {"tourism", "river-restoration"}),
    ("They will co-operate in 12 areas, namely finance, tourism, and river restoration.",
     {"finance", "tourism", "river-restoration"}),
    ("They will deepen exchanges in areas of mutual interest such as tourism and river restoration.",
     {"tourism", "river-restoration"}),
    # a list announced with its count; wordings of known areas; "ties" is a field word
    ("The two sides agreed to strengthen co-operation in the following five areas: finance; trade and investment "
     "promotion; medical and health care; urban planning and management; and river restoration.",
     {"finance", "commerce-trade-and-investment", "healthcare-and-medicine-regulation", "urban-management", "river-restoration"}),
    ("They discussed strengthening trade and investment ties.", {"commerce-trade-and-investment"}),
    # a list that runs on through semicolons into clauses: the clauses are no areas
    ("They co-chaired the 15th Working Meeting on Financial Co-operation in Hong Kong; and on 17 October 2031, the "
     "Secretary met a delegation; and the Director was appointed.", set()),
    # a gloss in brackets is not a list of fields
    ("They exchanged views on education, including STEM (science, technology and mathematics) teaching.",
     {"education-and-talent-development"}),
    # the scheme's areas in more of the wordings releases use
    ("The two sides will co-operate in areas such as maritime and aviation, legal affairs and arts and culture.",
     {"civil-aviation-maritime-transport-and-logistics", "legal-and-dispute-resolution", "cultural-and-creative-industries"}),
    ("They agreed on co-operation spanning shipping and logistics, dispute resolution and river restoration.",
     {"civil-aviation-maritime-transport-and-logistics", "legal-and-dispute-resolution", "river-restoration"}),
    # a kind of economy is a field of its own; "the economy" is trade
    ("They agreed to deepen co-operation in finance, the digital economy and tourism.", {"finance", "digital-economy", "tourism"}),
    ("They agreed to deepen co-operation in the economy, finance and tourism.",
     {"commerce-trade-and-investment", "finance", "tourism"}),
])
def test_areas_by_many_phrasings(reference, sentence, expected):
    assert areas_of(facts(reference, sentence)) == expected


def test_an_area_the_scheme_lacks_is_an_unreviewed_concept(reference):
    f = facts(reference, "The two sides will co-operate in areas such as tourism and river restoration.")
    area = URIRef(ID + "area/river-restoration")
    assert (area, HKSH.reviewStatus, Literal("unreviewed")) in f.triples


def test_enumerated_headings_each_followed_by_its_paragraph_are_areas(reference):
    f = facts(reference, "The 9th Plenary Session of the Hong Kong/Shanghai Co-operation Conference agreed on these areas.",
              "(1) Tourism", "The two sides will promote travel.", "(2) River restoration",
              "The two sides will share methods.")
    session = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    from rdflib.namespace import DCTERMS
    subjects = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == session and p == DCTERMS.subject}
    assert subjects == {"tourism", "river-restoration"}


# --- organisations' names ---------------------------------------------------------------------------
def test_an_abbreviation_in_brackets_names_an_organisation_known_or_not(reference):
    f = facts(reference, "The delegation met the Riverton Harbour Institute (RHI) and the Hong Kong and Macao Affairs "
              "Office (HKMAO) of the State Council.")
    rhi = URIRef(ID + "org/riverton-harbour-institute")
    hkmao = URIRef(ID + "org/hong-kong-and-macao-affairs-office-of-the-state-council")
    assert (rhi, SKOS.altLabel, Literal("RHI", lang="en")) in f.triples
    assert (hkmao, SKOS.altLabel, Literal("HKMAO", lang="en")) in f.triples


def test_a_known_name_inside_a_longer_one_is_not_that_organisation(reference):
    f = facts(reference, "The Government set up the Mainland Affairs Liaison Office in 2031.")
    assert URIRef(ID + "org/liaison-office-of-the-central-peoples-government-in-hong-kong") not in f.mentions


def test_an_abbreviation_of_the_inner_organisation_is_not_the_outer_ones(reference):
    f = facts(reference, "The Board of the Riverton Harbour Authority (RHA) met in 2031.")
    board = URIRef(ID + "org/board-of-the-riverton-harbour-authority")
    assert (board, SKOS.altLabel, Literal("RHA", lang="en")) not in f.triples


def test_a_known_office_name_of_another_place_is_another_office(reference):
    f = facts(reference, "The Hong Kong and Macao Affairs Office of Anhui hosted a lunch in 2031.")
    assert URIRef(ID + "org/hong-kong-and-macao-affairs-office-of-the-state-council") not in f.mentions


@pytest.mark.parametrize("sentence, known", [
    # a known committee's name before "of the <league>" names that league's committee, another body
    ("The camp is co-organised by the Shanghai Municipal Committee of the Riverton Youth League.", False),
    ("The Shanghai Municipal Committee of the Harbour Workers Union sent a team.", False),
    # near miss: "of the Communist Party" is the known committee's own party
    ("Li Qiang, secretary of the Shanghai Municipal Committee of the Communist Party, met them.", True),
])
def test_a_known_committee_of_another_league_is_another_body(reference, sentence, known):
    assert (URIRef(ID + "org/cpc-shanghai-municipal-committee") in facts(reference, sentence).mentions) is known


# --- a government's bureau named in full ------------------------------------------------------------
FERRY = URIRef(ID + "org/ferry-bureau")
HKSAR_GOVERNMENT = URIRef(ID + "org/hksar-government")


@pytest.mark.parametrize("sentence, bureau, full", [
    ("The pact was signed by the Ferry Bureau of the HKSAR Government and the Riverton Port Commission.", "ferry-bureau",
     "Ferry Bureau of the HKSAR Government"),
    ("The Riverton Port Commission and the Department of Canals of the HKSAR will train staff together.",
     "department-of-canals", "Department of Canals of the HKSAR"),
    ("The Bureau of Ports, Ferries and Canals of the HKSAR Government hosted the guests.",
     "bureau-of-ports-ferries-and-canals", "Bureau of Ports, Ferries and Canals of the HKSAR Government"),
])
def test_a_bureau_named_with_its_government_is_the_bureau_under_it(reference, sentence, bureau, full):
    from rdflib.namespace import ORG, RDFS
    f = facts(reference, sentence)
    iri = URIRef(ID + "org/" + bureau)
    assert (iri, SKOS.altLabel, Literal(full, lang="en")) in f.triples
    assert (iri, ORG.subOrganizationOf, HKSAR_GOVERNMENT) in f.triples
    assert {str(o) for (s, p, o) in f.triples if s == iri and p == RDFS.label} == {full.split(" of the ")[0]}
    assert HKSAR_GOVERNMENT not in f.mentions  # the government is no second body the sentence names


@pytest.mark.parametrize("sentence", [
    "The Law Society of Hong Kong thanked the Riverton Port Commission.",  # a place's body, not its government's
    "It oversees the Office of the HKSAR Government in Riverton.",  # the name goes on after the government
    "It was signed by the Harbour Services and the Ferry Bureau of the HKSAR Government.",  # where it starts is unclear
    "The pact names the Director of Ferry Bureau of the HKSAR Government.",  # a title, not a bureau
])
def test_a_body_of_a_place_or_a_longer_name_is_no_bureau_under_the_government(reference, sentence):
    from rdflib.namespace import ORG
    f = facts(reference, sentence)
    assert not any(p == ORG.subOrganizationOf for (s, p, o) in f.triples)


def test_a_post_in_a_bureau_named_with_its_government_keeps_the_full_name(reference):
    from rdflib.namespace import ORG
    f = facts(reference, "The Director of the Ferry Bureau of the HKSAR Government, Mr Bo Lin, met the press.")
    assert posts_of(f)["bo-lin"] == {"Director of the Ferry Bureau of the HKSAR Government"}
    # the post is in the bureau, which is the government's
    bureau = URIRef(ID + "org/ferry-bureau")
    assert (bureau, ORG.subOrganizationOf, URIRef(ID + "org/hksar-government")) in f.triples
    assert any(p == ORG.postIn and o == bureau for (s, p, o) in f.triples)


# --- posts in an organisation the text named in full first ------------------------------------------
def test_a_post_in_a_unit_takes_the_full_name_the_text_gave_first(reference):
    f = facts(reference, "Ms Ada Vole opened the Riverton Liaison Unit of the HKSAR Government today.",
              "Riverton Liaison Unit Director Ben Oyle welcomed the guests.")
    assert posts_of(f)["ben-oyle"] == {"Director of the Riverton Liaison Unit of the HKSAR Government"}


def test_a_known_name_with_its_abbreviation_inside_is_found_and_the_abbreviation_is_not_its_name(reference):
    f = facts(reference, "The Hong Kong Special Administrative Region (HKSAR) Government will host a river fair in 2031.")
    government = URIRef(ID + "org/hksar-government")
    assert government in f.mentions
    assert (government, SKOS.altLabel, Literal("HKSAR", lang="en")) not in f.triples


def test_a_short_name_is_the_official_named_in_full_before(reference):
    f = facts(reference, "The Under Secretary for Harbours, Dr Marcus Lo Wing-kei, led a delegation to Shanghai.",
              "Dr Marcus Lo officiated the ceremony.")
    people = {str(s).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == RDF.type and str(o).endswith("/Person")}
    assert people == {"marcus-lo-wing-kei"}


def test_a_family_name_two_people_share_is_the_releases_own_official(reference):
    f = facts(reference, "The Secretary for Harbours, Mr Marcus Tang, attended a reception in Shanghai.",
              "The reception was attended by the Vice Mayor of Shanghai, Mr Tang Weiguo.",
              "In the morning, Mr Tang visited the Riverside Ferry Depot.")
    visit = next(s for (s, p, o) in f.triples if p == RDF.type and "visit-to-the-riverside" in str(s))
    attendees = {str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if s == visit and p.endswith("attendee")}
    assert attendees == {"marcus-tang"}


def test_a_plenary_session_after_the_mechanism_was_named_is_its_session(reference):
    f = facts(reference, "The Hong Kong/Shanghai Co-operation Conference was set up in 2031.",
              "The ninth plenary session was held in Shanghai on April 10, 2040, co-chaired by the Mayor of Shanghai, Mr Tom Okafor.",
              "Mr Okafor recalled that the first session of the mechanism was held in Hong Kong.",
              "He also attended the third plenary session of the Riverton Harbour Committee.")
    assert session_numbers(f) == {9, 1}
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    assert set(f.objects(nine, URIRef("https://schema.org/attendee"))) == {URIRef(ID + "person/tom-okafor")}


def test_who_was_at_a_session_said_around_it(reference):
    f = facts(reference,
              "The agreements were signed after the ninth plenary session of the Hong Kong/Shanghai Co-operation Conference, "
              "which Chief Executive Mr Alan Wexford and Shanghai Mayor Mr Tom Okafor co-chaired today.",
              "Members of the delegation attending the session included the Secretary for Harbours, Mr Bo Tanaka.",
              "Mr Lee Wing-kit and Mr Ma Jun were among the officials at the meeting.",
              "The Vice Mayor of Shanghai, Mr Zhou Lin, attended on the Shanghai side.", published=date(2040, 4, 10))
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    attendees = {str(o).rsplit("/", 1)[-1] for o in f.objects(nine, URIRef("https://schema.org/attendee"))}
    assert attendees == {"alan-wexford", "tom-okafor", "bo-tanaka", "lee-wing-kit", "ma-jun", "zhou-lin"}


def test_who_attended_a_session_held_by_video_on_each_side(reference):
    f = facts(reference,
              "Chief Executive Mr Alan Wexford and Shanghai Mayor Mr Tom Okafor co-chaired the ninth plenary session of "
              "the Hong Kong/Shanghai Co-operation Conference by video conference today.",
              "Officials attending the session in Hong Kong included the Secretary for Harbours, Mr Bo Tanaka.",
              "The Vice Mayor of Shanghai, Mr Zhou Lin, attended on the Shanghai side.", published=date(2040, 4, 10))
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    attendees = {str(o).rsplit("/", 1)[-1] for o in f.objects(nine, URIRef("https://schema.org/attendee"))}
    assert attendees == {"alan-wexford", "tom-okafor", "bo-tanaka", "zhou-lin"}


def test_a_semicolon_list_splits_listed_areas_but_keeps_a_two_part_area(reference):
    f = facts(reference, "The two sides reached consensus on 30 co-operation initiatives covering: co-operation under the "
              "Riverton (Harbour) Free Trade Zone; finance; shipping and aviation; culture, sports and tourism; "
              "youth development and social management; and urban governance.")
    assert areas_of(f) >= {"finance", "civil-aviation-maritime-transport-and-logistics", "cultural-and-creative-industries",
                           "sports", "tourism", "youth-development-and-social-management", "urban-management",
                           "co-operation-under-the-riverton-harbour-free-trade-zone"}
    assert not areas_of(f) & {"culture-sports-and-tourism", "youth-development", "and-urban-governance", "shipping-and-aviation"}


def test_areas_set_out_as_first_second_third(reference):
    f = facts(reference, "Shanghai will strengthen co-operation in the following aspects: first, joint research on "
              "harbour engineering; second, the training of pilots; and third, finance.")
    assert {"joint-research-on-harbour-engineering", "training-of-pilots", "finance"} <= areas_of(f)


def test_agreeing_to_rename_the_mechanism_is_its_renaming(reference):
    f = facts(reference, "The Hong Kong/Shanghai Economic and Trade Co-operation Conference was set up in 2031.",
              "The ninth plenary session was held in Shanghai on April 10, 2040.",
              "At the session, the two sides agreed to rename the mechanism the Hong Kong/Shanghai Co-operation Conference.")
    renamings = {s for (s, p, o) in f.triples if p == RDF.type and o == HKSH.Renaming}
    assert len(renamings) == 1
    (renaming,) = renamings
    assert [str(n) for n in f.objects(renaming, HKSH.formerName)] == ["Hong Kong/Shanghai Economic and Trade Co-operation Conference"]
    assert [str(d) for d in f.objects(renaming, URIRef("https://schema.org/startDate"))] == ["2040-04-10"]
    assert f.objects(renaming, HKSH.followed) == [URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")]


def test_ranging_from_one_area_to_others(reference):
    f = facts(reference, "The two cities pledged to join hands in fields ranging from harbour pilotage to exhibitions "
              "and tourism.")
    assert {"harbour-pilotage", "convention-and-exhibition-industry", "tourism"} <= areas_of(f)
    assert not any("pilotage-to" in a for a in areas_of(f))


def test_when_the_mechanism_was_set_up_said_in_apposition_or_by_the_conference(reference):
    f = facts(reference, "The Hong Kong/Shanghai Co-operation Conference, set up three years ago, has produced results.",
              published=date(2040, 4, 10))
    conf = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
    assert set(f.objects(conf, DCTERMS.created)) == {Literal("2037", datatype=XSD.gYear)}
    g = facts(reference, "The two cities held the first meeting of the Hong Kong/Shanghai Co-operation Conference today.",
              "The conference, set up by the two governments this month, will meet every year.",
              published=date(2040, 4, 10))
    assert set(g.objects(conf, DCTERMS.created)) == {Literal("2040-04", datatype=XSD.gYearMonth)}


def test_a_known_area_narrowed_by_its_words_leaves_no_fragment(reference):
    f = facts(reference, "The two sides will strengthen co-operation in areas such as teacher training, curriculum "
              "development and vocational education.",
              "They agreed to step up co-operation in culture, pilotage and tourism, including harbour exchanges, "
              "and more.")
    assert not areas_of(f) & {"vocational", "pilotage-and"}
    assert {"teacher-training", "curriculum-development", "pilotage", "harbour-exchanges"} <= areas_of(f)


def test_a_session_the_text_says_will_be_held_is_in_the_months_ahead(reference):
    f = facts(reference, "He noted that the two cities would hold the ninth plenary session of the Hong Kong/Shanghai "
              "Co-operation Conference in Shanghai in May.", published=date(2040, 3, 16))
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    assert set(f.objects(nine, URIRef("https://schema.org/startDate"))) == {Literal("2040-05", datatype=XSD.gYearMonth)}


def test_the_inaugural_meeting_and_a_session_of_the_conference_named_before(reference):
    f = facts(reference, "Since the inaugural meeting of the Hong Kong/Shanghai Co-operation Conference in October "
              "2031, the two sides have worked on 22 projects.",
              "The action plan will be reported to the 9th plenary session of the conference, due to be held in "
              "Shanghai in May.", published=date(2040, 2, 5))
    assert session_numbers(f) == {1, 9}
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    assert set(f.objects(nine, URIRef("https://schema.org/startDate"))) == {Literal("2040-05", datatype=XSD.gYearMonth)}


def people_said(findings, index: int) -> set[str]:
    """The people a sentence (by index) mentions, by IRI tail."""
    return {str(s).rsplit("/", 1)[-1] for s, where in findings.mentions.items() if index in where and "/person/" in str(s)}


def test_a_mainland_name_is_family_name_first(reference):
    """"Mr Hua" is Hua Yuan (family name Hua), not Wang Hua (given name Hua), whoever was named last."""
    f = facts(reference, "The Director of Ports, Ms Ada Quell, met the Vice Mayor of Riverton, Mr Hua Yuan.",
              "The Deputy Director of the Riverton Office, Mr Wang Hua, was also present.",
              "Mr Hua said the port would grow.")
    assert people_said(f, 2) == {"hua-yuan"}
    g = facts(reference, "The Director of Ports, Ms Ada Quell, spoke.", "Ms Quell said the port would grow.")
    assert people_said(g, 1) == {"ada-quell"}


@pytest.mark.parametrize("sentence, person, post", [
    ("Riverton mayor Bo Lander met the press.", "bo-lander", "Mayor of Riverton"),
    ("The plan was drawn up by then chief executive Ada Quell.", "ada-quell",
     "Chief Executive of the Hong Kong Special Administrative Region"),
    ("Shanghai executive vice mayor Cy Dale spoke.", "cy-dale", "Executive Vice Mayor of Shanghai"),
])
def test_a_title_in_lower_case_after_a_place_or_then(reference, sentence, person, post):
    assert post in posts_of(facts(reference, sentence)).get(person, set())


def test_a_lower_case_title_alone_is_no_post_and_a_title_of_one_s_own_wins(reference):
    f = facts(reference, "The bank's results were welcomed by chief executive Bo Lander.")
    assert not posts_of(f).get("bo-lander")
    g = facts(reference, "The meeting was co-chaired by Secretary for Ports Ada Quell and Cy Dale, director of the "
              "Riverton Affairs Office.")
    assert posts_of(g)["cy-dale"] == {"Director of the Riverton Affairs Office"}


def test_a_list_of_agreements_is_no_list_of_areas(reference):
    f = facts(reference, "The agreements cover co-operation in: the Memorandum of Understanding on Port Promotion between "
              "the Riverton Port Board and the Shanghai Port Office, signed by Mr Al Ross; and the Letter of Intent on "
              "Ferries between the Riverton Ferry Trust and the Shanghai Ferry Board, signed by Ms Fan Li.")
    assert not areas_of(f)


def test_ms_chan_is_the_woman_named_chan(reference):
    """Two people of one family name: the honorific they were introduced with tells "Ms Quell" from "Mr Quell"."""
    f = facts(reference, "The Secretary for Ports, Mr Bo Quell, met the Director of Ferries, Ms Ada Quell.",
              "The Deputy Director of Ferries, Mr Cy Dale, was also present.",
              "Ms Quell said the ferries would grow.")
    assert people_said(f, 2) == {"ada-quell"}


@pytest.mark.parametrize("paragraphs, expected", [
    # "Title of the ABBR", once the text has given the abbreviation in brackets
    (["The Harbour Trade Council (HTC) staged the fair.", "It was opened by Mr Lee Wing-kit, Executive Director of the HTC."],
     {"lee-wing-kit": {"Executive Director of the Harbour Trade Council"}}),
    # "<name>, ABBR <title>" and "ABBR <title> <name>"
    (["The Harbour Trade Council (HTC) staged the fair.", "Peter Wong, HTC Chairman, opened it with HTC Executive Director Sam Ho."],
     {"peter-wong": {"Chairman of the Harbour Trade Council"}, "sam-ho": {"Executive Director of the Harbour Trade Council"}}),
    # an abbreviation the text never defined names no organisation before a title
    (["XYZ Chairman Tom Lee also came."], {}),
    # "the Director of the Office": the office last named, never an organisation called "Office"
    (["She attended a dinner hosted by the Hong Kong Economic and Trade Office in Shanghai.",
      "The Director of the Office, Mr Tom Ho, also attended."],
     {"tom-ho": {"Director of the Hong Kong Economic and Trade Office in Shanghai"}}),
    (["Sam Ho, Director of the Council, opened the fair."], {}),
])
def test_a_post_in_an_organisation_named_by_its_abbreviation_or_its_head_word(reference, paragraphs, expected):
    assert posts_of(facts(reference, *paragraphs)) == expected


def test_an_abbreviation_the_text_defined_is_the_same_organisation(reference):
    f = facts(reference, "The Harbour Trade Council (HTC) staged the fair.", "The fair was opened by the Chairman of the HTC, Mr Lee Wing-kit.")
    orgs = {str(s).rsplit("/", 1)[-1] for (s, p, o) in f.triples if str(s).startswith(ID + "org/") and p == RDF.type}
    assert orgs == {"harbour-trade-council"}


@pytest.mark.parametrize("paragraphs, expected", [
    # a bureau's title in lower case after the name, the government's abbreviation in brackets after it
    (["It was co-chaired by Tom Fu, secretary for transport and the treasury of the Hong Kong Special Administrative "
      "Region (HKSAR) government, and others."], {"tom-fu": {"Secretary for Transport and the Treasury"}}),
    (["Ada Quell, Hong Kong's under secretary for home and youth affairs, spoke."],
     {"ada-quell": {"Under Secretary for Home and Youth Affairs"}}),
    # ... but "secretary for" and words that name no bureau is no title of a bureau
    (["Ann Lo, who was secretary for two years, spoke."], {}),
    (["Ben Oyle, Hong Kong's Deputy Secretary for Harbour Affairs, spoke."],
     {"ben-oyle": {"Deputy Secretary for Harbour Affairs"}}),
    # "chief executive officer" is not the Chief Executive
    (["Julia Kerr, chief executive officer of the Harbour Futures Commission, attended."],
     {"julia-kerr": {"Chief Executive Officer of the Harbour Futures Commission"}}),
    # "<title> at <organisation>"
    (['"It is clear," said Ken Dorr, chief economist at Riverton Savings Bank.'],
     {"ken-dorr": {"Chief Economist of Riverton Savings Bank"}}),
    # the organisation named just before: "its", "the centre's", "of the university"
    (["Ms Lo tours the Riverton Arbitration Center with its Secretary-General, Ms Ada Quell."],
     {"ada-quell": {"Secretary-General of the Riverton Arbitration Center"}}),
    (["She visited the Riverton Recycling Centre, accompanied by the centre's general manager, Ms Ada Quell."],
     {"ada-quell": {"General Manager of the Riverton Recycling Centre"}}),
    (["Dr Lo then visited Riverton University.", "There she met the President of the university, Professor Ada Quell."],
     {"ada-quell": {"President of Riverton University"}}),
    # with no organisation named before, "the university's" names none
    (["She met the university's President, Professor Ada Quell."], {}),
])
def test_a_post_in_lower_case_at_an_organisation_or_in_one_named_before(reference, paragraphs, expected):
    assert posts_of(facts(reference, *paragraphs)) == expected


def test_a_title_before_two_names_is_not_given_to_one_named_before(reference):
    f = facts(reference, "Ada Quell, the Mayor of Riverton, arrived.",
              "The talks were co-chaired by Chief Executive Ann Lo and Ms Quell.",
              "The Deputy Director of the Riverton Office, Ben Oyle and Cal Fenn, also attended.")
    posts = posts_of(f)
    assert "Chief Executive of the HKSAR" not in str(posts.get("ada-quell"))
    assert posts["cal-fenn"] == posts["ben-oyle"] == {"Deputy Director of the Riverton Office"}


def test_who_attended_a_session_said_at_the_start_of_a_sentence(reference):
    f = facts(reference,
              "Chief Executive Mr Alan Wexford and Shanghai Mayor Mr Tom Okafor co-chaired the ninth plenary session of "
              "the Hong Kong/Shanghai Co-operation Conference today.",
              "Attending the session were, on the Hong Kong side, the Secretary for Harbours, Mr Bo Tanaka; and, on "
              "the Shanghai side, the Vice Mayor of Shanghai, Mr Zhou Lin.", published=date(2040, 4, 10))
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    attendees = {str(o).rsplit("/", 1)[-1] for o in f.objects(nine, URIRef("https://schema.org/attendee"))}
    assert attendees == {"alan-wexford", "tom-okafor", "bo-tanaka", "zhou-lin"}


@pytest.mark.parametrize("sentence, person, posts", [
    # a wire's "<name>, <title> of <org> and <title> of <place>", the party committee's name with its abbreviation
    ("Bo Kettle, deputy secretary of the Communist Party of China (CPC) Shanghai Municipal Committee and mayor of "
     "Shanghai, spoke.", "bo-kettle", {"Deputy Secretary of the CPC Shanghai Municipal Committee", "Mayor of Shanghai"}),
    # "a member of <body>", and a second title qualified by a place
    ("Ada Quell, a member of the Riverton Harbour Council and Shanghai Party Secretary, spoke.", "ada-quell",
     {"Member of the Riverton Harbour Council", "Secretary of the CPC Shanghai Municipal Committee"}),
    ("Shanghai vice-mayor Tom Okafor arrived.", "tom-okafor", {"Vice Mayor of Shanghai"}),
])
def test_a_wire_story_s_titles(reference, sentence, person, posts):
    assert posts_of(facts(reference, sentence)).get(person) == posts


def test_a_member_of_no_named_body_holds_no_post(reference):
    assert posts_of(facts(reference, "Ada Quell, a member of the delegation, spoke.")) == {}


def test_a_political_party_and_a_session_referred_back_to_are_no_events(reference):
    from test_events_kinds import events
    found = events(reference, "Ada Quell, of the Communist Party of Riverton, spoke at the Harbour Forum.",
                   "She reported on the items agreed at the previous session.")
    assert set(found) == {"Harbour Forum"}


def test_who_briefed_the_session_or_attended_from_one_side_attended_it(reference):
    f = facts(reference,
              "Riverton and Shanghai on Tuesday held the ninth plenary session of the Shanghai-Hong Kong cooperation "
              "conference via video link.",
              "Shanghai vice-mayor Tom Okafor briefed the session on the items agreed at the previous session.",
              "Also attending from Hong Kong were Chief Secretary for Administration Bo Tanaka and Secretary for "
              "Harbours Zhou Lin.", published=date(2040, 4, 10))
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    attendees = {str(o).rsplit("/", 1)[-1] for o in f.objects(nine, URIRef("https://schema.org/attendee"))}
    assert attendees == {"tom-okafor", "bo-tanaka", "zhou-lin"}


def test_it_was_co_chaired_by_names_the_attendees_of_the_session_just_told(reference):
    f = facts(reference,
              "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on 9 May 2040.",
              "It was co-chaired by the Chief Executive and the Mayor of Shanghai, Mr Tom Okafor.",
              "It was a success, said Mr Bo Tanaka.")
    nine = URIRef(ID + "session/hong-kong-shanghai-co-operation-conference-9")
    attendees = {str(o).rsplit("/", 1)[-1] for o in f.objects(nine, URIRef("https://schema.org/attendee"))}
    assert attendees == {"tom-okafor"}


def test_the_secretary_alone_is_the_one_secretary_the_text_named(reference):
    f = facts(reference, "The Secretary for Harbours, Mr Bo Tanaka, today officiated at the opening ceremony of the Riverton Week in Shanghai.",
              "The Secretary will return to Hong Kong on Wednesday (March 18).", published=date(2031, 3, 16))
    visits = {s for (s, p, o) in f.triples if p == URIRef("https://schema.org/attendee") and "/visit-of-bo-tanaka" in str(s)}
    assert visits and all((v, URIRef("https://schema.org/endDate"), Literal("2031-03-18", datatype=XSD.date)) in f.triples
                          for v in visits)


def test_the_secretary_alone_is_nobody_when_the_text_named_two(reference):
    f = facts(reference, "The Secretary for Harbours, Mr Bo Tanaka, and the Secretary for Parks, Ms Ada Quell, "
              "officiated at the opening ceremony of the Riverton Week in Shanghai.", "The Secretary will return to Hong Kong on Wednesday (March 18).",
              published=date(2031, 3, 16))
    assert not [s for (s, p, o) in f.triples if "/visit-of-" in str(s)]


def test_a_post_s_short_title_before_a_name(reference):
    posts = posts_of(facts(reference, "FS Mr Bo Tanaka (third right) and CS Ms Ada Quell officiate at the opening."))
    assert posts == {"bo-tanaka": {"Financial Secretary"}, "ada-quell": {"Chief Secretary for Administration"}}
    assert posts_of(facts(reference, "The HKTB Mr Bo Tanaka spoke.")) == {}


@pytest.mark.parametrize("sentences, person, post", [
    # a body's possessive introduces a lower-case title, and the name needs no honorific
    (["The visit was led by the Riverton Rowing Association’s chairman, Dan Vole."], "dan-vole",
     "Chairman of the Riverton Rowing Association"),
    # "its" and a word of standing before the title: the body named in the sentence before
    (["The Riverton Harbour Office opened in Eastport today.", "Its first director, Mr Leo Kwan, said it would grow."],
     "leo-kwan", "Director of the Riverton Harbour Office"),
    # a bare title leading a body's delegation is that body's
    (["Vice Mayor Chen Hao met a delegation of the Riverton Trade Council headed by Chairman Martin Lo."],
     "martin-lo", "Chairman of the Riverton Trade Council"),
    (["The Riverton Trade Council delegation, led by President Ada Quell, arrived today."], "ada-quell",
     "President of the Riverton Trade Council"),
])
def test_titles_a_body_gives_by_possessive_or_by_its_delegation(reference, sentences, person, post):
    assert posts_of(facts(reference, *sentences)).get(person) == {post}


@pytest.mark.parametrize("sentences, person, post", [
    # no council named: the possessive names no body
    (["The visit was led by the council's executive director, Mo Butt."], "mo-butt", None),
    # a title that names its post alone keeps it, whatever body's delegation its holder leads
    (["A delegation of the HKSAR Government headed by Secretary for Justice Paul Lam arrived."],
     "paul-lam-ting-kwok", "Secretary for Justice"),
    # a delegation that leads no one: the chairman is another body's
    (["A delegation of the Riverton Trade Council met Chairman Bo Kettle today."], "bo-kettle", None),
])
def test_a_possessive_or_delegation_without_its_body_gives_no_post(reference, sentences, person, post):
    assert posts_of(facts(reference, *sentences)).get(person) == ({post} if post else None)


@pytest.mark.parametrize("sentence, person, post", [
    # a copula joins a name to its title, a fellow's too
    ("Dan Vole is a senior research fellow at the Riverton Institute of Port Studies.", "dan-vole",
     "Senior Research Fellow of the Riverton Institute of Port Studies"),
    ("Ms Ada Quell was Director of the Riverton Harbour Office until 2030.", "ada-quell", "Director of the Riverton Harbour Office"),
    # "then" before an appositive title: the post held at the time told
    ("Mayor Bo Kettle met Ada Quell, then the Director of the Riverton Harbour Office, in 2031.", "ada-quell",
     "Director of the Riverton Harbour Office"),
])
def test_a_title_joined_by_a_copula_or_then(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentence", [
    "Ms Ada Quell was chairman of the meeting.",  # no body: no post
    "Ms Ada Quell is a member of the public.",
    "Ms Ada Quell is a fellow traveller of the Riverton Trade Council.",  # "fellow" only before "of/at <Name>"
])
def test_a_copula_without_a_body_s_title_gives_no_post(reference, sentence):
    assert posts_of(facts(reference, sentence)) == {}


@pytest.mark.parametrize("sentence, person, post", [
    # one word of the body's field after its head word belongs to its name
    ("Mayor Bo Kettle met a delegation of the Riverton General Chamber of Commerce led by its Chairman Peter Wong.",
     "peter-wong", "Chairman of the Riverton General Chamber of Commerce"),
    ("The Director of the Riverton Department of Justice, Mr Tom Fu, spoke.", "tom-fu", "Director of the Riverton Department of Justice"),
    # a longer field after "of" is still read whole
    ("The Chairman of the Riverton Chamber of Commerce and Industry, Mr Tom Fu, spoke.", "tom-fu",
     "Chairman of the Riverton Chamber of Commerce and Industry"),
])
def test_a_body_named_with_its_field_after_the_head_word(reference, sentence, person, post):
    assert posts_of(facts(reference, sentence)).get(person) == {post}


@pytest.mark.parametrize("sentences, person", [
    # "its" after a city: a place's title is not the body's named before
    (["Mr Alan Wexford of the Riverton Port Authority visited Eastport, a city of two million people.",
      "Its mayor, Mr Bo Kettle, hosted a lunch."], "bo-kettle"),
    # a bare title leading a government's delegation directs a part of it, not the government
    (["Mr Alan Wexford met a delegation from the Shanghai Municipal People's Government headed by Director Bo Lin."], "bo-lin"),
    # "then" that goes on to a verb is the narrative's "then"
    (["Mr Alan Wexford toured the terminal with Mr Bo Tanaka, then the Director of the Riverton Marine Office hosted a lunch."],
     "bo-tanaka"),
    # a member of a delegation, and a body's predecessor, are no posts
    (["Mr Bo Tanaka is a member of the Hong Kong delegation."], "bo-tanaka"),
    (["Mr Bo Tanaka was Director of the Riverton Marine Office's predecessor."], "bo-tanaka"),
])
def test_titles_that_belong_to_no_body_told(reference, sentences, person):
    assert person not in posts_of(facts(reference, *sentences))


@pytest.mark.parametrize("sentence", [
    # a legislature, a court: not bureaux of the government
    "The Legislative Council of the HKSAR passed the bill.",
    "The Court of Final Appeal of the HKSAR ruled on it.",
    # a name that goes on past the government ("... in the United States") is another body's
    "He visited the Economic and Trade Office of the HKSAR Government in the United States.",
])
def test_no_bureau_under_the_government_for_a_legislature_a_court_or_a_longer_name(reference, sentence):
    from rdflib.namespace import ORG
    assert not [t for t in facts(reference, sentence).triples if t[1] == ORG.subOrganizationOf]


def test_two_governments_bureaux_of_one_name_are_two_bodies(reference):
    from rdflib.namespace import ORG
    f = facts(reference, "The Education Bureau of the Shanghai Municipal People's Government and the Education Bureau of "
                         "the HKSAR Government signed an agreement.")
    parents = {str(s).rsplit("/", 1)[-1]: str(o).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == ORG.subOrganizationOf}
    assert parents == {"education-bureau": "hksar-government",
                       "education-bureau-of-the-shanghai-municipal-peoples-government": "shanghai-municipal-government"}


def test_a_shanghai_commission_named_with_its_government_is_a_unit_of_it(reference):
    from rdflib.namespace import ORG
    f = facts(reference, "The Education Bureau of the HKSAR Government and the Education Commission of the Shanghai "
                         "Municipal Government signed an agreement today.")
    parents = {str(s).rsplit("/", 1)[-1] for (s, p, o) in f.triples if p == ORG.subOrganizationOf}
    assert parents == {"education-bureau", "education-commission-of-the-shanghai-municipal-government"}


@pytest.mark.parametrize("sentence, posts", [
    # "the then <title>": the post held at the time told
    ("Mr Bo Kettle, the then Vice Mayor of Shanghai, visited Riverton in 2031.", {"Vice Mayor of Shanghai"}),
    # a place's party secretary "of" the place is the party committee's, not its government's
    ("Mr Bo Kettle, Party Secretary of Shanghai, visited Riverton in 2031.",
     {"Secretary of the CPC Shanghai Municipal Committee"}),
    ("Party Secretary of Shanghai Bo Kettle visited Riverton in 2031.", {"Secretary of the CPC Shanghai Municipal Committee"}),
    # near misses: a government's own post "of" the place stays the government's; "then" and no title is no post
    ("Mr Bo Kettle, Mayor of Shanghai, visited Riverton in 2031.", {"Mayor of Shanghai"}),
    ("Mr Bo Kettle, then a student in Riverton, visited Shanghai in 2031.", None),
])
def test_a_then_title_and_a_place_s_party_secretary(reference, sentence, posts):
    assert posts_of(facts(reference, sentence)).get("bo-kettle") == posts


# --- the mechanism's abbreviation -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, abbreviation", [
    ("The Hong Kong/Shanghai Co-operation Conference (HSCC) will meet in Riverton next spring.", "HSCC"),
    ('The Shanghai-Hong Kong Co-operation Conference ("SHKCC") will meet in Riverton next spring.', "SHKCC"),
    ("The Hong Kong/Shanghai Co-operation Conference, known as HSCC, will meet in Riverton next spring.", "HSCC"),
    # near misses: a common noun or a year in brackets is no name
    ("The Hong Kong/Shanghai Co-operation Conference (the Conference) will meet in Riverton next spring.", None),
    ("The Hong Kong/Shanghai Co-operation Conference (Conference) will meet in Riverton next spring.", None),
    ("The Hong Kong/Shanghai Co-operation Conference (2031) will meet in Riverton next spring.", None),
])
def test_an_abbreviation_the_text_gives_the_mechanism_is_its_name(reference, sentence, abbreviation):
    conference = URIRef(ID + "org/hong-kong-shanghai-co-operation-conference")
    names = {str(o) for (s, p, o) in facts(reference, sentence).triples if s == conference and p == SKOS.altLabel}
    assert names == ({abbreviation} if abbreviation else set())
