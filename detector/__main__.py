"""``python -m detector``: the same CLI as the ``detector`` command."""

from .cli import main

if __name__ == "__main__":
    main()
