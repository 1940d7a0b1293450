import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findUnit, outcomeIndexOf, unitsOf } from "../../src/catalogue/catalogue";
import { fixtureFolder, loadFixtureCatalogue } from "./fixtureCatalogue";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";

describe("the catalogue bundled at build time", () => {
  it("keeps what the pane needs, reading comments and trailing commas as the C# loader does", () => {
    const c = loadFixtureCatalogue();
    expect(c.version).toBe("test-1");
    const unit = findUnit(c, "t-301")!;
    expect(unit.learningOutcomes.map((lo) => lo.criteria.map((x) => x.ref))).toEqual([["1.1", "1.2"], ["2.1", "2.2"]]);
    expect(unit.learningOutcomes[0]!.criteria[0]!.evidencedBy).toEqual(["coaching-diary#contract"]);
    expect(outcomeIndexOf(unit, "2.2")).toBe(1);
    expect(unitsOf(c, c.qualifications[0]!).map((u) => [u.id, !!u.unit])).toEqual([["T-301", true], ["T-999", false]]);
    expect(c.problems).toEqual(["TQ-AWARD lists unit T-999, which the catalogue does not have yet"]);
  });

  it("does not fail the build on a missing folder or a broken unit file, and says what is wrong", () => {
    expect(readCatalogue(join(tmpdir(), "no-such-catalogue-folder"))).toMatchObject({ units: [], problems: ["catalogue.json is missing"] });
    const dir = mkdtempSync(join(tmpdir(), "cat-"));
    try {
      cpSync(fixtureFolder, dir, { recursive: true });
      writeFileSync(join(dir, "units", "T-302.json"), "{ not json");
      const c = readCatalogue(dir);
      expect(c.units.map((u: { id: string }) => u.id)).toEqual(["T-301"]);
      expect(c.problems.some((p: string) => p.startsWith("units/T-302.json could not be read"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
