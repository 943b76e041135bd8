#!/bin/sh
# pass-init.sh DIR: a throwaway GnuPG home (DIR/gnupg, 0700) with a key that
# has no passphrase, and a password store (DIR/store) initialised for it,
# holding the entries test_process_value_pass.c reads.  Nothing prompts.
set -eu
d=$1
export GNUPGHOME="$d/gnupg" PASSWORD_STORE_DIR="$d/store"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' \
	--quick-gen-key 'credplug test <t@example.invalid>' default default never \
	2>"$d/gpg.log"
fpr=$(gpg --list-keys --with-colons | awk -F: '/^fpr/ { print $10; exit }')
pass init "$fpr" >/dev/null
# A password with metadata lines, as pass users keep them.
printf 'pass-Secret-api-value\nlogin: alice-Metadata\nurl: https://app.example.invalid\n' |
	pass insert -m dd/api_key >/dev/null
printf 'CANARY-APP-5b6e0d9f2a17\n' | pass insert -m dd/app_key >/dev/null
