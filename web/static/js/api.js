// The JSON API client. Errors come back in one shape,
// {"error":{"code","message"}}, and are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// apiURL is the address of an API request, empty parameters left out.
export function apiURL(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  return '/api/' + path + (q.toString() ? '?' + q : '');
}

export async function api(path, params, opts = {}) {
  const url = apiURL(path, params);
  let res;
  try {
    res = await fetch(url, {
      method: opts.method || 'GET',
      headers: opts.headers || {},
      body: opts.body,
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e.message);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, 'bad_response', 'the server sent no JSON (' + res.status + ')');
  }
  if (!res.ok) {
    const err = body && body.error ? body.error : {code: 'error', message: String(res.status)};
    throw new ApiError(res.status, err.code, err.message);
  }
  return body;
}

// docCache keeps documents fetched for evidence, so that opening a story
// twice does not fetch its documents twice.
const docCache = new Map();

export function getDocument(id, signal) {
  if (!docCache.has(id)) {
    const p = api('documents/' + encodeURIComponent(id), null, {signal});
    p.catch(() => docCache.delete(id));
    docCache.set(id, p);
  }
  return docCache.get(id);
}
