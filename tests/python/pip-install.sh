#!/bin/sh
# pip-install.sh PYTHON SRC: `pip install --no-build-isolation SRC` works
# without a package index, and the installed package loads libcredplug.
# Exit 77 (skipped) when PYTHON has no pip, setuptools or wheel.
set -eu
py=$1 src=$2
# The interpreter cmake found may be a private build (pyenv) without the
# packaging modules; the system's, with them, tests the same thing.
can_build() {
	"$1" -m pip --version >/dev/null 2>&1 && "$1" -c 'import setuptools, wheel' 2>/dev/null
}
if ! can_build "$py" && [ -x /usr/bin/python3 ] && can_build /usr/bin/python3; then
	echo "note: $py lacks pip, setuptools or wheel; using /usr/bin/python3"
	py=/usr/bin/python3
fi
"$py" -m pip --version >/dev/null 2>&1 || { echo "skip: $py has no pip (Debian: python3-pip)"; exit 77; }
"$py" -c 'import setuptools' 2>/dev/null || { echo "skip: $py has no setuptools (Debian: python3-setuptools)"; exit 77; }
# setuptools before 70.1 builds wheels with the separate wheel package
"$py" -c 'import wheel' 2>/dev/null || { echo "skip: $py has no wheel (Debian: python3-wheel)"; exit 77; }
work=$(mktemp -d /tmp/credplug-python-pip.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/src"   # pip may write build/ and *.egg-info beside the sources
"$py" -m pip install --quiet --no-index --no-build-isolation --no-deps --target "$work/site" "$work/src"
cd "$work"
out=$(PYTHONPATH="$work/site" "$py" -c '
import credplug, os
assert os.path.dirname(credplug.__file__) == os.path.join(os.environ["PWD"], "site", "credplug"), credplug.__file__
with credplug.Context(config_json="{}", flags=credplug.FLAG_NO_CONFIG_FILE) as c:
    print(credplug.__version__, c.headers("GET", "https://api.datadoghq.com/api/v1/validate", ""))
')
echo "$out"
[ "$out" = "0.2.0 []" ]
