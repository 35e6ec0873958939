"""crosscheck's build backend: setuptools', plus mypyc when the extractor is to be compiled.

`CROSSCHECK_COMPILE=1 pip install .` builds the modules of `crosscheck.extract` compiled with
mypyc (setup.py), for archive-scale extraction: 10-15 % less CPU an article on articles it
has not seen, about a fifth less on the bench's repeated ones (docs/performance-log.md,
"Compiled extractor").  It needs a C compiler and takes a few minutes; an edit to those
sources then takes effect only after installing again.  Without the variable, the package is
pure Python, as the editable install of the README is.  The compiled and the pure modules
extract the same claims (tests/test_compiled.py, run by .ci/run on a compiled wheel).

The only hooks changed are those that say what the build needs: mypy (which ships mypyc)
when compiling.  Everything else is setuptools' own.
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 (every hook not defined below)

# The mypy series the compiled modules were last checked with (mypyc comes with mypy).
MYPYC = "mypy>=2.4.1,<2.5"


def compiling() -> bool:
    """Whether this build compiles the extractor: CROSSCHECK_COMPILE=1 (setup.py asks here)."""
    return os.environ.get("CROSSCHECK_COMPILE", "").strip() == "1"


def _requires(hook, config_settings):  # type: ignore[no-untyped-def]
    # setuptools' hook runs setup.py, before mypyc is installed: it must not compile there.
    compile_ = compiling()
    saved = os.environ.pop("CROSSCHECK_COMPILE", None)
    try:
        requires = list(hook(config_settings))
    finally:
        if saved is not None:
            os.environ["CROSSCHECK_COMPILE"] = saved
    return requires + ([MYPYC] if compile_ else [])


def get_requires_for_build_wheel(config_settings=None):  # type: ignore[no-untyped-def]
    return _requires(_setuptools.get_requires_for_build_wheel, config_settings)


def get_requires_for_build_editable(config_settings=None):  # type: ignore[no-untyped-def]
    return _requires(_setuptools.get_requires_for_build_editable, config_settings)
