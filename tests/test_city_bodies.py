"""A body told by its city and a head word after the text named it in full ("the Deputy Director of the Shanghai
office", "vice-chairwoman of the Shanghai center", "the Director of the Shanghai Bureau"), two bodies joined by
"and" before one's short name in brackets, and speech headers' "the Honourable" and middle initials.

Every sentence is invented; the near misses are the capitalised short name and a city named by no body before.
"""

from rdflib.namespace import SKOS

from conftest import facts
from test_kinds import posts_of

HKMAO = "Hong Kong and Macao Affairs Office of the Shanghai Municipal Government"


def alt_names(f) -> set[tuple[str, str]]:
    return {(str(s).rsplit("/", 1)[-1], str(o)) for (s, p, o) in f.triples if p == SKOS.altLabel and "/org/" in str(s)}


def test_the_city_office_in_lower_case_is_the_office_named_in_the_sentence_before(reference):
    f = facts(reference, "On May 28, the Constitutional and Mainland Affairs Bureau and the Hong Kong and Macao Affairs "
                         "Office of the Shanghai Municipal People's Government held a working meeting. It was co-chaired "
                         "by the Permanent Secretary for Constitutional and Mainland Affairs, Mr Bo Tam, and the Deputy "
                         "Director of the Shanghai office, Ms Ada Quell.")
    assert posts_of(f)["ada-quell"] == {f"Deputy Director of the {HKMAO}"}


def test_the_capitalised_short_name_is_the_bodys_own(reference):
    f = facts(reference, "The Director of the Shanghai Office, Ms Ada Quell, spoke.")
    assert posts_of(f)["ada-quell"] == {"Director of the Hong Kong Economic and Trade Office in Shanghai"}


def test_the_city_centre_is_the_one_with_that_citys_name(reference):
    f = facts(reference, "The Shanghai Harbour Arbitration Center and the Hong Kong Harbour Arbitration Centre signed an "
                         "arrangement. It was signed by Ada Quell, vice-chairwoman of the Shanghai center, and Bo Tam, "
                         "secretary-general of the Hong Kong centre.")
    posts = posts_of(f)
    assert posts["ada-quell"] == {"Vice-Chairwoman of the Shanghai Harbour Arbitration Center"}
    assert posts["bo-tam"] == {"Secretary-General of the Hong Kong Harbour Arbitration Centre"}


def test_the_city_bureau_is_the_bureau_named_before(reference):
    f = facts(reference, "The Financial Services and the Treasury Bureau and the Shanghai Harbour Finance Bureau held a "
                         "meeting. It was co-chaired by the Secretary for Financial Services and the Treasury, Mr Bo Tam, "
                         "and the Director of the Shanghai Bureau, Mr Ada Quell.")
    assert posts_of(f)["ada-quell"] == {"Director of the Shanghai Harbour Finance Bureau"}


def test_a_city_bureau_no_body_named_before_stays_as_written(reference):
    f = facts(reference, "The Director of the Shanghai Bureau, Mr Ada Quell, spoke.")
    assert posts_of(f)["ada-quell"] == {"Director of the Shanghai Bureau"}


def test_the_short_name_after_two_joined_bodies_is_the_seconds(reference):
    f = facts(reference, "On the 7th, Riverton University and The Harbour Polytechnic University (HarbourU) signed an "
                         "agreement; East Bund Group and Harbour Digital Port Management Company Limited (Digiport) "
                         "signed another.")
    assert alt_names(f) == {("harbour-polytechnic-university", "HarbourU"),
                            ("harbour-digital-port-management-company-limited", "Digiport")}


def test_the_honourable_and_middle_initials_in_a_speech_header(reference):
    f = facts(reference, "Speech by the Financial Secretary, the Honourable Paul MP Chan, moving the Second Reading of "
                         "the Appropriation Bill", "Speech by the Secretary for Justice, the Honourable Ada Quell, SC, at "
                         "the forum.")
    posts = posts_of(f)
    assert posts["paul-chan-mo-po"] == {"Financial Secretary"}
    assert posts["ada-quell"] == {"Secretary for Justice"}


def test_the_city_office_after_the_short_names_own_body_is_that_body(reference):
    f = facts(reference, "The Hong Kong and Macao Affairs Office of the Shanghai Municipal People's Government hosted the "
                         "meeting. Also attending were the Director of the Hong Kong Economic and Trade Office in "
                         "Shanghai, Ms Cy Tambor; and the Deputy Director of the Shanghai office, Mr Bo Tam.")
    (post,) = posts_of(f)["bo-tam"]
    assert post.endswith("Economic and Trade Office in Shanghai") and "Macao" not in post
