"""declutter: clean scraped news text, with offsets, reasons and confidence.

>>> import declutter
>>> declutter.clean("Harga cabai naik lagi di pasar induk hari ini.\\nHalaman 2").text
'Harga cabai naik lagi di pasar induk hari ini.'
"""

from __future__ import annotations

from .api import clean, clean_html
from .errors import DeclutterError, InputError, InputTypeError, LanguageError, SettingsError
from .profile import Profile, ProfileError
from .result import KINDS, CleanResult, Paragraph, Removal, Signal
from .settings import DEFAULTS, Settings

__version__ = "0.1.0"

__all__ = [
    "DEFAULTS", "KINDS", "CleanResult", "DeclutterError", "InputError", "InputTypeError",
    "LanguageError", "Paragraph", "Profile", "ProfileError", "Removal", "Settings", "SettingsError",
    "Signal", "__version__",
    "clean", "clean_html",
]
