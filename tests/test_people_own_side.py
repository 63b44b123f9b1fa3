"""Officials a blog or speech names as its own side's ("X, our Director of Y"), a blog's signature above a photo's
caption, initials among family names in capitals and a university's joint title (invented texts)."""

from conftest import held_posts as people, page_graph


def converted(tmp_path, body: str):
    return page_graph(tmp_path, body, title="A day of work")


def test_our_title_after_a_name_is_the_persons_post(tmp_path):
    body = ("Tobias Wren, our Director of the Riverton Liaison Office, joined from his office. Mr Ivo Stack, our "
            "Secretary for Housing, spoke next.\n")
    found = people(converted(tmp_path, body))
    assert found["Tobias Wren"] == {"director-of-the-riverton-liaison-office"}, found
    assert found["Ivo Stack"] == {"secretary-for-housing"}, found


def test_our_noun_that_is_no_title_gives_no_post(tmp_path):
    body = "We met Mr Hal Brody, our host, at noon, and Tobias Wren, our friend of many years.\n"
    assert not any(people(converted(tmp_path, body)).values())


BLOG = ("Secretary's Blog\n\nLast week I went to Riverton for the forum. We agreed on many things there.\n\n"
        "Tobias Wren\nSecretary for Housing\n\n{caption}\n")


def test_a_signature_above_a_photos_caption_is_the_authors(tmp_path):
    caption = "Photo: The Secretary for Housing (centre) speaks at the forum in Riverton on March 12."
    assert people(converted(tmp_path, BLOG.format(caption=caption))).get("Tobias Wren") == {"secretary-for-housing"}


def test_a_name_and_post_above_a_paragraph_of_prose_is_a_name_line_with_its_title(tmp_path):
    # no signature (prose follows), but the title on the line under a name is the person's (kg/text/title_lines.py)
    prose = "The forum will meet again next year in Riverton, the organisers said."
    assert people(converted(tmp_path, BLOG.format(caption=prose))).get("Tobias Wren") == {"secretary-for-housing"}
    assert not people(converted(tmp_path, BLOG.replace("Secretary for Housing", "Riverton").format(caption=prose))).get("Tobias Wren")


def test_initials_stay_in_a_text_that_writes_family_names_in_capitals(tmp_path):
    body = ("Mr CHAN Tai-man met Dr LAU Ka-ming and Mr NG Wing.\n\nMr TT Tsui, Chairman of the Riverton Arts Council, "
            "spoke at the dinner.\n")
    found = people(converted(tmp_path, body))
    assert "T T Tsui" in found and "Tt Tsui" not in found and "T t Tsui" not in found, found
    assert not any(name.startswith(("CHAN", "LAU", "NG")) for name in found), found


def test_a_universitys_joint_title_is_one_post_and_two_others_are_two(tmp_path):
    body = ("Professor Ada Quell, Vice-Chancellor and President of the Riverton University, signed it. The President "
            "and Vice-Chancellor of the Eastport University, Professor Bo Kettle, spoke. Mr Ivo Stack, Chairman and "
            "Chief Executive of the Riverton Port Company, attended.\n")
    found = people(converted(tmp_path, body))
    assert found["Ada Quell"] == {"vice-chancellor-and-president-of-riverton-university"}, found
    assert found["Bo Kettle"] == {"president-and-vice-chancellor-of-eastport-university"}, found
    assert len(found["Ivo Stack"]) == 2, found


def test_a_departments_head_named_by_its_field_and_investhks_head(tmp_path):
    body = ("The Director-General of Investment Promotion at InvestHK, Ms Alpha Ng, spoke. The Commissioner of "
            "Customs and Excise, Mr Hal Brody, signed it.\n")
    found = people(converted(tmp_path, body))
    assert found["Alpha Ng"] == {"director-general-of-investment-promotion"}, found
    assert found["Hal Brody"] == {"commissioner-of-customs-and-excise"}, found


def test_a_commissioner_of_a_named_body_is_no_hksar_departments_head(tmp_path):
    body = "Mr Ivo Stack, Commissioner of the Riverton Port Authority, attended.\n"
    assert "commissioner-of-the-riverton-port-authority" not in str(converted(tmp_path, body).serialize(format="nt"))


SALUTED = ("Speech by the Secretary for Housing at the Riverton Forum\n\n{lines}\n\n"
           "Good afternoon. It is a pleasure to be here.\n")


def test_a_speechs_salutation_gives_the_guests_posts(tmp_path):
    lines = ("Honourable Chief Executive Mrs Dora Quill,\nMr Tobias Wren, Director of the Riverton Liaison Office,\n"
             "Mr Ivo Stack, Chairman of the Riverton Port Council,\nDistinguished guests,\nLadies and gentlemen,")
    found = people(converted(tmp_path, SALUTED.format(lines=lines)))
    assert found.get("Tobias Wren") == {"director-of-the-riverton-liaison-office"}, found
    assert found.get("Ivo Stack") == {"chairman-of-the-riverton-port-council"}, found
    assert found.get("Dora Quill") == {"chief-executive-of-the-hksar"}, found


def test_lines_with_commas_that_greet_no_room_are_no_salutation(tmp_path):
    lines = "Mr Tobias Wren, Director of the Riverton Liaison Office,\n12 Riverton Road,\nRiverton"
    assert not people(converted(tmp_path, SALUTED.format(lines=lines))).get("Tobias Wren")


def test_a_deputys_title_is_not_shared_with_a_name_that_has_its_own_capitalised_title(tmp_path):
    body = ("The delegation included Vice Mayor Wu Tian and Mr Li Zhenguo, Deputy Secretary-General of the Riverton "
            "Council.\n\nThe Deputy Directors of the Riverton Port Office, Ms Dora Quill and Ms Ada Lamb, met them.\n")
    found = people(converted(tmp_path, body))
    assert found["Li Zhenguo"] == {"deputy-secretary-general-of-the-riverton-council"}, found
    assert "vice-mayor-of-shanghai" in found["Wu Tian"], found


def test_the_citys_and_the_municipal_office_are_the_city_governments(tmp_path):
    body = ("The delegation from Shanghai arrived on Monday.\n\nMs Ada Lamb, Director of the city's Hong Kong and Macao "
            "Affairs Office, spoke. Mr Bo Kettle, Director of the Municipal Hong Kong and Macao Affairs Office, "
            "listened.\n")
    found = people(converted(tmp_path, body))
    office = "director-of-the-hong-kong-and-macao-affairs-office-of-the-shanghai-municipal-gov"
    assert office in str(found["Ada Lamb"]) and office in str(found["Bo Kettle"]), found


def test_a_citys_office_in_a_text_naming_no_such_city_is_not_read_so(tmp_path):
    body = "Ms Ada Lamb, Director of the city's Hong Kong and Macao Affairs Office, spoke in Riverton.\n"
    assert "shanghai" not in str(people(converted(tmp_path, body)).get("Ada Lamb"))
