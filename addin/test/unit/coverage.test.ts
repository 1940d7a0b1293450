import { describe, expect, it } from "vitest";
import { computeCoverage, computeHours, excerpt } from "../../src/coverage/coverage";
import type { DocumentScan } from "../../src/coverage/documentScan";
import { loadFixtureUnit } from "./fixtureCatalogue";

const unit = loadFixtureUnit();

function scan(partial: Partial<DocumentScan>): DocumentScan {
  return { evidence: [], sections: [], sessions: [], ...partial };
}

describe("computeCoverage", () => {
  it("marks every AC missing in an empty document", () => {
    const c = computeCoverage(unit, scan({}), "coaching-diary");
    expect(c.criteria.map((x) => [x.ref, x.status])).toEqual([["1.1", "missing"], ["1.2", "missing"], ["2.1", "missing"], ["2.2", "missing"]]);
    expect(c.covered).toBe(0);
  });

  it("counts tagged passages per AC, including multi-AC tags, and ignores empty ones", () => {
    const c = computeCoverage(unit, scan({
      evidence: [
        { id: 1, criteria: ["2.1", "2.2"], text: "I listened more than I spoke." },
        { id: 2, criteria: ["2.1"], text: "Next time I will summarise." },
        { id: 3, criteria: ["1.1"], text: "   " },
      ],
    }), "coaching-diary");
    const byRef = Object.fromEntries(c.criteria.map((x) => [x.ref, x]));
    expect(byRef["2.1"]!.passages.map((p) => p.id)).toEqual([1, 2]);
    expect(byRef["2.2"]!.status).toBe("tagged");
    expect(byRef["1.1"]!.status).toBe("missing");
    expect(byRef["2.1"]!.outcomeRef).toBe("2");
    expect(byRef["2.1"]!.outcomeIndex).toBe(1);
    expect(c.covered).toBe(2);
  });

  it("counts a filled section of this document kind as evidence by design, an empty one not", () => {
    const sections = [
      { id: 10, name: "sessionGoal", text: "Agree priorities" },
      { id: 11, name: "contract", text: "" },
      { id: 12, name: "reflection", text: "Filled, but evidences 2.1 only in a reflective log" },
    ];
    const diary = computeCoverage(unit, scan({ sections }), "coaching-diary");
    expect(diary.criteria.find((x) => x.ref === "1.2")).toMatchObject({ status: "by-design", sections: [{ id: 10, name: "sessionGoal" }] });
    expect(diary.criteria.find((x) => x.ref === "1.1")!.status).toBe("missing");
    expect(diary.criteria.find((x) => x.ref === "2.1")!.status).toBe("missing");
    const log = computeCoverage(unit, scan({ sections }), "reflective-log");
    expect(log.criteria.find((x) => x.ref === "2.1")!.status).toBe("by-design");
    const unknownKind = computeCoverage(unit, scan({ sections }), "");
    expect(unknownKind.criteria.filter((x) => x.status === "by-design").map((x) => x.ref)).toEqual(["1.2", "2.1"]);
  });

  it("prefers tagged passages over design sections and reports ACs the unit lacks", () => {
    const c = computeCoverage(unit, scan({
      evidence: [{ id: 1, criteria: ["1.2", "9.9"], text: "Goal agreed" }],
      sections: [{ id: 10, name: "sessionGoal", text: "Agree priorities" }],
    }), "coaching-diary");
    expect(c.criteria.find((x) => x.ref === "1.2")!.status).toBe("tagged");
    expect(c.unknownReferences).toEqual(["9.9"]);
  });

  it("shortens long passages to a one-line excerpt", () => {
    expect(excerpt("  a\n\n b  ")).toBe("a b");
    const long = excerpt("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("computeHours", () => {
  it("adds up the durations it can read and lists the ones it cannot", () => {
    const h = computeHours(scan({
      sessions: [
        { id: 1, durationText: "1.5 hrs", durationControlId: 11, text: "Session 1 1.5 hrs" },
        { id: 2, durationText: "90 mins", durationControlId: 12, text: "Session 2 90 mins" },
        { id: 3, durationText: "about an hour", durationControlId: 13, text: "Session 3 about an hour" },
        { id: 4, durationText: null, durationControlId: null, text: "Session 4 (no duration field)" },
        { id: 5, durationText: "", durationControlId: 15, text: "" },
      ],
    }));
    expect(h.totalMinutes).toBe(180);
    expect(h.sessions).toBe(4);
    expect(h.unreadable).toEqual([
      { session: 3, text: "about an hour", controlId: 13 },
      { session: 4, text: "", controlId: null },
    ]);
  });
});
