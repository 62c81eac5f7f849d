"""PDF reports rendered from report models (plain data) with reportlab (DESIGN.md section 5)."""
