import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocument, unreachableMessage } from "../../src/check/checkClient";
import { readCheckReport } from "../../src/check/checkReport";

// A real local HTTP server stands in for the service's answers; "unreachable" is a real refused connection.
let server: Server;
let base = "";
let lastRequest: { method?: string; url?: string; contentType?: string; apiKey?: string; body: string } | null = null;
let answer: (res: import("node:http").ServerResponse) => void = () => {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      lastRequest = { method: req.method, url: req.url, contentType: req.headers["content-type"], apiKey: req.headers["x-api-key"] as string | undefined, body: Buffer.concat(chunks).toString("latin1") };
      answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const settings = () => ({ baseUrl: base, timeoutMs: 5000, fetch });
const json = (status: number, body: unknown) => (res: import("node:http").ServerResponse) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("checkDocument", () => {
  it("sends every file of the portfolio in one request, and the key when one is set", async () => {
    answer = json(200, { findings: [], warnings: [] });
    await checkDocument([
      { name: "diary.docx", bytes: new Uint8Array([80, 75, 3, 4]) },
      { name: "hours.xlsx", bytes: new Uint8Array([80, 75, 3, 4]) },
    ], { ...settings(), apiKey: "k-1" });
    expect(lastRequest?.apiKey).toBe("k-1");
    expect(lastRequest?.body).toContain('name="files"; filename="diary.docx"');
    expect(lastRequest?.body).toContain('name="files"; filename="hours.xlsx"');
    expect(lastRequest?.body).toContain("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], settings());
    expect(lastRequest?.apiKey).toBeUndefined();
  });

  it("tells the learner to enter the key when the service refuses without one", async () => {
    answer = json(401, { title: "Unauthorized" });
    expect(await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], settings()))
      .toMatchObject({ kind: "failed", status: 401, message: /enter the key your centre gave you/ });
  });

  it("posts the file as multipart field 'files' and reads the report", async () => {
    answer = json(200, {
      unit: "T-301", hours: { total: 3 }, sessions: [{}, {}],
      criteria: [{ ref: "1.1", status: "evidenced" }],
      findings: [{ code: "HOURS_SHORT", message: "3 of 6 hours", location: "coaching-diary.docx" }],
      warnings: [{ code: "UNREADABLE_DURATION", message: "Session 3: 'about an hour'", location: "session 3" }, "plain warning"],
    });
    const outcome = await checkDocument([{ name: "diary.docx", bytes: new Uint8Array([80, 75, 3, 4]) }], settings());
    expect(lastRequest?.method).toBe("POST");
    expect(lastRequest?.url).toBe("/api/check");
    expect(lastRequest?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(lastRequest?.body).toContain('name="files"; filename="diary.docx"');
    expect(lastRequest?.body).toContain("PK\u0003\u0004");
    expect(outcome.kind).toBe("report");
    if (outcome.kind !== "report") return;
    expect(outcome.report.findings).toEqual([{ code: "HOURS_SHORT", message: "3 of 6 hours", location: "coaching-diary.docx" }]);
    expect(outcome.report.warnings.map((w) => w.message)).toEqual(["Session 3: 'about an hour'", "plain warning"]);
    expect(outcome.report.hours?.total).toBe(3);
  });

  it("says plainly that the service cannot be reached when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const outcome = await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], { ...settings(), baseUrl: `http://127.0.0.1:${port}/` });
    expect(outcome).toEqual({ kind: "unreachable", message: unreachableMessage });
    expect(unreachableMessage).toMatch(/keep working/);
  });

  it("treats a service that does not answer in time as unreachable", async () => {
    answer = () => {}; // never answers
    const outcome = await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], { ...settings(), timeoutMs: 200 });
    expect(outcome.kind).toBe("unreachable");
  });

  it("shows the service's own problem message for a rejected file", async () => {
    answer = json(400, { title: "Bad request", detail: "diary.docx is not a Word document (it is a PDF renamed .docx)." });
    expect(await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], settings())).toEqual({
      kind: "failed", status: 400, message: "diary.docx is not a Word document (it is a PDF renamed .docx).",
    });
  });

  it("explains a service without the check endpoint, and an answer that is not a report", async () => {
    answer = (res) => { res.writeHead(404); res.end(); };
    expect(await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], settings())).toMatchObject({ kind: "failed", status: 404 });
    answer = json(200, { hello: "world" });
    expect(await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], settings())).toMatchObject({ kind: "failed", message: /not a check report/ });
    answer = (res) => { res.writeHead(500, { "content-type": "text/plain" }); res.end("boom"); };
    expect(await checkDocument([{ name: "d.docx", bytes: new Uint8Array([1]) }], settings())).toMatchObject({ kind: "failed", status: 500, message: /500/ });
  });
});

describe("readCheckReport", () => {
  it("accepts object locations and drops entries with no message", () => {
    const r = readCheckReport({ findings: [{ code: "X", message: "m", location: { session: 2 } }, { code: "Y" }], warnings: null });
    expect(r).toEqual({ unit: undefined, hours: undefined, sessions: undefined, criteria: undefined,
      findings: [{ code: "X", message: "m", location: '{"session":2}' }], warnings: [] });
    expect(readCheckReport([])).toBeNull();
  });
});
