"""`make spec`: merge openapi/sources/*.yaml into the one normalised openapi/sequence.yaml.

The command (run by path from the Makefile, CI and the README); the code is ``spectools.merge``.
"""

from spectools.merge import main

if __name__ == "__main__":
    raise SystemExit(main())
