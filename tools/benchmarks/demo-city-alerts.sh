#!/usr/bin/env bash
# The demo city's alerts as a new user sees them: starts Lantern with the demo city in a fresh data folder, waits until
# the simulator has fed the year and gone live, waits a few minutes more, and prints the open alerts by code, the
# shared links (how many join children of different households), and the hotspots, as JSON. Stops Lantern after.
#   tools/benchmarks/demo-city-alerts.sh [minutes-after-live (default 3)] [seed (default 42)]
# Needs python3, curl and openssl (tools/sign-in). Households: two children are taken as one household when their profiles share a family name and a
# postcode (the demo city's siblings do; the simulator's truth is not read).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
after=${1:-3}
seed=${2:-42}
work=$(mktemp -d /tmp/lantern-demo-XXXXXX)
data="$work/data"   # the service logs go beside it, in $work/logs
log="$work/lantern.out"
tools/lantern --demo --data-dir "$data" --seed "$seed" >"$log" 2>&1 &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT
started=$(date +%s)
until grep -qs "Going live" "$work/logs/simulator.log"; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "Lantern stopped: see $log" >&2; exit 1; fi
  if (( $(date +%s) - started > 3600 )); then echo "the year was not fed within an hour" >&2; exit 1; fi
  sleep 10
done
fed=$(( $(date +%s) - started ))
echo "year fed ${fed}s after the command; waiting ${after} min" >&2
sleep $(( after * 60 ))
# the correlation API answers signed-in people only: the coordinator reads it (each read is in the access log)
LANTERN_TOKEN=$(tools/sign-in coordinator)
export LANTERN_TOKEN
python3 - "$fed" "$after" "$seed" <<'PY'
import json, os, sys, urllib.request
base = "http://localhost:8085"
def get(path):
    request = urllib.request.Request(base + path, headers={
        "Authorization": "Bearer " + os.environ["LANTERN_TOKEN"], "Lantern-Purpose": "benchmark: the demo city's alerts"})
    with urllib.request.urlopen(request, timeout=60) as r:
        return json.load(r)
fed, after, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
figures = get("/alerts/figures")
shared = {}
profiles = {}
def household(child):
    if child not in profiles:
        try:
            p = get("/children/" + child)
        except Exception:
            profiles[child] = set()
            return profiles[child]
        families = {(n.get("familyName") or "").strip().lower() for n in p.get("names", [])} - {""}
        postcodes = {(c or "").upper().replace(" ", "") for c in p.get("postcodes", [])} - {""}
        profiles[child] = {f + "|" + c for f in families for c in postcodes}
    return profiles[child]
for code in ("SHARED_LOCATION", "SHARED_ASSOCIATE"):
    page, alerts = 0, []
    while True:
        body = get(f"/alerts?code={code}&status=OPEN&size=500&page={page}")
        alerts += body["alerts"]
        if len(alerts) >= body["total"] or not body["alerts"]:
            break
        page += 1
    pairs = same = 0
    for a in alerts:
        for other in a.get("relatedChildIds") or []:
            pairs += 1
            if household(a["childId"]) & household(other):
                same += 1
    shared[code] = {"open": len(alerts), "pairsNamed": pairs, "pairsOfOneHousehold": same,
                    "pairsOfDifferentHouseholds": pairs - same,
                    "examples": [a.get("summary") for a in alerts[:3]]}
try:
    hotspots = get("/hotspots?size=50")
except Exception as e:
    hotspots = "not available: " + str(e)
print(json.dumps({"seed": seed, "yearFedAfterSeconds": fed, "measuredMinutesAfterLive": after,
                  "figures": figures, "shared": shared,
                  "hotspots": hotspots if isinstance(hotspots, str) else
                  [{"summary": h["summary"], "children": h["children"]} for h in hotspots]}, indent=2))
PY
