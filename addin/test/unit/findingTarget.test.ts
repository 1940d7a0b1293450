import { describe, expect, it } from "vitest";
import { findingTarget } from "../../src/check/findingTarget";
import type { DocumentScan } from "../../src/coverage/documentScan";

const record = (id: number, duration: string, durationId: number) =>
  ({ id, form: "coaching-diary", fields: { sessionNumber: String(id), duration }, fieldIds: { duration: durationId } });
const scan: DocumentScan = {
  evidence: [],
  sections: [{ id: 50, key: "coaching-diary#sessionGoal", name: "sessionGoal", text: "g" }],
  records: [record(1, "1 hr", 11), record(2, "", 12), record(3, "about an hour", 13)],
};

describe("findingTarget", () => {
  it("points an AC with no evidence at that AC in the pane", () => {
    expect(findingTarget({ code: "AC_1.2_NO_EVIDENCE", message: "No evidence for AC 1.2" }, scan, ["1.1", "1.2"]))
      .toEqual({ kind: "criterion", ref: "1.2" });
    expect(findingTarget({ code: "AC_9.9_NO_EVIDENCE", message: "x" }, scan, ["1.1"])).toBeNull();
  });

  it("points a numbered session at its duration field, counting sessions only", () => {
    expect(findingTarget({ code: "UNREADABLE_DURATION", message: "Could not read", location: "coaching-diary.docx, session 2" }, scan, []))
      .toEqual({ kind: "control", id: 13, label: "Go to session 2" });
    expect(findingTarget({ code: "X", message: "Session 7 has no date" }, scan, [])).toBeNull();
  });

  it("points a named section at its control, and leaves the rest unlinked", () => {
    expect(findingTarget({ code: "X", message: "empty", location: "cd1:s:sessionGoal" }, scan, [])).toMatchObject({ id: 50 });
    expect(findingTarget({ code: "HOURS_SHORT", message: "3 of 6 hours" }, scan, [])).toBeNull();
  });
});
