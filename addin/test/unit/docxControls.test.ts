// The added portfolio files are read without Word; on our generated documents they must give the same figures as the
// open document read through the Word host (tests/shared/generated/expected.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findUnit, type Catalogue } from "../../src/catalogue/catalogue";
import { computeCoverage, computeHours } from "../../src/coverage/coverage";
import { readScan, type TemplateBaseline } from "../../src/coverage/documentScan";
import { controlsOfDocumentXml, NotAWordDocumentError, readDocxControls } from "../../src/portfolio/docxControls";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";
// @ts-expect-error plain JavaScript build script without type declarations
import { readBaseline } from "../../scripts/readBaseline.mjs";

const repo = join(__dirname, "..", "..", "..");
const folder = join(repo, "tests", "shared", "generated");
interface Case { name: string; unit?: string; files: string[]; kind: string | null; covered: string[]; sessions: number; minutes: number; clients: number; unreadable: number }
const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as { unit: string; cases: Case[] };
const catalogue = readCatalogue(join(repo, "templates", "catalogue")) as Catalogue;
const baseline = readBaseline(join(repo, "templates")) as TemplateBaseline;

describe("reading an added .docx without Word", () => {
  it.each(expected.cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const unit = findUnit(catalogue, c.unit ?? expected.unit)!;
    const scans = [];
    for (const [i, file] of c.files.entries()) {
      const read = await readDocxControls(file, new Uint8Array(readFileSync(join(folder, file))), (i + 1) * 1_000_000);
      if (c.kind !== null) expect(read.identity?.kind).toBe(c.kind);
      scans.push(readScan(read.controls, read.identity?.kind ?? "", baseline));
    }
    const all = { evidence: scans.flatMap((s) => s.evidence), sections: scans.flatMap((s) => s.sections), records: scans.flatMap((s) => s.records) };
    const hours = computeHours(all, unit);
    expect({ sessions: hours.sessions, minutes: hours.totalMinutes, clients: hours.clients, unreadable: hours.unreadable.length })
      .toEqual({ sessions: c.sessions, minutes: c.minutes, clients: c.clients, unreadable: c.unreadable });
    expect(computeCoverage(unit, scans).criteria.filter((x) => x.status !== "missing").map((x) => x.ref)).toEqual(c.covered);
  });

  it("nests controls, skips deleted text and reads a placeholder as empty", () => {
    const xml = `<w:body><w:sdt><w:sdtPr><w:tag w:val="cd1:i:session"/></w:sdtPr><w:sdtContent><w:p>` +
      `<w:sdt><w:sdtPr><w:tag w:val="cd1:f:duration"/></w:sdtPr><w:sdtContent><w:r><w:t>1 h</w:t></w:r><w:del><w:r><w:delText>x</w:delText><w:t>our</w:t></w:r></w:del></w:sdtContent></w:sdt>` +
      `<w:sdt><w:sdtPr><w:tag w:val="cd1:f:goal"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click here</w:t></w:r></w:sdtContent></w:sdt>` +
      `</w:p></w:sdtContent></w:sdt></w:body>`;
    expect(controlsOfDocumentXml(xml, 1)).toEqual([
      { id: 1, tag: "cd1:i:session", text: "1 hClick here\n", inner: [2, 3] },
      { id: 2, tag: "cd1:f:duration", text: "1 h", inner: [] },
      { id: 3, tag: "cd1:f:goal", text: "", inner: [] },
    ]);
  });

  it("refuses a file that is not a Word document, saying so", async () => {
    await expect(readDocxControls("notes.txt", new TextEncoder().encode("just text"), 1)).rejects.toThrow(NotAWordDocumentError);
  });
});
