#!/usr/bin/env bash
# Installs the engines the tests and `npm run verify` run, when they are not on PATH:
# promtool and amtool (Debian packages prometheus and prometheus-alertmanager), chromium (Debian
# package chromium: the catalog.html browser tests and screenshots) and checkov (PyPI).
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

# playwright-core drives this browser; it downloads none of its own.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if ! command -v apt-get >/dev/null; then
    echo "install-engines: no apt-get here; install chromium and set CHROMIUM_PATH to it" >&2
    exit 1
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

if ! command -v checkov >/dev/null; then
  if python3 -m pip install --quiet checkov==3.3.30; then
    # pyenv exposes new console scripts only after a rehash.
    if command -v pyenv >/dev/null; then pyenv rehash; fi
  else
    # A system Python that refuses pip installs (PEP 668, as on Ubuntu 24.04 CI runners): install
    # into its own environment and link the command into ~/.local/bin, on PATH for later CI steps.
    echo "install-engines: pip refused; installing checkov into its own virtual environment" >&2
    if command -v pipx >/dev/null; then
      pipx install --quiet checkov==3.3.30
    else
      python3 -m venv "$HOME/.local/share/checkov"
      "$HOME/.local/share/checkov/bin/pip" install --quiet checkov==3.3.30
      mkdir -p "$HOME/.local/bin"
      ln -sf "$HOME/.local/share/checkov/bin/checkov" "$HOME/.local/bin/checkov"
    fi
    if [ -n "${GITHUB_PATH:-}" ]; then echo "$HOME/.local/bin" >>"$GITHUB_PATH"; fi
    export PATH="$HOME/.local/bin:$PATH"
  fi
fi

echo "engines: $(promtool --version 2>&1 | head -1); $(amtool --version 2>&1 | head -1); checkov $(checkov --version); $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null | head -1)"
