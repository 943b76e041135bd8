#!/bin/sh
# Instructions per operation, from callgrind (repeatable, unlike wall time):
#   bench/callgrind.sh BUILD_DIR [N]
# Runs each bench_core `_only` case N times (default 100000) under callgrind,
# counting only the measured loop (--toggle-collect=measured_*: context
# set-up and the first, resolving apply stay out), and prints the public
# call's inclusive instructions per operation (the sink's included) and
# clock_gettime calls per operation.  The environment is
# fixed (env -i, plus the DD_* values bench_core sets itself): getenv cost
# grows with the size of the environment.
set -eu
build=${1:?usage: bench/callgrind.sh BUILD_DIR [N]}
n=${2:-100000}
out=$(mktemp -d /tmp/credplug-callgrind-XXXXXX)
trap 'rm -rf "$out"' EXIT

# case, then the public call whose inclusive cost is reported
for run in apply_only:credplug_apply apply_headers_only:credplug_apply \
	apply_default_only:credplug_apply \
	resolve_only:credplug_resolve headers_buf_only:credplug_headers_buf \
	headers_json_only:credplug_headers; do
	c=${run%%:*} fn=${run#*:}
	env -i PATH=/usr/bin:/bin HOME=/nonexistent \
		valgrind --tool=callgrind --callgrind-out-file="$out/$c.cg" \
		--toggle-collect='measured_*' \
		"$build/bench/bench_core" "$c" "$n" >/dev/null 2>"$out/$c.log" ||
		{ cat "$out/$c.log" >&2; exit 1; }
	ir=$(callgrind_annotate --inclusive=yes "$out/$c.cg" |
		awk -v fn="$fn" '$0 ~ (":" fn " ") { gsub(",", "", $1); print $1; exit }')
	awk -v n="$n" -v what="$c" -v fn="$fn" -v ir="${ir:-0}" '
		/^(c?fn)=\(/ {
			id = $0; sub(/^c?fn=\(/, "", id); sub(/\).*/, "", id)
			name = $0; sub(/^[^)]*\) ?/, "", name)
			if (name != "") names[id] = name
			if ($0 ~ /^cfn=/) callee = names[id]
		}
		/^calls=/ {
			k = $0; sub(/^calls=/, "", k); sub(/ .*/, "", k)
			if (callee ~ /clock_gettime/) clocks += k
			callee = ""
		}
		END {
			printf "%-20s %-17s %8.1f instructions/op %7.4f clock_gettime/op\n",
				what, fn, ir / n, clocks / n
		}' "$out/$c.cg"
done
