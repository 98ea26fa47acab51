#!/usr/bin/env bash
# Offline checks of the deployment files: compose syntax and Kustomize rendering.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "check-deploy: docker-compose missing; run .ci/ensure-tools.sh" >&2
  exit 1
fi
# The analyst key has no default: compose must refuse the file without it, and render it with one (a throwaway
# value for this check only, never a key).
if env -u LANTERN_ANALYST_KEY LANTERN_ENCRYPTION_KEYSET=check-deploy-only \
    docker-compose -f docker-compose.yml config -q 2>/dev/null; then
  echo "check-deploy: docker-compose.yml renders without LANTERN_ANALYST_KEY: the analyst key has a default" >&2
  exit 1
fi
# Nor has the field-encryption keyset.
if env -u LANTERN_ENCRYPTION_KEYSET LANTERN_ANALYST_KEY=check-deploy-only \
    docker-compose -f docker-compose.yml config -q 2>/dev/null; then
  echo "check-deploy: docker-compose.yml renders without LANTERN_ENCRYPTION_KEYSET: the keyset has a default" >&2
  exit 1
fi
LANTERN_ANALYST_KEY=check-deploy-only LANTERN_ENCRYPTION_KEYSET=check-deploy-only \
    docker-compose -f docker-compose.yml config -q
echo "check-deploy: docker-compose.yml OK (and refuses to run without LANTERN_ANALYST_KEY or LANTERN_ENCRYPTION_KEYSET)"

if command -v kubectl >/dev/null 2>&1; then
  rendered=$(kubectl kustomize deploy/kubernetes/overlays/local)
  if grep -q '^kind: Secret' <<<"$rendered"; then
    echo "check-deploy: deploy/kubernetes/overlays/local renders a Secret: no key may be committed" >&2
    exit 1
  fi
  echo "check-deploy: deploy/kubernetes/overlays/local renders OK (no Secret committed)"
else
  echo "check-deploy: kubectl not found, skipping the Kustomize check"
fi
