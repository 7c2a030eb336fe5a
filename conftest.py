"""Collected before the suite: modules of an optional extra are left out of --doctest-modules
where the extra is not installed (their tests skip with a reason instead)."""

from importlib.util import find_spec

EXTRA_MODULES = {"dask": "src/declutter/dask.py", "datatrove": "src/declutter/datatrove.py"}

collect_ignore = [path for module, path in EXTRA_MODULES.items() if find_spec(module) is None]
