#!/bin/sh
# Endless output: the provider must stop at max_output and kill us.
exec /usr/bin/yes '{"version": 1, "api_key": "CANARY-API-7f3a9c2e41d8"}'
