#!/bin/sh
# Interactive: prompts on the terminal, reads one line from it and prints
# it as the api key.
printf 'token: ' > /dev/tty
IFS= read -r line < /dev/tty || exit 9
printf '{"version": 1, "api_key": "%s"}\n' "$line"
