"""``python -m analysis``: the command line (see ``analysis.cli``)."""

import sys

from analysis.cli import main

if __name__ == "__main__":  # worker processes (Dask, spawn) re-import this module
    sys.exit(main())
