#!/usr/bin/env bash
# Offline checks of the deployment files: compose syntax and Kustomize rendering.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "check-deploy: docker-compose missing; run .ci/ensure-tools.sh" >&2
  exit 1
fi
# The analyst key, the field-encryption keyset, Keycloak's admin password and the Kafka passwords have no default: compose must refuse the file without any one of them,
# and render it with all (throwaway values for this check only, never a key or a password).
secrets=(LANTERN_ANALYST_KEY LANTERN_ENCRYPTION_KEYSET KEYCLOAK_ADMIN_PASSWORD)
for p in ADMIN MISSING_EPISODES RETURN_INTERVIEWS CME_REGISTER EXPLOITATION_RISK CORRELATION REPORTING MACE CONSOLE ANALYST; do
  secrets+=("LANTERN_KAFKA_PASSWORD_$p")
done
with_all=()
for s in "${secrets[@]}"; do with_all+=("$s=check-deploy-only"); done
for missing in "${secrets[@]}"; do
  others=()
  for s in "${secrets[@]}"; do [[ $s == "$missing" ]] || others+=("$s=check-deploy-only"); done
  if env -u "$missing" "${others[@]}" docker-compose -f docker-compose.yml config -q 2>/dev/null; then
    echo "check-deploy: docker-compose.yml renders without $missing: it has a default" >&2
    exit 1
  fi
done
env "${with_all[@]}" docker-compose -f docker-compose.yml config -q
echo "check-deploy: docker-compose.yml OK (and refuses to run without any of its ${#secrets[@]} secrets)"

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
