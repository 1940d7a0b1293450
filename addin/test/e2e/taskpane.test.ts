// End to end in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): the task pane is
// loaded from the running CoachingDocs Api, and the check goes to the real POST /api/check.
//
// THE WORD HOST IS A STAND-IN. Chromium is not Word, so office.js is replaced, before any page script runs, by
// test/e2e/standIn.ts: a scripted fake of the `Office` and `Word` globals over an in-memory document. What is real:
// the built pane (HTML, CSS, bundled JS), the service, the HTTP calls, the browser, keyboard and focus behaviour.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalogue, Criterion, Qualification, Unit } from "../../src/catalogue/catalogue";
import { readManifest } from "../manifestShape";
import { addinDir, repoDir, startServices, type Services } from "./services";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";

// Screenshots go to docs/images only when asked (ADDIN_SCREENSHOTS=docs), so a test run never changes tracked files.
const screenshots = process.env.ADDIN_SCREENSHOTS === "docs" ? join(repoDir, "docs", "images") : join(repoDir, "addin", "test-results", "screenshots");
const realCatalogueFolder = join(repoDir, "templates", "catalogue");
const fixtureCatalogueFolder = join(addinDir, "test", "fixtures", "catalogue");

interface Choice { catalogueFolder: string; qualification: Qualification; unit: Unit; a1: Criterion; a2: Criterion }

/**
 * A qualification/unit with ACs in the real catalogue, preferring a unit with a coaching diary and two or more learning
 * outcomes (the stand-in document is a diary); the test fixture only while the real catalogue has none.
 */
function chooseUnit(): Choice {
  for (const folder of [realCatalogueFolder, fixtureCatalogueFolder]) {
    const c = readCatalogue(folder) as Catalogue;
    const candidates: Choice[] = [];
    for (const qualification of c.qualifications) {
      for (const id of [...qualification.mandatoryUnits, ...qualification.optionalUnits]) {
        const unit = c.units.find((u) => u.id.toLowerCase() === id.toLowerCase());
        const all = unit?.learningOutcomes.flatMap((lo) => lo.criteria) ?? [];
        if (!unit || all.length < 2) continue;
        const a2 = unit.learningOutcomes[1]?.criteria[0] ?? all[1]!;
        candidates.push({ catalogueFolder: folder, qualification, unit, a1: all[0]!, a2 });
      }
    }
    const best =
      candidates.find((x) => x.unit.documentKinds.includes("coaching-diary") && x.unit.learningOutcomes.length >= 2) ?? candidates[0];
    if (!best) continue;
    if (folder === fixtureCatalogueFolder) console.warn("NOTE: templates/catalogue has no usable unit yet; the e2e test uses the test fixture catalogue.");
    return best;
  }
  throw new Error("No catalogue with a usable unit");
}

function buildPane(catalogueFolder: string): void {
  execFileSync("node", [join(addinDir, "scripts", "build.mjs")], {
    cwd: addinDir, env: { ...process.env, COACHINGDOCS_CATALOGUE: catalogueFolder }, stdio: "inherit",
  });
}

let services: Services;
let context: BrowserContext;
let page: Page;
let profile: string;
let standIn = "";
let choice: Choice;
let realCheckShown = false;

async function openPane(config: Record<string, unknown> = {}): Promise<Page> {
  const p = await context.newPage();
  await p.addInitScript((c) => {
    (window as unknown as Record<string, unknown>).__standInConfig = c;
  }, config);
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await p.goto(new URL("addin/taskpane.html", services.baseUrl).toString());
  await p.waitForFunction(() => document.getElementById("unit-line")?.textContent !== "Loading…");
  expect(errors).toEqual([]);
  return p;
}

// What the learner sees in a 320 x 720 pane (the status bar stays at the bottom of the pane).
const shot = (p: Page, name: string) => p.screenshot({ path: join(screenshots, `addin-${name}.png`) });
const text = (p: Page, selector: string) => p.locator(selector).innerText();
const controls = (p: Page) =>
  p.evaluate(() => (window as unknown as { __standIn: { controls(): { id: number; tag: string; title: string; color: string; text: string }[] } }).__standIn.controls());
const standInCall = (p: Page, fn: string, ...args: string[]) =>
  p.evaluate(([f, a]) => {
    const host = (window as unknown as { __standIn: Record<string, (...x: string[]) => unknown> }).__standIn;
    return host[f as string]!(...(a as string[]));
  }, [fn, args] as const);
const esc = (ref: string) => ref.replace(/\./g, "\\.");

beforeAll(async () => {
  choice = chooseUnit();
  buildPane(choice.catalogueFolder);
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
  page = await openPane();
});

afterAll(async () => {
  await context?.close();
  await services?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
  // Leave addin/dist built from the real catalogue, whatever the test used.
  if (choice && choice.catalogueFolder !== realCatalogueFolder) buildPane(realCatalogueFolder);
});

describe("manifest", () => {
  it("is well-formed add-in manifest XML and every URL in it is served by the running service", async () => {
    const m = await readManifest();
    expect(m.root).toBe("OfficeApp");
    expect(m.hosts).toEqual(["Document"]);
    const origin = "https://localhost:7071/";
    for (const url of m.urls) {
      const local = new URL(url.slice(origin.length - 1) || "/", services.baseUrl);
      const response = await fetch(local);
      if (new URL(url).pathname === "/") expect(response.status).toBeLessThan(500); // AppDomain: an origin, not a page
      else expect(response.status, `${url} -> ${local}`).toBe(200);
    }
    expect(m.urls.filter((u) => u.endsWith(".png")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("task pane in Chromium with the Word stand-in", () => {
  it("asks which unit a document without identity is for, and stores the answer in the document", async () => {
    await expect.poll(() => page.locator("#identity-panel").isVisible()).toBe(true);
    expect(await text(page, "#unit-line")).toBe("No unit linked yet");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("qualification");
    await shot(page, "no-identity");

    await page.selectOption("#qualification", choice.qualification.id);
    await page.selectOption("#unit", choice.unit.id);
    if (choice.unit.documentKinds.includes("coaching-diary")) await page.selectOption("#kind", "coaching-diary");
    await page.fill("#learner-ref", "R1234567");
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator("#work-panel").isVisible()).toBe(true);
    expect(await text(page, "#unit-line")).toContain(choice.unit.id);
    const parts = (await standInCall(page, "identityParts")) as string[];
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain(`<unit>${choice.unit.id}</unit>`);
    expect(parts[0]).toContain("<learnerRef>R1234567</learnerRef>");
    expect(await text(page, "#status")).toContain(`Linked this document to unit ${choice.unit.id}`);
  });

  it("lists every learning outcome and AC of the unit with its wording", async () => {
    for (const lo of choice.unit.learningOutcomes) {
      for (const c of lo.criteria) {
        const row = await text(page, `#ac-${esc(c.ref)}`);
        expect(row).toContain(c.ref);
        expect(row.replace(/\s+/g, " ")).toContain(c.text.replace(/\s+/g, " ").slice(0, 40));
      }
    }
  });

  it("tags a passage with an AC using only the keyboard, and coverage changes", async () => {
    const { a1 } = choice;
    const coveredBefore = await page.locator("#figure-covered").textContent();
    const statusBefore = await text(page, `#ac-${esc(a1.ref)} .status-chip`);
    await standInCall(page, "select", "I listened more than I spoke");

    await page.focus(`#pick-${esc(a1.ref)}`);
    await page.keyboard.press("Space");
    expect(await text(page, "#tag-button")).toBe(`Tag selection with AC ${a1.ref}`);
    await page.focus("#tag-button");
    await page.keyboard.press("Enter");

    await expect.poll(() => text(page, `#ac-${esc(a1.ref)} .status-chip`)).toBe("1 tagged passage");
    const made = (await controls(page)).find((c) => c.tag === `cd1:ac:${a1.ref}`)!;
    expect(made).toMatchObject({ title: `AC ${a1.ref}`, text: "I listened more than I spoke" });
    expect(made.color).toMatch(/^#[0-9A-F]{6}$/);
    const [covered, total] = (coveredBefore ?? "").split(" of ").map(Number);
    const expected = statusBefore === "Missing" ? covered! + 1 : covered!;
    expect(await page.locator("#figure-covered").textContent()).toBe(`${expected} of ${total}`);
    expect(await text(page, "#status")).toContain(`Tagged the selection with AC ${a1.ref}`);
  });

  it("tags one passage with two ACs, jumps to it, and untags one AC keeping the text", async () => {
    const { a1, a2 } = choice;
    await standInCall(page, "select", "Next time I will summarise earlier");
    await page.check(`#pick-${esc(a2.ref)}`);
    await page.check(`#pick-${esc(a1.ref)}`);
    await page.click("#tag-button");
    await expect.poll(async () => (await controls(page)).map((c) => c.tag)).toContain(`cd1:ac:${a1.ref},${a2.ref}`);
    expect(await text(page, `#ac-${esc(a1.ref)} .status-chip`)).toBe("2 tagged passages");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "criteria");

    await standInCall(page, "select", "Coaching diary");
    await page.getByRole("button", { name: `Go to passage 2 for AC ${a1.ref}` }).click();
    await expect.poll(() => standInCall(page, "selectionText")).toBe("Next time I will summarise earlier");

    await page.getByRole("button", { name: `Remove AC ${a2.ref} from passage 1` }).click();
    await expect.poll(async () => (await controls(page)).map((c) => c.tag)).toContain(`cd1:ac:${a1.ref}`);
    expect((await controls(page)).filter((c) => c.tag.startsWith("cd1:ac:")).map((c) => c.tag)).toEqual([`cd1:ac:${a1.ref}`, `cd1:ac:${a1.ref}`]);
    expect(await text(page, "#status")).toContain("its text is kept");
  });

  it("shows hours and sessions from the diary, flags an unreadable duration, and updates as the learner types", async () => {
    await page.click("#tab-coverage");
    expect(await text(page, "#figure-hours")).toBe("3 h");
    expect(await text(page, "#figure-sessions")).toBe("3");
    expect(await text(page, "#coverage")).toContain("Session 3: “about an hour”");
    await shot(page, "coverage");

    await standInCall(page, "type", "about an hour", "45 mins");
    await expect.poll(() => text(page, "#figure-hours"), { timeout: 8000 }).toBe("3 h 45 min");
    expect(await text(page, "#coverage")).not.toContain("could not be read");
  });

  it("is usable from the keyboard: arrow keys move between tabs and focus is visible", async () => {
    await page.focus("#tab-coverage");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    expect(await page.locator("#panel-check").isVisible()).toBe(true);
    expect(await page.locator("#panel-coverage").isVisible()).toBe(false);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-criteria");
    expect(await page.locator("#status").getAttribute("aria-live")).toBe("polite");
    // Fits the narrow pane: nothing scrolls sideways at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Every form control has a label a screen reader can announce.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, button")].filter((el) => {
        const e = el as HTMLInputElement;
        return !(e.labels?.length || e.getAttribute("aria-label") || e.textContent?.trim());
      }).length);
    expect(unlabelled).toBe(0);
  });

  it("checks the portfolio with the real service and shows its findings", async (ctx) => {
    await page.click("#tab-check");
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/check"));
    await page.click("#check-button");
    const response = await answer;
    if (response.status() === 404) {
      await expect.poll(() => text(page, "#check-result")).toContain("no check endpoint");
      console.warn("SKIPPED: the Api on this branch has no POST /api/check yet; the pane shows its 'no check endpoint' message.");
      ctx.skip();
      return;
    }
    const body = await response.json().catch(() => null);
    if (response.status() !== 200 && choice.catalogueFolder === fixtureCatalogueFolder) {
      // The test fixture's unit is unknown to the service's catalogue, so a refusal is the right answer here.
      await expect.poll(() => text(page, "#check-result")).toContain("The check could not run");
      console.warn(`SKIPPED: the service refused the fixture unit ${choice.unit.id} (${response.status()}); findings are checked once templates/catalogue has units.`);
      ctx.skip();
      return;
    }
    expect(response.status(), JSON.stringify(body)).toBe(200);
    const findings = body.findings as { code: string; message: string }[];
    if (findings.length > 0) {
      await expect.poll(() => text(page, "#check-result")).toContain(`Findings (${findings.length})`);
      expect(await page.locator("#findings > li").count()).toBe(findings.length);
      expect(await text(page, "#findings")).toContain(findings[0]!.message);
    } else {
      await expect.poll(() => text(page, "#check-result")).toContain("No findings");
    }
    await shot(page, "check");
    realCheckShown = true;
    const link = page.locator("#findings button").first();
    if (await link.count()) {
      await link.click();
      expect(await text(page, "#status")).not.toContain("could not");
    }
  });

  it("links each finding to the AC or session it names (service answer scripted in the report's shape)", async () => {
    const { a2 } = choice;
    const report = {
      unit: choice.unit.id, hours: { total: 3.75 }, sessions: [{}, {}, {}],
      criteria: choice.unit.learningOutcomes.flatMap((lo) => lo.criteria).map((c) => ({ ref: c.ref, status: c.ref === a2.ref ? "missing" : "evidenced" })),
      findings: [
        { code: "HOURS_SHORT", message: "3.75 of the 6 hours the unit needs are recorded.", location: "coaching-diary.docx" },
        { code: `AC_${a2.ref}_NO_EVIDENCE`, message: `No evidence found for AC ${a2.ref}.`, location: null },
        { code: "SESSION_WITHOUT_REFLECTION", message: "Session 2 has no reflective-log entry.", location: "coaching-diary.docx, session 2" },
      ],
      warnings: [{ code: "IDENTITY_FROM_LABELS", message: "Identity read from the part.", location: null }],
    };
    await page.route("**/api/check", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(report) }));
    await page.click("#tab-check");
    await page.click("#check-button");
    await expect.poll(() => text(page, "#check-result")).toContain("Findings (3)");
    expect(await text(page, "#check-result")).toContain("3 h 45 min");
    if (!realCheckShown) await shot(page, "check");

    await page.getByRole("button", { name: `Show AC ${a2.ref}` }).click();
    expect(await page.locator("#panel-criteria").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`pick-${a2.ref}`);

    await page.click("#tab-check");
    await page.getByRole("button", { name: "Go to session 2" }).click();
    await expect.poll(() => standInCall(page, "selectionText")).toBe("90 mins");
    await page.unroute("**/api/check");
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
    await standInCall(page, "select", "Coaching diary");
    await page.check(`#pick-${esc(choice.a2.ref)}`);
    await page.click("#tag-button");
    await expect.poll(async () => (await controls(page)).map((c) => c.tag)).toContain(`cd1:ac:${choice.a2.ref}`);
    await page.unroute("**/api/check");
  });

  it("opens straight on the AC list for a document whose identity the generator wrote", async () => {
    const xml = `<identity xmlns="urn:coachingdocs:identity:1"><kind>coaching-diary</kind><unit>${choice.unit.id}</unit><templateVersion>1</templateVersion></identity>`;
    const p = await openPane({ identityXml: xml });
    await expect.poll(() => p.locator("#work-panel").isVisible()).toBe(true);
    expect(await p.locator("#identity-panel").isVisible()).toBe(false);
    expect(await p.locator(`#ac-${esc(choice.a1.ref)}`).count()).toBe(1);
    await p.close();
  });
});
