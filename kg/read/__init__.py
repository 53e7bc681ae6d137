"""Reading: files and folders, decoding, HTML and Markdown, metadata, language, sentences and tokens.

:func:`read_article` turns one file into an :class:`Article`; :func:`discover` finds the article files
under folders; :mod:`kg.read.text` splits a body into sentences and tokens.
"""
from .article import Article
from .files import SUFFIXES, article_id, discover, read_article

__all__ = ["Article", "SUFFIXES", "article_id", "discover", "read_article"]
