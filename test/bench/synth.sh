#!/usr/bin/env bash
# Synth benchmark (issue 6): generates apps of N services and, for each, runs `cdk synth` through the real CDK CLI
# with the default validation step, then prints wall time, peak memory, stack count, the largest stack's resource
# count and the largest template's size. A measurement, not a test: it asserts nothing.
# Usage: bash test/bench/synth.sh [N ...]     (default: 10 150 500), plus the SpaceTweet example.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/setup.sh
setup_java_maven_node
setup_cdk_cli
apt_install time
build_jar
say "compiling the benchmark tools (exo-test main classes)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# build-classpath lists the jars; the reactor's own classes come from each module's target/.
mvn -q -B -Dstyle.color=never -DskipTests -pl test -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >&2
cp="test/target/classes:apps/target/classes:constructs/target/classes:$(cat "$work/cp")"

sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 150 500)
printf '%-14s %8s %10s %7s %22s %16s\n' app wall_s peak_MiB stacks largest_stack_resources largest_template_KiB
run() {
  local label=$1 yml=$2; shift 2   # then extra cdk options, e.g. -c env=production
  local out=$work/out-$label
  /usr/bin/time -f '%e %M' -o "$work/time" cdk synth --quiet -c "app=$yml" "$@" -o "$out" >/dev/null
  read -r wall rss <"$work/time"
  stats=$(java -cp "$cp" dev.exosphere.bench.AssemblyStats "$out")
  res=$(sed -n 's/.*largest_stack_resources=\([0-9]*\).*/\1/p' <<<"$stats")
  stacks=$(sed -n 's/^stacks=\([0-9]*\).*/\1/p' <<<"$stats")
  bytes=$(sed -n 's/.*largest_template_bytes=\([0-9]*\).*/\1/p' <<<"$stats")
  printf '%-14s %8s %10d %7s %22s %16d\n' "$label" "$wall" $((rss / 1024)) "$stacks" "$res" $((bytes / 1024))
}
# Warm-up (jsii's first-run cache copy, page cache), not reported.
cdk synth --quiet -c env=production -o "$work/warm" >/dev/null
run space-tweet src/space-tweet/exosphere.yml -c env=production
for n in "${sizes[@]}"; do
  yml=$(java -cp "$cp" dev.exosphere.bench.AppGenerator "$n" "$work/app-$n")
  run "n=$n" "$yml"
done
