#!/bin/sh
# A document whose lifetime is given in $1 (an RFC 3339 time).
printf '{"version": 1, "pat": "CANARY-PAT-c4e8a1b7d2f9", "expires_at": "%s"}\n' "$1"
