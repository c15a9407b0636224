"""`make generate` / `make check-generated`: generate generated/sequence_api, or check it is current.

The command (run by path from the Makefile, CI and the README); the code is ``spectools.generate``.
"""

from spectools.generate import main

if __name__ == "__main__":
    raise SystemExit(main())
