#!/bin/sh
# Prints its key on stderr (no digits: the token heuristic cannot catch
# it), then a document carrying the same key that is rejected: an unknown
# top-level key ($1 = bogus), or JSON cut short ($1 = truncated).
echo "helper: fetched CANARY-LEAK-kqzvwxyplmtr for app CANARY-LEAK-app-qwerty" >&2
if [ "$1" = truncated ]; then
	printf '%s\n' '{"version": 1, "api_key": "CANARY-LEAK-kqzvwxyplmtr", "app_key": "CANARY-LEAK-app-qwerty"'
else
	printf '%s\n' '{"version": 1, "api_key": "CANARY-LEAK-kqzvwxyplmtr", "app_key": "CANARY-LEAK-app-qwerty", "bogus": 1}'
fi
