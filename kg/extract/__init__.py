"""Sentences to mentions and facts: gazetteer matching, names, posts, dates, events, areas."""
