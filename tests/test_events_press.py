"""Press events of a transcript: the speakers its speaker lines give attend; the event a media session comes
before is not attended for it; a transcript's title names the event, not "CE at media session" (invented text,
none from a document of the repository, each with a near miss)."""

from conftest import event_attendees, event_starts, page_graph


PRESS = ("The Chief Executive, Mr Alan Brookfield, the Secretary for Commerce and Economic Development, Mr Carl Dunmore, "
         "and the Mayor of Riverton, Mr Zhou Lianbo, attended the Riverton Trade Forum today (March 20).\n\n"
         "{heading}\n\n"
         "Chief Executive: Good afternoon. The forum went well.\n\n"
         "Secretary for Commerce and Economic Development: The next forum will be held in Riverton next year.\n\n"
         "Reporter: When will it open?\n")


def test_a_press_transcripts_speaker_line_attends_the_press_event(tmp_path):
    body = PRESS.format(heading="Following is the transcript of the joint press conference held after the forum today (March 20):")
    found = event_attendees(page_graph(tmp_path, body, title="Transcript of joint press conference"))
    assert "carl-dunmore" in found["Joint press conference"], found


def test_a_transcript_of_no_press_event_gives_its_speakers_no_event(tmp_path):
    body = PRESS.format(heading="Following is the transcript of an interview given to a radio programme today (March 20):")
    found = event_attendees(page_graph(tmp_path, body, title="Transcript of radio interview"))
    assert not any("carl-dunmore" in people for label, people in found.items() if "forum" not in label.lower()), found



def test_the_meeting_a_media_session_comes_before_is_not_attended_for_it(tmp_path):
    body = ("Following is the transcript of remarks by the Chief Executive, Mr Alan Brookfield, at a media session before "
            "the Riverton Council meeting today (March 20):\n\nChief Executive: Good morning. We will discuss the budget.\n")
    found = event_attendees(page_graph(tmp_path, body, title="Transcript of remarks by CE at media session before RC meeting"))
    assert found.get("Media session") == {"alan-brookfield"}, found
    assert found.get("Riverton Council meeting") == set(), found


def test_a_media_session_after_a_meeting_gives_both_its_speakers(tmp_path):
    body = ("Following is the transcript of remarks by the Chief Executive, Mr Alan Brookfield, at a media session after "
            "the Riverton Trade Forum today (March 20):\n\nChief Executive: Good afternoon. The forum went well.\n")
    found = event_attendees(page_graph(tmp_path, body, title="Transcript of remarks by CE at media session after forum"))
    assert "alan-brookfield" in found.get("Riverton Trade Forum", set()), found


def test_a_transcripts_title_names_no_event_of_its_speaker(tmp_path):
    body = ("Following is the transcript of remarks by the Chief Executive, Mr Alan Brookfield, at a media session before "
            "the Riverton Council meeting today (March 20):\n\nChief Executive: Good morning. We will discuss the budget.\n")
    graph = page_graph(tmp_path, body, title="Transcript of remarks by CE at media session before RC meeting (with video)")
    labels = set(event_attendees(graph))
    assert not any(label.lower().startswith(("ce at", "transcript")) for label in labels), labels
    assert event_starts(graph), labels
