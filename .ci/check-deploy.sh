#!/usr/bin/env bash
# Offline checks of the deployment files: compose syntax and Kustomize rendering.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "check-deploy: docker-compose missing; run .ci/ensure-tools.sh" >&2
  exit 1
fi
docker-compose -f docker-compose.yml config -q
echo "check-deploy: docker-compose.yml OK"

if command -v kubectl >/dev/null 2>&1; then
  kubectl kustomize deploy/kubernetes/overlays/local >/dev/null
  echo "check-deploy: deploy/kubernetes/overlays/local renders OK"
else
  echo "check-deploy: kubectl not found, skipping the Kustomize check"
fi
