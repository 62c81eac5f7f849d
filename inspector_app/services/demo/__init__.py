"""Demonstration data: villages, households, residents and years of an inspector's records."""
