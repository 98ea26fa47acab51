#!/usr/bin/env bash
# The long run of the hostile-input fuzzer (issue 16, item 8): every REST operation of every service and every event
# consumer, with generated and mutated inputs, on the embedded broker and store (nothing else needs to be running,
# and no fixed port is used).
#
#   tools/fuzz.sh [cases] [seed]        e.g. tools/fuzz.sh 5000 7
#
# cases: per service's REST run, per topic for the decoders and the correlation topology, per consumer (default
# 3000; the build's own short run is 300-400). seed: the run's seed (default: the time), printed and kept in the
# results. It prints one FUZZ line per target with its counts and any failure with what reproduces it, writes one JSON
# per target and a summary.json under tools/fuzz/results/<time>-seed<seed>/, and exits non-zero if any case failed
# (a 5xx, an answer naming a Java class, a body over the limit not refused, a consumer crash).
#
# Only a JDK is needed: the Maven wrapper builds the modules in one reactor (-am), nothing is installed into ~/.m2.
# Re-run one case alone with the same seed: -Dlantern.fuzz.only=<case> (see services/service-support/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

cases="${1:-3000}"
seed="${2:-$(date +%s)}"
results="$PWD/tools/fuzz/results/$(date -u +%Y%m%dT%H%M%SZ)-seed${seed}"
mkdir -p "$results"

modules="services/service-test-support,services/missing-episode-service,services/return-interview-service,services/cme-register-service,services/cse-risk-service,services/correlation-service,services/mace-service"
tests="EventCodecFuzzTest,HostileInputTest,HostileEventsTest,ProjectionsUnderHostileInputTest"

echo "fuzz: ${cases} cases per target, seed ${seed}; results in ${results}" >&2
started=$(date +%s)
set +e
./mvnw -B -ntp -pl "$modules" -am test \
  -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.test.failure.ignore=true \
  -Dlantern.fuzz.cases="$cases" -Dlantern.fuzz.seed="$seed" -Dlantern.fuzz.results-dir="$results" \
  > "$results/build.log" 2>&1
build=$?
set -e
elapsed=$(( $(date +%s) - started ))

grep -h '^FUZZ' services/*/target/surefire-reports/*-output.txt 2>/dev/null | cut -c1-2000 || true

{
  echo "{"
  echo "  \"cases\": ${cases},"
  echo "  \"seed\": ${seed},"
  echo "  \"elapsedSeconds\": ${elapsed},"
  echo "  \"mavenExit\": ${build},"
  echo "  \"targets\": ["
  first=1
  for f in "$results"/*.json; do
    [ "$(basename "$f")" = summary.json ] && continue
    [ $first -eq 1 ] || echo ","
    first=0
    sed 's/^/    /' "$f"
  done
  echo "  ]"
  echo "}"
} > "$results/summary.json"

failed_tests=$(grep -c -E 'Tests run:.*(Failures: [1-9]|Errors: [1-9])' "$results/build.log" || true)
failures=$( (grep -h '^  "failures" *: *[1-9]' "$results"/*.json || true) | wc -l)
echo "fuzz: done in ${elapsed}s; targets with failures: ${failures}; failing test classes: ${failed_tests}; maven exit ${build}" >&2
echo "fuzz: ${results}/summary.json" >&2
if [ "$build" -ne 0 ] || [ "$failures" -ne 0 ] || [ "$failed_tests" -ne 0 ]; then
  exit 1
fi
