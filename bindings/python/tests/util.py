"""Shared by the tests: the library under test and environment isolation."""

import contextlib
import os

CRED_ENV = ("DD_API_KEY", "DD_APP_KEY", "DD_BEARER_TOKEN", "DD_SITE",
            "DD_API_KEY_FILE", "DD_APP_KEY_FILE", "DD_BEARER_TOKEN_FILE", "CREDPLUG_CONFIG")


@contextlib.contextmanager
def environ(**values):
    """Exactly `values` for the credential variables, restored afterwards."""
    saved = {k: os.environ.get(k) for k in CRED_ENV + tuple(values)}
    for k in CRED_ENV:
        os.environ.pop(k, None)
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
