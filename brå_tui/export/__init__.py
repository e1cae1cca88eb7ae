"""Finished notes out: a meeting as a document, the schedule as a calendar, views as pictures."""
