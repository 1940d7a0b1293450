// How readScan turns fields into records (docs/reading.md "Conventions"; the C# TaggedReader and RecordDraft): which
// fields make none, where a run of loose fields ends, which value a field keeps, and the order records come in.
import { describe, expect, it } from "vitest";
import { computeHours } from "../../src/coverage/coverage";
import { readScan } from "../../src/coverage/documentScan";
import { field, item, scanned } from "../fakes/scannedControls";

const read = (controls: ReturnType<typeof scanned>, kind = "coaching-diary") => readScan(controls, kind, {});
const fieldsOf = (controls: ReturnType<typeof scanned>, kind = "coaching-diary") => read(controls, kind).records.map((r) => r.fields);

describe("fields that make no record", () => {
  it.each([
    "learnerName", "registrationNumber", "centreName", "centreNumber", "assessorName", "qualificationTitle", "unitTitle",
    "supervisorName", "plannedSessions", "formTitle",
  ])("a person's or the form's identity (%s), filled by the generator, is in no record", (name) => {
    expect(read(scanned(field(name, "Pat Smith")))).toEqual({ evidence: [], sections: [], records: [] });
  });

  it.each(["totalHours", "exceptionalReason", "planMonths", "unitId", "startDate", "endDate"])(
    "a header field of the document (%s) is kept apart from every record",
    (name) => {
      expect(read(scanned(field(name, "12")))).toEqual({ evidence: [], sections: [], records: [] });
    },
  );
});

describe("loose fields (outside any item)", () => {
  it.each(["clientRef", "sessionNumber", "sessionDate", "duration", "startTime", "endTime"])(
    "a key field (%s) met again with a value written starts the next record",
    (key) => {
      const controls = scanned(field(key, "first"), field("goal", "goal one"), field(key, "second"), field("goal", "goal two"));
      expect(fieldsOf(controls)).toEqual([{ [key]: "first", goal: "goal one" }, { [key]: "second", goal: "goal two" }]);
    },
  );

  it("a field that is no key field, met again, stays in its record and keeps its first written value", () => {
    const controls = scanned(field("duration", "1 hr"), field("goal", ""), field("goal", "Agree priorities"), field("goal", "Later text"));
    expect(fieldsOf(controls)).toEqual([{ duration: "1 hr", goal: "Agree priorities" }]);
  });

  it("a key field met again starts the next record even when blank: on a host that lists no items it is where the next item begins", () => {
    // A per-client diary read without its items: the block's header names the client, the session's own reference is empty.
    const controls = scanned(field("clientRef", "Client 1"), field("clientGoals", "Lead the team"), field("clientRef", ""), field("duration", "1 hr"));
    expect(fieldsOf(controls)).toEqual([{ clientRef: "Client 1", clientGoals: "Lead the team" }, { clientRef: "Client 1", duration: "1 hr" }]);
  });

  it("belong to a record of the document's kind", () => {
    expect(read(scanned(field("duration", "1 hr")), "hours-log").records.map((r) => r.form)).toEqual(["hours-log"]);
  });
});

describe("records", () => {
  it("an item with no fields is a record with nothing written, and no session", () => {
    const s = read(scanned(item("session", "Session 1")));
    expect(s.records).toEqual([{ id: 1, form: "coaching-diary", fields: {}, fieldIds: {} }]);
    expect(computeHours(s).sessions).toBe(0);
  });

  it("come in document order, loose runs and items alike", () => {
    // ids: 1 loose duration, 2 item, 3 its duration, 4 loose duration again (a key field: the next loose record).
    const s = read(scanned(field("duration", "1 hr"), item("session", field("duration", "2 hrs")), field("duration", "3 hrs")));
    expect(s.records.map((r) => [r.id, r.fields.duration])).toEqual([[1, "1 hr"], [2, "2 hrs"], [4, "3 hrs"]]);
    expect(computeHours(s).sessions).toBe(3);
  });

  it("ignore controls whose tag is not of the convention, wherever they are", () => {
    const controls = [
      { id: 1, tag: "MyCompanyField", text: "not ours", inner: [] },
      { id: 2, tag: "cd1:zz:what", text: "not ours", inner: [] },
      { id: 3, tag: "cd1:f:duration", text: "1 hr", inner: [] },
    ];
    expect(read(controls).records.map((r) => r.fields)).toEqual([{ duration: "1 hr" }]);
  });
});
