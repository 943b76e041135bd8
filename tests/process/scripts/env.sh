#!/bin/sh
# Passes only if nothing but the allowlist came through (HOME and
# CP_TEST_NOT_ALLOWED are set in the test's own environment) and stdin is
# /dev/null; prints the allowed variable as the api key.
[ -z "$CP_TEST_NOT_ALLOWED" ] || exit 11
[ -z "$HOME" ] || exit 12
[ "$(/usr/bin/readlink /proc/$$/fd/0)" = /dev/null ] || exit 13
printf '{"version": 1, "api_key": "%s"}\n' "$CP_TEST_ALLOWED"
