// Which form a block's items hold, and the field names each form reads under (the C# TaggedReader.FormOf and Field):
// the diary's "clientFeedback" is the client's feedback and its "feedback" what the coach gave; every answer of the
// reflective log is reflection.
import { describe, expect, it } from "vitest";
import { formOf, readScan } from "../../src/coverage/documentScan";
import { field, item, scanned } from "../fakes/scannedControls";

describe("formOf", () => {
  it.each([
    ["session", "coaching-diary", "coaching-diary"],
    ["session", "", "coaching-diary"],
    ["session", "hours-log", "hours-log"],
    ["reflection", "coaching-diary", "reflective-log"],
    ["feedback", "coaching-diary", "client-feedback"],
    ["supervision", "coaching-diary", "supervision-record"],
    ["objective", "development-plan", "development-plan"],
    ["client", "coaching-diary", "other"],
    ["review", "development-plan", "other"],
  ])("items of block %j in a %j document hold the form %j", (block, kind, form) => {
    expect(formOf(block, kind)).toBe(form);
  });
});

const namesIn = (kind: string, name: string) => Object.keys(readScan(scanned(field(name, "written")), kind, {}).records[0]!.fields);
const namesInItem = (kind: string, block: string, name: string) =>
  Object.keys(readScan(scanned(item(block, field(name, "written"))), kind, {}).records[0]!.fields);

describe("field names", () => {
  it.each([
    ["clientFeedback", "feedback"],
    ["feedback", "feedbackGiven"],
    ["learning", "learning"],
    ["reflection", "reflection"],
  ])("in a coaching diary, %s is read as %s", (name, readAs) => {
    expect(namesIn("coaching-diary", name)).toEqual([readAs]);
    expect(namesInItem("", "session", name)).toEqual([readAs]);
  });

  it.each(["questioning", "listening", "feedbackImpact", "improvement", "learning", "feedback", "reflection"])(
    "in a reflective log, the answer %s is reflection",
    (name) => {
      expect(namesIn("reflective-log", name)).toEqual(["reflection"]);
      expect(namesInItem("coaching-diary", "reflection", name)).toEqual(["reflection"]);
    },
  );

  it.each([
    ["reflective-log", "sessionDate"],
    ["reflective-log", "clientFeedback"],
    ["client-feedback", "feedback"],
    ["client-feedback", "clientFeedback"],
    ["client-feedback", "learning"],
    ["supervision-record", "reflection"],
  ])("in a %s, %s keeps its name", (kind, name) => {
    expect(namesIn(kind, name)).toEqual([name]);
  });
});
