# Sourced by scripts/synth and scripts/test: installs what exo-cdk needs on a fresh Debian machine.
# Idempotent; each step says what it does. Needs root for apt (CI and the dev machines run as root).
set -euo pipefail

CDK_CLI_VERSION=2.1148.1   # npm's latest (3.x) refuses aws-cdk-lib 2.x cloud assemblies
NODE_VERSION=22.23.3       # a supported LTS; README "Benchmarks" has the Node 20/22/24 synth figures behind the choice
export CDK_DISABLE_VERSION_CHECK=1
export CDK_CLI_NOTICES=false

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

apt_updated=""
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "apt-get not found: install ${missing[*]} by hand"
  say "apt-get install ${missing[*]}"
  if [ -z "$apt_updated" ]; then apt-get update -qq >&2; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

setup_java_maven_node() {
  command -v java >/dev/null || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null || apt_install maven
  command -v npm >/dev/null || apt_install nodejs npm   # only to fetch the pinned Node below (setup_cdk_cli)
  local v; v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  [ "${v:-0}" -ge 17 ] || die "Java 17 or newer is needed (found ${v:-none})"
}

# Node $NODE_VERSION and the CDK CLI, project-local in .tools/node (gitignored), both from the npm registry (the
# platform's node-linux-<arch> package is Node's own binary, with no install script); first on PATH for the scripts,
# and apps/bin/jar.sh hands the same node to jsii (JSII_NODE), the pom to the Maven tests. Debian's and the
# machine's Node (18, 20) are end-of-life: the CLI and jsii would print a banner on every command.
TOOLS_NODE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.tools/node
setup_cdk_cli() {
  local bin=$TOOLS_NODE_DIR/node_modules/.bin arch
  if [ "$("$bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ] \
      || [ "$("$bin/node" "$bin/cdk" --version 2>/dev/null | cut -d' ' -f1)" != "$CDK_CLI_VERSION" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) arch=linux-x64 ;;
      Linux-aarch64) arch=linux-arm64 ;;
      *) die "no pinned Node for $(uname -s) $(uname -m): install Node $NODE_VERSION and aws-cdk@$CDK_CLI_VERSION by hand" ;;
    esac
    say "npm install node-$arch@$NODE_VERSION aws-cdk@$CDK_CLI_VERSION into $TOOLS_NODE_DIR"
    mkdir -p "$TOOLS_NODE_DIR"
    npm install --prefix "$TOOLS_NODE_DIR" --no-save --no-fund --no-audit --no-package-lock \
      "node-$arch@$NODE_VERSION" "aws-cdk@$CDK_CLI_VERSION" >&2
  fi
  export PATH="$bin:$PATH"
  export JSII_NODE="$bin/node"
  # Node's on-disk compile cache for the CLI's 16 MB bundle: 0.1 s less CPU per command here (best of 7).
  # apps/bin/jar.sh drops it for jsii, whose modules sit in a new temp folder each run (the cache only costs there).
  export NODE_COMPILE_CACHE="${NODE_COMPILE_CACHE:-$TOOLS_NODE_DIR/compile-cache}"
  [ "$(node --version)" = "v$NODE_VERSION" ] || die "node on PATH is $(node --version), not the pinned $NODE_VERSION"
}

# Builds the library and the app jar that cdk.json runs (tests are the test script's job).
build_jar() {
  say "mvn package (exo-constructs, exo-apps)"
  mvn -q -B -Dstyle.color=never -DskipTests -pl apps -am package >&2
  # Maven leaves an up-to-date jar untouched, also when only a pom changed: apps/bin/jar.sh would then rebuild it on
  # every run. Touched only then: a newer jar also drops the app's class-data archive (apps/bin/cdk-app).
  local jar=apps/target/exo-apps.jar
  if [ -n "$(find pom.xml constructs/pom.xml apps/pom.xml -newer "$jar" -print -quit)" ]; then touch "$jar"; fi
}

# The real Docker engine and registry the image tests use (DEVELOPERS.md: no bridge, host networking).
setup_docker() {
  apt_install docker.io docker-registry apache2-utils   # apache2-utils: htpasswd, for the auth registry tests
  if ! docker info >/dev/null 2>&1; then
    say "starting dockerd (no bridge, host networking)"
    mkdir -p /var/log/exo-cdk
    nohup dockerd --bridge=none --iptables=false --ip-masq=false >/var/log/exo-cdk/dockerd.log 2>&1 &
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null 2>&1 || die "dockerd did not start; see /var/log/exo-cdk/dockerd.log"
  fi
  export EXO_TEST_REGISTRY=127.0.0.1:5000
  if ! curl -fsS "http://$EXO_TEST_REGISTRY/v2/" >/dev/null 2>&1; then
    say "starting docker-registry on $EXO_TEST_REGISTRY"
    mkdir -p /var/lib/exo-cdk-registry /var/log/exo-cdk
    cat >/var/lib/exo-cdk-registry/config.yml <<'YML'
version: 0.1
storage:
  filesystem:
    rootdirectory: /var/lib/exo-cdk-registry/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:5000
YML
    nohup docker-registry serve /var/lib/exo-cdk-registry/config.yml >/var/log/exo-cdk/registry.log 2>&1 &
    for _ in $(seq 1 30); do curl -fsS "http://$EXO_TEST_REGISTRY/v2/" >/dev/null 2>&1 && break; sleep 1; done
    curl -fsS "http://$EXO_TEST_REGISTRY/v2/" >/dev/null 2>&1 || die "docker-registry did not start; see /var/log/exo-cdk/registry.log"
  fi
}

require_cfn_lint() {
  if ! command -v cfn-lint >/dev/null; then
    say "cfn-lint is missing: installing it with pip"
    command -v pip3 >/dev/null || apt_install python3-pip
    pip3 install --quiet cfn-lint==1.51.0 >&2 || pip3 install --quiet --break-system-packages cfn-lint==1.51.0 >&2 \
      || die "cfn-lint is MISSING and could not be installed: the template lint gate cannot run"
  fi
}

# cfn-lint over every template in a cloud assembly; fails on any error or warning.
lint_templates() {
  local dir=$1
  local templates=("$dir"/*.template.json)
  [ -e "${templates[0]}" ] || die "no templates in $dir"
  say "cfn-lint ${#templates[@]} template(s) in $dir"
  cfn-lint --format parseable -- "${templates[@]}" || die "cfn-lint found problems in $dir"
}

# Graphviz's dot: exo diagram renders SVG and PNG with it.
setup_graphviz() {
  command -v dot >/dev/null || apt_install graphviz
}

# moto's server: the real AWS APIs on 127.0.0.1 that the exo status and exo logs tests call (no AWS account here).
setup_moto() {
  export EXO_TEST_AWS_ENDPOINT=http://127.0.0.1:5001
  if ! curl -fsS "$EXO_TEST_AWS_ENDPOINT/moto-api/" >/dev/null 2>&1; then
    if ! command -v moto_server >/dev/null; then
      say "moto_server is missing: installing moto[server] with pip"
      command -v pip3 >/dev/null || apt_install python3-pip
      pip3 install --quiet 'moto[server]==5.2.1' >&2 || pip3 install --quiet --break-system-packages 'moto[server]==5.2.1' >&2 \
        || die "moto_server is MISSING and could not be installed: the exo status and exo logs tests cannot run"
    fi
    say "starting moto_server on $EXO_TEST_AWS_ENDPOINT"
    mkdir -p /var/log/exo-cdk
    nohup moto_server -H 127.0.0.1 -p 5001 >/var/log/exo-cdk/moto.log 2>&1 &
    for _ in $(seq 1 30); do curl -fsS "$EXO_TEST_AWS_ENDPOINT/moto-api/" >/dev/null 2>&1 && break; sleep 1; done
    curl -fsS "$EXO_TEST_AWS_ENDPOINT/moto-api/" >/dev/null 2>&1 || die "moto_server did not start; see /var/log/exo-cdk/moto.log"
  fi
}

# The environments of an exosphere.yml, one per line (none without 'environments'), read from the summary of
# `exo validate` (its "environments" section lists "  <name>  stack <app>-<name>").
environments_of() {
  local summary
  summary=$(./exo validate "$1") || die "exo validate $1 failed"
  sed -n '/^environments (/,$ s/^  \([a-z][a-z0-9-]*\)  stack .*/\1/p' <<<"$summary"
}
