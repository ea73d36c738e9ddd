#!/usr/bin/env bash
# Make sure the system tools the project needs are present; install the missing
# ones from Debian's packages when running as root, otherwise say what to install.
#   msgfmt (gettext)   compiles the .po files          (make run, make test)
#   npm                installs axe-core and vnu-jar   (make test)
#   java               runs the Nu Html Checker        (make test)
#   chromium           the browser of the harness      (make test)
#   varnishd           the shared page cache           (make test, make cluster)
#   wrk                the HTTP benchmark              (make bench)
set -euo pipefail

declare -A package_for=(
  [msgfmt]=gettext
  [npm]=npm
  [java]=default-jre-headless
  [chromium]=chromium
  [varnishd]=varnish
  [wrk]=wrk
)
commands=("$@")
[ ${#commands[@]} -gt 0 ] || commands=(msgfmt npm java chromium varnishd)

missing=()
for command in "${commands[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${package_for[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Please install these system packages first: ${missing[*]}" >&2
  exit 1
fi
