"""A news release of a non-government body with no front matter: its place-and-date line stands under a masthead,
a breadcrumb, a title and a subtitle ("Hong Kong, 21 August 2031"), lower than the first lines a page's date is
looked for in, and dates its "today". Invented pages; near miss: a place-and-date line below the first sentence."""

from kg.convert import convert

from conftest import event_fields

RELEASE = ("RIVERTON EXCHANGE | Home > News > 2031\n\nNEWS RELEASE\n\nRiverton Exchange and Lotus Exchange Sign MoU\n"
           "Agreement witnessed by two mayors\n\nHong Kong, 21 August 2031\n\n"
           "The Riverton Exchange today signed a memorandum with the Lotus Exchange. The signing ceremony was held today at "
           "the Harbour Hall.\n")


def _events(tmp_path, body: str) -> dict[str, dict]:
    path = tmp_path / "release.txt"
    path.write_text(body)
    return event_fields(convert(path))


def test_a_place_and_date_line_under_the_titles_dates_the_release(tmp_path):
    assert _events(tmp_path, RELEASE)["Signing ceremony"]["start"] == {"2031-08-21"}


def test_a_place_and_date_line_below_the_first_sentence_does_not(tmp_path):
    body = RELEASE.replace("Hong Kong, 21 August 2031\n\n", "") + "\nHong Kong, 21 August 2031\n\nMore follows below here.\n"
    assert _events(tmp_path, body).get("Signing ceremony", {}).get("start", set()) != {"2031-08-21"}
