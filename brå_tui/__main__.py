"""Run `python -m brå_tui` as the `bra` command."""

from brå_tui.cli.main import main

raise SystemExit(main())
