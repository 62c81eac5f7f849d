"""The desktop application: the only package that imports PySide6 (DESIGN.md section 2).

Widgets call services and never run SQL; every visible string goes through Qt's translation
system with an explicit context. `inspector_app.gui.app.run` is the entry point.
"""

from inspector_app.gui.shell import pyside_fixes

pyside_fixes.apply()
