"""kg/extract/context.py by_surname: a family name alone is the person of that name the last paragraphs named in
full where only one was (a roundup's items tell of their own people); else the one a sentence first led with.
Invented text."""

from conftest import event_attendees, page_graph


def test_a_family_name_alone_is_the_one_the_item_just_named(tmp_path):
    body = ("1. Finance week (May 2)\n\nMr Ada Quell Wing-yee opened the finance week in Riverton.\n\n"
            "2. Shipping forum (May 9)\n\nMs Bea Quell Mei-ling opened the shipping forum.\n\n"
            "3. Talks (May 17)\n\nMayor Cy Dunn met Quell and her delegation in Eastport on May 17.\n")
    found = [people for label, people in event_attendees(page_graph(tmp_path, body, title="Moments")).items()
             if "Dunn" in label]
    assert found and all("bea-quell-mei-ling" in people and "ada-quell-wing-yee" not in people for people in found)

