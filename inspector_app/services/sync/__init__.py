"""Sync packages as use cases: device enrolment, export, import, status (DESIGN.md section 4)."""
