#!/bin/sh
# Plain-value helpers ("output": "value", test_process_value.c): what
# password managers print.  Builtins only: the provider passes no PATH.
case "$1" in
one) printf 'hunter2-Secret\n' ;;
bare) printf 'hunter2-Secret' ;; # no line ending, as `secret-tool lookup`
two)
	printf 'hunter2-Secret\nlogin: alice-Metadata\n'
	printf 'helper: read hunter2-Secret for alice-Metadata\n' >&2
	;;
empty) ;;
blank) printf '\nlogin: alice-Metadata\n' ;;
newline) printf '\r\n' ;;
crlf) printf 'hunter2-Secret\r\n' ;;
cr)
	printf 'hunter2\rSecret\n'
	printf 'helper: read hunter2\rSecret\n' >&2
	;;
space) printf 'hunter2-Secret \n' ;;
exit1)
	printf 'Error: dd/api_key is not in the password store.\n' >&2
	exit 1
	;;
counter)
	# Each run prints a new value: rotated-value-1, -2, ...
	n=0
	[ -f "$2" ] && read -r n <"$2"
	n=$((n + 1))
	printf '%d\n' "$n" >"$2"
	printf 'rotated-value-%d\n' "$n"
	;;
*) exit 64 ;;
esac
