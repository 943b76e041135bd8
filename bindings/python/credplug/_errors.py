"""Exceptions: one class per kind a caller handles differently."""

from . import _lib


class Error(Exception):
    """A credplug call failed.

    .status  the negative status the C call returned (docs/bindings.md)
    .code    its name, e.g. "CREDPLUG_EDESTINATION" (None for a status this
             binding's library does not know)
    .detail  the context's detail text (never a secret)
    """

    def __init__(self, status, detail=None):
        self.status = status
        name = _lib.lib().credplug_status_name(status)
        self.code = name.decode() if name else None
        if not detail:
            detail = _lib.lib().credplug_strerror(status).decode("utf-8", "replace")
        self.detail = detail
        super().__init__("%s (%s): %s" % (self.code or "CREDPLUG_E?", status, detail))


class DestinationError(Error):
    """CREDPLUG_EDESTINATION: the URL is not an allowed origin; nothing was sent."""


class NoCredentialError(Error):
    """CREDPLUG_ENOCRED: strict mode and no credential satisfies the endpoint."""


class ConfigError(Error):
    """CREDPLUG_ECONFIG: the configuration is malformed or missing."""


class PermissionError(Error):  # noqa: A001 - credplug.PermissionError, not the builtin
    """CREDPLUG_EDENIED: unsafe permissions or ownership."""


class InvalidCredentialError(Error):
    """CREDPLUG_EINVALID: a credential is present but broken (e.g. whitespace)."""


class RejectedError(Error):
    """CREDPLUG_EREJECTED: the server rejected the same credential again."""


_BY_STATUS = {
    -8: DestinationError,
    -7: NoCredentialError,
    -3: ConfigError,
    -6: PermissionError,
    -5: InvalidCredentialError,
    -13: RejectedError,
}


def make(status, detail=None):
    return _BY_STATUS.get(status, Error)(status, detail)
