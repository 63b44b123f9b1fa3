"""hksh-kg: a knowledge graph of the Hong Kong/Shanghai Co-operation Conference mechanism.

The package follows the data flow: ``kg.text`` (documents → clean text → sentences),
``kg.extract`` (sentences → mentions and facts), ``kg.rdf`` (facts → one named graph per document),
``kg.graph`` (build, validate, export) and ``kg.serve`` (the SPARQL endpoint).
"""

__version__ = "0.1.0"
