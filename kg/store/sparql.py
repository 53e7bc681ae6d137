"""SPARQL text: its comments and strings blanked out (to look at its keywords), and its query form."""
from __future__ import annotations

import re


def strip_comments_and_strings(q: str) -> str:
    q = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', '""', q)
    q = re.sub(r"<[^>\s]*>", "<>", q)
    return re.sub(r"#[^\n]*", "", q)


def query_form(q: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (SELECT when none is found)."""
    body = re.sub(r"^\s*(PREFIX\s+\S*\s*<>|BASE\s*<>)\s*", "", strip_comments_and_strings(q), flags=re.I | re.M)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)
    return m.group(1).upper() if m else "SELECT"
