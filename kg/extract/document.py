"""Running every rule over one document's sentences, in reading order."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, XSD

from kg.extract.session_blog import blog_day
from kg.extract.area_agreements import agreement_fields
from kg.extract.area_headings import count_headings, count_section_areas, find_heading_areas, find_section_areas
from kg.extract.area_sections import HEADED, find_area_sections
from kg.extract.area_tables import find_table_areas
from kg.extract.areas import ENUMERATED, AreaMatcher, find_areas
from kg.extract.session_table import table_attendees
from kg.extract.as_titles import find_as_posts, find_my_successor
from kg.extract.context import DocContext, Findings
from kg.extract.dates import find_dates
from kg.extract.dateline_year import dateline_year
from kg.extract.asked_events import asks, events_now, withdraw_asked
from kg.extract.dropped_items import drop_items
from kg.extract.after_meeting import after_meeting, share_meeting_place
from kg.extract.agreements import find_agreements
from kg.extract.appositions import find_appositions
from kg.extract.signings import find_signings
from kg.extract.signing_nouns import find_signing_nouns
from kg.extract.body_held import find_body_held
from kg.extract.games import find_games
from kg.extract.party_signings import find_party_signings
from kg.extract.session_batches import find_session_batches
from kg.extract.event_facts import find_attendance
from kg.extract.events import find_events
from kg.extract.hosts import find_hosts
from kg.extract.hosted_meals import find_hosted_meals
from kg.extract.relative_hosts import find_relative_hosts
from kg.extract.held_with import find_held_with
from kg.extract.drills import find_drills
from kg.extract.gatherings import find_gatherings
from kg.extract.meetings import find_meetings
from kg.extract.plural_meetings import find_plural_meetings
from kg.extract.talks import find_talks
from kg.extract.visit_links import link_visits
from kg.extract.visits import find_visits
from kg.extract.visits_on import find_visits_on
from kg.extract.visit_days import visit_day
from kg.extract.gazetteer import Gazetteer
from kg.extract.headed_by import find_heads
from kg.extract.greetings import greet_later
from kg.extract.length_only import drop_length_only
from kg.extract.repeated_visits import drop_repeated_visits
from kg.extract.restated_agreements import fold_restated_agreements
from kg.extract.restated_events import fold_restated_events
from kg.extract.joined import find_company
from kg.extract.escorts import escorts, escorts_later
from kg.extract.delegation_members import track_delegation
from kg.extract.itinerary import find_group_attendance, find_itinerary, track_day
from kg.extract.background_days import resume_story_day
from kg.extract.mechanism import is_bare
from kg.extract.mentions import View, find_mentions
from kg.extract.briefings import find_briefings
from kg.extract.captions import caption_attendance
from kg.extract.career_clauses import outside_careers
from kg.extract.careers import find_careers
from kg.extract.ceremonies import link_openings, share_openings
from kg.extract.city_titles import find_city_posts
from kg.extract.narrative import date_attended, date_by_name
from kg.extract.narrative_days import narrative_days
from kg.extract.presence import find_presence
from kg.extract.remarks import find_remarks
from kg.extract.told_events import find_told
from kg.extract.conf_names import conference_abbreviations
from kg.extract.orgnames import abbreviations, chinese_names
from kg.extract.panels import featured_panels, find_panellists, share_panellists
from kg.extract.firm_titles import find_firm_titles
from kg.extract.expert_titles import find_expert_titles
from kg.extract.own_titles import find_own_titles
from kg.extract.plural_after import find_plural_after
from kg.extract.lawmakers import find_lawmakers
from kg.extract.informal_titles import find_informal_posts
from kg.extract.initialled import initialled
from kg.extract.firm_short import firm_short_names
from kg.extract.other_meetings import find_other_meetings
from kg.extract.other_plenaries import find_other_plenaries
from kg.extract.other_subjects import others_fields
from kg.extract.programmes import find_programmes
from kg.extract.programme_rows import find_row_events
from kg.extract.notice_blocks import find_notice_fields
from kg.extract.rundown_rows import read_rundown_row, rundown_row
from kg.extract.schedule_rows import find_schedule_rows, row_venue
from kg.extract.unattended import withdraw_attendance
from kg.extract.missions import find_missions
from kg.extract.transcripts import find_transcript, press_speaker, untitled
from kg.extract.posted_days import date_posted
from kg.extract.possessive_days import date_possessives
from kg.extract.bracket_days import date_brackets
from kg.extract.site_meetings import meet_at_site
from kg.extract.tour_hosts import members_on_tour, received_at_site
from kg.extract.delegation_parties import delegation_on_visit, delegation_parties
from kg.extract.arrivals import find_arrivals
from kg.extract.delegation_visits import find_delegation_visits
from kg.extract.title_surname import surname_references
from kg.extract.unreal import unreal_people
from kg.extract.posts import extract_posts, holds, title_references
from kg.extract.service_ranks import find_service_ranks
from kg.extract.department_fields import find_department_fields
from kg.extract.series_items import date_parts, find_series_items
from kg.extract.sessions import conference_iri, extract_sessions, session_at
from kg.extract.history_back import founded_back
from kg.extract.session_chronology import chronology_line
from kg.extract.session_definite import definite_session
from kg.extract.session_finest import keep_finest_dates
from kg.extract.session_own_clause import own_clause
from kg.extract.session_sides import find_sides
from kg.extract.session_ordinal_objects import ordinal_objects
from kg.extract.session_relative import related_sessions
from kg.extract.session_recalled import keep_told
from kg.extract.session_lists import PICKED
from kg.extract.speakers import SPOKEN, address_by, speaker_of, speaker_turn
from kg.extract.speech_occasions import TITLE as SPEECH_TITLE, find_speech_occasion
from kg.extract.stays import find_stays
from kg.extract.tables import find_table_row
from kg.extract.session_factbox import factbox_follows, factbox_row
from kg.namespaces import DEFAULT_BASE
from kg.reference import Reference
from kg.text.sentences import Sentence

# A speech's heading names its speaker: "Following is the speech by the Secretary for Justice, Mr Paul Lam, at ...".
SPEAKER = re.compile(r"^(?:Following\s+is|Below\s+is|This\s+is)\s+(?:the\s+)?(?:full\s+text\s+of\s+the\s+)?"
                     r"(?:(?:speech|remarks|address|opening\s+remarks|keynote\s+speech|welcome\s+remarks)"
                     r"|a\s+question\s+by\s+[^.;]{0,120}?\s+and\s+an?\s+(?:written\s+)?reply)\s+(?:delivered\s+)?by\s+"
                     r"[^.;⟦]{0,80}?⟦person:(?P<p>\d+)⟧")


@lru_cache(maxsize=4)
def matchers(reference: Reference) -> tuple[Gazetteer, AreaMatcher]:
    """The compiled name and area patterns of a reference, built once and shared."""
    return Gazetteer(reference), AreaMatcher(reference)


def _abbreviations(ctx: DocContext) -> dict[str, URIRef]:
    """Short titles ("CE", "CS") to the person this document says holds that post."""
    out: dict[str, URIRef] = {}
    for post in ctx.reference.posts:
        post_iri = ctx.iri("post", post.id)
        holders = ctx.findings.subjects(ORG.holds, post_iri)
        for title in post.bare_titles:
            if title.isupper() and len(set(holders)) == 1:
                out[title] = holders[0]
    return out


def _known_headings(sentences: list[Sentence], matcher: AreaMatcher) -> int:
    """Numbered headings that are wholly a known area: only a list with one ("1. Finance") has new areas among
    its headings ("2. Elderly care"); a news round-up's headlines ("1. Typhoon signal likely") are none."""
    labels = [m.group("label") for s in sentences if (m := ENUMERATED.match(s.text))]
    return sum(1 for label in labels if any(f[0] == 0 and f[1] == len(label) for f in matcher.find(label)))


def _names_conf(gazetteer, title: Sentence | None) -> bool:
    """Whether the title names the mechanism in full (not "the Conference"): the body may then speak only of its sessions."""
    return title is not None and any(m.kind == "conf" and not is_bare(m.surface) for m in gazetteer.find(title.text))


def extract(sentences: list[Sentence], *, title: Sentence | None, published: date | None,
            doc: URIRef, reference: Reference, base: str = DEFAULT_BASE,
            signature: Sentence | None = None, paragraph_dates: dict[int, date] | None = None,
            ahead: set[int] | None = None, headings: dict[int, str] | None = None) -> Findings:
    """All findings of a document. The title is read last, once the body has named its people; a
    signature ("Kevin Yeung, Secretary for ...", one of the sentences) first, so that "I" is its signatory.
    A paragraph headed by a date of its own (a caption in a photo gallery) is on that day; one of ``ahead``
    (an item under "Upcoming events") looks ahead; ``headings`` are the short headings above paragraphs."""
    gazetteer, areas = matchers(reference)
    ctx = DocContext(reference=reference, sentences=sentences, published=published,
                     findings=Findings(doc=doc), base=base)
    ctx.headings = sum(1 for s in sentences if ENUMERATED.match(s.text))
    ctx.known_headings = _known_headings(sentences, areas) if ctx.headings >= 2 else 0
    ctx.headed = sum(1 for s in sentences if HEADED.match(s.text))
    ctx.list_headings = count_headings([s.text for s in sentences])
    ctx.section_heads = dict(headings or {})
    ctx.section_areas = count_section_areas(ctx.section_heads, areas)
    ctx.titled_conf = _names_conf(gazetteer, title := untitled(title))
    order = list(sentences) + ([title] if title is not None else [])
    if signature is not None:  # the signatory is known before the body says "I"
        signed = find_mentions(signature, gazetteer, ctx)
        ctx.author = next(iter(signed.people(signed.masked)), None)
    if ctx.author is None and title is not None and title.text.startswith(SPOKEN):  # a speech's heading as its title
        ctx.author = address_by(find_mentions(title, gazetteer, ctx))
    year = None if published is not None else dateline_year([s.text for s in order])
    last_paragraph, ahead = None, ahead or set()
    for sentence in order:
        if sentence is title and ctx.speech_occasion and SPEECH_TITLE.match(title.text): break  # the heading told it
        view = find_mentions(sentence, gazetteer, ctx)
        if ctx.author is None and (speech := SPEAKER.search(view.masked)):
            ctx.author = view.mention(speech.group("p")).ref  # "Following is the speech (a question ... and a reply) by X": X is "I"
        elif ctx.author is None and sentence.index < 3:
            ctx.author = address_by(view)  # "Address by the Chief Executive, the Hon X, at ...": X is "I"
        abbreviations(ctx, view)
        chinese_names(ctx, view)
        initialled(ctx, view)
        firm_short_names(ctx, view)
        conference_abbreviations(ctx, view)
        resume_story_day(ctx, sentence.paragraph)
        own_day = (paragraph_dates or {}).get(sentence.paragraph)
        opens = sentence.paragraph != last_paragraph
        if own_day is not None and opens:
            ctx.day = Literal(own_day.isoformat(), datatype=XSD.date)  # a caption's day, from the line above it
        opens, last_paragraph = sentence.paragraph != last_paragraph, sentence.paragraph
        dates = find_dates(sentence.text, own_day or published, year=year, ahead=sentence.paragraph in ahead) \
            or narrative_days(sentence.text, ctx.day) \
            or visit_day(sentence.text, ctx)
        dates = outside_careers(sentence.text, dates)
        _read_posts(ctx, view)
        view = surname_references(ctx, title_references(ctx, view))
        if opens and sentence.paragraph >= 0:
            view = _speaker_line(ctx, view, gazetteer)
        if (turn := speaker_turn(ctx, view, opens)) is not None:  # the speaker is "I": read again, label aside
            view = surname_references(ctx, title_references(ctx, find_mentions(turn, gazetteer, ctx)))
        ctx.views.append((sentence, view, dates))
        if find_table_row(ctx, view) or factbox_row(ctx, view):
            continue  # a session's row: its cells are no events, visits or areas
        _read_asked(ctx, view, dates, areas)
    _read_whole(ctx, paragraph_dates or {})
    return ctx.findings


def _read_posts(ctx: DocContext, view: View) -> None:
    """The posts a sentence says its people hold, in every shape the rules know."""
    view = unreal_people(view)
    extract_posts(ctx, view)
    find_as_posts(ctx, view)
    find_my_successor(ctx, view)
    find_careers(ctx, view)
    find_city_posts(ctx, view)
    find_heads(ctx, view)
    find_informal_posts(ctx, view, holds)
    find_firm_titles(ctx, view)
    find_expert_titles(ctx, view)
    find_own_titles(ctx, view)
    find_plural_after(ctx, view)
    find_lawmakers(ctx, view)
    find_service_ranks(ctx, view)
    find_department_fields(ctx, view)


def _read_whole(ctx: DocContext, paragraph_dates: dict[int, date]) -> None:
    """What only the whole document tells: visits implied by their parts, dates shared across sentences."""
    members_on_tour(ctx)
    delegation_parties(ctx)
    link_visits(ctx)
    escorts_later(ctx)
    delegation_on_visit(ctx)
    share_panellists(ctx)
    date_attended(ctx)
    date_posted(ctx, paragraph_dates)
    date_parts(ctx)
    share_openings(ctx)
    share_meeting_place(ctx)
    date_by_name(ctx)
    greet_later(ctx)
    drop_length_only(ctx)
    drop_repeated_visits(ctx)
    fold_restated_agreements(ctx)
    fold_restated_events(ctx)
    keep_finest_dates(ctx)


def _read_company(ctx: DocContext, view: View, hits: list) -> None:
    """Who else was there: a group, a caption's people, those who joined or accompanied someone; and who was not."""
    find_told(ctx, view, hits)
    caption_attendance(ctx, view, hits)
    find_group_attendance(ctx, view, hits)
    find_company(ctx, view, hits)
    escorts(ctx, view)
    withdraw_attendance(ctx, view, hits)


def _speaker_line(ctx: DocContext, view: View, gazetteer: Gazetteer) -> View:
    """A transcript's speaker line ("Secretary for Tourism: I visited ..."): who "I" is from here on; a
    questioner's line ("Reporter: ...") makes "I" nobody until the next paragraph."""
    told, speaker = speaker_of(ctx, view)
    if told and speaker is not None:
        press_speaker(ctx, view, speaker)
    if not told and ctx.interrupted is None:
        return view
    if not told:
        speaker, ctx.interrupted = ctx.interrupted, None
    else:
        ctx.interrupted = ctx.interrupted or ctx.author if speaker is None else None
    if speaker == ctx.author:
        return view
    ctx.author = speaker
    return surname_references(ctx, title_references(ctx, find_mentions(view.sentence, gazetteer, ctx)))


def _read_asked(ctx: DocContext, view: View, dates: list, areas: AreaMatcher) -> None:
    """A sentence's events, those a question names taken back (:mod:`kg.extract.asked_events`)."""
    before = events_now(ctx) if asks(view) else None
    _read_events(ctx, view, dates, areas)
    if before is not None:
        withdraw_asked(ctx, before)


def _read_events(ctx: DocContext, view: View, dates: list, areas: AreaMatcher) -> None:
    """A sentence's sessions, visits, events, signings, attendance, agreements and areas, in the order each
    needs the others: attendance after the events it attends, areas after the events they are discussed at."""
    if (row := rundown_row(view)) is not None and read_rundown_row(ctx, view, dates, row):
        return
    if row_venue(ctx, view):
        return
    drop_items(ctx, view)
    sessions = _read_sessions(ctx, view, dates)
    conf_at = max(view.masked.find("⟦conf"), 0)
    track_delegation(ctx, view)
    find_visits(ctx, view, dates, _abbreviations)
    find_visits_on(ctx, view, dates)
    find_stays(ctx, view, dates)
    find_delegation_visits(ctx, view, dates)
    hits = find_events(ctx, view, dates)
    hits += find_games(ctx, view, dates)
    hits += find_appositions(ctx, view, dates, hits)
    hits += find_row_events(ctx, view, dates, hits)
    hits += find_notice_fields(ctx, view, dates, hits)
    hits += find_schedule_rows(ctx, view, dates, hits)
    hits += find_transcript(ctx, view, dates, hits) + find_speech_occasion(ctx, view, dates, hits)
    _read_holders(ctx, view, dates, hits)
    find_series_items(ctx, view)
    find_other_meetings(ctx, view, dates)
    find_programmes(ctx, view, dates)
    link_openings(ctx, view, hits)
    find_meetings(ctx, view, dates)
    find_plural_meetings(ctx, view, dates)
    find_talks(ctx, view, dates)
    after_meeting(ctx, view, find_signings(ctx, view, dates) + find_party_signings(ctx, view, dates) + find_signing_nouns(ctx, view, dates)
                + find_session_batches(ctx, view, dates))
    if view.sentence.paragraph >= 0:
        find_itinerary(ctx, view, dates)
        find_briefings(ctx, view, dates)
        meet_at_site(ctx, view, hits)
        received_at_site(ctx, view)
    find_attendance(ctx, view, hits, [(iri, conf_at) for iri in sessions if iri not in ctx.sessions_aside])
    table_attendees(ctx, view)
    featured_panels(ctx, view, hits)
    find_panellists(ctx, view, hits)
    hits += find_hosts(ctx, view, hits, dates)
    hits += find_hosted_meals(ctx, view, dates, hits) + find_drills(ctx, view, dates, hits)
    hits += find_gatherings(ctx, view, dates, hits)
    hits += find_body_held(ctx, view, dates, hits)
    find_relative_hosts(ctx, view, hits)
    named = [(h.iri, h.start) for h in hits] + [(iri, ctx.session_starts.get(iri, session_at(view))) for iri in sessions]
    find_presence(ctx, view, named)
    find_remarks(ctx, view, named, dates)
    _read_company(ctx, view, hits)
    find_sides(ctx, view, [h.iri for h in hits] + sessions)
    ordinal_objects(ctx, view, dates, sessions)
    find_missions(ctx, view, dates)
    track_day(ctx, view, dates)
    _read_areas(ctx, view, areas, [h.iri for h in hits], sessions)


def _read_sessions(ctx: DocContext, view: View, dates: list) -> list:
    """The sessions a sentence names or tells of, with what they settle for the sentences after it."""
    before, last = ctx.last_event("session"), ctx.last_event()
    sessions = extract_sessions(ctx, view, dates)
    own_clause(ctx, view, dates, sessions)
    related_sessions(ctx, view, dates)
    founded_back(ctx, view, dates, conference_iri(ctx))
    keep_told(ctx, view, (before, last), sessions, recalled=PICKED.match(view.masked) is not None)
    chronology_line(ctx, view, sessions)
    factbox_follows(ctx, view)
    definite_session(ctx, view, dates, sessions)
    blog_day(ctx, view)
    return sessions


def _read_holders(ctx: DocContext, view: View, dates: list, hits: list) -> None:
    """What a sentence says of the events it names: another pair's plenary among them, the day a possessive gives,
    who holds them, who arrives."""
    hits.extend(find_other_plenaries(ctx, view, dates, hits))
    date_possessives(ctx, view, dates, hits)
    date_brackets(ctx, view, dates, hits)
    find_held_with(ctx, view, hits)
    find_arrivals(ctx, view, hits)


def _read_areas(ctx: DocContext, view: View, areas: AreaMatcher, events: list, sessions: list) -> None:
    """The agreements a sentence tells, and the areas it names, linked to its events and sessions."""
    agreement_fields(ctx, view, areas, find_agreements(ctx, view, events))
    if others_fields(ctx, view):
        return  # another pair's conference's fields
    find_areas(ctx, view, areas, sessions + events)
    find_area_sections(ctx, view, areas)
    find_heading_areas(ctx, view, areas)
    find_section_areas(ctx, view, areas)
    find_table_areas(ctx, view, areas)
