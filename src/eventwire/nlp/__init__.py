"""spaCy loading and batching, actor gazetteer and resolution, dates, places."""
