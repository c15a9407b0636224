"""`make replay-upstream`: replay the official schema's history through the spec watch's decision.

The command (run by path from the Makefile); the code is ``spectools.replay``.
"""

from spectools.replay import main

if __name__ == "__main__":
    raise SystemExit(main())
