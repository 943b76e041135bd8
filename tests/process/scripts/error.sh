#!/bin/sh
# An error document; $1 is the code.  Exit status $2 (default 0).
printf '{"version": 1, "error": {"code": "%s", "message": "vault said no\\u0007 for path secret/dd"}}\n' "$1"
exit "${2:-0}"
