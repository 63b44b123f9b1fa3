"""The validated graph: building, validating, exporting and loading the dataset."""
