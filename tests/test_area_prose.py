"""Fields named in prose rather than in a marked list (kg/extract/areas.py, area_sections.py, area_cues.py): invented
sentences, each kind with a near miss that must give nothing."""

from test_area_sections import areas

CIVIL = "civil-aviation-maritime-transport-and-logistics"
TRADE = "commerce-trade-and-investment"
CULTURE = "cultural-and-creative-industries"
EDUCATION = "education-and-talent-development"
HEALTH = "healthcare-and-medicine-regulation"
IT = "innovation-and-technology"


def test_a_headline_s_field_is_not_a_cut_off_item(reference):
    found = areas(reference, "Riverton and Shanghai strengthen co-operation in river restoration",
                  "The two bureaux signed an arrangement today.")
    assert found == {"river-restoration"}


def test_a_clause_after_the_field_ends_the_list(reference):
    assert areas(reference, "The arrangement takes forward the co-operation in flood control that the two governments agreed "
                            "at the third plenary session.") == {"flood-control"}
    assert areas(reference, "The two sides reviewed co-operation in finance which the session had endorsed.") == {"finance"}


def test_a_field_followed_by_a_preposition_is_still_the_field(reference):
    assert areas(reference, "The two cities have kept close co-operation in areas such as finance, culture and education over "
                            "the years.") == {"finance", CULTURE, EDUCATION}
    assert areas(reference, "The two cities have kept close co-operation in tourism during the pandemic.") == {"tourism"}


def test_fields_listed_before_co_operation(reference):
    assert areas(reference, "The two sides will deepen economic, trade and cultural co-operation.") == {TRADE, CULTURE}
    assert areas(reference, "The two cities agreed to expand financial and sci-tech co-operation.") == {"finance", IT}
    assert areas(reference, "The two sides signed agreements on finance and trade co-operation.") == {"finance", TRADE}


def test_words_before_co_operation_that_are_no_fields(reference):
    assert areas(reference, "The two sides will deepen practical and mutually beneficial co-operation.") == set()
    assert areas(reference, "The two sides attended the Riverton Trade and Tourism Co-operation Forum.") == set()


def test_co_operation_in_respect_of_fields(reference):
    assert areas(reference, "The two sides will promote co-operation in respect of finance, shipping and the digital "
                            "economy.") == {"finance", CIVIL, "digital-economy"}
    assert areas(reference, "The two sides will co-operate in respect of the arrangements for the visit.") == set()


def test_joint_efforts_in_fields(reference):
    assert areas(reference, "The Mayor said that the two cities should make joint efforts in finance, sci-tech innovation "
                            "and culture.") == {"finance", IT, CULTURE}
    assert areas(reference, "Hong Kong and Shanghai should join forces in finance, technology and culture, he said.") \
        == {"finance", IT, CULTURE}
    assert areas(reference, "Hong Kong and Shanghai will co-operate more closely on trade, finance and technology, the Chief "
                            "Executive said.") == {TRADE, "finance", IT}


def test_joint_efforts_in_a_place_or_a_manner_are_no_fields(reference):
    assert areas(reference, "The two clubs joined forces in the final minutes of the match.") == set()
    assert areas(reference, "The two sides should make joint efforts in a pragmatic manner.") == set()


def test_a_new_area_of_co_operation_alongside_others(reference):
    assert areas(reference, "The Secretary said that housing had become a new area of co-operation between the two cities "
                            "under the conference, alongside urban planning, construction and youth development.") \
        == {"housing", "construction", "urban-management", "youth-development"}


def test_fields_that_form_part_of_the_co_operation(reference):
    assert areas(reference, "Water supply and drainage form part of the co-operation on urban management, alongside flood "
                            "control and climate change adaptation.") \
        == {"water-supply", "drainage", "urban-management", "flood-control", "climate-change-adaptation"}


def test_fields_among_the_subjects_of_the_conference(reference):
    assert areas(reference, "Travel facilitation and the exchange of talent are among the subjects of the Hong Kong/Shanghai "
                            "Co-operation Conference.") == {"travel-facilitation", EDUCATION}


def test_a_firm_s_part_or_subjects_are_no_areas(reference):
    assert areas(reference, "Retail and catering are among the subjects of the survey.") == set()
    assert areas(reference, "Pricing formed part of the negotiations, alongside delivery dates.") == set()


def test_a_working_group_s_field_under_the_conference(reference):
    assert areas(reference, "The conference set up a working group on elderly care.") == {"elderly-care"}
    assert areas(reference, "The two sides agreed to set up a task force on river restoration under the "
                            "conference.") == {"river-restoration"}


def test_a_working_group_on_a_task_or_of_no_co_operation_is_no_area(reference):
    assert areas(reference, "The conference set up a working group on the preparations for the next session.") == set()
    assert areas(reference, "The residents set up a working group on parking fees.") == set()


def test_a_list_introduced_by_are_and_a_colon(reference):
    assert areas(reference, "The key areas are: finance; innovation and technology; elderly care.") \
        == {"finance", IT, "elderly-care"}
    assert areas(reference, "The co-operation areas agreed at the session are as follows: Finance; Trade and investment; "
                            "Sports.") == {"finance", TRADE, "sports"}


def test_a_list_of_someone_else_s_key_points_is_no_list_of_areas(reference):
    assert areas(reference, "The key points are: lower fees; faster service; longer hours.") == set()


def test_co_operation_that_involves_fields_and_other_fields(reference):
    assert areas(reference, "Shanghai-Hong Kong co-operation involves finance, elderly care, sports and other "
                            "fields.") == {"finance", "elderly-care", "sports"}


def test_a_field_s_own_co_operation_alone(reference):
    assert areas(reference, "The two sides will step up cultural co-operation.") == {CULTURE}
    assert areas(reference, "The two sides will expand economic and trade co-operation.") == set()
    assert areas(reference, "The two cities launched a cultural co-operation scheme.") == set()


def test_fields_in_terms_of_and_exchanges_with_a_place(reference):
    assert areas(reference, "Shanghai is willing to strengthen co-operation with Hong Kong in terms of finance, shipping and "
                            "elderly care.") == {"finance", CIVIL, "elderly-care"}
    assert areas(reference, "Li said Shanghai hopes to enhance exchanges with Hong Kong in sci-tech innovation, culture and "
                            "tourism, and youth.") == {IT, CULTURE, "tourism", "youth-development"}
    assert areas(reference, "The club hopes to enhance exchanges with Riverton in the coming years.") == set()
    assert areas(reference, "We will also deepen exchanges with Riverton in the convention and exhibition industry.") == set()


def test_other_words_for_a_field_of_the_scheme(reference):
    assert areas(reference, "The two sides agreed to deepen co-operation in trade and education and training.") == {TRADE, EDUCATION}
    assert areas(reference, "The two sides agreed to co-operate in areas such as port development and tourism.") \
        == {CIVIL, "tourism"}
    assert areas(reference, "The two cities will step up technological co-operation.") == {IT}
