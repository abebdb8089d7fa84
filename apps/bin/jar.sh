# Sourced by cdk-app and exo: makes sure apps/target/exo-apps.jar is there and not older than any source.
# A stale jar is never used silently: it is rebuilt, and this says why.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jar=$root/apps/target/exo-apps.jar
classpath="$jar:$root/apps/target/lib/*"
reason=""
if [ ! -f "$jar" ]; then
  reason="$jar does not exist"
else
  newer=$(find "$root/pom.xml" "$root/constructs/pom.xml" "$root/apps/pom.xml" \
    "$root/constructs/src/main" "$root/apps/src/main" -type f -newer "$jar" -print -quit)
  [ -n "$newer" ] && reason="$newer is newer than the jar"
fi
if [ -n "$reason" ]; then
  echo "exo-cdk: rebuilding the app jar: $reason" >&2
  (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -pl apps -am package) >&2 \
    || { echo "exo-cdk: the build failed; run 'mvn -pl apps -am package' to see why" >&2; exit 1; }
  touch "$jar"   # Maven leaves an up-to-date jar untouched: without this, a newer pom would rebuild every run
fi
# jsii starts `node` (JSII_NODE, else PATH's): the project's pinned, supported Node when scripts/lib/setup.sh
# installed it, whichever `cdk` or shell started us (the machine's Node 20 is end-of-life).
tools_node=$root/.tools/node/node_modules/.bin
if [ -z "${JSII_NODE:-}" ] && [ -x "$tools_node/node" ]; then
  export JSII_NODE=$tools_node/node
fi
# jsii loads its modules from a new /tmp/jsii-kernel-* folder each run: Node's compile cache (set for the CLI by
# scripts/lib/setup.sh) never hits there and cost 0.1 s more CPU per synth when measured.
unset NODE_COMPILE_CACHE
