"""Ranks of courts, engineers, uniformed services and museums, and the shapes releases give them in: "Mr Justice
A and Madam Justice B, Permanent Judges of X" (a plural title after several names), "the Presiding Judge of the
Y Division", "Ms C, Senior Engineer, Z Office" on a bulleted line, "the Corps' Commander", "the Commission's
Deputy Director" (the body named in full before), "the Chief Curator of the Riverton museum".

Every sentence is invented; each kind has a near miss.
"""

from conftest import facts
from test_kinds import posts_of


def test_judges_styled_mr_and_madam_justice_share_a_plural_title(reference):
    f = facts(reference, "Joining her were Mr Justice Bo Kettle and Madam Justice Cy Tambor, Permanent Judges of the "
                      "Riverton Court of Appeal; and the Chief Judge of the Eastport High Court, Mr Justice Dan Orwell.")
    held = posts_of(f)
    assert held["bo-kettle"] == held["cy-tambor"] == {"Permanent Judge of the Riverton Court of Appeal"}
    assert held["dan-orwell"] == {"Chief Judge of Eastport High Court"}


def test_a_plural_title_with_no_body_makes_no_post(reference):
    f = facts(reference, "Mr Bo Kettle and Ms Cy Tambor, Permanent Judges, attended.")
    assert not {"bo-kettle", "cy-tambor"} & set(posts_of(f))


def test_a_presiding_judge_and_a_court_numbered(reference):
    f = facts(reference, "The delegation included the Presiding Judge of the Second Civil Division of the Eastport High "
                      "Court, Ms Ada Quell, and the President of the Eastport No. 2 Intermediate Court, Mr Bo Tam.")
    held = posts_of(f)
    assert held["ada-quell"] == {"Presiding Judge of the Second Civil Division of the Eastport High Court"}
    assert held["bo-tam"] == {"President of Eastport No. 2 Intermediate Court"}


def test_engineers_on_a_bulleted_programme_under_a_sub_heading(reference, tmp_path):
    from kg.convert import convert
    from rdflib.namespace import ORG, RDFS
    doc = tmp_path / "papers.txt"
    doc.write_text("The Riverton Water Office (RWO) hosted the meeting today.\n\nPapers were presented in two sessions:\n\n"
                   "Session 1 - Networks\n  - \"Leak detection\", by Mr Bo Kettle, Senior Engineer, RWO\n"
                   "  - \"Digital twins\", by Dr Cy Tambor, Chief Engineer, Eastport Water Group Company Limited\n\n"
                   "The meeting closed at noon.\n", encoding="utf-8")
    g = convert(doc, reference=reference)
    held = {(str(s).rsplit("/", 1)[-1], str(g.value(o, RDFS.label))) for s, o in g.subject_objects(ORG.holds)}
    assert ("bo-kettle", "Senior Engineer of the Riverton Water Office") in held
    assert ("cy-tambor", "Chief Engineer of Eastport Water Group Company Limited") in held


def test_an_engineer_with_no_body_holds_no_post(reference):
    assert "bo-kettle" not in posts_of(facts(reference, "Mr Bo Kettle, an engineer, said the pipes were old."))


def test_a_corps_possessive_and_a_commission_named_in_full_before(reference):
    f = facts(reference, "The delegation visited the Shanghai Coastal Rescue Corps and was received by the Corps' "
                      "Commander, Mr Bo Kettle.",
              "Ms Quell met the Director of the Eastport Municipal Commission of Housing and Rural Development, Mr Dan "
              "Orwell. Also present was the Commission's Deputy Director, Ms Cy Tambor.")
    held = posts_of(f)
    assert held["bo-kettle"] == {"Commander of Shanghai Coastal Rescue Corps"}
    assert held["cy-tambor"] == {"Deputy Director of the Eastport Municipal Commission of Housing and Rural Development"}


def test_a_city_and_a_common_noun_name_the_body_told_before_never_the_city_government(reference):
    f = facts(reference, "Mr Bo Kettle, Chief Curator of the Shanghai museum, spoke.",
              "The President of the Shanghai Pudong Marine Institute, Mr Dan Orwell, and Ms Cy Tambor, Vice President "
              "of the Shanghai institute, signed.")
    held = posts_of(f)
    assert "bo-kettle" not in held
    assert [label.endswith("Pudong Marine Institute") for label in held["cy-tambor"]] == [True]


def test_a_theatre_after_a_city_is_no_person(reference):
    f = facts(reference, "It was signed by the General Manager of the Shanghai Lotus Grand Theatre, Ms Ada Quell.")
    held = posts_of(f)
    assert held["ada-quell"] == {"General Manager of Shanghai Lotus Grand Theatre"}
    assert "lotus-grand-theatre" not in held



def test_a_roster_line_names_a_principal_and_a_partner_of_a_firm_of_solicitors(reference):
    f = facts(reference, "The panel included Ms Ada Quell, Principal, Riverton Grammar College, and Mr Bo Tam, Partner, "
                         "Tam Kwok Solicitors.", "Mr Cy Tambor, Principal, said the school was new.")
    held = posts_of(f)
    assert held["ada-quell"] == {"Principal of Riverton Grammar College"}
    assert held["bo-tam"] == {"Partner of Tam Kwok Solicitors"}
    assert "cy-tambor" not in held
