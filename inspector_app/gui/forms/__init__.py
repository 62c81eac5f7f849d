"""Compiled Qt Designer forms (packaging/compile_forms.py). Do not edit."""
