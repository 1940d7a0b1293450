// Edges of the pane's time-of-day reader and of "no text", which the shared duration table (strings only) cannot hold.
// Each expected value is the clock's: minutes after midnight, 12am is midnight and 12pm is noon.
import { describe, expect, it } from "vitest";
import { parseDurationMinutes, parseTimeOfDay } from "../../src/coverage/duration";

describe("time-of-day edges", () => {
  it.each([
    ["12pm", 12 * 60], ["11pm", 23 * 60], ["1 pm", 13 * 60], ["12:59 am", 59], ["23:59", 23 * 60 + 59],
    ["9 AM", 9 * 60], ["9   am", 9 * 60], ["9.30 p.m.", 21 * 60 + 30], ["  10:15  ", 10 * 60 + 15],
  ] as const)("reads %j as %s minutes after midnight", (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });

  it.each(["24:00", "9:60", "", "   ", null, undefined])("refuses %j", (text) => {
    expect(parseTimeOfDay(text)).toBeNull();
  });
});

describe("no duration written", () => {
  it.each([null, undefined, "", " \t "])("reads %j as no duration", (text) => {
    expect(parseDurationMinutes(text)).toBeNull();
  });
});
