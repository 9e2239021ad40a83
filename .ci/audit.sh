#!/usr/bin/env bash
# The graphql-http audit (GraphQL-over-HTTP conformance) against the packaged API.
# Builds nothing: run it after `mvn verify`, which leaves api/target/api-0.1.0-SNAPSHOT.jar.
# Then stops the app with SIGTERM while eight clients send heavy queries, and fails unless it stops
# within 10 s.
# Starts the jar on a free port over a throwaway embedded Neo4j, waits for readiness, runs
# clients/graphql-http-audit, stops the app, and exits with the audit's status (0 when every
# MUST audit passes). Arguments go to audit.mjs: `bash .ci/audit.sh --markdown` also prints the
# Markdown table of the SHOULD/MAY audits that clients/graphql-http-audit/README.md shows.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

jar=$root/api/target/api-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || { echo "audit: $jar is missing; run mvn verify first." >&2; exit 1; }

# A JDK 25 (the jar's target), found as .ci/run finds it.
java=""
for home in /usr/lib/jvm/* /opt/java/* ${JAVA_HOME:-}; do
  if [ -x "$home/bin/java" ] && [ -f "$home/release" ] && grep -qE '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$home/release"; then
    java=$home/bin/java
  fi
done
[ -n "$java" ] || { echo "audit: no JDK 25 found under /usr/lib/jvm or /opt/java." >&2; exit 1; }

# Node 18+ (for the global fetch) and npm.
node_ok() { command -v node >/dev/null && command -v npm >/dev/null && node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; }
if ! node_ok; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq nodejs npm >/dev/null
  node_ok || { echo "audit: Node.js 18 or newer with npm is required (found $(node --version 2>/dev/null || echo none))." >&2; exit 1; }
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
work=$(mktemp -d)
log=$work/app.log
pid=""

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then echo "audit: the app did not stop within 30 s; killing it." >&2; kill -KILL "$pid"; fi
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A large cost budget, so the shutdown check's heavy queries all run rather than being refused 429.
"$java" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --govgraph.limits.cost-per-minute=100000000 \
  --govgraph.embedded-neo4j.port=0 --govgraph.embedded-neo4j.data-directory="$work/neo4j" >"$log" 2>&1 &
pid=$!

echo "audit: starting the API on port $port (log: $log)"
ready=""
deadline=$((SECONDS + 120))
while [ "$SECONDS" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
  if node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
      "http://127.0.0.1:$port/actuator/health/readiness"; then
    ready=yes; break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  echo "audit: the API was not ready within 120 s; its log ends with:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

cd "$root/clients/graphql-http-audit"
npm ci --no-audit --no-fund --loglevel=error
status=0
node audit.mjs "http://127.0.0.1:$port/graphql" "$@" || status=$?

# SIGTERM with requests in flight: the app must stop within 10 s (graceful Tomcat shutdown, requests
# bounded by their 5 s deadline, the Neo4j driver closed with a time limit). Eight bounded clients
# send a heavy query (about 14,700 cost points) until the app is gone.
heavy='{"query":"{ instruments(first: 100) { edges { node { key title paragraphs(first: 100) { totalCount } citedBy(depth: 3) { depth source { id } } cites { pinpoint } } } } }"}'
clients=()
for _ in $(seq 1 8); do
  node -e '
    const [url, body] = process.argv.slice(1);
    (async () => { for (let i = 0; i < 200; i++) {
      try { await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(10000) }); }
      catch { return; } } })();' "http://127.0.0.1:$port/graphql" "$heavy" &
  clients+=($!)
done
sleep 3
started=$(date +%s%N)
kill -TERM "$pid"
for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
stopped_ms=$(( ($(date +%s%N) - started) / 1000000 ))
for client in "${clients[@]}"; do kill "$client" 2>/dev/null || true; done
wait "${clients[@]}" 2>/dev/null || true
if kill -0 "$pid" 2>/dev/null; then
  echo "shutdown: the app did not stop within 30 s of SIGTERM under load" >&2
  status=1
elif [ "$stopped_ms" -gt 10000 ]; then
  echo "shutdown: the app took $stopped_ms ms to stop after SIGTERM under load (at most 10000)" >&2
  status=1
else
  echo "shutdown: the app stopped $stopped_ms ms after SIGTERM, with 8 clients sending heavy queries"
fi
exit "$status"
