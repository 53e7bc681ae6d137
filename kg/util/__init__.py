"""Helpers every stage may use: atomic files, the garbage collector's setting for bulk work."""
