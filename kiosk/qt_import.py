"""The kiosk's first import of Qt, without PySide6's `__feature__` import hook.

Importing PySide6 replaces `builtins.__import__` with shiboken's
`__feature_import__`, which exists for `from __feature__ import snake_case,
true_property` (the kiosk uses neither). As a side effect every module
imported afterwards, by any import statement, is checked once by
`shibokensupport.feature._mod_uses_pyside`, which reads the module's whole
source with `inspect.getsource` to look for the word "PySide6": about 240
files read, split into lines and kept in `linecache` before the first frame
(roughly a tenth of the import time of the kiosk, and 7 MB).

`import_qt()` imports QtCore (which installs the hook) and puts back the import
function the hook wraps (`builtins.__orig_import__`, PySide6's own lazy-type
import, which still makes `from PySide6.QtX import *` complete). Qt classes
are imported the ordinary way afterwards. Without features, PySide6 falls back
to its default selection for every module, which is what the kiosk uses.
"""

from __future__ import annotations

import builtins

_FEATURE_HOOK = "__feature_import__"


def import_qt() -> bool:
    """Import QtCore and switch the feature hook off; True when it was on. Idempotent."""
    import PySide6.QtCore  # noqa: F401  (installs the hook on the first import)

    # WORKAROUND for PySide6 6.12's __feature__ import hook reading the source
    # of every later-imported module (shibokensupport/feature.py,
    # _mod_uses_pyside -> inspect.getsource; reported for napari's start-up:
    # https://github.com/napari/napari/issues/8584). The hook is only needed
    # for `from __feature__ import ...`, which the kiosk never uses.
    hook = builtins.__import__
    wrapped = getattr(builtins, "__orig_import__", None)
    if getattr(hook, "__name__", "") != _FEATURE_HOOK or wrapped is None:
        return False
    builtins.__import__ = wrapped
    return True


def feature_hook_on() -> bool:
    """Whether PySide6's feature hook is the import function now (for tests)."""
    return getattr(builtins.__import__, "__name__", "") == _FEATURE_HOOK
