// Sends the document to POST /api/check (multipart, field "files") and turns every way that can go wrong into a
// plain outcome: the pane shows "the service is not running" rather than an exception.
import { readCheckReport, type CheckReport } from "./checkReport";

export type CheckOutcome =
  | { kind: "report"; report: CheckReport }
  | { kind: "unreachable"; message: string }
  | { kind: "failed"; status: number; message: string };

export interface CheckClientSettings {
  /** Base of the service, e.g. https://localhost:7071/ (the pane is served by the same service). */
  baseUrl: string;
  /** Sent as x-api-key when set (services that require keys answer 401 without one). */
  apiKey?: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

export const unreachableMessage =
  "The CoachingDocs service can't be reached, so the full check can't run now. Tagging, coverage and hours keep working. " +
  "Start the local service and try again.";

async function problemMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: string; title?: string; errors?: Record<string, string[]> };
    const detail = body.detail ?? Object.values(body.errors ?? {}).flat()[0] ?? body.title;
    if (detail) return detail;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `The service answered ${response.status} ${response.statusText}`.trim() + ".";
}

export interface CheckFile {
  name: string;
  bytes: Uint8Array;
}

const mediaTypes: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Checks the open document together with the portfolio's other files: one report over all of them. */
export async function checkDocument(files: CheckFile[], settings: CheckClientSettings): Promise<CheckOutcome> {
  const form = new FormData();
  for (const f of files) {
    const type = mediaTypes[f.name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
    form.append("files", new Blob([f.bytes as BlobPart], { type }), f.name);
  }
  const headers: Record<string, string> = { Accept: "application/json" };
  if (settings.apiKey) headers["x-api-key"] = settings.apiKey;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  let response: Response;
  try {
    response = await settings.fetch(new URL("api/check", settings.baseUrl).toString(), {
      method: "POST",
      body: form,
      headers,
      signal: controller.signal,
    });
  } catch {
    // fetch rejects only when no answer came back: refused, offline, certificate not trusted, or timed out.
    return { kind: "unreachable", message: unreachableMessage };
  } finally {
    clearTimeout(timer);
  }

  if (response.status === 404) {
    return { kind: "failed", status: 404, message: "This service has no check endpoint (POST /api/check); update CoachingDocs." };
  }
  if (response.status === 401 || response.status === 403) {
    return { kind: "failed", status: response.status, message: "The service needs a key for checks: enter the key your centre gave you under Settings and check again." };
  }
  if (!response.ok) return { kind: "failed", status: response.status, message: await problemMessage(response) };

  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { kind: "failed", status: response.status, message: "The service's answer was not a check report." };
  }
  const report = readCheckReport(json);
  if (!report) return { kind: "failed", status: response.status, message: "The service's answer was not a check report." };
  return { kind: "report", report };
}
