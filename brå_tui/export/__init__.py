"""Finished notes out: the meeting as a document (md, html, txt, docx), the schedule as a calendar, views as pictures."""
