"""E-mails as collections keep them: header blocks, forwarded messages, ">" quotes, sign-offs and signatures
(invented text, each with a near miss)."""

from kg.text.clean import clean
from kg.text.emails import plain_email

FORWARDED = ("From: Jo Lam <jo@example.org>\nSent: Tuesday, 14 May 2036 09:12\nTo: Working Group\n"
             "Subject: FW: Harbour Newsletter\n\nFYI.\n\n---------- Forwarded message ---------\n"
             "From: Secretariat <sec@example.org>\nDate: Mon, 13 May 2036 at 17:40\nSubject: Harbour Newsletter\n\n"
             "> Dear Members,\n>\n> A delegation of the Riverton Chamber, led by its\n> Chairman, Mr Alan Brookfield, "
             "visited Eastport\n> on 9 May 2036 and called on the Mayor, Ms Ada Quell.\n>\n> Best regards,\n"
             "> Amy Cheung\n> Secretariat\n> Tel: +852 2555 0000\n")


def test_a_forwarded_message_reads_as_its_text_with_no_header_or_signature():
    cleaned = clean(FORWARDED)
    assert cleaned.title is None or not any(mark in cleaned.title for mark in ("@", "From", "Subject", "Harbour Newsletter"))
    assert cleaned.published is None  # the day a message was sent is not the text's
    assert ("A delegation of the Riverton Chamber, led by its Chairman, Mr Alan Brookfield, visited Eastport on 9 May 2036 "
            "and called on the Mayor, Ms Ada Quell.") in cleaned.paragraphs, cleaned.paragraphs
    assert not any(">" in p or "@" in p or "Amy Cheung" in p for p in cleaned.paragraphs), cleaned.paragraphs


def test_a_text_with_a_from_line_alone_or_a_few_quoted_lines_is_no_email():
    text = "From: the Secretary's blog\n\nThe Mayor visited the port today.\n> a note\n"
    assert plain_email(text) == text
    arrows = "Profits rose:\n> 5% in Riverton\n> 3% in Eastport\n\nThe Mayor met the Secretary today. They agreed.\nA.\nB.\nC."
    assert plain_email(arrows) == arrows


def test_a_sign_off_takes_its_short_lines_not_the_next_paragraph():
    text = ("From: A\nSubject: News\n\nThe Mayor met the Secretary today.\n\nRegards,\nJo Lam\n\n"
            "The next meeting will be held in Riverton on 3 June.")
    out = plain_email(text)
    assert "Jo Lam" not in out and "The next meeting will be held in Riverton on 3 June." in out


RECEIVED = ("From: \"Riverton Chamber\" <news@example.org>\nTo: members@example.org\nDate: Wed, 14 May 2036 09:12:44 +0800\n"
            "Subject: Chamber News | May 2036\nMIME-Version: 1.0\n\n"
            "The Chamber's mission called on the Mayor of Eastport, Ms Ada Quell, yesterday (13 May).\n\n"
            "Mr Alan Brookfield wrote to us after the mission:\n\n> I joined the Chamber's visit to the Eastport port\n"
            "> on 12 May with the Harbour Master.\n")


def test_an_emails_short_quoted_note_is_read_without_its_marks():
    cleaned = clean(RECEIVED)
    assert cleaned.published is None  # the day a message was sent is not the text's
    assert not any(">" in p or "@" in p or "Subject" in p for p in cleaned.paragraphs), cleaned.paragraphs
    assert any("visit to the Eastport port on 12 May" in p for p in cleaned.paragraphs), cleaned.paragraphs
