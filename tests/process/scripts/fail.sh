#!/bin/sh
# Non-zero exit with a noisy stderr that leaks a token and escape codes.
printf 'vault: login failed\033[31m for token CANARY-TOK-9f8e7d6c5b4a3f2e1d0c\n' >&2
printf 'vault: permission denied on secret/dd\n' >&2
exit 3
