#!/bin/sh
# A hostile backend (issue 10, #9): a valid credential document of about
# 16 MB whose "x-deep" extension nests 26 deep and holds 8 million values
# (64000 lines of 24 nested arrays around 100 zeros).  Parsed whole, such a
# document cost 8 s and 2 GB against "timeout_ms": 1000.
printf '%s' '{"version": 1, "api_key": "CANARY-API-7f3a9c2e41d8", "x-deep": ['
/usr/bin/yes '[[[[[[[[[[[[[[[[[[[[[[[[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]]]]]]]]]]]]]]]]]]]]]]]],' |
	/usr/bin/head -n 64000
printf '%s\n' '0]}'
