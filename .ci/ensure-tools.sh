#!/usr/bin/env bash
# Installs, only when missing, the Debian packages the deploy checks and the
# end-to-end checks use: kcat, docker-compose (v1), and chromium with its driver
# for the console's browser tests. Safe to run repeatedly.
set -euo pipefail

# package -> command it provides
declare -A TOOLS=([kcat]=kcat [docker-compose]=docker-compose [chromium]=chromium [chromium-driver]=chromedriver)

missing=()
for pkg in "${!TOOLS[@]}"; do
  command -v "${TOOLS[$pkg]}" >/dev/null 2>&1 || missing+=("$pkg")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "ensure-tools: need to install ${missing[*]} but not root and no sudo;" \
         "install them with: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "ensure-tools: installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "kcat: $(kcat -V 2>&1 | grep -m1 -o 'Version [^ ]*' || echo unknown)"
echo "docker-compose: $(docker-compose version --short 2>/dev/null || docker-compose --version)"
echo "chromium: $(chromium --version 2>/dev/null || echo unknown)"
echo "chromedriver: $(chromedriver --version 2>/dev/null || echo unknown)"
