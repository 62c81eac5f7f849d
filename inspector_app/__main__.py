from inspector_app.cli import main

raise SystemExit(main())
