"""Serving the built dataset over the SPARQL 1.1 protocol, with the YASGUI page."""
