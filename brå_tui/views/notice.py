"""The notice and the reminders as the app previews them before anything is sent."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from brå_tui.model import Council
from brå_tui.questions.notice import AgendaPoint, Notice, NoticeFollowUp
from brå_tui.questions.reminders import Reminder, Unreachable
from brå_tui.text import NO_OWNER
from brå_tui.views.format import long_date, names, time_span, weekday
from brå_tui.views.meeting import empty, section_title
from brå_tui.views.plain import cell
from brå_tui.views.tables import bulleted, hanging
from brå_tui.views.tables import table as plain_table

INDENT = 3


def point_facts(point: AgendaPoint) -> list[tuple[str, str]]:
    """What is said under an agenda point, as (label, text): presenters, time slot, case number."""
    out = [("Föredragande", names(point.presenters))] if point.presenters else []
    if point.start is not None:
        out.append(("Tid", time_span(point.start, point.end)))
    if point.case_number:
        out.append(("Diarienummer", point.case_number))
    return out


def point_details(point: AgendaPoint) -> list[str]:
    """The lines under an agenda point: 'Föredragande: …', 'Tid: …', 'Diarienummer: …'."""
    return [f"{label}: {text}" for label, text in point_facts(point)]


def due_text(f: NoticeFollowUp) -> str:
    """'2025-02-14', '2025-02-14 (försenad)', or nothing."""
    if f.due is None:
        return ""
    return f"{f.due.isoformat()} (försenad)" if f.overdue else f.due.isoformat()


def notice_view(notice: Notice, council: Council) -> RenderableType:
    """The notice: when and where, the numbered agenda with the follow-ups, who signs it."""
    m = notice.meeting
    when = f"{weekday(m.date)} {long_date(m.date)}"
    if m.start is not None:
        when += f", {time_span(m.start, m.end)}"
    head: list[RenderableType] = [Text.assemble(("Kallelse", "bold"), f" – {council.name}"),
                                  hanging(Text("Tid: ", style="italic"), when)]
    if m.place:
        head.append(hanging(Text("Plats: ", style="italic"), cell(m.place)))
    source = (f"mötesfilen {m.key}" if notice.planned_file
              else "ett nytt möte utgående från det senaste (ingen fil ännu)")
    head.append(Text(f"Dagordningen kommer från {source}.", style="italic"))
    parts: list[RenderableType] = [*head, Text(), section_title("Dagordning")]
    for point in notice.points:
        title = Text(cell(point.title), style="bold")
        if point.standing:
            title.append(" (stående punkt)", style="italic")
        heading = hanging(Text(f"{point.number}. ", style="bold"), title)  # continues under itself, not its number
        body: list[RenderableType] = [hanging(f"{label}: ", text) for label, text in point_facts(point)]
        if point.kind == "followups":
            if point.followups:
                grid = plain_table()
                grid.add_column("Ärende och status", overflow="fold", ratio=3)
                grid.add_column("Ansvariga", overflow="fold", ratio=1)
                grid.add_column("Senast", no_wrap=True)
                for f in point.followups:
                    what = Text(cell(f.title), style="bold")
                    if f.status:
                        what.append(f"\n{cell(f.status)}")
                    grid.add_row(what, names(f.owners) if f.owners else Text(NO_OWNER, style="italic"),
                                 due_text(f) or "–")
                body.append(grid)
            else:
                body.append(empty("Inga öppna uppföljningar."))
        body.extend(bulleted("· ", q) for q in point.questions)
        parts.append(Group(heading, Padding(Group(*body), (0, 0, 0, INDENT))) if body else heading)
    signed = " och ".join(f"{name} ({role})" for name, role in
                          ((notice.chair, "ordförande"), (notice.secretary, "sekreterare")) if name)
    parts += [Text(), Text(f"Utfärdad {long_date(notice.issued)}" + (f" av {signed}" if signed else "") + ".",
                           style="italic")]
    return Group(*parts)


def reminders_view(found: list[Reminder], unreachable: list[Unreachable]) -> RenderableType:
    """Who gets a reminder and of what; who cannot be reached and why."""
    parts: list[RenderableType] = [section_title("Påminnelser")]
    if not found and not unreachable:
        return Group(*parts, empty("Ingen har några öppna uppföljningar."))
    grid = plain_table()
    grid.add_column("Mottagare", overflow="fold", ratio=2)
    grid.add_column("Uppföljningar", overflow="fold", ratio=3)
    for r in found:
        who = Text(r.person.name, style="bold")
        who.append(f"\n{r.person.email}")
        what = Text()
        for n, e in enumerate(r.entries):
            if n:
                what.append("\n")
            if e.overdue:
                what.append("FÖRSENAD", style="bold reverse")
                what.append(" ")
            what.append(e.title)
        grid.add_row(who, what)
    for u in unreachable:
        who = Text(u.written, style="bold")
        who.append(f"\n{u.reason}", style="italic")
        grid.add_row(who, Text("\n".join(e.title for e in u.entries)))
    parts.append(grid)
    if unreachable:
        parts.append(Text(f"{len(unreachable)} ansvariga kan inte nås med e-post; se people.toml.", style="italic"))
    return Group(*parts)
