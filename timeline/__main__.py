"""``python -m timeline``: the same command line as the ``timeline`` script."""

from .cli import main

raise SystemExit(main())
