"""``python -m data.synthgen``: regenerate ``data/synthetic/pages.jsonl.gz``."""

from .generate import main

raise SystemExit(main())
