#!/bin/sh
# Answers and exits while three grandchildren write to stderr without end
# (their pids go to $1).
/usr/bin/yes spam >&2 &
p1=$!
/usr/bin/yes spam >&2 &
p2=$!
/usr/bin/yes spam >&2 &
echo "$p1 $p2 $!" > "$1"
printf '%s\n' '{"version": 1, "api_key": "CANARY-API-7f3a9c2e41d8"}'
exit 0
