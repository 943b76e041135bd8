#!/bin/sh
# A complete document, then a failing exit status.
printf '%s\n' '{"version": 1, "api_key": "CANARY-API-7f3a9c2e41d8"}'
exit 3
