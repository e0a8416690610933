"""``python -m crossfoot``: the command line, as the ``crossfoot`` script runs it."""

from crossfoot.app.cli import main

raise SystemExit(main())
