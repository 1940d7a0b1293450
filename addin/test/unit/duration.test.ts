import { describe, expect, it } from "vitest";
import { formatMinutes, parseDurationMinutes } from "../../src/coverage/duration";

describe("parseDurationMinutes", () => {
  it.each([
    ["1.5 hrs", 90], ["1.5hrs", 90], ["1,5 hrs", 90], ["2 hours", 120], ["1 hour", 60], ["0.75h", 45],
    ["90 mins", 90], ["45 minutes", 45], ["45m", 45], ["1 min", 1],
    ["1h 30m", 90], ["1h30m", 90], ["1h30", 90], ["1 hr 30", 90], ["1 hour 15 minutes", 75], ["1 hr and 20 mins", 80],
    ["1:30", 90], ["0:45", 45], ["12:05", 725],
    ["2", 120], ["1.25", 75], ["  90 MINS  ", 90],
  ])("reads %j as %i minutes", (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it.each(["", "   ", "about an hour", "1 hr?", "1:75", "90 mins approx", "hrs", "12/03/2025", "1h 30x", null, undefined])(
    "refuses %j rather than guess",
    (text) => {
      expect(parseDurationMinutes(text)).toBeNull();
    },
  );

  it("formats minutes for the pane", () => {
    expect(formatMinutes(0)).toBe("0 min");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(120)).toBe("2 h");
    expect(formatMinutes(195)).toBe("3 h 15 min");
  });
});
