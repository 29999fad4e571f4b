#!/usr/bin/env python3
"""Kept for old instructions: ``python data/make_synthetic.py`` is ``python -m data.synthgen``.

Python puts this script's folder first on ``sys.path``, so ``synthgen`` imports as it is.
"""

from synthgen.generate import main

if __name__ == "__main__":
    raise SystemExit(main())
