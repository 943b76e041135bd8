#!/bin/sh
# Malformed JSON: the document stops in the middle of line 2.
printf '{"version": 1,\n "api_key": "CANARY-API-7f3a9c2e41d8",\n'
