"""Who a photo caption puts at an event, read from invented sentences (none comes from a document of the
repository): a caption with no verb of its own ("(From left) A, B and C at the signing ceremony today")
lists people who were there."""

from datetime import date

from test_events_kinds import events

DAY = date(2031, 5, 9)
FORUM = "The Riverton Harbour Forum was held in Shanghai today (May 9), organised by the Riverton Port Council."
SIGNED = "At the forum, the Riverton Ferry Academy and the Lotus Maritime College signed a co-operation agreement at a signing ceremony."


def test_a_from_left_caption_at_the_ceremony(reference):
    found = events(reference, FORUM, SIGNED,
                   "Photo caption: (From left) Mr Tom Grell, Ms Ada Quell and Dr Hal Brody at the signing ceremony today.",
                   published=DAY)
    ceremony = next(e for label, e in found.items() if "igning" in label)
    assert {"tom-grell", "ada-quell", "hal-brody"} <= ceremony["attendees"]


def test_a_titled_caption_with_other_guests(reference):
    found = events(reference, FORUM,
                   "Photo: The Secretary for Tourism, Mr Alan Wexford (centre), and the Mayor of Riverton, Mr Tom Grell "
                   "(third left), with other guests at the Riverton Harbour Forum.", published=DAY)
    assert {"alan-wexford", "tom-grell"} <= found["Riverton Harbour Forum"]["attendees"]


def test_a_caption_with_a_verb_or_at_a_place_is_not_read_here(reference):
    found = events(reference, FORUM,
                   "Photo: Mr Alan Wexford (centre) with Mr Tom Grell at the Riverside Ferry Depot today.",
                   "Photo: Mr Hal Brody said he would come back to the Riverton Harbour Forum.", published=DAY)
    assert not {"alan-wexford", "tom-grell", "hal-brody"} & found["Riverton Harbour Forum"]["attendees"]


def test_a_sentence_of_the_body_is_no_caption(reference):
    found = events(reference, FORUM, "Mr Alan Wexford and Mr Tom Grell at the forum last year agreed to meet again.",
                   published=DAY)
    assert not {"alan-wexford", "tom-grell"} & found["Riverton Harbour Forum"]["attendees"]


def test_a_from_left_line_after_the_caption_that_names_the_event(reference):
    found = events(reference, FORUM, SIGNED,
                   "Photo caption: Officiating guests and signatories at the signing ceremony. (From left) Mr Tom Grell, "
                   "Ms Ada Quell and Dr Hal Brody.", published=DAY)
    ceremony = next(e for label, e in found.items() if "igning" in label)
    assert {"tom-grell", "ada-quell", "hal-brody"} <= ceremony["attendees"]


def test_a_bare_event_only_the_caption_names_may_be_part_of_another(reference):
    found = events(reference, FORUM,
                   "Photo caption: (From left) Mr Tom Grell and Ms Ada Quell at the signing ceremony today.", published=DAY)
    assert not any({"tom-grell", "ada-quell"} & e["attendees"] for e in found.values())
    found = events(reference, FORUM,
                   "Photo caption: (From left) Dr Hal Brody and Mr Alan Wexford at the MoU signing ceremony.", published=DAY)
    assert {"hal-brody", "alan-wexford"} <= found["MoU signing ceremony"]["attendees"]


def test_a_caption_s_present_tense_also_attends_is_at_the_event_just_told(reference):
    call = "This morning (May 9), Mr Tom Grell calls on the Mayor of Riverton, Ms Ada Quell, at the City Hall."
    for second in ("Mr Hal Brody also attends.", "Mr Hal Brody is also present."):
        found = events(reference, call, second, published=DAY)
        assert "hal-brody" in found["Call of Tom Grell on the Mayor of Riverton, Ms Ada Quell"]["attendees"], found
    # the event is named after the verb: not a bare "also attends" of the event just told
    found = events(reference, call, "Mr Hal Brody also attends the gala.", published=DAY)
    assert "hal-brody" not in found["Call of Tom Grell on the Mayor of Riverton, Ms Ada Quell"]["attendees"], found


def test_also_speaking_was_names_a_speaker_of_the_event_just_told(reference):
    talk = "Speaking at a webinar on harbour finance on Monday, Mr Tom Grell said the two ports were partners."
    found = events(reference, talk, "Also speaking was Dr Hal Brody, the society's chairman.", published=DAY)
    assert "hal-brody" in found["Webinar on harbour finance"]["attendees"], found
    # speaking, not said of someone at the event
    found = events(reference, talk, "Speaking was easy, Dr Hal Brody said.", published=DAY)
    assert "hal-brody" not in found["Webinar on harbour finance"]["attendees"], found
