"""Codebook-driven event coder: narrative news text in, ACLED/GDELT-style event rows out."""

__version__ = "0.1.0"
