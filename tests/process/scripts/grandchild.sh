#!/bin/sh
# A grandchild keeps stdout open after we answer and exit.
/bin/sleep 300 &
echo "$!" > "$1"
printf '%s\n' '{"version": 1, "api_key": "CANARY-API-7f3a9c2e41d8"}'
exit 0
