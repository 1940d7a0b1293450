// Durations as learners write them: "1.5 hrs", "90 mins", "1h 30m", "1h30", "1:30", "2", "1 hour 15 minutes",
// "half an hour", "10:00-11:30". The same grammar as the service's C# DurationParser (Core/Reading), case for case:
// tests/shared/duration-cases.json is one table both suites run, so a disagreement fails a test on one side.
// Anything else is unreadable and is reported, never guessed.

/** No single session lasts a day: a longer figure is a typo or a total, not a session. */
export const MaxSessionMinutes = 24 * 60;
/** A clock-form duration ("1:30", "1.30") of more than this many hours is a time of day ("14:00", "8:30"), not a session length. */
const MaxClockHours = 8;

const hourWord = String.raw`(?:h|hr|hrs|hour|hours)\.?`;
const minuteWord = String.raw`(?:m|min|mins|minute|minutes)\.?`;
const hoursAndMinutes = new RegExp(
  String.raw`^(?<h>\d+(?:\.\d+)?)\s*${hourWord}(?:\s*(?:and|,|&)?\s*(?<m>\d+(?:\.\d+)?)\s*(?:${minuteWord})?)?$`,
);
const minutesOnly = new RegExp(String.raw`^(?<m>\d+(?:\.\d+)?)\s*${minuteWord}$`);
const clock = new RegExp(String.raw`^(?<h>\d{1,2}):(?<m>\d{2})(?::00)?(?:\s*${hourWord})?$`);
const hoursDotMinutes = new RegExp(String.raw`^(?<h>\d{1,2})\.(?<m>15|30|45)(?:\s*${hourWord})?$`);
const bare = /^(?<n>\d+(?:\.\d+)?)$/;
const range = /^(?<a>.+?)\s*(?:-|–|—|to|until)\s*(?<b>.+)$/;
const timeOfDay = /^(?<h>\d{1,2})(?:[:.](?<m>\d{2})(?::00)?)?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?$/;
const approximately = /^(?:approximately|approx\.?|about|around|c\.|circa|~)\s*|\s*\(?(?:approx\.?|approximately)\)?$/;

// Replaced in this order, as the C# parser does: a phrase before any word inside it ("forty-five" before "five",
// "sixty" before "six", "ninety" before "nine").
const numberWords: [string, string][] = [
  ["one and a half", "1.5"], ["two and a half", "2.5"], ["three and a half", "3.5"],
  ["an hour and a half", "1.5 hours"], ["and a half", ".5"],
  ["half an hour", "30 minutes"], ["half hour", "30 minutes"], ["quarter of an hour", "15 minutes"], ["an hour", "1 hour"],
  ["forty-five", "45"], ["forty five", "45"], ["forty", "40"], ["sixty", "60"], ["ninety", "90"],
  ["one", "1"], ["two", "2"], ["three", "3"], ["four", "4"], ["five", "5"], ["six", "6"], ["seven", "7"], ["eight", "8"],
  ["nine", "9"], ["ten", "10"], ["eleven", "11"], ["twelve", "12"], ["fifteen", "15"], ["twenty", "20"], ["thirty", "30"],
];

function normalise(text: string): string {
  let s = text.trim().toLowerCase().replace(/\u00a0/g, " ").replace(/½/g, ".5").replace(/¼/g, ".25").replace(/¾/g, ".75");
  s = s.replace(/(?<=\d),(?=\d)/g, ".");
  s = s.replace(/ \.5/g, ".5");
  s = s.replace(/\s+/g, " ").trim().replace(/\.+$/, "");
  for (const [word, digits] of numberWords) s = s.split(word).join(digits);
  s = s.replace(/ \.5/g, ".5");
  if (s.startsWith(".")) s = "0" + s;
  return s.trim();
}

/** Whole minutes, or null for nothing or more than a session can last. Rounds half away from zero, like C#. */
function make(minutes: number): number | null {
  if (!(minutes > 0) || minutes > MaxSessionMinutes) return null;
  return Math.round(minutes);
}

/** A clock time in minutes after midnight: "09:00", "9.30", "2pm", "14:15"; "9" alone is not a time. */
export function parseTimeOfDay(text: string | null | undefined): number | null {
  if (!text || text.trim().length === 0) return null;
  const m = timeOfDay.exec(text.trim().toLowerCase().replace(/\s+/g, " "));
  if (!m?.groups) return null;
  let h = Number(m.groups.h);
  const min = m.groups.m !== undefined ? Number(m.groups.m) : 0;
  const ampm = m.groups.ampm ?? "";
  if (ampm.length === 0 && m.groups.m === undefined) return null;
  if (ampm.startsWith("p") && h < 12) h += 12;
  if (ampm.startsWith("a") && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** Minutes in a written duration, or null when the text is not a duration this parser understands. */
export function parseDurationMinutes(text: string | null | undefined): number | null {
  if (!text || text.trim().length === 0) return null;
  let s = normalise(text);
  if (approximately.test(s)) s = s.replace(approximately, "").trim();
  if (s.length === 0) return null;

  const dotted = hoursDotMinutes.exec(s);
  // "1.30" is far more often one and a half hours written like a clock than 1.3 hours (78 minutes).
  if (dotted?.groups) {
    const minutes = Number(dotted.groups.h) * 60 + Number(dotted.groups.m);
    return minutes > MaxClockHours * 60 ? null : make(minutes); // "10.30" is a time of day
  }

  const c = clock.exec(s);
  if (c?.groups) {
    const h = Number(c.groups.h);
    const m = Number(c.groups.m);
    // "14:00" in a duration box is when the session started, not fourteen hours of coaching.
    if (m >= 60 || h * 60 + m > MaxClockHours * 60) return null;
    return make(h * 60 + m);
  }

  const hm = hoursAndMinutes.exec(s);
  if (hm?.groups) {
    const hours = Number(hm.groups.h);
    const minutes = hm.groups.m !== undefined ? Number(hm.groups.m) : 0;
    if (hm.groups.m !== undefined && (minutes >= 60 || !Number.isInteger(hours))) return null;
    return make(hours * 60 + minutes);
  }

  const mo = minutesOnly.exec(s);
  if (mo?.groups) return make(Number(mo.groups.m));

  const b = bare.exec(s);
  if (b?.groups) {
    // Nobody coaches for 15 hours in one go, and nobody writes a 2-minute session: the size tells the unit.
    const n = Number(b.groups.n);
    if (n <= MaxClockHours) return make(n * 60);
    if (n >= 10 && n <= 240 && Number.isInteger(n)) return make(n);
    return null;
  }

  const r = range.exec(s);
  if (r?.groups) {
    const start = parseTimeOfDay(r.groups.a);
    const end = parseTimeOfDay(r.groups.b);
    if (start !== null && end !== null && end > start) return end - start;
  }
  return null;
}

/** "1 h 30 min" for a figure in minutes. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
