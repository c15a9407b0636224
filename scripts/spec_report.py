"""`make spec-report`: what a spec update does to the SDK's users, in one Markdown page.

The command (run by path from the Makefile, CI and the README); the code is ``spectools.report``.
"""

from spectools.report import main

if __name__ == "__main__":
    raise SystemExit(main())
