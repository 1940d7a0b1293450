// Talking to the service: the optional API key, JSON and file answers, problem details. Used by every task of the page.

const keyStorage = "coachingdocs-key";

export function apiKey() {
  return sessionStorage.getItem(keyStorage) ?? "";
}

export function rememberKey(value) {
  sessionStorage.setItem(keyStorage, value);
}

// The key goes in the header Azure Functions reads for function keys; the local service accepts the same header.
export function headers(extra = {}) {
  const key = apiKey();
  return key ? { ...extra, "x-functions-key": key } : extra;
}

export async function getJson(path) {
  const response = await fetch(path, { headers: headers({ Accept: "application/json" }) });
  if (!response.ok) throw new Error(await problemText(response));
  return response.json();
}

/** The problem's own words (RFC 7807 detail or title), else the status. */
export async function problemText(response) {
  const problem = await response.clone().json().catch(() => null);
  if (response.status === 401) return "The service needs an API key: type it under \u201CAccess key\u201D on the start page.";
  return problem?.detail || problem?.title || `The service answered ${response.status} ${response.statusText}.`;
}

/** The file name the service gave (Content-Disposition), else the fallback. */
export function fileNameOf(response, fallback) {
  const header = response.headers.get("Content-Disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Hands a response body to the browser as a download; nothing stays in the page once it is saved. */
export async function saveResponse(response, fallbackName) {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return link.download;
}
