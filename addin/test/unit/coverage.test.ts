import { describe, expect, it } from "vitest";
import { computeCoverage, computeHours, excerpt } from "../../src/coverage/coverage";
import type { DocumentScan } from "../../src/coverage/documentScan";
import { loadFixtureUnit } from "./fixtureCatalogue";

const unit = loadFixtureUnit();

function scan(partial: Partial<DocumentScan>): DocumentScan {
  return { evidence: [], sections: [], records: [], ...partial };
}

const section = (id: number, key: string, text: string) => ({ id, key, name: key.split("#")[1]!, text });

describe("computeCoverage", () => {
  it("marks every AC missing in an empty document", () => {
    const c = computeCoverage(unit, scan({}));
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
    }));
    const byRef = Object.fromEntries(c.criteria.map((x) => [x.ref, x]));
    expect(byRef["2.1"]!.passages.map((p) => p.id)).toEqual([1, 2]);
    expect(byRef["2.2"]!.status).toBe("tagged");
    expect(byRef["1.1"]!.status).toBe("missing");
    expect(byRef["2.1"]!.outcomeRef).toBe("2");
    expect(byRef["2.1"]!.outcomeIndex).toBe(1);
    expect(c.covered).toBe(2);
  });

  it("counts a filled section by its kind#name, an empty one not", () => {
    const sections = [
      section(10, "coaching-diary#sessionGoal", "Agree priorities"),
      section(11, "coaching-diary#contract", ""),
      section(12, "coaching-diary#reflection", "A diary's reflection box evidences nothing in this unit"),
    ];
    const diary = computeCoverage(unit, scan({ sections }));
    expect(diary.criteria.find((x) => x.ref === "1.2")).toMatchObject({ status: "by-design", sections: [{ id: 10, name: "sessionGoal" }] });
    expect(diary.criteria.find((x) => x.ref === "1.1")!.status).toBe("missing");
    expect(diary.criteria.find((x) => x.ref === "2.1")!.status).toBe("missing");
    const log = computeCoverage(unit, scan({ sections: [section(13, "reflective-log#reflection", "I rushed the options")] }));
    expect(log.criteria.find((x) => x.ref === "2.1")!.status).toBe("by-design");
  });

  it("counts the portfolio's documents together", () => {
    const diary = scan({ sections: [section(10, "coaching-diary#sessionGoal", "Agree priorities")] });
    const log = scan({ sections: [section(20, "reflective-log#reflection", "I rushed the options")] });
    expect(computeCoverage(unit, [diary, log]).covered).toBe(2);
  });

  it("evidences an AC worded as a unit rule by the records that rule counts", () => {
    const ruled = { ...unit, rules: [{ kind: "minHours", value: 6, text: "Set a goal for each session" }] };
    const withSession = scan({ records: [{ id: 1, form: "coaching-diary", fields: { duration: "1 hr" }, fieldIds: {} }] });
    expect(computeCoverage(ruled, withSession).criteria.find((x) => x.ref === "1.2")!.status).toBe("by-records");
    expect(computeCoverage(ruled, scan({})).criteria.find((x) => x.ref === "1.2")!.status).toBe("missing");
  });

  it("prefers tagged passages over design sections and reports ACs the unit lacks", () => {
    const c = computeCoverage(unit, scan({
      evidence: [{ id: 1, criteria: ["1.2", "9.9"], text: "Goal agreed" }, { id: 2, criteria: ["9.9", "3.1"], text: "Other unit" }],
      sections: [section(10, "coaching-diary#sessionGoal", "Agree priorities")],
    }));
    expect(c.criteria.find((x) => x.ref === "1.2")!.status).toBe("tagged");
    // Each once, in order.
    expect(c.unknownReferences).toEqual(["3.1", "9.9"]);
  });

  it("shortens long passages to a one-line excerpt", () => {
    expect(excerpt("  a\n\n b  ")).toBe("a b");
    const long = excerpt("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("…")).toBe(true);
    // 80 characters fit; beyond, the first 79 less the spaces they end with, then "…".
    const x78 = "x".repeat(78);
    expect(excerpt(`${x78}yz`)).toBe(`${x78}yz`);
    expect(excerpt(`${x78}yz!`)).toBe(`${x78}y…`);
    expect(excerpt(` ${x78} yz`)).toBe(`${x78}…`);
  });
});

describe("computeHours", () => {
  const rec = (id: number, fields: Record<string, string>, form = "coaching-diary") =>
    ({ id, form, fields, fieldIds: Object.fromEntries(Object.keys(fields).map((f, i) => [f, id * 10 + i])) });

  it("adds up the durations it can read and lists the ones it cannot", () => {
    const h = computeHours(scan({
      records: [
        rec(1, { clientRef: "A", sessionNumber: "1", duration: "1.5 hrs" }),
        rec(2, { clientRef: "B", sessionNumber: "2", duration: "90 mins" }),
        rec(3, { clientRef: "A", sessionNumber: "3", duration: "tbc" }),
        rec(4, { sessionNumber: "4", startTime: "10:00", endTime: "11:15" }),
        rec(5, { clientRef: "A", sessionNumber: "5", duration: "" }),
        rec(6, { duration: "2 hours" }, "supervision-record"),
      ],
    }));
    expect(h).toMatchObject({ totalMinutes: 255, sessions: 4, clients: 2 });
    expect(h.unreadable).toEqual([{ session: 3, text: "tbc", controlId: 32 }]);
  });

  it("takes the times when the duration is unreadable, and a pre-filled session number alone is no session", () => {
    const h = computeHours(scan({
      records: [rec(1, { sessionNumber: "1", duration: "a while", startTime: "9am", endTime: "10.30" }), rec(2, { sessionNumber: "2", clientRef: "A" })],
    }));
    expect(h).toMatchObject({ totalMinutes: 90, sessions: 1, unreadable: [] });
  });

  it("gives the unit's minimum hours as the target", () => {
    const ruled = { ...unit, rules: [{ kind: "minHours", value: 6, text: "" }] };
    expect(computeHours(scan({}), ruled).targetMinutes).toBe(360);
    expect(computeHours(scan({}), { ...unit, rules: [] }).targetMinutes).toBeNull();
  });
});
