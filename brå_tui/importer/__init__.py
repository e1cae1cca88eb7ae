"""Import Swedish council minutes, notes and notices (plain text or .docx) into meetings: notes.import_notes
reads the files. Only what names the kinds of file is here, so that the app can name them without loading the
importer."""

# The kinds of file an import reads, as the app names them: text (UTF-8, or Windows-1252 as Word saves it),
# Markdown (.md, .markdown) and Word (.docx).
FORMATS = (".txt", ".md", ".docx")
