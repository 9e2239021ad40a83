// The explorer's only way to the data: named GraphQL operations POSTed to this origin's /graphql.

const ENDPOINT = new URL('../graphql', document.baseURI).pathname;

/** A GraphQL answer with errors, or a failed request: the messages and the correlation id to quote. */
export class GraphQlError extends Error {
  constructor(messages, correlationId, status, data) {
    super(messages.join('; '));
    this.name = 'GraphQlError';
    this.messages = messages;
    this.correlationId = correlationId;
    this.status = status;
    this.data = data;
  }
}

/**
 * Sends one named operation; resolves to `data` when the answer has no errors, else rejects with a
 * GraphQlError carrying any partial `data`. An aborted request rejects with an AbortError.
 */
export async function gql(operationName, query, variables = {}, signal) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ operationName, query: withFragments(query), variables }),
    signal,
  });
  const headerId = response.headers.get('X-Correlation-Id');
  let body;
  try {
    body = await response.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new GraphQlError([`HTTP ${response.status}: the answer is not JSON`], headerId, response.status);
  }
  const errors = body.errors || [];
  if (errors.length > 0 || !response.ok) {
    const messages = errors.length > 0 ? errors.map((e) => e.message) : [body.detail || `HTTP ${response.status}`];
    const id = errors.map((e) => e.extensions && e.extensions.correlationId).find(Boolean)
      || body.correlationId || headerId;
    throw new GraphQlError(messages, id, response.status, body.data);
  }
  return body.data;
}

/** What every view shows of an entity it links to. */
const SUMMARY = `
fragment Summary on Node {
  __typename id
  ... on Instrument { key displayTitle symbol date { value } }
  ... on Paragraph { key eId label instrument { key displayTitle } }
  ... on Forum { key name acronym }
  ... on Event { key name }
  ... on Topic { key name }
  ... on Role { key name }
  ... on StakeholderGroup { key name }
}`;

/**
 * A provenance entry, whole (`Prov`), and without the facts a derived entry rests on (`LinkProv`), for
 * relationship lists: a list of strings in every entry of every link would multiply the request's cost.
 */
const PROV = `
fragment Prov on Provenance { kind source sourceTitle locator quote url statement rule derivedFrom }`;
const LINK_PROV = `
fragment LinkProv on Provenance { kind source sourceTitle locator quote url statement rule }`;

const FRAGMENTS = { Summary: SUMMARY, Prov: PROV, LinkProv: LINK_PROV };

/** The operation with the shared fragments it spreads (GraphQL refuses a document with an unused one). */
function withFragments(query) {
  return query + Object.entries(FRAGMENTS).filter(([name]) => new RegExp(`\\.\\.\\.${name}\\b`).test(query))
    .map(([, text]) => text).join('');
}
