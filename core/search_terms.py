"""What a search backend is given: plain words, never operators or quotes."""

import re

MAX_TERMS = 12


def search_terms(query):
    """The words of a query, without operators or quotes that some backends would parse."""
    return " ".join(re.findall(r"\w+", query)[:MAX_TERMS])
