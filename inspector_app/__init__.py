"""The district inspector's log: a Qt-free core (domain, store, sync, reports, services) under a Qt shell (gui)."""

__version__ = "0.1.0"
