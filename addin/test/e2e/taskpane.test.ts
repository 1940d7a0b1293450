// End to end in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): the task pane is
// loaded from the running CoachingDocs Api at /addin/, and the check goes to the real POST /api/check.
//
// THE WORD HOST IS A STAND-IN. Chromium is not Word, so office.js is replaced, before any page script runs, by
// test/e2e/standIn.ts: the stand-in of test/fakes (no kinder than Word) over a document our generator made
// (tests/shared/generated), whose figures tests/shared/generated/expected.json gives independently of both programs.
// What is real: the built pane, the service, the HTTP calls, the browser, keyboard and focus behaviour.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allCriteria, findUnit, type Catalogue, type Unit } from "../../src/catalogue/catalogue";
import { formatMinutes } from "../../src/coverage/duration";
import { loadDocx } from "../fakes/docxReader";
import type { FakeDocumentSpec } from "../fakes/fakeWordHost";
import { readManifest } from "../manifestShape";
import { addinDir, distDir, repoDir, startServices, type Services } from "./services";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";

// Screenshots go to docs/images only when asked (ADDIN_SCREENSHOTS=docs), so a test run never changes tracked files.
const screenshots = process.env.ADDIN_SCREENSHOTS === "docs" ? join(repoDir, "docs", "images") : join(repoDir, "addin", "test-results", "screenshots");
const generated = join(repoDir, "tests", "shared", "generated");
interface Case { name: string; files: string[]; covered: string[]; sessions: number; minutes: number; clients: number; unreadable: number }
const expected = JSON.parse(readFileSync(join(generated, "expected.json"), "utf8")) as { unit: string; cases: Case[] };
const caseFor = (files: string[]) => expected.cases.find((c) => c.files.length === files.length && files.every((f) => c.files.includes(f)))!;
const blankDiary = "GEN-8585-301-coaching-diary-blank.docx";
const filledDiary = "GEN-8585-301-coaching-diary-filled.docx";
const otherFiles = ["GEN-8585-301-reflective-log-filled.docx", "GEN-8585-301-supervision-record-filled.docx",
  "GEN-8585-301-client-feedback-blank.docx", "GEN-8585-301-observation-feedback-blank.docx"];

let services: Services;
let context: BrowserContext;
let profile: string;
let standIn = "";
let unit: Unit;

/** Opens the pane on a generated document (optionally without its identity part, as a document made elsewhere). */
async function openPane(file: string, options: { withoutIdentity?: boolean } = {}): Promise<Page> {
  const doc = await loadDocx(join(generated, file));
  const spec: FakeDocumentSpec = {
    body: doc.body,
    customXmlParts: options.withoutIdentity ? [] : doc.customXmlParts.map(({ namespace, xml }) => ({ namespace, xml })),
    url: `C:\\Users\\learner\\Documents\\${file}`,
  };
  const p = await context.newPage();
  await p.addInitScript((c) => {
    (window as unknown as Record<string, unknown>).__standInConfig = c;
  }, { spec, fileBase64: readFileSync(join(generated, file)).toString("base64") });
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await p.goto(new URL("addin/taskpane.html", services.apiUrl).toString());
  await p.waitForFunction(() => document.getElementById("unit-line")?.textContent !== "Loading…");
  expect(errors).toEqual([]);
  return p;
}

// What the learner sees in a 320 x 720 pane (the status bar stays at the bottom of the pane).
const shot = (p: Page, name: string) => p.screenshot({ path: join(screenshots, `addin-${name}.png`) });
const text = (p: Page, selector: string) => p.locator(selector).innerText();
const controls = (p: Page) =>
  p.evaluate(() => (window as unknown as { __standIn: { controls(): { id: number; tag: string; title: string; color: string; text: string }[] } }).__standIn.controls());
const standInCall = (p: Page, fn: string, ...args: (string | number)[]) =>
  p.evaluate(([f, a]) => {
    const host = (window as unknown as { __standIn: Record<string, (...x: unknown[]) => unknown> }).__standIn;
    return host[f as string]!(...(a as unknown[]));
  }, [fn, args] as const);
const esc = (ref: string) => ref.replace(/\./g, "\\.");
const figures = async (p: Page, root: string) =>
  p.locator(`${root}${root === "#portfolio-figures" ? "" : " .figures"} > div`).evaluateAll((divs) => Object.fromEntries(divs.map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent])));

beforeAll(async () => {
  unit = findUnit(readCatalogue(join(repoDir, "templates", "catalogue")) as Catalogue, expected.unit)!;
  execFileSync("node", [join(addinDir, "scripts", "build.mjs")], { cwd: addinDir, stdio: "inherit" });
  const bundled = await build({
    entryPoints: [join(__dirname, "standIn.ts")], bundle: true, format: "iife", write: false, target: "es2020",
  });
  standIn = bundled.outputFiles[0]!.text;
  services = await startServices();
  mkdirSync(screenshots, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), "addin-e2e-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
    viewport: { width: 320, height: 720 },
    deviceScaleFactor: 1,
  });
  // Nothing may leave the machine; office.js from Microsoft's CDN is replaced by the stand-in. (Playwright tries
  // the most recently added route first, so the stand-in's route goes last.)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await context.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: standIn }));
});

afterAll(async () => {
  await context?.close();
  await services?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("served by the service", () => {
  it("the pane is the build in addin/dist, served by the Api at /addin/", async () => {
    for (const file of ["taskpane.html", "taskpane.js", "taskpane.css", "help.html"]) {
      const response = await fetch(new URL(`addin/${file}`, services.apiUrl));
      expect(response.status, file).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(distDir, file))), file).toBe(true);
    }
    const p = await openPane(blankDiary);
    expect(new URL(p.url()).origin).toBe(new URL(services.apiUrl).origin);
    expect(new URL(p.url()).pathname).toBe("/addin/taskpane.html");
    await p.close();
  });

  it("every URL of the built manifest is served by the running service", async () => {
    const m = await readManifest(readFileSync(join(distDir, "manifest.xml"), "utf8"));
    expect(m.hosts).toEqual(["Document"]);
    const origin = "https://localhost:7071";
    const pages = m.urls.filter((u) => new URL(u).pathname !== "/");
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const url of pages) {
      expect(url.startsWith(`${origin}/addin/`), url).toBe(true);
      const response = await fetch(new URL(url.slice(origin.length + 1), services.apiUrl));
      expect(response.status, url).toBe(200);
    }
  });
});

describe("a blank diary our generator made", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(blankDiary);
  });
  afterAll(() => page.close());

  it("opens on the unit's ACs, read from the identity part the generator wrote", async () => {
    await expect.poll(() => page.locator("#work-panel").isVisible()).toBe(true);
    expect(await text(page, "#unit-line")).toContain(unit.id);
    for (const { criterion } of allCriteria(unit)) {
      const row = await text(page, `#ac-${esc(criterion.ref)}`);
      expect(row.replace(/\s+/g, " ")).toContain(criterion.text.replace(/\s+/g, " ").slice(0, 40));
    }
  });

  it("shows no evidence, no sessions and no hours: nothing the template printed is the learner's", async () => {
    await page.click("#tab-coverage");
    const all = allCriteria(unit).length;
    expect(await figures(page, "#coverage")).toEqual({
      Hours: `0 min of ${formatMinutes(6 * 60)} needed`, Sessions: "0", Clients: "0", "ACs with evidence": `0 of ${all}`,
    });
    expect(await text(page, "#coverage")).not.toContain("could not be read");
  });

  it("tags a passage the learner wrote using only the keyboard, and coverage changes", async () => {
    await standInCall(page, "fill", "cd1:f:reality", 0, "She said meetings drift because nobody owns the agenda.");
    await page.click("#tab-criteria");
    await standInCall(page, "select", "nobody owns the agenda");
    await page.focus("#pick-3\\.3");
    await page.keyboard.press("Space");
    expect(await text(page, "#tag-button")).toBe("Tag selection with AC 3.3");
    await page.focus("#tag-button");
    await page.keyboard.press("Enter");

    await expect.poll(() => text(page, "#ac-3\\.3 .status-chip")).toBe("1 tagged passage");
    const made = (await controls(page)).find((c) => c.tag === "cd1:ac:3.3")!;
    expect(made).toMatchObject({ title: "AC 3.3", text: "nobody owns the agenda" });
    expect(made.color).toMatch(/^#[0-9A-F]{6}$/);
    // The written field is inside the session record (tagged 2.2, 2.3, 2.4) and its goal section (1.2); the tag adds 3.3.
    expect(await page.locator("#figure-covered").textContent()).toBe(`5 of ${allCriteria(unit).length}`);
    expect(await text(page, "#status")).toContain("Tagged the selection with AC 3.3");
  });

  it("tags one passage with two ACs, jumps to it, and untags one AC keeping the text", async () => {
    await standInCall(page, "fill", "cd1:f:willingness", 0, "Keen to try a rotating chair next week.");
    await standInCall(page, "select", "rotating chair");
    await page.check("#pick-3\\.1");
    await page.check("#pick-3\\.3");
    await page.click("#tag-button");
    await expect.poll(async () => (await controls(page)).map((c) => c.tag)).toContain("cd1:ac:3.1,3.3");
    expect(await text(page, "#ac-3\\.3 .status-chip")).toBe("2 tagged passages");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "criteria");

    await standInCall(page, "select", "nobody owns");
    await page.getByRole("button", { name: "Go to passage 2 for AC 3.3" }).click();
    await expect.poll(async () => String(await standInCall(page, "selectionText")).trim()).toBe("rotating chair");

    await page.getByRole("button", { name: "Remove AC 3.1 from passage 1" }).click();
    await expect.poll(async () => (await controls(page)).filter((c) => c.tag.startsWith("cd1:ac:3.3")).map((c) => c.tag))
      .toEqual(["cd1:ac:3.3", "cd1:ac:3.3"]);
    expect((await controls(page)).find((c) => c.text === "rotating chair")).toBeTruthy();
    expect(await text(page, "#status")).toContain("its text is kept");
  });

  it("updates hours and sessions as the learner writes a duration", async () => {
    await page.click("#tab-coverage");
    await standInCall(page, "fill", "cd1:f:duration", 0, "1h 30m");
    await expect.poll(() => page.locator("#figure-hours").textContent(), { timeout: 8000 }).toBe(`1 h 30 min of ${formatMinutes(360)} needed`);
    expect(await text(page, "#figure-sessions")).toBe("1");
    await standInCall(page, "fill", "cd1:f:duration", 1, "half an hour");
    await expect.poll(() => page.locator("#figure-hours").textContent(), { timeout: 8000 }).toBe(`2 h of ${formatMinutes(360)} needed`);
  });

  it("is usable from the keyboard, with headings in order and errors in an alert", async () => {
    await page.focus("#tab-coverage");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    expect(await page.locator("#panel-check").isVisible()).toBe(true);
    expect(await page.locator("#panel-coverage").isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-criteria");
    expect(await page.locator("#status").getAttribute("aria-live")).toBe("polite");
    expect(await page.locator("#alert").getAttribute("role")).toBe("alert");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, button")].filter((el) => {
        const e = el as HTMLInputElement;
        return !(e.labels?.length || e.getAttribute("aria-label") || e.textContent?.trim());
      }).length);
    expect(unlabelled).toBe(0);
    // No heading level is skipped (h1, then h2 per panel, then h3).
    const levels = await page.evaluate(() => [...document.querySelectorAll("h1, h2, h3, h4")].map((x) => Number(x.tagName[1])));
    levels.forEach((level, i) => expect(level - (i === 0 ? 0 : levels[i - 1]!)).toBeLessThanOrEqual(1));
  });
});

describe("a filled diary our generator made", () => {
  let page: Page;
  const diary = caseFor([filledDiary]);
  const all = () => allCriteria(unit).length;
  beforeAll(async () => {
    page = await openPane(filledDiary);
  });
  afterAll(() => page.close());

  it("shows the figures the learner's writing gives, and the unreadable duration", async () => {
    await page.click("#tab-coverage");
    expect(await figures(page, "#coverage")).toEqual({
      Hours: `${formatMinutes(diary.minutes)} of ${formatMinutes(360)} needed`, Sessions: String(diary.sessions),
      Clients: String(diary.clients), "ACs with evidence": `${diary.covered.length} of ${all()}`,
    });
    // Sessions in document order: Client A's three (the third "tbc"), then Client B's.
    expect(await text(page, "#coverage")).toContain("Session 3: “tbc”");
    await shot(page, "coverage");
  });

  it("the real check of the same file gives the Coverage tab's figures, and the pane lists its findings in words", async () => {
    await page.click("#tab-check");
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/check"));
    await page.click("#check-button");
    const response = await answer;
    const body = await response.json();
    expect(response.status(), JSON.stringify(body)).toBe(200);
    expect(body.hours.totalMinutes).toBe(diary.minutes);
    expect(body.sessions).toHaveLength(diary.sessions);
    await expect.poll(() => text(page, "#check-result")).toContain(`Findings (${body.findings.length})`);
    expect(await figures(page, "#check-result")).toEqual({
      "Hours read": formatMinutes(diary.minutes), Sessions: String(diary.sessions), "ACs evidenced": `${diary.covered.length} of ${all()}`,
    });
    // Seven ACs have no evidence in the diary alone, so there are findings; each shows as a sentence, its code on hover.
    const missing = allCriteria(unit).map((x) => x.criterion.ref).filter((r) => !diary.covered.includes(r));
    expect(body.findings.filter((f: { code: string }) => /^AC_.*_NO_EVIDENCE$/.test(f.code))).toHaveLength(missing.length);
    expect(await page.locator("#findings > li").count()).toBe(body.findings.length);
    const first = page.locator("#findings .finding-message").first();
    expect(await first.getAttribute("title")).toBe(body.findings[0].code);
    expect(await text(page, "#findings")).not.toMatch(/\bAC_\d/);
    expect(await page.locator("#check-result").getAttribute("aria-busy")).toBe("false");
    await shot(page, "check");
  });

  it("counts the portfolio's other files the learner adds, and the check of all of them gives the same figures", async () => {
    const portfolio = caseFor([filledDiary, ...otherFiles]);
    await page.setInputFiles("#extra-files", otherFiles.map((f) => join(generated, f)));
    await expect.poll(() => page.locator("#extra-file-list li").count()).toBe(otherFiles.length);
    await page.click("#tab-coverage");
    const together = { Hours: formatMinutes(portfolio.minutes), Sessions: String(portfolio.sessions), "ACs with evidence": `${portfolio.covered.length} of ${all()}` };
    await expect.poll(() => figures(page, "#portfolio-figures")).toEqual(together);

    await page.click("#tab-check");
    const request = page.waitForRequest((r) => r.url().endsWith("/api/check"));
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/check"));
    await page.click("#check-button");
    const sent = (await request).postDataBuffer()!.toString("latin1");
    for (const f of [filledDiary, ...otherFiles]) expect(sent).toContain(`filename="${f}"`);
    const body = await (await answer).json();
    expect(body.documents).toHaveLength(otherFiles.length + 1);
    await expect.poll(() => figures(page, "#check-result")).toEqual({
      "Hours read": together.Hours, Sessions: together.Sessions, "ACs evidenced": together["ACs with evidence"],
    });
  });

  it("links each finding to the AC or session it names (service answer scripted in the report's shape)", async () => {
    const report = {
      unit: unit.id, hours: { total: 4.25 }, sessions: [{}, {}, {}, {}],
      criteria: allCriteria(unit).map(({ criterion }) => ({ ref: criterion.ref, status: criterion.ref === "3.1" ? "missing" : "evidenced" })),
      findings: [
        { code: "HOURS_SHORT", message: "4.25 of the 6 hours the unit needs are recorded", location: "coaching-diary.docx" },
        { code: "AC_3.1_NO_EVIDENCE", message: "no evidence found for AC 3.1", location: null },
        { code: "SESSION_WITHOUT_REFLECTION", message: "Session 2 has no reflective-log entry.", location: "coaching-diary.docx, session 2" },
      ],
      warnings: [],
    };
    await page.route("**/api/check", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(report) }));
    await page.click("#tab-check");
    await page.click("#check-button");
    await expect.poll(() => text(page, "#check-result")).toContain("Findings (3)");
    expect(await text(page, "#findings")).toContain("No evidence found for AC 3.1.");

    await page.getByRole("button", { name: "Show AC 3.1" }).click();
    expect(await page.locator("#panel-criteria").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pick-3.1");

    await page.click("#tab-check");
    await page.getByRole("button", { name: "Go to session 2" }).click();
    // Session 2 in document order: Client A's second, 10:00-11:15.
    await expect.poll(async () => String(await standInCall(page, "selectionText")).trim()).toBe("10:00-11:15");
    await page.unroute("**/api/check");
  });

  it("sends the service key the learner saved, and never shows it back", async () => {
    await page.click("#tab-check");
    await page.click(".settings summary");
    await page.fill("#api-key", "learner-key-123");
    await page.click("#key-form button");
    await expect.poll(() => text(page, "#status")).toContain("saved");
    expect(await page.inputValue("#api-key")).toBe("");
    const request = page.waitForRequest((r) => r.url().endsWith("/api/check"));
    await page.click("#check-button");
    expect((await request).headers()["x-api-key"]).toBe("learner-key-123");
    expect(await page.content()).not.toContain("learner-key-123");
  });

  it("Change unit keeps what the document is, and says so when the new unit has no such document", async () => {
    await page.click("#change-unit");
    await expect.poll(() => page.locator("#identity-panel").isVisible()).toBe(true);
    expect(await page.inputValue("#unit")).toBe(unit.id);
    expect(await page.inputValue("#kind")).toBe("coaching-diary");
    await page.selectOption("#unit", "8585-303"); // a development plan unit: no coaching diary
    expect(await page.inputValue("#kind")).toBe("");
    expect(await text(page, "#kind-note")).toBe("Unit 8585-303 has no coaching diary: choose what this document is.");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.locator("#work-panel").isVisible()).toBe(true);
    expect(await text(page, "#unit-line")).toContain("Coaching diary");
  });

  it("says plainly when the service is unreachable, and tagging keeps working", async () => {
    await page.route("**/api/check", (route) => route.abort("connectionrefused"));
    await page.click("#tab-check");
    await page.click("#check-button");
    await expect.poll(() => page.locator("#check-unreachable").isVisible()).toBe(true);
    expect(await text(page, "#check-unreachable")).toContain("can't be reached");
    expect(await text(page, "#status")).toContain("keep working");
    await shot(page, "unreachable");

    await page.click("#tab-criteria");
    await standInCall(page, "select", "Build confidence");
    await page.check("#pick-2\\.3");
    await page.click("#tag-button");
    await expect.poll(async () => (await controls(page)).map((c) => c.tag)).toContain("cd1:ac:2.3");
    await page.unroute("**/api/check");
  });
});

describe("a document without an identity part", () => {
  it("asks which unit it is for, and stores the answer in the document", async () => {
    const page = await openPane(blankDiary, { withoutIdentity: true });
    await expect.poll(() => page.locator("#identity-panel").isVisible()).toBe(true);
    expect(await text(page, "#unit-line")).toBe("No unit linked yet");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("qualification");
    await shot(page, "no-identity");

    const qualification = (readCatalogue(join(repoDir, "templates", "catalogue")) as Catalogue).qualifications
      .find((q) => q.mandatoryUnits.includes(unit.id) || q.optionalUnits.includes(unit.id))!;
    await page.selectOption("#qualification", qualification.id);
    await page.selectOption("#unit", unit.id);
    await page.selectOption("#kind", "coaching-diary");
    await page.fill("#learner-ref", "R1234567");
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator("#work-panel").isVisible()).toBe(true);
    expect(await text(page, "#unit-line")).toContain(unit.id);
    const parts = (await standInCall(page, "identityParts")) as string[];
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain(`<unit>${unit.id}</unit>`);
    expect(parts[0]).toContain("<learnerRef>R1234567</learnerRef>");
    expect(await text(page, "#status")).toContain(`Linked this document to unit ${unit.id}`);
    await page.close();
  });
});
