// How readable durations are is the shared table's job (durationAgreement.test.ts); here, what only the pane does.
import { describe, expect, it } from "vitest";
import { formatMinutes, parseTimeOfDay } from "../../src/coverage/duration";

describe("durations in the pane", () => {
  it("formats minutes for the pane", () => {
    expect(formatMinutes(0)).toBe("0 min");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(120)).toBe("2 h");
    expect(formatMinutes(195)).toBe("3 h 15 min");
  });

  it.each([["09:00", 540], ["9.30", 570], ["2pm", 840], ["12am", 0], ["14:15", 855], ["09:30:00", 570], ["9", null], ["25:00", null]])(
    "reads the time of day %j as %s minutes after midnight",
    (text, minutes) => {
      expect(parseTimeOfDay(text)).toBe(minutes);
    },
  );
});
