"""Import Swedish council minutes, notes and notices (plain text or .docx) into meetings: notes.import_notes
reads the files; source.FORMATS names the kinds of file read."""
