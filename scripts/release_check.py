"""`make release-check`: rehearse a release (version, CHANGELOG, sdist and wheel, a fresh-venv
quickstart) without uploading anything. The code is ``spectools.release``.
"""

from spectools.release import main

if __name__ == "__main__":
    raise SystemExit(main())
