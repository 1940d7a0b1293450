// Which records are sessions and what each one counts, by the check's rule (docs/reading.md "Conventions"; the C#
// RecordAssembler.AddSession and Minutes): a duration, or start and end times, or a date and a session number; minutes
// from the duration, else from times whose end is after their start; anything else is unreadable, never a guess.
import { describe, expect, it } from "vitest";
import { computeHours, sessionRecords } from "../../src/coverage/coverage";
import type { DocumentScan, ScannedRecord } from "../../src/coverage/documentScan";

const rec = (id: number, fields: Record<string, string>, form = "coaching-diary"): ScannedRecord =>
  ({ id, form, fields, fieldIds: Object.fromEntries(Object.keys(fields).map((f, i) => [f, id * 10 + i])) });
const scan = (...records: ScannedRecord[]): DocumentScan => ({ evidence: [], sections: [], records });

describe("sessionRecords", () => {
  it.each([["coaching-diary", 1], ["hours-log", 1], ["", 1], ["reflective-log", 0], ["client-feedback", 0], ["supervision-record", 0], ["development-plan", 0], ["other", 0]])(
    "a record of the form %j with a duration is %i session(s)",
    (form, count) => {
      expect(sessionRecords(scan(rec(1, { duration: "1 hr" }, form as string)))).toHaveLength(count as number);
    },
  );

  it("is a record with a duration, both times, or a date and a session number; a time, a date or a number alone is none", () => {
    const records = [
      rec(1, { startTime: "10:00" }),
      rec(2, { endTime: "11:00" }),
      rec(3, { sessionDate: "05/05/2025" }),
      rec(4, { sessionNumber: "4" }),
      rec(5, { sessionDate: "05/05/2025", sessionNumber: "" }),
      rec(6, { duration: "", startTime: "", endTime: "", sessionDate: "" }),
      rec(7, { duration: "1 hr" }),
      rec(8, { startTime: "10:00", endTime: "11:00" }),
      rec(9, { sessionDate: "05/05/2025", sessionNumber: "9" }),
    ];
    expect(sessionRecords(scan(...records)).map((r) => r.id)).toEqual([7, 8, 9]);
  });
});

describe("a session's minutes", () => {
  it("come from the times only when both read and the end is after the start; otherwise the session is unreadable", () => {
    const h = computeHours(scan(
      rec(1, { startTime: "tbc", endTime: "11:00" }),
      rec(2, { startTime: "10:00", endTime: "tbc" }),
      rec(3, { startTime: "11:00", endTime: "10:00" }),
      rec(4, { startTime: "10:00", endTime: "10:00" }),
      rec(5, { sessionDate: "05/05/2025", sessionNumber: "5" }),
      rec(6, { startTime: "10:00", endTime: "10:45" }),
    ));
    // No duration field: the unreadable entries have no text and no control to point at.
    expect(h.unreadable).toEqual([1, 2, 3, 4, 5].map((session) => ({ session, text: "", controlId: null })));
    expect(h).toMatchObject({ sessions: 6, totalMinutes: 45 });
  });

  it("come from the duration when it reads, whatever the times say", () => {
    expect(computeHours(scan(rec(1, { duration: "30 mins", startTime: "10:00", endTime: "11:00" }))).totalMinutes).toBe(30);
  });
});

describe("computeHours", () => {
  it("counts a client written in different cases once", () => {
    expect(computeHours(scan(rec(1, { clientRef: "Client A", duration: "1 hr" }), rec(2, { clientRef: "client a", duration: "1 hr" }))).clients).toBe(1);
  });

  it("takes the target from the unit's minHours rule, wherever it is among the rules", () => {
    const unit = { id: "U", title: "", level: 3, learningOutcomes: [], documentKinds: [], rules: [
      { kind: "minIndividuals", value: 4, text: "" }, { kind: "minHours", value: 54, text: "" }, { kind: "maxIndividuals", value: 9, text: "" },
    ] };
    expect(computeHours(scan(), unit).targetMinutes).toBe(54 * 60);
    expect(computeHours(scan(), { ...unit, rules: unit.rules.filter((r) => r.kind !== "minHours") }).targetMinutes).toBeNull();
  });
});
