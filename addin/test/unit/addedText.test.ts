// The learner's own lines of a control without fields: its text less the lines its blank template prints and the
// lines starting with a label the generator wrote a value after (scripts/readBaseline.mjs; C# TemplateBaseline.Added),
// a printed line recognised with its spacing, case and closing full stop, colon or semicolon ignored.
import { describe, expect, it } from "vitest";
import { addedText, printedLineKey, type TemplateBaseline } from "../../src/coverage/documentScan";

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

  it("recognises a printed line whatever its spacing, case and closing full stop, colon or semicolon", () => {
    const text = "SIGNED  by\tthe coach.\ndate\nDate ;\nWe met on Monday.\nSigned by the coach: Pat";
    expect(addedText(text, "coaching-diary", diary(["Signed by the coach", "Date:"]))).toBe("We met on Monday.\nSigned by the coach: Pat");
  });

  it("keeps a line of punctuation alone even when the template prints one (no printed line is empty once compared)", () => {
    expect(addedText(".\nWe met", "coaching-diary", diary(["."]))).toBe(".\nWe met");
  });
});

describe("printedLineKey", () => {
  it.each([
    ["Signed by the coach", "  signed   by the COACH "],
    ["Signed by the coach", "Signed by the coach."],
    ["Date", "Date :"],
    ["Date", "Date.:;"],
    ["Notes", "Notes\u00a0:"],
  ])("%j and %j are the same printed line", (a, b) => {
    expect(printedLineKey(a)).toBe(printedLineKey(b));
  });

  it.each([
    ["Session 1: goals", "Session 1 goals"],
    ["e.g. a goal", "eg a goal"],
    ["Signed by the coach", "Signed by the coach?"],
    ["Date", ".Date"],
    ["Sign here", "Signhere"],
    // Case is ignored letter by letter, as the service's OrdinalIgnoreCase does: "ß" is not "SS".
    ["Straße", "STRASSE"],
  ])("%j and %j are different lines", (a, b) => {
    expect(printedLineKey(a)).not.toBe(printedLineKey(b));
  });
});
