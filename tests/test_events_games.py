"""Sports games named as such (kg/extract/games.py): invented releases, each with a near miss."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def test_games_held_somewhere_on_days_are_an_event_there(reference):
    body = "In sports, the Third Riverton-Lakeside Youth Games were held in Hong Kong from 3 to 6 May 2031.\n"
    games = found(reference, body).get("Third Riverton-Lakeside Youth Games")
    assert games is not None and games["start"] == ["2031-05-03"] and games["places"] == {"hong-kong"}, found(reference, body)


def test_the_games_open_with_their_ceremony_and_the_games_said_back(reference):
    body = ("The opening ceremony of the Second Riverton-Lakeside Youth Games was held this evening (May 6) at the "
            "Riverton Stadium. The Games are jointly organised by the Riverton Sports Bureau and the Lakeside Sports "
            "Commission, and run until Sunday (May 11).\n")
    games = found(reference, body).get("Second Riverton-Lakeside Youth Games")
    assert games is not None and games["start"] == ["2031-05-06"], found(reference, body)
    assert games["organisers"] == {"riverton-sports-bureau", "lakeside-sports-commission"}, games


def test_games_not_named_or_never_told_are_no_event(reference):
    body = ("The Games are jointly organised by the Riverton Sports Bureau. The previous Games were held in Hong Kong "
            "in 2029. Young people play video games at the Riverton Stadium.\n")
    assert not any("Games" in label or "games" in label for label in found(reference, body)), found(reference, body)


def test_a_long_line_of_capitalised_words_is_read_fast():
    import time

    from kg.extract.games import NAME
    line = " ".join(["Riverton-Lakeside Inter-City Youth"] * 400) + " games"
    started = time.process_time()
    assert NAME.search(line) is None
    assert time.process_time() - started < 1.0
