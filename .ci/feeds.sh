#!/usr/bin/env bash
# The iCalendar feeds, parsed by a second implementation: ical.js (Mozilla's, used by Thunderbird).
# Builds nothing: run it after `mvn verify`, which leaves api/target/api-0.1.0-SNAPSHOT.jar.
# Starts the jar on a free port over a throwaway embedded Neo4j, waits for readiness, fetches
# every feed the API names (about.calendarUrl, each forum's, each stakeholder group's, a series')
# plus the golden forum feed of the tests (with a recurring series and an overridden instance, as
# an .ics import stores them), after importing the tests' calendar file into ITU's calendar, and
# parses each with ical.js, failing on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

jar=$root/api/target/api-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || { echo "feeds: $jar is missing; run mvn verify first." >&2; exit 1; }

java=""
for home in /usr/lib/jvm/* /opt/java/* ${JAVA_HOME:-}; do
  if [ -x "$home/bin/java" ] && [ -f "$home/release" ] && grep -qE '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$home/release"; then
    java=$home/bin/java
  fi
done
[ -n "$java" ] || { echo "feeds: no JDK 25 found under /usr/lib/jvm or /opt/java." >&2; exit 1; }

node_ok() { command -v node >/dev/null && command -v npm >/dev/null && node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; }
if ! node_ok; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq nodejs npm >/dev/null
  node_ok || { echo "feeds: Node.js 18 or newer with npm is required." >&2; exit 1; }
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
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error ical.js@2.2.1 >/dev/null)

"$java" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --govgraph.limits.cost-per-minute=100000000 \
  --govgraph.embedded-neo4j.port=0 --govgraph.embedded-neo4j.data-directory="$work/neo4j" >"$log" 2>&1 &
pid=$!

echo "feeds: starting the API on port $port (log: $log)"
ready=""
deadline=$((SECONDS + 240))
while [ "$SECONDS" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
  if node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
      "http://127.0.0.1:$port/actuator/health/readiness"; then
    ready=yes; break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  echo "feeds: the API was not ready within 240 s; its log ends with:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

# A calendar imported as an administrator would push it (a recurring series with an exception and
# an overridden occurrence, a VTIMEZONE that is not an IANA name): its events are then in ITU's feeds.
token=$("$java" -jar "$jar" token --subject ci --role ADMIN --govgraph.embedded-neo4j.data-directory="$work/neo4j")
imported=$(node -e '
  const [url, token, file] = process.argv.slice(1);
  fetch(url, { method: "POST", headers: { Authorization: "Bearer " + token, "Content-Type": "text/calendar" },
    body: require("node:fs").readFileSync(file, "utf8") })
    .then(async (r) => { const t = await r.text(); if (r.status !== 200) { console.error(r.status, t); process.exit(1); } console.log(t); })' \
  "http://127.0.0.1:$port/calendar/fora/itu.ics" "$token" "$root/api/src/test/resources/calendar/itu-import.ics")
echo "feeds: imported into ITU's calendar: $imported"

cat > "$work/parse.mjs" <<'JS'
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

const [graphql, golden] = process.argv.slice(2);
const answer = await (await fetch(graphql, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: `{ about { calendarUrl }
    fora(first: 100) { edges { node { calendarUrl } } }
    series: node(id: "${Buffer.from('Event:wsis/summit').toString('base64url')}") { ... on Event { calendarUrl } }
    group: node(id: "${Buffer.from('StakeholderGroup:governments').toString('base64url')}") { ... on StakeholderGroup { calendarUrl } } }` }),
})).json();
if (answer.errors) throw new Error('GraphQL: ' + JSON.stringify(answer.errors));
const urls = [answer.data.about.calendarUrl, ...answer.data.fora.edges.map((e) => e.node.calendarUrl),
  answer.data.series.calendarUrl, answer.data.group.calendarUrl];

function check(name, text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  let events = 0;
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    if (!event.uid || !event.startDate) throw new Error(`${name}: an event without UID or DTSTART`);
    const zone = vevent.getFirstProperty('dtstart').getParameter('tzid');
    if (zone && !ICAL.TimezoneService.has(zone)) throw new Error(`${name}: ${event.uid} uses TZID ${zone} without a VTIMEZONE`);
    event.startDate.toUnixTime();
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let i = 0, next; i < 10 && (next = it.next()); i++) event.getOccurrenceDetails(next);
    }
    events++;
  }
  console.log(`feeds: ${name}: ${events} events, parsed by ical.js`);
}

for (const url of urls) {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type');
  if (!/^text\/calendar;\s*charset=utf-8$/i.test(type)) throw new Error(`${url}: Content-Type ${type}`);
  check(url, await response.text());
}
check(golden, readFileSync(golden, 'utf8'));
JS

status=0
(cd "$work" && node parse.mjs "http://127.0.0.1:$port/graphql" "$root/api/src/test/resources/calendar/itu-sg-forum.ics") || status=$?
exit $status
