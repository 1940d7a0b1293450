// The learner's own lines of a control without fields: its text less the lines its blank template prints and the
// lines starting with a label the generator wrote a value after (scripts/readBaseline.mjs; C# TemplateBaseline.Added).
import { describe, expect, it } from "vitest";
import { addedText, type TemplateBaseline } from "../../src/coverage/documentScan";

const diary = (lines: string[], prefixes: string[] = []): TemplateBaseline => ({ "coaching-diary": { lines, prefixes } });

describe("addedText", () => {
  it("keeps the lines the blank template does not print, each trimmed, one a line, blank lines left out", () => {
    const text = "  Signed by the coach \r\n We meet fortnightly \n\n   \nAgenda first\nDate\n";
    expect(addedText(text, "coaching-diary", diary(["Signed by the coach", "Date"]))).toBe("We meet fortnightly\nAgenda first");
  });

  it("is nothing when every line is the template's", () => {
    expect(addedText("Signed by the coach\nDate", "coaching-diary", diary(["Date", "Signed by the coach"]))).toBe("");
  });

  it("drops a line starting with a printed label whose value the generator filled, and an empty label matches nothing", () => {
    const baseline = diary([], ["Coach:", ""]);
    expect(addedText("Coach: Pat Smith\nWe agreed goals\nOur coach: agreed", "coaching-diary", baseline)).toBe("We agreed goals\nOur coach: agreed");
  });

  it("is the whole text, trimmed, for a kind without a baseline and for an hours log (as the service reads them)", () => {
    expect(addedText("  Signed by the coach\nWe met  ", "reflective-log", diary(["Signed by the coach"]))).toBe("Signed by the coach\nWe met");
    const hoursLog: TemplateBaseline = { "hours-log": { lines: ["Signed by the coach"], prefixes: ["We"] } };
    expect(addedText(" Signed by the coach\nWe met ", "hours-log", hoursLog)).toBe("Signed by the coach\nWe met");
  });
});
