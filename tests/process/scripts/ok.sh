#!/bin/sh
# Success: a full document with an expiry, and a line on stderr.
echo "dd-creds: fetched lease 42" >&2
printf '%s\n' '{"version": 1, "api_key": "CANARY-API-7f3a9c2e41d8", "app_key": "CANARY-APP-5b6e0d9f2a17",
 "pat": "CANARY-PAT-c4e8a1b7d2f9", "expires_at": "2099-01-01T01:00:00+01:00", "x-lease": "42"}'
