"""A bare "the MoU" two bodies signed is labelled by its parties ("MoU between the A and the B"), so that it is
told from any other MoU; signatories and places are no parties of the label. Invented sentences."""

from conftest import facts
from test_agreements import agreements


def test_two_bodies_sign_a_bare_mou(reference):
    found = agreements(facts(reference, "The Riverton Maritime Council (RMC) and the Eastport Shipping Centre (ESC) signed "
                                        "the MoU on Thursday at the North Building."))
    assert set(found) == {"MoU between the Riverton Maritime Council and the Eastport Shipping Centre"}


def test_people_signing_a_bare_mou_name_no_parties(reference):
    assert set(agreements(facts(reference, "Mr Bo Kettle and Ms Cy Tambor signed the MoU on Thursday."))) == {"MoU"}


def test_an_mou_with_a_topic_keeps_its_own_label(reference):
    found = agreements(facts(reference, "The Riverton Maritime Council and the Eastport Shipping Centre signed a memorandum "
                                        "of understanding on ship finance today."))
    assert set(found) == {"Memorandum of understanding on ship finance"}
