"""Sync packages: format, signing, encryption, merge, import and export (DESIGN.md section 4)."""
