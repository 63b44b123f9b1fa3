"""kg/extract/context.py by_surname: a family name alone is the person of that name the last paragraphs named in
full where only one was (a roundup's items tell of their own people), unless one of them led the text's first
sentences (a release's own official); else the one a sentence first led with. Invented texts."""

from conftest import event_attendees, page_graph


def test_a_family_name_alone_is_the_one_the_item_just_named(tmp_path):
    body = ("The year brought many visits. Here are three of them. Each had its own guests.\n\n1. Finance week (May 2)\n\nMr Ada Quell Wing-yee opened the finance week in Riverton.\n\n"
            "2. Shipping forum (May 9)\n\nMs Bea Quell Mei-ling opened the shipping forum.\n\n"
            "3. Talks (May 17)\n\nMayor Cy Dunn met Quell and her delegation in Eastport on May 17.\n")
    found = [people for label, people in event_attendees(page_graph(tmp_path, body, title="Moments")).items()
             if "Dunn" in label]
    assert found and all("bea-quell-mei-ling" in people and "ada-quell-wing-yee" not in people for people in found)



def test_the_releases_own_official_keeps_the_family_name(tmp_path):
    body = ("Mr Ada Quell Wing-yee visited the Riverton Expo today.\n\nHe toured the pavilions.\n\n"
            "He spoke with the exhibitors.\n\n"
            "He then met Ms Bea Quell Mei-ling, Chairman of the Eastport Film Council.\n\n"
            "Quell then visited the Tianzi Lane in the afternoon.\n")
    found = [people for label, people in event_attendees(page_graph(tmp_path, body, title="Visit")).items()
             if "Tianzi" in label]
    assert found and all("ada-quell-wing-yee" in people and "bea-quell-mei-ling" not in people for people in found)
