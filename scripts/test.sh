#!/usr/bin/env bash
# Quick start, step 2: the whole test suite.
#
#   1. default build, every test (ctest, one entry per cmocka case; the
#      keyring, nginx and child-process tests start their own private
#      D-Bus/gnome-keyring and nginx through tests/harness and tests/keyring)
#   2. ASan+UBSan build (halt on error), every test
#   3. TSan build, the concurrency tests
#   4. libFuzzer smoke run of every fuzz target over its seed corpus
#   5. packaging (ctest label install, tests/install/install-check.sh):
#      install into fresh temporary prefixes and run what was installed
#      with `env -i` (the command, a program linked with libcredplug-curl
#      only, the provider listing, a moved tree, examples/plugin built
#      against the installed package, ldconfig for /usr/local in a private
#      mount namespace)
#   6. valgrind over the dlopen paths
#   and before all that, the .clang-format check
#
# Environment: JOBS (default nproc), FUZZ_SECONDS (default 10 per target),
# SKIP_SANITIZERS=1, SKIP_FUZZ=1 to shorten a local run.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-10}
bash scripts/deps.sh || exit 1

pass=0
fail=0
failed_steps=()

count_ctest() { # parse "N% tests passed, F tests failed out of T"
  local log=$1 line t f
  line=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$log" | tail -1)
  [ -n "$line" ] || { fail=$((fail + 1)); return; }
  f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  t=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
  pass=$((pass + t - f))
  fail=$((fail + f))
}

step() { # step NAME COMMAND...
  local name=$1; shift
  echo
  echo "=================== $name ==================="
  if "$@"; then
    echo "--- $name: ok"
  else
    echo "--- $name: FAILED"
    failed_steps+=("$name")
  fi
}

build() { # build DIR [cmake args...]
  local dir=$1; shift
  cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Debug "$@" >"$ROOT/out/${dir##*/}.configure.log" 2>&1 ||
    { cat "$ROOT/out/${dir##*/}.configure.log"; return 1; }
  cmake --build "$dir" -j"$JOBS" 2>&1 | grep -E "error|warning|Error" ; return "${PIPESTATUS[0]}"
}

run_ctest() { # run_ctest DIR LOG [ctest args...]
  local dir=$1 log=$2; shift 2
  (cd "$dir" && ctest -j"$JOBS" --timeout 300 --output-on-failure "$@") 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  count_ctest "$log"
  return "$rc"
}

mkdir -p out
format_check() { # the checked-in .clang-format, on every tracked C file
  local bad
  bad=$(git ls-files '*.c' '*.h' | xargs clang-format --dry-run 2>&1 | grep -c 'warning:')
  if [ "$bad" -eq 0 ]; then pass=$((pass + 1)); return 0; fi
  git ls-files '*.c' '*.h' | xargs clang-format --dry-run 2>&1 | grep 'warning:' | head -20
  echo "run: git ls-files '*.c' '*.h' | xargs clang-format -i"
  fail=$((fail + 1))
  return 1
}
if git rev-parse --git-dir >/dev/null 2>&1; then
  step "format (.clang-format)" format_check
fi
step "build (default)" build "$ROOT/build-ci" -DCREDPLUG_MISSING_TEST_SOURCE=FATAL_ERROR
step "tests (default)" run_ctest "$ROOT/build-ci" out/ctest-default.log -V -LE '^install$'

if [ "${SKIP_SANITIZERS:-0}" != 1 ]; then
  export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
  step "build (ASan+UBSan)" build "$ROOT/build-asan" -DCREDPLUG_SANITIZE=address
  step "tests (ASan+UBSan)" run_ctest "$ROOT/build-asan" out/ctest-asan.log
  step "build (TSan)" build "$ROOT/build-tsan" -DCREDPLUG_SANITIZE=thread
  step "tests (TSan, concurrency)" run_ctest "$ROOT/build-tsan" out/ctest-tsan.log -L concurrency
fi

if [ "${SKIP_FUZZ:-0}" != 1 ]; then
  fuzz_all() {
    CC=clang-14 cmake -S "$ROOT" -B "$ROOT/build-fuzz" -DCMAKE_BUILD_TYPE=Debug \
      -DCREDPLUG_FUZZ=ON -DBUILD_TESTING=OFF -DCREDPLUG_SANITIZE=address >"$ROOT/out/build-fuzz.configure.log" 2>&1 ||
      { cat "$ROOT/out/build-fuzz.configure.log"; return 1; }
    cmake --build "$ROOT/build-fuzz" -j"$JOBS" --target fuzzers 2>&1 | grep -E "error|Error"
    local ok=0
    for f in "$ROOT"/build-fuzz/fuzz/fuzz_*; do
      [ -x "$f" ] || continue
      local name=${f##*/fuzz_} work
      work=$(mktemp -d)
      cp -r "$ROOT/fuzz/corpus/$name/." "$work/" 2>/dev/null || true
      echo "fuzz $name: ${FUZZ_SECONDS}s"
      if "$f" -max_total_time="$FUZZ_SECONDS" -timeout=30 -print_final_stats=0 "$work" >"out/fuzz-$name.log" 2>&1; then
        pass=$((pass + 1))
      else
        tail -40 "out/fuzz-$name.log"; fail=$((fail + 1)); ok=1
      fi
      rm -rf "$work"
    done
    return $ok
  }
  step "fuzz smoke" fuzz_all
fi

step "packaging (install, env -i)" run_ctest "$ROOT/build-ci" out/ctest-install.log -L '^install$'

valgrind_dlopen() {
  # Programs that load provider modules with dlopen, whole, under valgrind:
  # "name binary [case] [wrapper...]"; GLib needs its own suppressions.
  # Under valgrind a Secret Service store takes seconds: the keyring case
  # gets a 30 s deadline instead of the 2 s default (CP_TEST_TIMEOUT_MS).
  local rc=0 kr="$ROOT/tests/keyring"
  local runs=(
    "core_abi|$ROOT/build-ci/tests/core/test_core_abi||"
    "core_status|$ROOT/build-ci/tests/core/test_core_status||"
    "core_store|$ROOT/build-ci/tests/core/test_core_store||"
    "file|$ROOT/build-ci/tests/file/test_file||"
    "keyring_ss|$ROOT/build-ci/tests/keyring/test_keyring_ss|ss_round_trip|env CP_TEST_TIMEOUT_MS=30000 $kr/with-keyring.sh --"
    "keyring_kernel|$ROOT/build-ci/tests/keyring/test_keyring_kernel|kernel_round_trip|"
  )
  local r vname bin case wrap
  for r in "${runs[@]}"; do
    IFS='|' read -r vname bin case wrap <<<"$r"
    [ -x "$bin" ] || { echo "valgrind: $bin missing"; fail=$((fail + 1)); rc=1; continue; }
    # shellcheck disable=SC2086
    if $wrap valgrind --error-exitcode=99 --leak-check=full \
         --errors-for-leak-kinds=definite -q \
         --suppressions="$ROOT/tests/valgrind.supp" --suppressions="$kr/valgrind.supp" \
         "$bin" $case >"out/valgrind-$vname.log" 2>&1; then
      echo "valgrind $vname: clean"
      pass=$((pass + 1))
    else
      tail -40 "out/valgrind-$vname.log"; fail=$((fail + 1)); rc=1
    fi
  done
  return $rc
}
step "valgrind (dlopen paths)" valgrind_dlopen

echo
echo "=================== summary ==================="
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
fi
echo "total: $pass passed, $fail failed"
[ ${#failed_steps[@]} -eq 0 ] && [ "$fail" -eq 0 ]
