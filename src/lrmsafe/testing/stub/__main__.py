"""``python -m lrmsafe.testing.stub``: serve until SIGTERM/SIGINT (see :func:`.process.main`)."""

from __future__ import annotations

import sys

from lrmsafe.testing.stub.process import main

if __name__ == "__main__":
    sys.exit(main())
