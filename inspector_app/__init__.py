"""The district inspector's log.

A Qt-free core (domain, store, sync, reports, services) under a Qt shell (gui).
"""

__version__ = "0.1.0"
