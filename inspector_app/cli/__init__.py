"""`inspector-app`: the command line (DESIGN.md section 7).

Exit status: 0 done; 1 `verify` found damage, or an internal error; 2 refused (bad input, wrong
password, a role that may not); 3 partly done. Data goes to stdout (tab-separated or JSON, fixed
English status words); one line for a person goes to stderr, in the user's language, never a
traceback. With no subcommand the desktop application opens.
"""

from inspector_app.cli.app import COMMANDS, build_parser, main
from inspector_app.cli.context import REPORT_KINDS, default_db_path, log_path

__all__ = ["COMMANDS", "REPORT_KINDS", "build_parser", "default_db_path", "log_path", "main"]
