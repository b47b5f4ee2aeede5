"""Extraction: one article in, its quotations and resolved speakers out, stage by stage
(reading -> cleaning -> marks -> cues and frames -> attribution -> speakers), driven by
``pipeline``."""
