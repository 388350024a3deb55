"""Pytest set-up for the whole repository (tests/ and the doctests in analysis/).

The extraction modules run compiled (``analysis/compiled.py``): importing ``analysis/quotes.py``
gives a module whose ``__file__`` is its compiled form. Pytest, collecting the doctests of
``quotes.py``, would stop at that difference ("import file mismatch"); the variable below is
pytest's own switch for a module file that is not the path it collected.
"""

import os

os.environ["PY_IGNORE_IMPORTMISMATCH"] = "1"
