#!/usr/bin/env bash
# Builds the benchmarks and what they depend on (offline), copies the compiled classes of the project's own modules
# to target/snapshot (so that a rebuild of a module by someone else cannot change the classes under a running
# benchmark), then runs uk.lantern.benchmarks.topology.CorrelationTopologyBenchmark with the given arguments.
#   tools/benchmarks/topology-benchmark.sh throughput --events 100000
# JAVA_OPTS defaults to -Xmx4g. SKIP_BUILD=1 reuses the last snapshot.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench="$root/tools/benchmarks"
snap="$bench/target/snapshot"
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -q -o -B -pl tools/benchmarks -am compile dependency:build-classpath \
    -Dmdep.outputFile="$bench/target/cp.txt" -Dmdep.includeScope=runtime
  rm -rf "$snap"
  mkdir -p "$snap"
  cp -r "$bench/target/classes" "$snap/benchmarks"
  cp_line="$snap/benchmarks"
  for entry in $(tr ':' '\n' < "$bench/target/cp.txt"); do
    if [ -d "$entry" ]; then
      copy="$snap/$(echo "${entry#"$root"/}" | sed 's#/target/classes##; s#/#_#g')"
      cp -r "$entry" "$copy"
      cp_line="$cp_line:$copy"
    else
      cp_line="$cp_line:$entry"
    fi
  done
  echo "$cp_line" > "$snap/classpath.txt"
fi
exec java ${JAVA_OPTS:--Xmx4g} -cp "$(cat "$snap/classpath.txt")" \
  uk.lantern.benchmarks.topology.CorrelationTopologyBenchmark "$@"
