#!/usr/bin/env node
// Runs the graphql-http server audits (GraphQL-over-HTTP conformance) against a running server.
//
//   node audit.mjs http://127.0.0.1:8081/graphql              every audit, one line each
//   node audit.mjs http://127.0.0.1:8081/graphql --markdown   the same, then a Markdown table of the SHOULD/MAY audits
//
// Exit status: 0 when every MUST audit passes; 1 when a MUST audit fails or an audit could not run
// at all (a network error, a timeout); 2 on a usage error.
import { serverAudits } from 'graphql-http';

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const url = args.find((arg) => !arg.startsWith('--'));
if (!url) {
  console.error('usage: node audit.mjs <GraphQL endpoint URL> [--markdown]');
  process.exit(2);
}

const TIMEOUT_MS = 10_000;

// Every request of an audit gets a timeout, so a hung server fails the run instead of blocking it.
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

const level = (name) => name.split(' ', 1)[0]; // MUST, SHOULD or MAY ("MAY NOT ..." is a MAY)

const results = [];
// One audit at a time: the results do not depend on the order, and the server sees no burst.
for (const { id, name, fn } of serverAudits({ url, fetchFn })) {
  let result;
  try {
    result = await fn();
  } catch (err) {
    // graphql-http throws only when an audit could not be evaluated (e.g. the server is unreachable).
    result = { id, name, status: 'error', reason: `could not run: ${err?.cause?.message ?? err?.message ?? err}`, fatal: true };
  }
  let detail = '';
  if (result.response) {
    detail = ` [HTTP ${result.response.status}, ${result.response.headers.get('content-type') ?? 'no content-type'}]`;
  }
  results.push({ ...result, level: level(name), detail });
}

// graphql-http reports a failing MAY audit as "notice"; say "warn" for it as for a SHOULD, as in the README.
const shown = (r) => (r.status === 'ok' ? 'ok' : r.level === 'MUST' || r.fatal ? 'error' : 'warn');

for (const r of results) {
  const why = r.status === 'ok' ? '' : ` -- ${r.reason}${r.detail}`;
  console.log(`${r.level.padEnd(6)} ${shown(r).padEnd(5)} ${r.id}  ${r.name}${why}`);
}

const counts = {};
for (const r of results) {
  const c = (counts[r.level] ??= { total: 0, ok: 0 });
  c.total += 1;
  if (r.status === 'ok') c.ok += 1;
}
console.log('');
for (const lvl of ['MUST', 'SHOULD', 'MAY']) {
  const c = counts[lvl] ?? { total: 0, ok: 0 };
  console.log(`${lvl}: ${c.ok}/${c.total} ok`);
}

if (markdown) {
  console.log('\n| id | audit | result |\n| --- | --- | --- |');
  for (const r of results.filter((x) => x.level !== 'MUST')) {
    const res = r.status === 'ok' ? 'ok' : `${shown(r)}: ${r.reason}${r.detail}`;
    console.log(`| ${r.id} | ${r.name.replaceAll('|', '\\|')} | ${res.replaceAll('|', '\\|')} |`);
  }
}

const failed = results.filter((r) => r.status !== 'ok' && (r.level === 'MUST' || r.fatal));
if (failed.length > 0) {
  console.error(`\nFAILED: ${failed.map((r) => r.id).join(', ')}`);
  process.exit(1);
}
console.log('\nEvery MUST audit passes.');
