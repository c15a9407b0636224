"""`make update-spec`: fetch Sequence's published API reference, update the SDK when it changed.

The command (run by path from the Makefile, CI and the README); the code is ``spectools.update``.
"""

from spectools.update import main

if __name__ == "__main__":
    raise SystemExit(main())
