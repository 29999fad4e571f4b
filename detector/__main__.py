"""``python -m detector``: the same CLI as the ``detector`` command."""

from .app.cli import main

if __name__ == "__main__":
    main()
