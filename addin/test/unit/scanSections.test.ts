// What a section or evidence control counts as the learner's writing (docs/reading.md; the C# TaggedReader.SectionText):
// only the answer fields inside it, never the labels, client reference, session number or identity the template or
// generator put there; and under which form's name ("kind#section") a section is evidence by design.
import { describe, expect, it } from "vitest";
import { emptyScan, readScan } from "../../src/coverage/documentScan";
import { evidence, field, item, scanned, section } from "../fakes/scannedControls";

const read = (controls: ReturnType<typeof scanned>, kind = "coaching-diary") => readScan(controls, kind, {});

describe("a section's text", () => {
  it("is nothing when its fields only say who or which (client, session number, unit, the learner's name), whatever its labels", () => {
    const s = read(scanned(section("sessionRecord",
      "Client Ref/ID ", field("clientRef", "C1"), " Session ", field("sessionNumber", "1"), " Unit ", field("unitId", "T-301"),
      " Learner ", field("learnerName", "Pat Smith"), " Duration ", field("duration", ""))));
    expect(s.sections).toEqual([]);
  });

  it("is its written answers, each trimmed, one a line, empty ones left out", () => {
    const s = read(scanned(section("reflection",
      "What did you learn? ", field("learning", "  I paused before asking  "), " Improve? ", field("improvement", "   "),
      " Questions ", field("questioning", "Ask open questions"))));
    expect(s.sections).toEqual([{ id: 1, key: "coaching-diary#reflection", name: "reflection", text: "I paused before asking\nAsk open questions" }]);
  });

  it("counts only the fields of the convention among the controls inside it", () => {
    const controls = [
      { id: 1, tag: "cd1:s:sessionGoal", text: "Goal not ours Agree priorities", inner: [2, 3] },
      { id: 2, tag: "MyCompanyField", text: "not ours", inner: [] },
      { id: 3, tag: "cd1:f:goal", text: "Agree priorities", inner: [] },
    ];
    expect(read(controls).sections.map((x) => x.text)).toEqual(["Agree priorities"]);
  });

  it("without fields, is its text less what the blank template prints", () => {
    const baseline = { "coaching-diary": { lines: ["The coaching contract"], prefixes: [] } };
    const s = readScan(scanned(section("contract", "The coaching contract\nWe meet fortnightly")), "coaching-diary", baseline);
    expect(s.sections.map((x) => x.text)).toEqual(["We meet fortnightly"]);
  });
});

describe("a section's form", () => {
  it("is the form of the item holding it (a reflection entry in a diary is the reflective log's)", () => {
    const s = read(scanned(item("reflection", section("reflection", field("learning", "I paused")))));
    expect(s.sections.map((x) => x.key)).toEqual(["reflective-log#reflection"]);
  });

  it("is the document's outside any item, and a document of unknown kind has no design sections (its tags still count)", () => {
    const controls = scanned(section("sessionGoal", field("goal", "Agree priorities")), evidence("1.2", "Agree priorities"));
    expect(read(controls, "coaching-diary").sections.map((x) => x.key)).toEqual(["coaching-diary#sessionGoal"]);
    const unknown = read(controls, "");
    expect(unknown.sections).toEqual([]);
    expect(unknown.evidence).toEqual([{ id: 3, criteria: ["1.2"], text: "Agree priorities" }]);
  });
});

describe("an evidence control", () => {
  it("is a passage when it holds writing, and nothing when it is empty or holds only who-and-which fields", () => {
    const s = read(scanned(
      evidence("2.1,2.2", "  I listened more than I spoke  "),
      evidence("1.1", "   "),
      evidence("1.2", "Client ", field("clientRef", "C1")),
    ));
    expect(s.evidence).toEqual([{ id: 1, criteria: ["2.1", "2.2"], text: "I listened more than I spoke" }]);
  });
});

it("the empty scan, shown before a document is read, holds nothing", () => {
  expect(emptyScan).toEqual({ evidence: [], sections: [], records: [] });
});
