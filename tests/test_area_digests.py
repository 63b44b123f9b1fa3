"""Areas in FAQ answers, slides, chronologies and work plans: invented sentences, each with a near miss."""

from test_area_sections import areas

NAMED = "The Hong Kong/Shanghai Co-operation Conference met in the spring."


def test_co_operation_in_a_colon_list(reference):
    found = areas(reference, "The plenary session agreed to take forward co-operation in: tourism; river works; and elderly care.")
    assert found == {"tourism", "river-works", "elderly-care"}
    # near miss: "in:" that opens no list of the co-operation
    assert areas(reference, "The shop sells goods in: shoes; hats; and bags.") == set()


def test_what_the_pair_s_work_plan_covers(reference):
    found = areas(reference, "The two sides' work plan covers finance, river works and elderly care.")
    assert found == {"finance", "river-works", "elderly-care"}
    # near miss: a firm's work plan
    assert areas(reference, "The firm's work plan covers shoes, hats and bags.") == set()


def test_areas_agreed_set_out_after_a_colon(reference):
    found = areas(reference, NAMED, "Areas agreed for the next two years are: finance; river works; and elderly care.")
    assert found == {"finance", "river-works", "elderly-care"}
    # near miss: areas of a town, not of co-operation
    assert areas(reference, "Areas zoned for the next two years are: Pudong; Minhang; and Jiading.") == set()


def test_a_slide_s_bare_areas_bullet_names_known_areas(reference):
    found = areas(reference, NAMED, "- Areas include: Finance; Innovation & technology; Culture & tourism; Shoes.")
    assert found == {"finance", "innovation-and-technology", "cultural-and-creative-industries", "tourism"}
    # near miss: a text that never named the mechanism
    assert areas(reference, "- Areas include: Finance; Innovation & technology.") == set()


def test_counted_areas_agreed_among_them(reference):
    found = areas(reference, NAMED, "Thirteen areas agreed, among them finance, river works and youth.")
    assert found == {"finance", "river-works", "youth-development"}
    # near miss: areas of a city
    assert areas(reference, "Thirteen districts planned, among them Pudong and Minhang.") == set()


def test_the_co_operation_areas_after_a_colon(reference):
    assert areas(reference, NAMED, "The cooperation areas: finance; river works; tourism.") == {"finance", "river-works", "tourism"}


def faq_areas(reference, text: str) -> set[str]:
    from kg.text.clean import clean
    return areas(reference, *clean(text).paragraphs)


def test_an_faq_answer_that_lists_the_areas_asked_about(reference):
    found = faq_areas(reference, f"{NAMED}\n\nIn which areas do the two cities co-operate?\nIt covers finance, river works "
                                 "and elderly care.\n\nWho leads it?\nThe Chief Executive.\n")
    assert found == {"finance", "river-works", "elderly-care"}
    # near miss: areas of a city asked about
    assert faq_areas(reference, f"{NAMED}\n\nWhich areas of Shanghai will the co-operation tour visit?\nPudong, Minhang "
                                "and Jiading.\n\nWho leads it?\nThe Chief Executive.\n") == set()
