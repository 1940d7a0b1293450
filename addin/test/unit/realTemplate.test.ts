// The Word operations on what the generator really writes: templates/coaching-diary.docx loaded into the stand-in
// host (content controls in tables, fields inside sections, a repeating session section), and the real catalogue.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findUnit, type Catalogue } from "../../src/catalogue/catalogue";
import { computeCoverage, computeHours } from "../../src/coverage/coverage";
import { scanDocument } from "../../src/word/scanner";
import { tagSelection } from "../../src/word/tagging";
import { loadDocx } from "../fakes/docxReader";
import { installFakeHost, text, type FakeWordDocument } from "../fakes/fakeWordHost";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";

const repo = join(__dirname, "..", "..", "..");
const template = join(repo, "templates", "coaching-diary.docx");
const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

function fill(doc: FakeWordDocument, tag: string, value: string, index = 0): void {
  const c = doc.controls().filter((x) => x.tag === tag)[index];
  if (!c) throw new Error(`The template has no ${tag} #${index}`);
  c.children = [text(value)];
}

describe.skipIf(!existsSync(template))("the generator's coaching diary template", () => {
  it("has one empty session item, which counts as no session until the learner writes in it", async () => {
    const doc = await loadDocx(template);
    installFakeHost(doc);
    const scan = await scanDocument();
    expect(scan.sessions).toHaveLength(1);
    expect(scan.sessions[0]!.durationControlId).not.toBeNull();
    expect(computeHours(scan)).toEqual({ totalMinutes: 0, sessions: 0, unreadable: [] });
    expect(scan.sections.map((s) => s.name)).toEqual(expect.arrayContaining(["contract", "sessionGoal", "sessionFeedback"]));
    expect(scan.evidence).toEqual([]);
  });

  it("reads the hours the learner wrote and the sections that evidence ACs by design", async () => {
    const doc = await loadDocx(template);
    installFakeHost(doc);
    fill(doc, "cd1:f:duration", "1h 30m");
    fill(doc, "cd1:f:goal", "Build confidence in leading team meetings");
    const scan = await scanDocument();
    expect(computeHours(scan)).toEqual({ totalMinutes: 90, sessions: 1, unreadable: [] });

    const catalogue = readCatalogue(join(repo, "templates", "catalogue")) as Catalogue;
    const unit = findUnit(catalogue, "8585-301");
    if (!unit) return; // the catalogue is still being written
    const coverage = computeCoverage(unit, scan, "coaching-diary");
    const byDesign = coverage.criteria.filter((c) => c.status === "by-design");
    const expected = unit.learningOutcomes.flatMap((lo) => lo.criteria)
      .filter((c) => c.evidencedBy.includes("coaching-diary#sessionGoal")).map((c) => c.ref);
    expect(expected.length).toBeGreaterThan(0);
    expect(byDesign.map((c) => c.ref)).toEqual(expect.arrayContaining(expected));
    expect(byDesign.every((c) => c.sections.length > 0)).toBe(true);
  });

  it("tags learner text written inside a template field", async () => {
    const doc = await loadDocx(template);
    installFakeHost(doc);
    fill(doc, "cd1:f:feedback", "The client said the reframing question changed how she saw the problem.");
    doc.select("the reframing question changed how she saw the problem");
    await tagSelection(["3.1"], "#107C10");
    const scan = await scanDocument();
    expect(scan.evidence).toEqual([
      { id: expect.any(Number), criteria: ["3.1"], text: "the reframing question changed how she saw the problem" },
    ]);
  });
});
