#!/bin/sh
# A short-lived credential broker: every run mints lease n+1 valid for
# CP_LEASE_SECONDS (default 4) and counts itself in $CP_LEASE_DIR/count.
n=$(( $(cat "$CP_LEASE_DIR/count" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$CP_LEASE_DIR/count"
exp=$(date -u -d "@$(( $(date +%s) + ${CP_LEASE_SECONDS:-4} ))" +%Y-%m-%dT%H:%M:%SZ)
printf '{"version": 1, "api_key": "LEASE-API-%04d-0123456789", "pat": "LEASE-PAT-%04d-0123456789", "expires_at": "%s"}\n' \
  "$n" "$n" "$exp"
