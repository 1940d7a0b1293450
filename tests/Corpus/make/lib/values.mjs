// How learners write dates and durations. Each writer takes the true value (an ISO date, whole minutes) and returns
// the text put in the document; the truth is always computed from the value, never from the text.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const pad = (n) => String(n).padStart(2, "0");
const parts = (iso) => { const [y, m, d] = iso.split("-").map(Number); return { y, m, d, dow: new Date(Date.UTC(y, m - 1, d)).getUTCDay() }; };
const ordinal = (d) => d + (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");

export const dateStyles = {
  dmy: (iso) => { const { y, m, d } = parts(iso); return `${pad(d)}/${pad(m)}/${y}`; },
  dmyShort: (iso) => { const { y, m, d } = parts(iso); return `${pad(d)}/${pad(m)}/${String(y).slice(2)}`; },
  dotted: (iso) => { const { y, m, d } = parts(iso); return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`; },
  long: (iso) => { const { y, m, d } = parts(iso); return `${d} ${MONTHS[m - 1]} ${y}`; },
  weekday: (iso) => { const { y, m, d, dow } = parts(iso); return `${DAYS[dow]} ${ordinal(d)} ${MONTHS[m - 1].slice(0, 3)} ${y}`; },
  iso: (iso) => iso,
};

export const durationStyles = {
  hrs: (min) => `${trim(min / 60)} hrs`,
  mins: (min) => `${min} mins`,
  hm: (min) => (min % 60 === 0 ? `${min / 60}h` : `${Math.floor(min / 60)}h${pad(min % 60)}`),
  hmSpaced: (min) => `${Math.floor(min / 60)}h ${pad(min % 60)}m`,
  clock: (min) => `${Math.floor(min / 60)}:${pad(min % 60)}`,
  words: (min) => (min % 60 === 0 ? `${min / 60} hour${min === 60 ? "" : "s"}` : `${Math.floor(min / 60)} hour${min < 120 ? "" : "s"} ${min % 60} minutes`),
  minutes: (min) => `${min} minutes`,
  // A bare number under a "Duration (hrs)" header or in a legacy diary: hours, as a decimal.
  bare: (min) => trim(min / 60),
};

export function trim(x) { return String(Math.round(x * 100) / 100); }

export function addDays(iso, days) {
  const t = new Date(iso + "T00:00:00Z");
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

export function addMonths(iso, months) {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, d));
  return t.toISOString().slice(0, 10);
}

/** Whole months a plan covers (docs/findings.md PLAN_TOO_SHORT; the same counting the docs give: 1 Jan - 30 Jun is 6). */
export function monthsCovered(first, last) {
  const days = (Date.parse(last) - Date.parse(first)) / 86400000 + 1;
  return Math.floor(days / 30.44 + 0.1);
}
