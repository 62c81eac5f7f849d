"""Plain data and rules. Imports nothing else of the application."""
