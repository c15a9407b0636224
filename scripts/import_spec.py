"""`make import SRC=...`: import published OpenAPI material into openapi/sources/, verbatim.

The command (run by path from the Makefile, CI and the README); the code is ``spectools.import_sources``.
"""

from spectools.import_sources import main

if __name__ == "__main__":
    raise SystemExit(main())
