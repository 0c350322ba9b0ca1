"""Tables compiled once: the gazetteer of names and the many-pattern matchers."""
