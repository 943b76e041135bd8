#!/bin/sh
# Hangs: records its pid and its child's pid in $1, then waits forever.
/bin/sleep 300 &
echo "$$ $!" > "$1"
wait
