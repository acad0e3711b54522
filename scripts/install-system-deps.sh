#!/usr/bin/env bash
# install-system-deps.sh: installs what the browser tests and the oracle tests need
# from Debian's archive: Chromium, Go 1.23 (bookworm-backports) with its source tree,
# go-sql-driver/mysql 1.9 (trixie's -dev package, unpacked, not installed), and promtool.
# Idempotent: each piece is skipped when already present. Run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
DRIVER_DIR=${LEAKPROOF_DRIVER_DIR:-/opt/leakproof/driver19}
need_update=1
apt_update() { if [ $need_update = 1 ]; then apt-get update -qq; need_update=0; fi; }

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  apt_update
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

if [ ! -x /usr/lib/go-1.23/bin/go ] || [ ! -d /usr/lib/go-1.23/test ]; then
  if [ ! -f /etc/apt/sources.list.d/backports.sources ]; then
    cat > /etc/apt/sources.list.d/backports.sources <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    need_update=1
  fi
  apt_update
  apt-get install -y -qq --no-install-recommends -t bookworm-backports golang-1.23-go golang-1.23-src >/dev/null
fi

# promtool (Prometheus 2.42) judges the Pool Lab's PromQL evaluation in the oracle tests.
if ! command -v promtool >/dev/null 2>&1; then
  apt_update
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  # the package enables a service; nothing here needs a running Prometheus
  (systemctl stop prometheus || pkill -x prometheus || true) >/dev/null 2>&1
fi

if [ ! -d /usr/share/gocode/src/filippo.io/edwards25519 ]; then
  apt_update
  apt-get install -y -qq --no-install-recommends golang-filippo-edwards25519-dev >/dev/null
fi

if [ ! -f "$DRIVER_DIR/usr/share/gocode/src/github.com/go-sql-driver/mysql/driver.go" ]; then
  A=/tmp/leakproof-apt; mkdir -p $A/lists/partial $A/cache/archives/partial $A/debs
  echo 'deb http://deb.debian.org/debian trixie main' > $A/sources.list
  APTO=(-o Dir::Etc::SourceList=$A/sources.list -o Dir::Etc::SourceParts=/dev/null
        -o Dir::State::Lists=$A/lists -o Dir::Cache=$A/cache -o Debug::NoLocking=1)
  apt-get "${APTO[@]}" update -qq
  (cd $A/debs && apt-get "${APTO[@]}" download golang-github-go-sql-driver-mysql-dev/trixie >/dev/null)
  rm -rf "$DRIVER_DIR" && mkdir -p "$DRIVER_DIR"
  dpkg-deb -x $A/debs/golang-github-go-sql-driver-mysql-dev_*_all.deb "$DRIVER_DIR"
fi
echo "system deps ready: $(/usr/lib/go-1.23/bin/go version), driver at $DRIVER_DIR, $(chromium --version 2>/dev/null || echo 'chromium ?'), $(promtool --version 2>&1 | head -1)"
