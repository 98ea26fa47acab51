#!/usr/bin/env bash
# Offline checks of the deployment files: compose syntax and Kustomize rendering.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "check-deploy: docker-compose missing; run .ci/ensure-tools.sh" >&2
  exit 1
fi
# The secrets have no defaults: compose must refuse the file without any one of them, and render it with all (throwaway
# values for this check only, never keys).
secrets=(LANTERN_ANALYST_KEY LANTERN_ENCRYPTION_KEYSET KEYCLOAK_ADMIN_PASSWORD)
all_set=()
for secret in "${secrets[@]}"; do all_set+=("$secret=check-deploy-only"); done
for secret in "${secrets[@]}"; do
  others=()
  for other in "${secrets[@]}"; do [[ $other == "$secret" ]] || others+=("$other=check-deploy-only"); done
  if env -u "$secret" "${others[@]}" docker-compose -f docker-compose.yml config -q 2>/dev/null; then
    echo "check-deploy: docker-compose.yml renders without $secret: it has a default" >&2
    exit 1
  fi
done
env "${all_set[@]}" docker-compose -f docker-compose.yml config -q
echo "check-deploy: docker-compose.yml OK (and refuses to run without any of ${secrets[*]})"

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
