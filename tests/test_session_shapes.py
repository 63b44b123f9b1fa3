"""Plenary sessions told in shapes of features, wire copy and releases: co-chairs in lists and appositions,
"chaired jointly by", a list of sessions going on with "followed" (sess12).

Every sentence is invented (places, years and people are made up or shuffled); each kind has a near miss.
"""

from conftest import facts
from test_session_lists import attendees, sessions

FULL = "The Hong Kong/Shanghai Co-operation Conference is a platform for co-operation."


def test_a_list_of_titled_people_co_hosted_the_session(reference):
    f = facts(reference, "Chief Executive Ann Lo and Shanghai Mayor Bo Kettle co-hosted the ninth plenary session of "
              "the Hong Kong/Shanghai Co-operation Conference in Shanghai on May 9, 2031.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle"}


def test_a_speaker_after_the_session_is_not_a_co_host(reference):
    f = facts(reference, "Chief Executive Ann Lo co-hosted the ninth plenary session of the Hong Kong/Shanghai Co-operation "
              "Conference in Shanghai on May 9, 2031, and Vice Mayor Cy Tambor briefed reporters afterwards.")
    assert attendees(f, 9) == {"ann-lo"}


def test_co_chaired_the_session_with_a_post_and_its_holder(reference):
    f = facts(reference, "The Chief Executive, Ms Ann Lo, co-chaired the Ninth Plenary Session of the Hong Kong/Shanghai "
              "Co-operation Conference with the Mayor of Shanghai, Mr Bo Kettle, in Shanghai today.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle"}


def test_chaired_jointly_by(reference):
    f = facts(reference, "The ninth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Hong "
              "Kong on Wednesday, chaired jointly by Chief Executive Ann Lo and Shanghai Mayor Bo Kettle.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle"}


def test_a_forum_chaired_jointly_is_not_the_session(reference):
    f = facts(reference, FULL, "The Riverton Forum, chaired jointly by Ann Lo and Bo Kettle, met in May 2031.")
    assert attendees(f, 1) == set() and set(sessions(f)) == set()


def test_a_list_of_sessions_going_on_with_followed(reference):
    found = sessions(facts(reference, FULL, "The second plenary session did not take place until May 2031, in Hong Kong.",
                           "The third followed in Shanghai in June 2033, and the fourth was held in Hong Kong in July 2035."))
    assert found == {2: ({"2031-05"}, {"hong-kong"}), 3: ({"2033-06"}, {"shanghai"}), 4: ({"2035-07"}, {"hong-kong"})}


def test_an_ordinal_that_does_not_follow_the_last_session_is_no_list_item(reference):
    found = sessions(facts(reference, FULL, "The second plenary session did not take place until May 2031, in Hong Kong.",
                           "The fourth followed in Shanghai in June 2033."))
    assert set(found) == {2}


def test_a_session_by_its_ordinal_alone_is_left_unread(reference):
    """Dropped after merging: on heldout12 (never read) it found two more session facts and one wrong one."""
    f = facts(reference, FULL, "The fifth session, which was held by video conference in August 2031, was co-chaired by "
              "Chief Executive Ann Lo and Mayor Bo Kettle.")
    assert 5 not in sessions(f)


def test_a_forum_s_session_by_its_ordinal_is_not_the_mechanism_s(reference):
    f = facts(reference, FULL, "The Riverton Forum on green finance opened in Hong Kong on May 3, 2031.",
              "The third session was chaired by Professor Ann Lo.")
    assert 3 not in sessions(f)
    assert 3 not in sessions(facts(reference, "The third session, which was held in Shanghai in May 2031, was chaired by Ann Lo."))


def test_a_trip_from_one_day_to_another_for_the_session_and_its_members(reference):
    f = facts(reference, "The Chief Executive, Ms Ann Lo, will lead a delegation to Shanghai from May 7 to 9 for the Ninth "
              "Plenary Session of the Hong Kong/Shanghai Co-operation Conference, which will be held on May 8.",
              "Members of the delegation include the Financial Secretary, Mr Bo Kettle.", published=__import__("datetime").date(2031, 5, 2))
    assert sessions(f) == {9: ({"2031-05-08"}, {"shanghai"})} and attendees(f, 9) == {"ann-lo", "bo-kettle"}


def test_a_trip_to_prepare_for_the_session_is_not_the_session_s(reference):
    f = facts(reference, "The Chief Executive, Ms Ann Lo, will lead a delegation to Shanghai on May 7 to prepare for the Ninth "
              "Plenary Session of the Hong Kong/Shanghai Co-operation Conference.")
    assert sessions(f)[9][1] == set()


def test_the_speaker_at_the_session_and_whom_the_speech_greets(reference):
    f = facts(reference, "Following is the speech by the Chief Executive, Ms Ann Lo, at the Ninth Plenary Session of the Hong "
              "Kong/Shanghai Co-operation Conference today (May 8): Mayor Kettle (Mayor of Shanghai, Mr Bo Kettle), "
              "distinguished guests, ladies and gentlemen, Good morning.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle"}


def test_a_speech_at_a_luncheon_after_the_session_is_not_at_the_session(reference):
    f = facts(reference, "Following is the speech by the Chief Executive, Ms Ann Lo, at the luncheon after the Ninth Plenary "
              "Session of the Hong Kong/Shanghai Co-operation Conference today (May 8).")
    assert attendees(f, 9) == set()


def test_guests_welcomed_to_a_city_for_the_session(reference):
    f = facts(reference, FULL, "Chief Executive Ann Lo said she was delighted to welcome Mayor Bo Kettle and the Shanghai "
              "delegation to Hong Kong for the ninth plenary session.")
    assert sessions(f)[9][1] == {"hong-kong"} and "bo-kettle" in attendees(f, 9)


def test_guests_welcomed_for_another_event_after_the_session(reference):
    f = facts(reference, FULL, "Chief Executive Ann Lo welcomed Mayor Bo Kettle to Hong Kong for the signing ceremony after "
              "the ninth plenary session.")
    assert sessions(f)[9][1] == set() and "bo-kettle" not in attendees(f, 9)


def test_a_session_by_video_link_with_each_co_chair_in_a_city(reference):
    f = facts(reference, "The Hong Kong/Shanghai Co-operation Conference held its ninth session by video link in mid-August "
              "2031, with Chief Executive Ann Lo in Hong Kong and Mayor Bo Kettle in Shanghai.")
    assert sessions(f) == {9: ({"2031-08"}, set())} and attendees(f, 9) == {"ann-lo", "bo-kettle"}


def test_a_session_co_chaired_with_one_person_in_a_city_is_in_the_city(reference):
    f = facts(reference, "Chief Executive Ann Lo co-chaired the ninth plenary session of the Hong Kong/Shanghai Co-operation "
              "Conference with Mayor Bo Kettle in Shanghai on May 9, 2031.")
    assert sessions(f) == {9: ({"2031-05-09"}, {"shanghai"})}


def test_a_session_some_years_after_the_one_told_before(reference):
    f = facts(reference, FULL, "The fifth plenary session was held by video link in August 2031.",
              "Three years later, the sixth plenary session was held in Hong Kong.",
              "The following year, the seventh plenary session took place in Shanghai.")
    assert sessions(f) == {5: ({"2031-08"}, set()), 6: ({"2034"}, {"hong-kong"}), 7: ({"2035"}, {"shanghai"})}


def test_years_later_after_a_sentence_of_two_years_dates_nothing(reference):
    f = facts(reference, FULL, "The fourth plenary session was held in May 2031, and the forum in June 2033.",
              "Three years later, the fifth plenary session was held in Hong Kong.")
    assert sessions(f)[5] == (set(), {"hong-kong"})


def test_the_latest_round_of_the_mechanism_and_its_ordinal_after_a_comma(reference):
    f = facts(reference, "Hong Kong and Shanghai signed eight agreements on May 9, 2034 at the latest round of the Hong "
              "Kong/Shanghai Co-operation Conference, the sixth since the mechanism was set up in 2003.")
    assert sessions(f) == {6: ({"2034-05-09"}, set())}


def test_the_latest_round_the_first_since_something_else_is_no_first_session(reference):
    f = facts(reference, "Officials met on May 9, 2034 at the latest meeting of the Hong Kong/Shanghai Co-operation "
              "Conference, the first since the pandemic.")
    assert 1 not in sessions(f)


HELD = "The Ninth Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai on May 8, 2031."


def test_those_attending_the_session_from_one_side(reference):
    f = facts(reference, HELD, "Attending the session from the Hong Kong side were the Financial Secretary, Mr Bo Kettle, "
              "and the Secretary for Justice, Mr Cy Tambor.")
    assert attendees(f, 9) == {"bo-kettle", "cy-tambor"}


def test_those_attending_a_banquet_from_one_side_are_not_at_the_session(reference):
    f = facts(reference, HELD, "Attending the banquet from the Hong Kong side were the Financial Secretary, Mr Bo Kettle, "
              "and the Secretary for Justice, Mr Cy Tambor.")
    assert attendees(f, 9) == set()


def test_each_side_led_by_and_a_delegation_to_the_meeting_headed_by(reference):
    f = facts(reference, HELD, "The Hong Kong side was led by the Chief Executive, Ms Ann Lo, and the Shanghai side by "
              "the Mayor of Shanghai, Mr Bo Kettle.", "The Shanghai delegation to the meeting was headed by Vice Mayor Cy Tambor.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle", "cy-tambor"}


def test_a_delegation_led_by_someone_is_not_a_side_at_the_session(reference):
    f = facts(reference, HELD, "A business delegation was led by Mr Bo Kettle.")
    assert attendees(f, 9) == set()


def test_participants_included(reference):
    f = facts(reference, HELD, "Participants included the Financial Secretary, Mr Bo Kettle, and Vice Mayor Cy Tambor.")
    assert attendees(f, 9) == {"bo-kettle", "cy-tambor"}


def test_accompanied_to_the_session(reference):
    f = facts(reference, HELD, "The Chief Executive, Ms Ann Lo, was accompanied to the session by the Financial Secretary, "
              "Mr Bo Kettle.")
    g = facts(reference, HELD, "Accompanying the Chief Executive, Ms Ann Lo, to the session were the Financial Secretary, "
              "Mr Bo Kettle, and the Secretary for Justice, Mr Cy Tambor.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle"} and attendees(g, 9) == {"ann-lo", "bo-kettle", "cy-tambor"}


def test_speeches_at_the_session_and_officials_also_at_it(reference):
    f = facts(reference, HELD, "Both Chief Executive Ann Lo and Mayor Bo Kettle delivered speeches at the session.",
              "Financial Secretary Cy Tambor and Vice Mayor Di Orr were also at the session.")
    assert attendees(f, 9) == {"ann-lo", "bo-kettle", "cy-tambor", "di-orr"}


def test_speeches_at_a_dinner_after_the_session_are_not_at_it(reference):
    f = facts(reference, HELD, "Chief Executive Ann Lo and Mayor Bo Kettle delivered speeches at the dinner after the session.")
    assert attendees(f, 9) == set()


def test_also_on_one_side_and_attendees_on_the_other(reference):
    f = facts(reference, HELD, "Also on the Hong Kong side were the Financial Secretary, Mr Bo Kettle, and the Secretary for "
              "Justice, Mr Cy Tambor.", "On the Shanghai side, attendees included Vice Mayor Di Orr.")
    assert attendees(f, 9) == {"bo-kettle", "cy-tambor", "di-orr"}


def test_the_following_attended_the_session_and_a_delegation_led_by_and_including(reference):
    f = facts(reference, HELD, "The following officials attended the session: Financial Secretary Bo Kettle and Secretary "
              "for Justice Cy Tambor.")
    g = facts(reference, HELD, "The Shanghai delegation, led by Mayor Di Orr, included Vice Mayor Ed Pike and "
              "Secretary-General Flo Quinn.")
    assert attendees(f, 9) == {"bo-kettle", "cy-tambor"} and attendees(g, 9) == {"di-orr", "ed-pike", "flo-quinn"}


def test_a_delegation_on_a_visit_and_those_at_a_dinner_are_not_at_the_session(reference):
    f = facts(reference, "Mayor Di Orr arrived in Hong Kong on May 7, 2031 for a three-day visit.", HELD,
              "The Shanghai delegation, led by Mayor Di Orr, included Vice Mayor Ed Pike.",
              "The following officials attended the dinner: Financial Secretary Bo Kettle.")
    assert attendees(f, 9) & {"ed-pike", "bo-kettle"} == set()


def test_an_ordinal_that_ranks_the_session_told_is_no_session_number(reference):
    f = facts(reference, HELD, "It was the first plenary session held in Shanghai since the pandemic.",
              "Officials called it the first plenary session in five years.")
    assert set(sessions(f)) == {9}


def test_an_ordinal_counted_since_the_mechanism_was_set_up_is_the_number(reference):
    f = facts(reference, "The sixth plenary session since the Hong Kong/Shanghai Co-operation Conference was set up was held in "
              "Hong Kong in April 2034.")
    assert sessions(f) == {6: ({"2034-04"}, {"hong-kong"})}


def test_a_round_of_the_mechanism_is_a_session_but_a_task_force_s_meeting_is_not(reference):
    f = facts(reference, "Hong Kong and Shanghai held the ninth round of the Hong Kong/Shanghai Co-operation Conference in "
              "Shanghai on May 8, 2031.")
    g = facts(reference, "The Hong Kong/Shanghai Co-operation Conference's task force on healthcare held its third meeting in "
              "Hong Kong on May 8, 2031.")
    assert sessions(f) == {9: ({"2031-05-08"}, {"shanghai"})} and sessions(g) == {}


def test_a_task_force_s_meeting_named_with_the_mechanism_is_not_a_session(reference):
    f = facts(reference, "The third meeting of the Hong Kong/Shanghai Co-operation Conference Task Force on Healthcare was "
              "held in Hong Kong on May 8, 2031.")
    assert sessions(f) == {}


def test_a_meeting_to_follow_up_on_a_session_or_a_briefing_on_it_does_not_date_or_place_it(reference):
    f = facts(reference, "Officials met in Hong Kong on Monday, May 12, 2031 to follow up on the ninth plenary session of the "
              "Hong Kong/Shanghai Co-operation Conference.",
              "Mr Bo Kettle briefed lawmakers in Hong Kong on May 14, 2031 on the ninth plenary session.")
    assert sessions(f) == {9: (set(), set())}


def test_the_outcomes_of_a_session_held_somewhere_place_it(reference):
    f = facts(reference, FULL, "The festival is one of the outcomes of the sixth meeting of the Hong Kong-Shanghai "
              "co-operation conference, held in Hong Kong in April 2034.")
    assert sessions(f) == {6: ({"2034-04"}, {"hong-kong"})}


def test_where_someone_said_it_and_a_plan_not_kept_are_not_the_session_s(reference):
    f = facts(reference, "The agreements signed at the ninth plenary session of the Hong Kong/Shanghai Co-operation "
              "Conference are being implemented, Mr Bo Kettle said in Hong Kong today.",
              "The tenth plenary session, originally planned for Shanghai in 2033, was held by video conference in May 2034.")
    assert sessions(f) == {9: (set(), set()), 10: ({"2034-05"}, set())}


def test_what_someone_said_at_a_press_conference_of_a_session_is_no_attendance(reference):
    f = facts(reference, "Chief Executive Ann Lo said at a press conference on Tuesday that the ninth plenary session of the "
              "Hong Kong/Shanghai Co-operation Conference would be held in Hong Kong.")
    assert attendees(f, 9) == set()


def test_travelling_to_a_city_for_the_session(reference):
    f = facts(reference, "Chief Executive Ann Lo visited Hangzhou on May 6, 2031 before travelling to Shanghai for the "
              "ninth plenary session of the Hong Kong/Shanghai Co-operation Conference.")
    assert sessions(f)[9][1] == {"shanghai"} and attendees(f, 9) == {"ann-lo"}


def test_whose_first_session_and_a_second_in_a_row_number_no_session(reference):
    f = facts(reference, HELD, "It was Ms Ann Lo's first plenary session as Chief Executive, and the second plenary session "
              "in a row attended by Mayor Bo Kettle.", "For Vice Mayor Cy Tambor, it was the first plenary session he had attended.")
    assert set(sessions(f)) == {9}


def test_the_conference_s_own_ordinal_session_still_numbers(reference):
    f = facts(reference, FULL, "The Conference's seventh plenary session was held in Shanghai in May 2031.")
    assert sessions(f) == {7: ({"2031-05"}, {"shanghai"})}


def test_an_ordinal_working_meeting_named_with_the_mechanism_is_not_a_session(reference):
    f = facts(reference, "Officials held the second Hong Kong/Shanghai Co-operation Conference working meeting in Shanghai "
              "on May 8, 2031.")
    assert sessions(f) == {}


def test_a_wire_lede_s_session_on_the_dateline_s_day_is_in_the_dateline_s_city(reference):
    day = __import__("datetime").date(2031, 5, 13)
    f = facts(reference, "HONG KONG, May 13 (Xinhua) -- Shanghai and Hong Kong on Tuesday held the ninth plenary session of "
              "the Hong Kong/Shanghai Co-operation Conference, pledging closer ties.", published=day)
    g = facts(reference, "HONG KONG, May 13 (Xinhua) -- Shanghai and Hong Kong on Tuesday held the ninth plenary session of "
              "the Hong Kong/Shanghai Co-operation Conference via video link.", published=day)
    assert sessions(f) == {9: ({"2031-05-13"}, {"hong-kong"})} and sessions(g) == {9: ({"2031-05-13"}, set())}


def test_session_lines_and_table_rows_are_kept_as_statements():
    from kg.text.clean import clean
    kept = clean("The Hong Kong/Shanghai Co-operation Conference has met often.\n\n| Session | Date | Venue |\n|---|---|---|\n"
                 "| 1st | May 2031 | Shanghai |\n| 2nd | June 2033 | Hong Kong |\n\nThird Plenary Session – July 2035 – Shanghai\n\n"
                 "First quarter results\n").paragraphs
    assert kept == ["The Hong Kong/Shanghai Co-operation Conference has met often.",
                    "Session: 1st | Date: May 2031 | Venue: Shanghai.", "Session: 2nd | Date: June 2033 | Venue: Hong Kong.",
                    "Third Plenary Session – July 2035 – Shanghai."]
    headless = clean("The mechanism has held these plenary sessions so far:\n| 1st | May 2031 | Shanghai |\n"
                     "| 2nd | June 2033 | Hong Kong |\n", title="Sessions").paragraphs
    assert headless == ["The mechanism has held these plenary sessions so far:", "1st | May 2031 | Shanghai.",
                        "2nd | June 2033 | Hong Kong."]


def test_a_table_of_sessions_with_their_co_chairs(reference):
    f = facts(reference, FULL, "Its plenary sessions so far:", "1st | May 2031 | Shanghai | Chief Executive Ann Lo, Mayor Bo Kettle.",
              "2nd | June 2033 | Hong Kong | Chief Executive Ann Lo, Mayor Cy Tambor.", "Third Plenary Session – July 2035 – Shanghai.")
    assert sessions(f) == {1: ({"2031-05"}, {"shanghai"}), 2: ({"2033-06"}, {"hong-kong"}), 3: ({"2035-07"}, {"shanghai"})}
    assert attendees(f, 1) == {"ann-lo", "bo-kettle"} and attendees(f, 2) == {"ann-lo", "cy-tambor"}


def test_a_table_of_something_else_numbers_no_session(reference):
    f = facts(reference, FULL, "The forum's panels were these:", "1st | May 2031 | Shanghai | Chief Executive Ann Lo.")
    assert sessions(f) == {}


def test_during_or_at_this_year_s_plenary_the_main_clause_s_people_attend(reference):
    f = facts(reference, HELD, "During the plenary, Financial Secretary Bo Kettle presented a report on finance.",
              "At this year's plenary session, Vice Mayor Cy Tambor spoke on trade.",
              "At the session, which lasted two hours, Vice Mayor Di Orr spoke on ports.")
    assert attendees(f, 9) == {"bo-kettle", "cy-tambor", "di-orr"}


def test_during_a_dinner_the_people_are_not_at_the_session(reference):
    f = facts(reference, HELD, "During a dinner in the evening, Financial Secretary Bo Kettle spoke on finance.")
    assert attendees(f, 9) == set()


def test_at_a_meeting_of_another_body_or_a_speech_at_a_meeting_is_not_at_the_session(reference):
    f = facts(reference, HELD, "Financial Secretary Cy Tambor was at the meeting of the Legislative Council's finance "
              "committee on the same day.")
    g = facts(reference, HELD, "Secretary for Schools Di Orr delivered a speech at the annual general meeting of a school "
              "council in Hong Kong on May 12, 2031.")
    near = facts(reference, HELD, "Secretary for Schools Di Orr delivered a speech at the plenary session.")
    own = facts(reference, HELD, "Secretary for Schools Di Orr was at the session of the Hong Kong/Shanghai Co-operation "
                "Conference.")
    assert attendees(f, 9) == set() and attendees(g, 9) == set() and attendees(near, 9) == {"di-orr"}
    assert attendees(own, 9) == {"di-orr"}


def test_the_following_officials_at_a_working_group_s_meeting_told_since(reference):
    told = "The ferry working group held its second meeting on May 20, 2031."
    f = facts(reference, HELD, told, "The following officials attended the meeting: Secretary for Ferries Cy Tambor and "
              "Secretary for Justice Di Orr.")
    near = facts(reference, HELD, "The following officials attended the meeting: Secretary for Ferries Cy Tambor and "
                 "Secretary for Justice Di Orr.")
    assert attendees(f, 9) == set() and attendees(near, 9) == {"cy-tambor", "di-orr"}


def test_a_side_led_at_an_event_of_its_own_is_not_at_the_session(reference):
    f = facts(reference, HELD, "The Hong Kong side was represented by Chief Executive Ann Lo. On May 9, the Hong Kong side "
              "was led by Secretary for Ferries Cy Tambor at a roundtable with Shanghai enterprises.")
    assert attendees(f, 9) == {"ann-lo"}


def test_a_wire_lede_s_day_of_something_else_puts_no_session_in_the_dateline_s_city(reference):
    day = __import__("datetime").date(2031, 5, 13)
    f = facts(reference, "NINGBO, May 13 (Xinhua) -- Shanghai Mayor Bo Kettle on Tuesday said the ninth plenary session of "
              "the Hong Kong/Shanghai Co-operation Conference had yielded 20 agreements.", published=day)
    g = facts(reference, "SHANGHAI, May 13 (Xinhua) -- Chief Executive Ann Lo on Tuesday met Mayor Bo Kettle, two months "
              "after the ninth plenary session of the Hong Kong/Shanghai Co-operation Conference.", published=day)
    assert sessions(f) == {9: (set(), set())} and sessions(g) == {9: (set(), set())}


def test_officials_said_the_session_would_be_held_in_a_city_keeps_its_place(reference):
    f = facts(reference, FULL, "Ningbo officials said the tenth plenary session would be held in Shanghai but gave no date.")
    assert sessions(f)[10][1] == {"shanghai"}


def test_a_record_line_of_another_body_s_plenary_session_is_no_statement():
    from kg.text.clean import clean
    kept = clean("The Hong Kong/Shanghai Co-operation Conference has met often.\n\nKey dates:\n\n"
                 "Third Plenary Session (21st Party Congress): July 2035, Ningbo\n\n"
                 "Fourth Plenary Session (2037): Shanghai\n").paragraphs
    assert "Fourth Plenary Session (2037): Shanghai." in kept
    assert not any(p.startswith("Third Plenary Session (21st") and p.endswith(".") for p in kept)


def test_with_people_in_places_is_of_a_session_by_video_link_only(reference):
    f = facts(reference, "The ninth plenary session of the Hong Kong/Shanghai Co-operation Conference was held in Shanghai "
              "on May 8, 2031, with Vice Mayor Bo Kettle in Shanghai and Secretary for Justice Di Orr in Ningbo for a "
              "separate engagement.")
    near = facts(reference, "The ninth plenary session of the Hong Kong/Shanghai Co-operation Conference was held by video "
                 "link on May 8, 2031, with Vice Mayor Bo Kettle in Shanghai and Secretary for Justice Di Orr in Hong Kong.")
    assert "di-orr" not in attendees(f, 9) and attendees(near, 9) == {"bo-kettle", "di-orr"}


def test_a_delegation_s_leader_is_not_seated_when_it_includes_no_named_people(reference):
    f = facts(reference, "The ninth plenary session of the Hong Kong/Shanghai Co-operation Conference will be held in Hong "
              "Kong next year.", "The Shanghai delegation, led by Vice Mayor Bo Kettle, included officials who visited the "
              "West Kowloon Cultural District last week.", published=__import__("datetime").date(2031, 5, 2))
    assert attendees(f, 9) == set()


def test_an_ordinal_counted_for_a_person_a_term_or_a_city_since_a_year_numbers_no_session(reference):
    met = "The Hong Kong/Shanghai Co-operation Conference met in Ningbo on May 8, 2031."
    for sentence in ("It was the first plenary session held in Ningbo since 2025.",
                     "It was the second plenary session for Mayor Bo Kettle.",
                     "It was the third plenary session in the current term of government."):
        assert sessions(facts(reference, met, sentence)) == {}, sentence
    near = facts(reference, met, "It was the fourth plenary session, held in Ningbo on May 8, 2031.")
    assert 4 in sessions(near)


def test_two_titled_co_chairs_in_the_house_style():
    """"the Chief Executive, Mr A, and the Mayor of Shanghai, Mr B, co-chaired the ...": both, the title's place and comma
    between them; not A who only spoke of B."""
    from kg.extract.session_people import CHAIR_VERB
    both = CHAIR_VERB.search("On 24 October, the Chief Executive, Mr ⟦person:0⟧, and the Mayor of ⟦place:1⟧, Mr ⟦person:2⟧, "
                             "co-chaired the ninth plenary session.")
    assert "⟦person:0⟧" in both.group("who") and "⟦person:2⟧" in both.group("who")
    one = CHAIR_VERB.search("⟦person:0⟧ said the Mayor of ⟦place:1⟧, Mr ⟦person:2⟧, co-chaired the ninth plenary session.")
    assert "⟦person:0⟧" not in one.group("who")


def test_the_chairs_pattern_fails_fast():
    import time
    from kg.extract.session_people import CHAIR_VERB
    text = "⟦person:0⟧" + ", and the Mayor of ⟦place:1⟧, Mr ⟦person:2⟧" * 300 + " x"
    started = time.perf_counter()
    CHAIR_VERB.search(text)
    assert time.perf_counter() - started < 0.5
