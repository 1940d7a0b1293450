// Durations as learners write them: "1.5 hrs", "90 mins", "1h 30m", "1h30", "1:30", "2" (a bare number is hours,
// as in the ILM diary's "Duration (hours)" column). Anything else is unreadable and is reported, never guessed.

const unitPattern = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)(?![a-z])/g;

function isHourUnit(unit: string): boolean {
  return unit.startsWith("h");
}

/** Minutes in a written duration, or null when the text is not a duration this parser understands. */
export function parseDurationMinutes(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = text.trim().toLowerCase().replace(/(\d),(\d)/g, "$1.$2");
  if (t.length === 0) return null;

  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);

  const bare = /^\d+(?:\.\d+)?$/.exec(t);
  if (bare) return Math.round(Number(t) * 60);

  // "1h30", "1 hr 30": minutes written without their unit after an hours figure.
  const hoursThenMinutes = /^(\d+)\s*(?:hours?|hrs?|h)\s*(\d{1,2})$/.exec(t);
  if (hoursThenMinutes) return Number(hoursThenMinutes[1]) * 60 + Number(hoursThenMinutes[2]);

  let minutes = 0;
  let matched = false;
  const rest = t.replace(unitPattern, (_all, figure: string, unit: string) => {
    matched = true;
    minutes += Number(figure) * (isHourUnit(unit) ? 60 : 1);
    return " ";
  });
  // Only separators may remain; "about 1 hr" or "1 hr?" is not a duration to add up silently.
  if (!matched || !/^(?:\s|and|&|,|\+)*$/.test(rest)) return null;
  return Math.round(minutes);
}

/** "1 h 30 min" for a figure in minutes. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
