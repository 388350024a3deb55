"""Build: compile the per-document extraction modules with Cython (DESIGN "Scale").

Everything else about the package is in ``pyproject.toml``. Cython turns each module named
in ``analysis.compiled.COMPILED`` into a C extension, unchanged: same code, same records, about
a fifth faster per document (``benchmarks/README.md``). The extensions are optional: where no
C compiler is found the build goes on and the package runs from its Python source.
``analysis.compiled`` says which modules run compiled and loads a module from source when its
source is newer than its compiled form (edited since the last install).
"""

import os
import runpy

from Cython.Build import cythonize
from setuptools import Extension, setup

COMPILED = runpy.run_path("analysis/compiled.py")["COMPILED"]

DIRECTIVES = {
    "language_level": 3,
    "binding": True,  # functions keep their signatures for help(), inspect and Jupyter
    "autotestdict": False,  # doctests are collected once, from the source (pytest)
}
"""Cython compiler directives: the source's Python semantics, nothing typed by hand."""

extensions = [
    Extension(f"analysis.{name}", [f"analysis/{name}.py"], optional=True) for name in COMPILED
]

setup(
    ext_modules=cythonize(extensions, compiler_directives=DIRECTIVES, build_dir="build/cython",
                          quiet=True),
    options={"build_ext": {"parallel": os.cpu_count() or 1}},
)
