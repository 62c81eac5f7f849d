"""SQLite (encrypted with SQLCipher) through sqlite-utils. The only package that runs SQL."""
