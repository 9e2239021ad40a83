// The explorer's shell: hash routes (every view has its own URL; Back works), the search box, errors.

import { GraphQlError } from './api.js';
import { h } from './dom.js';
import { renderSearch, searchBox } from './search.js';
import { renderInstrument, renderRole, renderForum, renderEvent, renderTopic, renderGroup } from './entities.js';
import { renderGraph } from './graph.js';
import { renderPath } from './path.js';
import { renderTimeline } from './timeline.js';

const VIEWS = {
  '': renderSearch,
  search: renderSearch,
  instrument: renderInstrument,
  role: renderRole,
  forum: renderForum,
  event: renderEvent,
  topic: renderTopic,
  group: renderGroup,
  graph: renderGraph,
  path: renderPath,
  timeline: renderTimeline,
};

const viewEl = document.getElementById('view');
const statusEl = document.getElementById('status');
const errorEl = document.getElementById('error');
let current = null;

/** The current route: `#/<view>/<path…>?<params>`. */
export function currentRoute() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(2) : '';
  const [pathPart, query = ''] = hash.split(/\?(.*)/s);
  const [view = '', ...rest] = pathPart.split('/');
  return { view, path: rest.map(decodeURIComponent).join('/'), params: new URLSearchParams(query) };
}

/** Shows that something is loading, or clears it. */
export function status(text) {
  statusEl.textContent = text || '';
}

/** Shows a failed request: the API's messages and the correlation id to quote when reporting it. */
export function showError(error) {
  if (error && error.name === 'AbortError') return;
  errorEl.replaceChildren(
    h('strong', {}, 'The request failed: '),
    ...(error instanceof GraphQlError
      ? [h('ul', {}, error.messages.map((m) => h('li', { class: 'error-message' }, m))),
        error.correlationId ? h('p', {}, 'Correlation id: ', h('code', { class: 'correlation-id' }, error.correlationId)) : null]
      : [h('span', { class: 'error-message' }, String(error && error.message || error))]).filter(Boolean));
  errorEl.hidden = false;
  status('');
}

async function render() {
  if (current) current.abort();
  const controller = new AbortController();
  current = controller;
  errorEl.hidden = true;
  errorEl.replaceChildren();
  const r = currentRoute();
  const view = VIEWS[r.view] || notFound;
  document.querySelectorAll('nav a').forEach((a) => {
    const target = a.getAttribute('href').slice(2).split(/[/?]/)[0];
    if (target === r.view || (target === 'search' && r.view === '')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  try {
    status('Loading…');
    await view(viewEl, r, controller.signal);
    if (!controller.signal.aborted) status('');
  } catch (error) {
    if (!controller.signal.aborted) showError(error);
  } finally {
    if (!controller.signal.aborted) document.body.dataset.ready = location.hash;
  }
}

function notFound(el) {
  el.replaceChildren(h('h1', {}, 'Nothing here'), h('p', {}, 'This address names no view of the explorer. ',
    h('a', { href: '#/search' }, 'Search the graph')));
  document.title = 'Not found · Governance graph explorer';
}

// Content-Security-Policy violations are shown, never silent: the explorer must need none.
document.addEventListener('securitypolicyviolation', (e) => {
  document.documentElement.dataset.cspViolations = `${document.documentElement.dataset.cspViolations || ''} ${e.violatedDirective}`.trim();
  showError(new Error(`Content-Security-Policy refused ${e.blockedURI || 'inline code'} (${e.violatedDirective})`));
});

searchBox(document.getElementById('q'), { currentRoute, render });
window.addEventListener('hashchange', render);
render();
