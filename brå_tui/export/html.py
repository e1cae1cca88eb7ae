"""The meeting as a web page: the Markdown document rendered by markdown-it-py (which Rich depends on)."""

from __future__ import annotations

from html import escape

_STYLE = """body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.45}
table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"""


def to_html(markdown: str, title: str) -> str:
    """A complete UTF-8 HTML page from the Markdown; raw HTML in the notes is shown as text, never run."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return (f'<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n")
