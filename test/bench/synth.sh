#!/usr/bin/env bash
# Synth benchmark (issues 6, 13): generates apps of N services and, for each, runs `cdk synth` through the real CDK
# CLI (best of BENCH_RUNS runs, default 3: the machine is shared), then prints wall time, peak memory, stack count,
# the largest stack's resource count and the largest template's size. Then it splits the cost:
# - start-up vs per service: a least-squares fit wall = a + b * services over the generated apps;
# - where SpaceTweet's time goes: the CLI before it starts the app, the app (JVM, jsii's Node, aws-cdk-lib, our
#   constructs, synth), the CLI after the app; and the CLI's own start (`cdk --version`).
# A measurement, not a test: it asserts nothing. CDK_VALIDATION=true measures with aws-cdk-lib's validation step.
# Usage: bash test/bench/synth.sh [N ...]     (default: 1 10 150 500), plus the SpaceTweet example.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/setup.sh
setup_java_maven_node
setup_cdk_cli
apt_install time bc
build_jar
say "compiling the benchmark tools (exo-test main classes)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# build-classpath lists the jars; the reactor's own classes come from each module's target/ (test-compile: exo-test
# has a test-scoped dependency on exo-constructs' test classes, which Maven resolves only once they are compiled).
mvn -q -B -Dstyle.color=never -DskipTests -pl test -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" >&2
cp="test/target/classes:apps/target/classes:constructs/target/classes:$(cat "$work/cp")"
runs=${BENCH_RUNS:-3}
say "node $(node --version), cdk $(cdk --version | cut -d' ' -f1), best of $runs runs, CDK_VALIDATION=${CDK_VALIDATION:-false}"

sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1 10 150 500)
now() { date +%s.%N; }
# best_of CMD...: the least wall time of $runs runs, in seconds; the last run's peak RSS in $work/rss (KiB).
best_of() {
  local best="" t
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
    read -r t rss <"$work/time"
    echo "$rss" >"$work/rss"
    if [ -z "$best" ] || [ "$(bc <<<"$t < $best")" = 1 ]; then best=$t; fi
  done
  echo "$best"
}
printf '%-14s %8s %10s %7s %22s %16s\n' app wall_s peak_MiB stacks largest_stack_resources largest_template_KiB
declare -A walls services
run() {
  local label=$1 yml=$2; shift 2   # then extra cdk options, e.g. -c env=production
  local out=$work/out-$label
  wall=$(best_of cdk synth --quiet -c "app=$yml" "$@" -o "$out")
  rss=$(cat "$work/rss")
  stats=$(java -cp "$cp" dev.exosphere.bench.AssemblyStats "$out")
  res=$(sed -n 's/.*largest_stack_resources=\([0-9]*\).*/\1/p' <<<"$stats")
  stacks=$(sed -n 's/^stacks=\([0-9]*\).*/\1/p' <<<"$stats")
  bytes=$(sed -n 's/.*largest_template_bytes=\([0-9]*\).*/\1/p' <<<"$stats")
  printf '%-14s %8s %10d %7s %22s %16d\n' "$label" "$wall" $((rss / 1024)) "$stacks" "$res" $((bytes / 1024))
  walls[$label]=$wall
}
# Warm-up (jsii's first-run cache copy, page cache), not reported.
cdk synth --quiet -c env=production -o "$work/warm" >/dev/null
run space-tweet src/space-tweet/exosphere.yml -c env=production
for n in "${sizes[@]}"; do
  yml=$(java -cp "$cp" dev.exosphere.bench.AppGenerator "$n" "$work/app-$n")
  run "n=$n" "$yml"
  services["n=$n"]=$n
done

if [ ${#sizes[@]} -ge 2 ]; then
  # Least squares over (services, wall): b = cov(n, t) / var(n), a = mean(t) - b * mean(n).
  pts=""; for n in "${sizes[@]}"; do pts+="$n ${walls[n=$n]}"$'\n'; done
  read -r a b < <(awk 'NF==2 { n++; sx+=$1; sy+=$2; sxx+=$1*$1; sxy+=$1*$2 }
    END { b=(n*sxy-sx*sy)/(n*sxx-sx*sx); printf "%.3f %.2f\n", (sy-b*sx)/n, b*1000 }' <<<"$pts")
  printf '\nfit over %s services: start-up %s s + %s ms per service\n' "${sizes[*]}" "$a" "$b"
fi

# SpaceTweet's wall split: the app command writes a timestamp before and after the app runs.
phases() {
  local s e
  s=$(now)
  cdk synth --quiet -o "$work/phases" \
    --app "date +%s.%N >$work/a0; bash apps/bin/cdk-app; r=\$?; date +%s.%N >$work/a1; exit \$r" >/dev/null
  e=$(now)
  echo "$(bc <<<"$(cat "$work/a0") - $s") $(bc <<<"$(cat "$work/a1") - $(cat "$work/a0")") $(bc <<<"$e - $(cat "$work/a1")")"
}
best_before=""; best_app=""; best_after=""
for _ in $(seq "$runs"); do
  read -r before app after < <(phases)
  if [ -z "$best_app" ] || [ "$(bc <<<"$before + $app + $after < $best_before + $best_app + $best_after")" = 1 ]; then
    best_before=$before; best_app=$app; best_after=$after
  fi
done
cli=$(best_of cdk --version)
printf 'space-tweet split (best run): CLI before the app %.2f s, the app %.2f s, CLI after %.2f s; `cdk --version` alone %.2f s\n' \
  "$best_before" "$best_app" "$best_after" "$cli"
