"""setuptools' script, for the one thing pyproject.toml cannot say: the compiled extractor.

With CROSSCHECK_COMPILE=1 the modules of `crosscheck.extract` are compiled with mypyc, which
the build backend (build_backend/crosscheck_build.py) then adds to the build's requirements;
otherwise the package is pure Python.  Everything else about the package is in
pyproject.toml.
"""

import sys
from pathlib import Path

from setuptools import setup

# The backend's own test of CROSSCHECK_COMPILE (its folder is on the path of a build, not
# always of `python setup.py`).
sys.path.insert(0, str(Path(__file__).resolve().parent / "build_backend"))
from crosscheck_build import compiling  # noqa: E402


def compiled_modules() -> list:
    if not compiling():
        return []
    from mypyc.build import mypycify

    sources = sorted(
        str(path)
        for path in Path("src/crosscheck/extract").glob("*.py")
        if path.name != "__init__.py"
    )
    # The build environment has mypy but not crosscheck's dependencies: their types are
    # unknown there, so only the compiled modules' own errors count (the checks of the whole
    # code are CI's `mypy`, with everything installed).
    options = ["--follow-imports=silent"]
    return mypycify(options + sources, opt_level="3", group_name="crosscheck_extract")


setup(ext_modules=compiled_modules())
