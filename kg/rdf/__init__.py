"""Facts to RDF: the document graphs, the reference graph."""
