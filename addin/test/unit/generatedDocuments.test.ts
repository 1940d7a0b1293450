// The pane's figures on documents our real generator made (tests/shared/generated, blank and filled), loaded into the
// stand-in Word host (no kinder than Word: no repeating-section items or date pickers listed), must equal the figures
// in tests/shared/generated/expected.json, which the .NET check is held to as well
// (tests/CoachingDocs.Core.Tests/Checking/GeneratedDocumentFiguresTests.cs).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findUnit, type Catalogue } from "../../src/catalogue/catalogue";
import { computeCoverage, computeHours } from "../../src/coverage/coverage";
import { readScan, type DocumentScan, type TemplateBaseline } from "../../src/coverage/documentScan";
import { readIdentity } from "../../src/word/identity";
import { scanControls } from "../../src/word/scanner";
import { tagSelection } from "../../src/word/tagging";
import { loadDocx } from "../fakes/docxReader";
import { installFakeHost, text, type ControlKind } from "../fakes/fakeWordHost";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";
// @ts-expect-error plain JavaScript build script without type declarations
import { readBaseline } from "../../scripts/readBaseline.mjs";

const repo = join(__dirname, "..", "..", "..");
const folder = join(repo, "tests", "shared", "generated");
interface Case {
  name: string; unit?: string; files: string[]; kind: string | null; covered: string[];
  sessions: number; minutes: number; clients: number; unreadable: number; supervisionSessions: number;
}
const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as { unit: string; cases: Case[] };
const catalogue = readCatalogue(join(repo, "templates", "catalogue")) as Catalogue;
const baseline = readBaseline(join(repo, "templates")) as TemplateBaseline;
const unit = findUnit(catalogue, expected.unit)!;
const unitOf = (c: Case) => findUnit(catalogue, c.unit ?? expected.unit)!;

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

/** Opens one file in the stand-in host and reads it as the pane does: identity first, then the controls. */
async function paneScan(file: string, exposes: ControlKind[] = [], wordApi = "1.4"): Promise<{ kind: string; scan: DocumentScan }> {
  const doc = await loadDocx(join(folder, file), { exposes, wordApi });
  installFakeHost(doc);
  const identity = await readIdentity();
  const kind = identity?.kind ?? "";
  return { kind, scan: readScan(await scanControls(), kind, baseline) };
}

describe("the pane on generated documents", () => {
  it("has a document of every kind the generator has a Word template for", () => {
    expect(unit.id).toBe(expected.unit);
    const templates = readdirSync(join(repo, "templates")).filter((f) => f.endsWith(".docx")).map((f) => f.slice(0, -5)).sort();
    expect(templates.length).toBeGreaterThanOrEqual(10);
    expect([...new Set(expected.cases.map((c) => c.kind).filter((k) => k !== null))].sort()).toEqual(templates);
    for (const c of expected.cases) expect(unitOf(c), c.name).toBeTruthy();
  });

  describe.each([
    ["a host that lists no repeating-section items or date pickers", [] as ControlKind[], "1.4"],
    ["a host that lists them", ["repeatingSection", "repeatingSectionItem", "date"] as ControlKind[], "1.4"],
    ["an older host (identity through the Common API)", [] as ControlKind[], "1.3"],
  ])("on %s", (_host, exposes, wordApi) => {
    it.each(expected.cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      const scans: DocumentScan[] = [];
      for (const file of c.files) {
        const { kind, scan } = await paneScan(file, exposes, wordApi);
        if (c.kind !== null) expect(kind).toBe(c.kind);
        scans.push(scan);
      }
      const all: DocumentScan = { evidence: scans.flatMap((s) => s.evidence), sections: scans.flatMap((s) => s.sections), records: scans.flatMap((s) => s.records) };
      const hours = computeHours(all, unitOf(c));
      expect({ sessions: hours.sessions, minutes: hours.totalMinutes, clients: hours.clients, unreadable: hours.unreadable.length })
        .toEqual({ sessions: c.sessions, minutes: c.minutes, clients: c.clients, unreadable: c.unreadable });
      const coverage = computeCoverage(unitOf(c), scans);
      expect(coverage.criteria.filter((x) => x.status !== "missing").map((x) => x.ref)).toEqual(c.covered);
      expect(coverage.covered).toBe(c.covered.length);
    });
  });

  it("shows the unit's 6-hour target beside the hours", async () => {
    const { scan } = await paneScan("GEN-8585-301-coaching-diary-filled.docx");
    expect(computeHours(scan, unit).targetMinutes).toBe(6 * 60);
  });

  it("counts a passage the learner tags in the blank diary, and nothing else", async () => {
    const doc = await loadDocx(join(folder, "GEN-8585-301-coaching-diary-blank.docx"));
    installFakeHost(doc);
    const field = doc.controls().find((c) => c.tag === "cd1:f:reality")!;
    field.children = [text("She said the team meetings drift because nobody owns the agenda.")];
    doc.select("nobody owns the agenda");
    await tagSelection(["2.3"], "#107C10");
    const scan = readScan(await scanControls(), "coaching-diary", baseline);
    const coverage = computeCoverage(unit, scan);
    // Typing into "reality" fills the session-goal section (1.2, 2.2, 2.4 by design); the tag adds 2.3.
    expect(coverage.criteria.filter((x) => x.status !== "missing").map((x) => [x.ref, x.status])).toEqual([
      ["1.2", "tagged"], ["2.2", "tagged"], ["2.3", "tagged"], ["2.4", "tagged"],
    ]);
  });
});
