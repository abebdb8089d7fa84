#!/usr/bin/env bash
# Benchmark (not a test): exo images push of SpaceTweet, cold sequential vs cold parallel vs unchanged re-run,
# against the real Docker engine and the registry at EXO_TEST_REGISTRY (default 127.0.0.1:5000).
# Usage: bash test/bench/images.sh [parallel jobs, default: the number of cores]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -o -pl test -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
# build-classpath lists the jars; the reactor's own classes come from each module's target/.
classpath="test/target/test-classes:apps/target/classes:constructs/target/classes:$(cat "$cp_file")"
exec java -cp "$classpath" -Dexo.repo="$PWD" dev.exosphere.bench.ImageBenchmark "$@"
