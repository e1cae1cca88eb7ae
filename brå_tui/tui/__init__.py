"""The full-screen Textual app: the only part of bra that imports Textual."""
