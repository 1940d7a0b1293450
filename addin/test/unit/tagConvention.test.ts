// The TypeScript tag convention must agree with templates/tag-convention.json (read here from disk, independently of
// the module's own import) and with the C# implementation, whose constants are read from its source.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as tc from "../../src/convention/tagConvention";

const repo = join(__dirname, "..", "..", "..");
const json = JSON.parse(readFileSync(join(repo, "templates", "tag-convention.json"), "utf8"));
const csharp = (file: string): string => readFileSync(join(repo, "functions", "CoachingDocs.Core", "OpenXml", file), "utf8");
const csConst = (source: string, name: string): string => {
  const m = new RegExp(`const\\s+\\w+\\s+${name}\\s*=\\s*"?([^";]*)"?;`).exec(source);
  if (!m) throw new Error(`C# constant ${name} not found`);
  return m[1]!;
};

describe("tag convention agrees with templates/tag-convention.json", () => {
  it("has the same version, prefix, length limit, namespace and separator", () => {
    expect(tc.Version).toBe(json.version);
    expect(tc.Prefix).toBe(json.prefix);
    expect(tc.MaxTagLength).toBe(json.maxTagLength);
    expect(tc.IdentityNamespace).toBe(json.identityNamespace);
    expect(tc.EvidenceSeparator).toBe(json.evidenceSeparator);
    expect(tc.Prefix).toBe(`cd${json.version}:`);
  });

  it("builds and parses a tag of every kind", () => {
    const makers: Record<string, (v: string) => string> = {
      field: tc.fieldTag, repeatingSection: tc.repeatingSectionTag, repeatingItem: tc.repeatingItemTag,
      section: tc.sectionTag, evidence: (v) => tc.evidenceTag([v]),
    };
    expect(Object.keys(makers).sort()).toEqual(Object.keys(json.kinds).sort());
    for (const [name, kind] of Object.entries(json.kinds as Record<string, string>)) {
      const tag = makers[name]!("x1");
      expect(tag).toBe(`${json.prefix}${kind}:x1`);
      expect(tc.parseTag(tag)).toMatchObject({ kind, value: "x1" });
    }
  });

  it("round-trips every field and block name the JSON lists", () => {
    expect(tc.FieldNames).toEqual(json.fields);
    expect(tc.BlockNames).toEqual(json.blocks);
    for (const f of json.fields) expect(tc.parseTag(tc.fieldTag(f))).toEqual({ kind: json.kinds.field, value: f, criteria: [] });
    for (const b of json.blocks) {
      expect(tc.parseTag(tc.repeatingItemTag(b))?.value).toBe(b);
      expect(tc.parseTag(tc.repeatingSectionTag(b))?.kind).toBe(json.kinds.repeatingSection);
    }
    expect(() => tc.knownField("durationMinutes")).toThrow(/not a field/);
    expect(tc.knownField("duration")).toBe("duration");
  });

  it("writes evidence tags and titles as the convention documents them", () => {
    expect(tc.evidenceTag(["1.1", " 2.3 ", "1.1", ""])).toBe("cd1:ac:1.1,2.3");
    expect(tc.evidenceTitle(["1.1", "2.3"])).toBe("AC 1.1, 2.3");
    expect(tc.parseTag("cd1:ac:1.2, 2.3")?.criteria).toEqual(["1.2", "2.3"]);
    expect(() => tc.evidenceTag([" ", ""])).toThrow(/at least one AC/);
  });

  it("enforces Word's tag length limit", () => {
    const longest = "x".repeat(json.maxTagLength - `${json.prefix}f:`.length);
    expect(tc.fieldTag(longest)).toHaveLength(json.maxTagLength);
    expect(() => tc.fieldTag(longest + "y")).toThrow(tc.TagTooLongError);
  });

  it("rejects what is not a tag of this convention", () => {
    for (const bad of [null, undefined, "", "cd2:f:x", "cd1:", "cd1:f:", "cd1::x", "cd1:zz:x", "CD1:f:x", "goal"]) {
      expect(tc.parseTag(bad)).toBeNull();
    }
  });
});

describe("tag convention agrees with the C# TagConvention", () => {
  const tagConvention = csharp("TagConvention.cs");

  it("has the same constants", () => {
    expect(csConst(tagConvention, "Version")).toBe(tc.Version);
    expect(csConst(tagConvention, "Prefix")).toBe(tc.Prefix);
    expect(Number(csConst(tagConvention, "MaxTagLength"))).toBe(tc.MaxTagLength);
    expect(csConst(tagConvention, "IdentityNamespace")).toBe(tc.IdentityNamespace);
    expect(csConst(tagConvention, "FieldKind")).toBe(tc.Kinds.field);
    expect(csConst(tagConvention, "RepeatingSectionKind")).toBe(tc.Kinds.repeatingSection);
    expect(csConst(tagConvention, "RepeatingItemKind")).toBe(tc.Kinds.repeatingItem);
    expect(csConst(tagConvention, "SectionKind")).toBe(tc.Kinds.section);
    expect(csConst(tagConvention, "EvidenceKind")).toBe(tc.Kinds.evidence);
    expect(tagConvention).toContain('"AC " + string.Join(", ", criteria)');
  });

  it("knows the same field and block names", () => {
    const values = (source: string) => [...source.matchAll(/const string \w+ = "([^"]+)";/g)].map((m) => m[1]!);
    // Numbered families are written once as a method, e.g. Rating(int number) => $"rating{number:00}".
    const families = (source: string) =>
      [...source.matchAll(/\$"([A-Za-z]+)\{\w+:(0+)\}"/g)].map((m) => new RegExp(`^${m[1]}\\d{${m[2]!.length}}$`));
    const fieldsSource = csharp("FieldNames.cs");
    const constants = values(fieldsSource);
    const numbered = families(fieldsSource);
    expect(new Set(tc.FieldNames).size).toBe(tc.FieldNames.length);
    for (const name of constants) expect(tc.FieldNames, `C# field ${name}`).toContain(name);
    for (const name of tc.FieldNames.filter((f) => !constants.includes(f))) {
      expect(numbered.some((family) => family.test(name)), `JSON field ${name} is not in FieldNames.cs`).toBe(true);
    }
    expect(values(csharp("BlockNames.cs")).sort()).toEqual([...tc.BlockNames].sort());
  });

  it("has the same spreadsheet field prefix", () => {
    expect(csConst(csharp("SpreadsheetNames.cs"), "Prefix")).toBe(tc.SpreadsheetFieldPrefix);
    expect(tc.SpreadsheetFieldPrefix).toBe(json.spreadsheetFieldPrefix);
  });
});
