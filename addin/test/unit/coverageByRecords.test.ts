// An AC the unit also states as a rule ("Complete a minimum of 54 hours ...": the catalogue gives the rule the AC's
// wording) is evidenced by the records that rule counts (C# CriterionEvidenceLocator.RecordEvidence): sessions for the
// hours and individuals rules, supervision records for the supervision rules. A record holding only who and which
// (client reference, session number) is no supervision (C# RecordDraft.HasContent).
import { describe, expect, it } from "vitest";
import type { Unit } from "../../src/catalogue/catalogue";
import { computeCoverage } from "../../src/coverage/coverage";
import type { DocumentScan, ScannedRecord } from "../../src/coverage/documentScan";
import { loadFixtureUnit } from "./fixtureCatalogue";

const base = loadFixtureUnit();
const wording = "Set a goal for each session"; // AC 1.2 of the fixture unit, evidenced by design only by coaching-diary#sessionGoal
const ruled = (kind: string, text = wording): Unit => ({ ...base, rules: [{ kind, value: 1, text }] });
const rec = (form: string, fields: Record<string, string>): ScannedRecord => ({ id: 1, form, fields, fieldIds: {} });
const scan = (...records: ScannedRecord[]): DocumentScan => ({ evidence: [], sections: [], records });
const statusOf = (unit: Unit, s: DocumentScan) => computeCoverage(unit, s).criteria.find((c) => c.ref === "1.2")!.status;

const session = rec("coaching-diary", { duration: "1 hr" });
const supervision = rec("supervision-record", { sessionDate: "02/06/2025", clientRef: "" });

describe("an AC worded as a rule", () => {
  it.each(["minHours", "minIndividuals", "maxIndividuals"])("of kind %s is evidenced by a session, not by supervision", (kind) => {
    expect(statusOf(ruled(kind), scan(session))).toBe("by-records");
    expect(statusOf(ruled(kind), scan(supervision))).toBe("missing");
    expect(statusOf(ruled(kind), scan())).toBe("missing");
  });

  it.each(["minSupervisionSessions", "minSupervisionHours"])("of kind %s is evidenced by a supervision record, not by a session", (kind) => {
    expect(statusOf(ruled(kind), scan(supervision))).toBe("by-records");
    expect(statusOf(ruled(kind), scan(session))).toBe("missing");
    expect(statusOf(ruled(kind), scan())).toBe("missing");
  });

  it("is not evidenced by a supervision record that holds only its client reference or session number", () => {
    const unit = ruled("minSupervisionSessions");
    expect(statusOf(unit, scan(rec("supervision-record", { clientRef: "C1" })))).toBe("missing");
    expect(statusOf(unit, scan(rec("supervision-record", { sessionNumber: "1" })))).toBe("missing");
    expect(statusOf(unit, scan(rec("supervision-record", { clientRef: "C1", sessionNumber: "1", duration: "" })))).toBe("missing");
    expect(statusOf(unit, scan(rec("supervision-record", { notes: "Discussed boundaries" })))).toBe("by-records");
  });

  it("matches the AC's wording with spaces around either ignored, as the service compares them trimmed", () => {
    expect(statusOf(ruled("minHours", `  ${wording} `), scan(session))).toBe("by-records");
    const padded: Unit = {
      ...ruled("minHours"),
      learningOutcomes: base.learningOutcomes.map((o) => ({
        ...o, criteria: o.criteria.map((c) => (c.ref === "1.2" ? { ...c, text: ` ${wording}  ` } : c)),
      })),
    };
    expect(statusOf(padded, scan(session))).toBe("by-records");
  });

  it("of a kind that counts no records (reflection every session) is not evidenced by them", () => {
    expect(statusOf(ruled("reflectionEverySession"), scan(session))).toBe("missing");
  });
});
