#!/usr/bin/env bash
# Installs what the real-browser test needs and npm does not bring: Debian's chromium (driven by
# playwright-core, which never downloads a browser of its own). Does nothing when it is there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
run apt-get update -qq
run apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
