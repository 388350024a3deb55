"""Figures: functions that take a tidy table and return a matplotlib Figure.

The only part of the suite that imports matplotlib. Every figure uses the one style of
``analysis.plotting.style`` and is saved byte-stably by ``save_figure``.
"""

from analysis.plotting.style import empty_figure, new_figure, save_figure

__all__ = ["empty_figure", "new_figure", "save_figure"]
