"""Errors raised by declutter. Every message says what to do next."""

from __future__ import annotations


class DeclutterError(Exception):
    """Base class of every error declutter raises on purpose."""


class InputError(DeclutterError, ValueError):
    """The input cannot be cleaned as given (too long, not text)."""


class InputTypeError(InputError, TypeError):
    """The input is not a ``str`` (for example ``bytes``)."""


class LanguageError(DeclutterError, ValueError):
    """An unknown language code was asked for."""


class SettingsError(DeclutterError, ValueError):
    """A setting name or value is not valid."""


class ProfileError(DeclutterError, ValueError):
    """A site profile that cannot be read or learnt: a bad file (not UTF-8, invalid JSON,
    wrong types, numbers out of range, newer version) or learning parameters out of range."""


BYTES_ERROR_TEXT = (
    "declutter.clean() takes str, not bytes. Decode the bytes first, for example "
    "text = data.decode('utf-8') (or data.decode('utf-8', errors='replace') for bad bytes)."
)
