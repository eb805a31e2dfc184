#!/usr/bin/env bash
# Installs the engines the tests and `npm run verify` run, when they are not on PATH:
# promtool and amtool (Debian packages prometheus and prometheus-alertmanager) and checkov (PyPI).
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v promtool >/dev/null || ! command -v amtool >/dev/null; then
  if ! command -v apt-get >/dev/null; then
    echo "install-engines: no apt-get here; install promtool (Prometheus) and amtool (Alertmanager) and put them on PATH" >&2
    exit 1
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus prometheus-alertmanager
fi

if ! command -v checkov >/dev/null; then
  python3 -m pip install --quiet checkov==3.3.30
  # pyenv exposes new console scripts only after a rehash.
  if command -v pyenv >/dev/null; then pyenv rehash; fi
fi

echo "engines: $(promtool --version 2>&1 | head -1); $(amtool --version 2>&1 | head -1); checkov $(checkov --version)"
