"""Reference data: state names and adjectives, stop words."""
