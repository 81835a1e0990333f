// Calls the server's HTTP/JSON routes (gRPC JSON transcoding). Failures carry the API's own one-line message.

export class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status; // HTTP status, 0 when the server could not be reached
    this.code = code;     // gRPC status code from the body, when there is one
  }
}

export async function call(method, path, body, headers = {}) {
  const init = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError("The server cannot be reached; is it running?", 0, undefined);
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = data && typeof data.message === "string" && data.message
      ? data.message : `the server answered HTTP ${response.status}`;
    throw new ApiError(message, response.status, data ? data.code : undefined);
  }
  return data ?? {};
}

/** Query string from an object; arrays repeat their key, empty values are left out. */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const predict = (request) => call("POST", "v1/reactions:predict", request);
export const searchReactions = (parameters) => call("GET", `v1/reactions${query(parameters)}`);
export const getReaction = (id) => call("GET", `v1/reactions/${encodeURIComponent(id)}`);
export const precursorFormulas = () => call("GET", "v1/precursors");
export const listFlags = (parameters) => call("GET", `v1/flags${query(parameters)}`);
export const getFlag = (id) => call("GET", `v1/flags/${encodeURIComponent(id)}`);
export const reviewFlag = (id, review, apiKey) =>
  call("POST", `v1/flags/${encodeURIComponent(id)}:review`, review, apiKey ? { "x-api-key": apiKey } : {});
