"""The notice (kallelse) as a document in the council's style: md, html, txt or docx."""

from __future__ import annotations

from brå_tui.export.layout import Line, agenda_facts, to_text
from brå_tui.export.markdown import HARD_BREAK, escape
from brå_tui.export.parts import owners_text, tid
from brå_tui.export.words import join_names
from brå_tui.model import Council
from brå_tui.questions.notice import AgendaPoint, Notice, NoticeFollowUp
from brå_tui.text import NO_OWNER, printable, quoted
from brå_tui.views.format import long_date

FORMATS = ("md", "html", "txt", "docx")
OVERDUE_MARK = "försenad"


def notice_title(council: Council, notice: Notice) -> str:
    """'Kallelse Lokala Brå 2025-02-14'."""
    return f"Kallelse {council.short_name} {notice.meeting.date.isoformat()}".replace("  ", " ")


def default_filename(notice: Notice, fmt: str) -> str:
    """'kallelse-2025-02-14.docx'."""
    return f"kallelse-{notice.meeting.key}.{fmt}"


def point_details(point: AgendaPoint) -> list[str]:
    """The lines under an agenda item: presenters, time slot, case number."""
    presenters = [f"Föredragande: {join_names(point.presenters)}"] if point.presenters else []
    return presenters + agenda_facts(point)


def due_text(f: NoticeFollowUp) -> str:
    """'2025-02-14', '2025-02-14 (försenad)', or nothing."""
    if f.due is None:
        return ""
    return f"{f.due.isoformat()} ({OVERDUE_MARK})" if f.overdue else f.due.isoformat()


def issued_line(council: Council, notice: Notice) -> str:
    """'Avesta kommun den 29 november 2026' (or 'Den 29 november 2026')."""
    where = council.municipality.strip()
    day = long_date(notice.issued)
    return f"{where} den {day}" if where else f"Den {day}"


def signatures(notice: Notice) -> list[tuple[str, str]]:
    """(name, role) of those who sign the notice: the chair and the secretary, when known."""
    return [(name, role) for name, role in ((notice.chair, "ordförande"), (notice.secretary, "sekreterare")) if name]


def notice_lines(notice: Notice, council: Council) -> list[Line]:
    """The notice as lines for the text and Word documents."""
    meeting = notice.meeting
    out = [Line("title", "Kallelse"), Line("blank"), Line("subtitle", council.name), Line("blank"),
           Line("field", f"Tid:\t{tid(meeting)}")]
    if meeting.place:
        out.append(Line("field", f"Plats:\t{meeting.place}"))
    out += [Line("blank"), Line("heading", "Ärenden:"), Line("blank")]
    for point in notice.points:
        out.append(Line("itemtitle", f"{point.number}. {point.title}"))
        out.extend(Line("text", f"\t{detail}") for detail in point_details(point))
        if point.kind == "followups":
            if point.followups:
                out.append(Line("header", cells=["Ärende", "Status", "Ansvariga", "Senast"]))
                out.extend(Line("row", cells=[f.title, f.status, owners_text(f.owners) or NO_OWNER, due_text(f)])
                           for f in point.followups)
            else:
                out.append(Line("text", "\tInga öppna uppföljningar."))
        out.extend(Line("text", f"\t· {q}") for q in point.questions)
        out.append(Line("blank"))
    out += [Line("blank"), Line("text", issued_line(council, notice)), Line("blank")]
    for name, role in signatures(notice):
        out += [Line("text", name), Line("text", role), Line("blank")]
    return out


def notice_markdown(notice: Notice, council: Council) -> str:
    """The notice as Markdown (the HTML document is rendered from it)."""
    meeting = notice.meeting
    when = [f"**Tid:** {escape(tid(meeting))}"] + ([f"**Plats:** {escape(meeting.place)}"] if meeting.place else [])
    out = ["# Kallelse", "", f"## {escape(council.name)}", "", HARD_BREAK.join(when), "", "## Ärenden", ""]
    for point in notice.points:
        out += [f"### {point.number}. {escape(point.title)}", ""]
        details = point_details(point)
        if details:
            out += [HARD_BREAK.join(f"*{escape(d)}*" for d in details), ""]
        if point.kind == "followups":
            if point.followups:
                out += ["| Ärende | Status | Ansvariga | Senast |", "|---|---|---|---|"]
                for f in point.followups:
                    cells = [f.title, f.status, owners_text(f.owners) or NO_OWNER, due_text(f)]
                    out.append("| " + " | ".join(escape(c).replace("\n", " ") for c in cells) + " |")
                out.append("")
            else:
                out += ["Inga öppna uppföljningar.", ""]
        if point.questions:
            out += [f"- {escape(q)}" for q in point.questions]
            out.append("")
    out += [escape(issued_line(council, notice)), ""]
    for name, role in signatures(notice):
        out += [f"{escape(name)}{HARD_BREAK}{escape(role)}", ""]
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


class NoticeFormatError(Exception):
    """A notice that cannot be made in the format asked for; the message is one sentence for the user."""


def render_notice(notice: Notice, council: Council, fmt: str) -> bytes:
    """The notice in a format: md, html, txt (UTF-8) or docx; control characters from files shown, never carried."""
    notice, council = printable(notice), printable(council)
    if fmt == "md":
        return notice_markdown(notice, council).encode("utf-8")
    if fmt == "html":
        from brå_tui.export.html import to_html

        return to_html(notice_markdown(notice, council), notice_title(council, notice)).encode("utf-8")
    if fmt == "txt":
        return to_text(notice_lines(notice, council)).encode("utf-8")
    if fmt == "docx":
        try:
            from brå_tui.export.word import to_docx
        except ImportError:
            raise NoticeFormatError("För .docx behövs python-docx; installera bra som README visar.") from None
        return to_docx(notice_lines(notice, council), notice_title(council, notice), council)
    raise NoticeFormatError(f"Okänt format {quoted(fmt)}; välj bland {', '.join(FORMATS)}.")
