// The add-in's duration parser against tests/shared/duration-cases.json, the table the service's C# DurationParser runs
// too (tests/CoachingDocs.Core.Tests/Reading/DurationAgreementTests.cs): the pane must read a duration as the check does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDurationMinutes } from "../../src/coverage/duration";

interface Case { input: string; minutes: number | null; why?: string; csharpPending?: string }
const table = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "tests", "shared", "duration-cases.json"), "utf8")) as { cases: Case[] };

describe("the shared duration table", () => {
  it.each(table.cases.map((c) => [c.input, c.minutes] as const))("reads %j as %s minutes", (input, minutes) => {
    expect(parseDurationMinutes(input)).toBe(minutes);
  });

  it("lists each input once and covers readable and unreadable text", () => {
    const inputs = table.cases.map((c) => c.input);
    expect(new Set(inputs).size).toBe(inputs.length);
    expect(table.cases.filter((c) => c.minutes === null).length).toBeGreaterThanOrEqual(10);
    expect(table.cases.filter((c) => c.minutes !== null).length).toBeGreaterThanOrEqual(30);
  });
});
