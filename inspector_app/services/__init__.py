"""Use cases shared by the GUI and the CLI. The only way to change data; roles are checked here."""
