// Every case of the corpus as data: who coached whom, when, for how long, what was written, in which files by which
// program. make.mjs renders the files from this; truth.mjs computes the truth from this. Fixed seed: same corpus every run.
import { seeded } from "./lib/rand.mjs";
import { dateStyles as D, durationStyles as U, addDays, addMonths, trim } from "./lib/values.mjs";
import * as bank from "./lib/bank.mjs";
import { readFileSync } from "node:fs";

const catalogueUnit = (id) => JSON.parse(readFileSync(new URL(`../../../templates/catalogue/units/${id}.json`, import.meta.url), "utf8"));

const rand = seeded(20250312);

/** Sessions interleaved over the clients, every `gap` days from `start`; minutes from `minutes` (list, cycled). */
function sessions({ clients, perClient, start = "2025-03-04", gap = 7, minutes = [90], date = D.dmy, dur = U.hrs, numbering = "perClient",
  content = true, reflect = () => true, feedback = () => true, cancel = [] }) {
  const counts = Array.isArray(perClient) ? perClient : clients.map(() => perClient);
  const out = [];
  const seen = {};
  let day = start;
  let i = 0;
  for (let round = 0; round < Math.max(...counts); round++) {
    clients.forEach((client, k) => {
      if (round >= counts[k]) return;
      const m = minutes[i % minutes.length];
      seen[client] = (seen[client] ?? 0) + 1;
      const s = {
        client, date: day, dateText: (typeof date === "function" ? date : date[i % date.length])(day), minutes: m,
        dur: (typeof dur === "function" ? dur : dur[i % dur.length])(m), number: numbering === "perClient" ? seen[client] : i + 1,
        cancelled: cancel.includes(i),
      };
      if (content) {
        s.goal = rand.pick(bank.goals); s.options = rand.pick(bank.options); s.action = rand.pick(bank.actions);
        s.reality = "Team of eight, two new starters"; s.next = `${D.dmy(addDays(day, gap))}, meeting room 2`;
      }
      if (feedback(i)) s.feedback = rand.pick(bank.feedback);
      if (reflect(i)) s.reflection = { questioning: rand.pick(bank.questioning), listening: rand.pick(bank.listening), improve: rand.pick(bank.improve) };
      out.push(s);
      day = addDays(day, Math.ceil(gap / clients.length));
      i++;
    });
  }
  return out;
}

function supervision(n, { start = "2025-04-10", minutes = 60, date = D.dmy, dur = U.hrs } = {}) {
  return Array.from({ length: n }, (_, i) => {
    const d = addDays(start, 35 * i);
    return { date: d, dateText: date(d), minutes, dur: dur(minutes), outcomes: bank.outcomes[i % bank.outcomes.length], actions: "Re-read the contract; record rejected options" };
  });
}

function client(ref, extra = {}) {
  return {
    ref, profile: `${ref} is a team leader in a contact centre, six months in post.`, benefits: "More confidence delegating; less overtime",
    venue: "A quiet meeting room on site", goals: rand.pick(bank.goals), contract: { signed: "04/03/2025", review: 3, stakeholder: "Line manager" }, ...extra,
  };
}

const diagnostics = { name: "Honey and Mumford learning styles questionnaire", style: "Reflector", result: "Strengths finder: strategic, learner" };
const swot = { s: "Knows the team well", w: "Avoids conflict", o: "New team leader role", t: "Busy peak season" };
const statedText = (min, style = "plain") => (style === "hours" ? `${trim(min / 60)} hours` : trim(min / 60));
const clockText = (min) => `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
const total = (list) => list.filter((s) => !s.cancelled).reduce((n, s) => n + s.minutes, 0);

function plan({ start, objectives, reviews, swot: withSwot = true, date = D.dmy }) {
  return {
    start, startText: date(start), swot: withSwot ? { s: "Listening", w: "Over-directing", o: "Coaching network", t: "Time" } : null,
    objectives: objectives.map((months, i) => ({ area: ["Contracting", "Questioning", "Supervision use", "Team coaching"][i % 4], method: "Practice and reading",
      support: "Supervisor", date: addMonths(start, months), dateText: date(addMonths(start, months)), measure: "Feedback from clients" })),
    reviews: reviews.map((months) => ({ date: addMonths(start, months), dateText: date(addMonths(start, months)), notes: "On track" })),
  };
}

const cases = [];
const add = (c) => cases.push({ supervision: [], sessions: [], clients: [], coach: "A. Learner", ...c });

// ---- 1. ILM Appendix 5 layout, AC headings with a client suffix (8585-301/302) ---------------------------------------
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 4, minutes: [90, 90, 105, 75], dur: [U.hrs, U.mins, U.hm, U.clock] });
  add({ name: "appendix5-302-npm", unit: "8585-302", producer: "npm-docx", classes: [1, 2], coach: "Priya Shah", clients: [client("Client 1"), client("Client 2")],
    sessions: s, supervision: supervision(2), diagnostics, swot, statedText: statedText(total(s)),
    files: [{ name: "coaching-diary.docx", via: "npm-docx", layouts: ["appendix5Diary", "appendix5Reflective", "supervisionOutcomes"], stated: total(s) }] });
}
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 3, minutes: [60, 60, 90], date: [D.dmy, D.long, D.weekday], dur: [U.words, U.hm] });
  add({ name: "appendix5-301-html", unit: "8585-301", producer: "libreoffice-html", classes: [1, 2], coach: "Tom Reid", clients: [client("Client 1"), client("Client 2", { profile: null })],
    sessions: s, supervision: supervision(1), diagnostics, statedText: statedText(total(s), "hours"),
    files: [{ name: "diary.docx", via: "libreoffice-html", layouts: ["appendix5Diary", "appendix5Reflective", "supervisionOutcomes"], stated: total(s) }] });
}
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 4, minutes: [90, 120, 90, 60], dur: [U.hmSpaced, U.hrs], reflect: (i) => i !== 5 });
  add({ name: "appendix5-302-fodt-portfolio", unit: "8585-302", producer: "libreoffice-fodt", classes: [1, 10], coach: "Sam Ortiz", clients: [client("Client 1"), client("Client 2")],
    sessions: s, supervision: supervision(2), diagnostics, swot, statedText: statedText(total(s)), observation: { observer: "K. Dunn", dateText: "02/05/2025",
      comments: "Good rapport, clear contracting", strengths: "Open questions, summarising", development: "Allow more silence" },
    files: [{ name: "diary.docx", via: "libreoffice-fodt", layouts: ["appendix5Diary"], stated: total(s) },
      { name: "reflective-log.docx", via: "libreoffice-fodt", layouts: ["appendix5Reflective"] },
      { name: "supervision.docx", via: "libreoffice-fodt", layouts: ["supervisionOutcomes"] },
      { name: "observation.docx", via: "libreoffice-fodt", layouts: ["observation"] },
      { name: "evidence-matrix.docx", via: "npm-docx", layouts: ["evidenceMatrix"] }] });
}
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 2, minutes: [60, 45], date: D.dmy, dur: U.minutes });
  add({ name: "appendix5-301-odt-short", unit: "8585-301", producer: "libreoffice-odt", classes: [1], coach: "Jo Bloggs", clients: [client("Client 1", { contract: null }), client("Client 2", { contract: null })],
    sessions: s, supervision: [], statedText: "6",
    files: [{ name: "coaching-diary.docx", via: "libreoffice-odt", layouts: ["appendix5Diary", "appendix5Reflective"], stated: 360 },
      { name: "evidence-matrix.docx", via: "libreoffice-html", layouts: ["evidenceMatrix"] }] });
}

// ---- 3. Long session log in one table, repeated header rows, "Duration (hrs)" bare numbers ----------------------------
for (const [i, via] of ["npm-docx", "libreoffice-html", "libreoffice-fodt"].entries()) {
  const refs = [["Coachee A", "Coachee B", "Coachee C", "Coachee D"], ["Client 1", "Client 2", "Client 3", "Client 4", "Client 5"], ["J.S.", "R.K.", "M.P.", "A.T."]][i];
  const s = sessions({ clients: refs, perClient: [10, 9, 8, 8, 6].slice(0, refs.length), gap: 7, minutes: [90, 60, 120, 75, 90], dur: U.bare, numbering: "overall",
    date: [D.dmy, D.dmyShort, D.dmy][i], reflect: () => false, content: true });
  add({ name: `long-log-L5-502-${via.split("-").pop()}`, unit: "L5-502", producer: via, classes: [3, 2], coach: ["Dee Khan", "Lee Wong", "Ana Silva"][i], clients: refs.map((r) => ({ ref: r })),
    sessions: s, supervision: supervision(3, { minutes: 75, dur: U.mins }),
    files: [{ name: "session-log.docx", via, layouts: ["longLog"] }] });
}

// ---- 4. A log continued after a page break in a second table with a Total row ------------------------------------
for (const [i, via] of ["npm-docx", "libreoffice-html", "libreoffice-fodt"].entries()) {
  const unit = ["8580-501", "L5-501", "8585-302"][i];
  const refs = [["Client A", "Client B"], ["Coachee 1", "Coachee 2", "Coachee 3"], ["Learner 1", "Learner 2"]][i];
  const s = sessions({ clients: refs, perClient: [7, 5, 7][i], minutes: [60, 90, 60, 120], dur: [U.hm, U.hrs, U.clock][i], numbering: "overall", reflect: () => false, feedback: () => false });
  const wrongTotal = i === 1; // one learner added up wrong
  add({ name: `continued-log-${unit}-${via.split("-").pop()}`, unit, producer: via, classes: [4], clients: refs.map((r) => ({ ref: r })), sessions: s,
    supervision: i === 0 ? [] : supervision(i === 1 ? 1 : 2), statedText: statedText(total(s) + (wrongTotal ? 60 : 0)),
    files: [{ name: "log.docx", via, layouts: ["continuationLog"], stated: total(s) + (wrongTotal ? 60 : 0) }] });
}

// ---- 5. Legacy D3.03 diary: Learner 1/2, coach = "Learner Name", dd/mm/yy, bare "2" ---------------------------------
for (const [i, via] of ["npm-docx", "libreoffice-html", "libreoffice-odt"].entries()) {
  const s = sessions({ clients: ["Learner 1", "Learner 2"], perClient: [2, 2, 1][i] + 1, minutes: [120, 90, 60, 120], date: D.dmyShort, dur: [U.bare, U.bare, U.words][i], numbering: "overall",
    reflect: () => false, feedback: () => false });
  add({ name: `legacy-D3.03-${via.split("-").pop()}`, unit: "D3.03", producer: via, classes: [5], coach: ["Chris Allen", "Pat Moore", "Val Ng"][i],
    clients: [client("Learner 1", { style: "Pragmatist", venue: i === 2 ? null : "Training room" }), client("Learner 2", { style: "Theorist", venue: i === 2 ? null : "Training room" })],
    sessions: s, supervision: supervision(1, { date: D.dmyShort, minutes: 30, dur: U.mins }), overallReflection: i === 1 ? null : "Overall I learned to slow down and let the learner lead; next time I will agree goals in writing.",
    files: [{ name: "D3.03-coaching-diary.docx", via, layouts: ["legacyD303"] }] });
}

// ---- 7. Stated totals per client (one diary header per client) --------------------------------------------------
for (const [i, via] of ["npm-docx", "libreoffice-html", "pandoc"].entries()) {
  const refs = [["Client 1", "Client 2"], ["Coachee A", "Coachee B"], ["C1", "C2"]][i];
  const s = sessions({ clients: refs, perClient: [5, 4], minutes: [90, 75, 90, 75, 90, 75, 90, 75, 90], dur: [U.hrs, U.mins, U.hm][i], date: [D.dmy, D.weekday, D.long][i],
    reflect: () => false });
  const per = refs.map((r) => total(s.filter((x) => x.client === r)));
  add({ name: `per-client-totals-302-${via.split("-").pop()}`, unit: "8585-302", producer: via, classes: [7], clients: refs.map((r, k) => ({ ref: r, statedText: trim(per[k] / 60) })),
    sessions: s, supervision: supervision(2),
    files: [{ name: via === "pandoc" ? "diary-by-client.docx" : "diary.docx", via, layouts: ["perClientDiary"], stated: per[0] + per[1] }] });
}

// ---- 8. Exceptional third individual recorded in free text -------------------------------------------------------
for (const [i, via] of ["npm-docx", "pandoc", "libreoffice-html", "npm-docx"].entries()) {
  const refs = ["Client 1", "Client 2", "Client 3"];
  const s = sessions({ clients: refs, perClient: [2, 4, 3], minutes: [90, 60, 90], dur: U.hrs, numbering: "overall", reflect: () => true });
  const noted = i < 3;
  const reason = ["Exceptional circumstances: Client 1 left the organisation after two sessions, so a third individual was coached to complete the hours.",
    "Exceptional circumstances – Client 1 was made redundant; my centre agreed a third coachee (see attached e-mail).",
    "Exceptional circumstances: Client 1 went on long-term sick leave and all other options were exhausted."][i] ?? null;
  add({ name: `third-client-302-${noted ? "noted" : "unexplained"}-${via.split("-").pop()}${i === 3 ? "-2" : ""}`, unit: "8585-302", producer: via, classes: [8], clients: refs.map((r) => ({ ref: r })),
    sessions: s, supervision: supervision(2), exceptional: noted ? reason : null,
    files: [{ name: "diary.docx", via, layouts: [via === "pandoc" ? "pipeTableDiary" : i === 2 ? "perClientDiary" : "freeText"] }] });
}

// ---- 9. Markdown/pandoc diary: pipe table with Total and cancelled rows, reflection headings --------------------------
for (const [i, unit] of ["8585-301", "8585-302", "L5-501"].entries()) {
  const refs = [["Client 1", "Client 2"], ["Coachee A", "Coachee B"], ["Client X", "Client Y", "Client Z"]][i];
  const s = sessions({ clients: refs, perClient: [3, 5, 3][i], minutes: [60, 90, 120], dur: [U.mins, U.hm, U.hrs][i], date: [D.dmy, D.weekday, D.dotted][i],
    numbering: "overall", cancel: [2], reflect: (k) => k % 3 !== 1 });
  add({ name: `pandoc-diary-${unit}`, unit, producer: "pandoc", classes: [9, 10], clients: refs.map((r) => ({ ref: r })), sessions: s,
    supervision: supervision(i === 1 ? 2 : 1), statedText: statedText(total(s)),
    files: [{ name: "diary.docx", via: "pandoc", layouts: ["pipeTableDiary"], stated: total(s) }] });
}

// ---- 10. Reflections: a separate reflective log covering only some sessions --------------------------------------
for (const [i, via] of ["npm-docx", "libreoffice-html", "pandoc"].entries()) {
  const refs = [["Client 1", "Client 2"], ["Client A", "Client B"], ["Learner 1", "Learner 2"]][i];
  const s = sessions({ clients: refs, perClient: 2 + i, minutes: [120, 90, 150], dur: U.hrs, reflect: (k) => k !== 3 });
  add({ name: `partial-reflections-${i === 1 ? "L5-501" : "8585-301"}-${via.split("-").pop()}`, unit: i === 1 ? "L5-501" : "8585-301", producer: via, classes: [10],
    clients: refs.map((r) => client(r)), sessions: s, supervision: supervision(i === 1 ? 1 : 1, { minutes: 60 }),
    files: [{ name: "diary.docx", via, layouts: i === 2 ? ["pipeTableDiary"] : ["freeText"], noReflections: true },
      { name: "reflective-log.docx", via, layouts: ["headedReflections"] }] });
}

// ---- 13. Rules over nothing: zero-session documents --------------------------------------------------------------
add({ name: "zero-sessions-302-npm", unit: "8585-302", producer: "npm-docx", classes: [13], clients: [client("Client 1", { contract: null })], sessions: [],
  files: [{ name: "diary.docx", via: "npm-docx", layouts: ["appendix5Diary"] }] });
add({ name: "zero-sessions-L5-501-pandoc", unit: "L5-501", producer: "pandoc", classes: [13], clients: [], sessions: [],
  files: [{ name: "diary.docx", via: "pandoc", layouts: ["pipeTableDiary"] }] });
add({ name: "zero-sessions-301-html", unit: "8585-301", producer: "libreoffice-html", classes: [13], clients: [], sessions: [],
  files: [{ name: "log.docx", via: "libreoffice-html", layouts: ["continuationLog"] }] });

// ---- assignments (no rules), plans, mark sheets -----------------------------------------------------------------
const ACS = (unit) => Object.fromEntries(unit.learningOutcomes.flatMap((lo) => lo.criteria.map((ac) => [ac.ref, ac.text])));
export const deferred = { ACS };
for (const [i, [unit, via]] of [["8585-300", "npm-docx"], ["8580-500", "pandoc"], ["L5-500", "libreoffice-html"], ["D3.02", "libreoffice-fodt"]].entries()) {
  add({ name: `assignment-${unit}`, unit, producer: via, classes: [1], assignmentSkip: i, files: [{ name: "assignment.docx", via, layouts: ["assignment"] }] });
}
add({ name: "plan-8585-303-npm", unit: "8585-303", producer: "npm-docx", classes: [11], plan: plan({ start: "2025-01-06", objectives: [2, 4, 6], reviews: [3, 6] }),
  files: [{ name: "cpd-plan.docx", via: "npm-docx", layouts: ["developmentPlan"] }] });
add({ name: "plan-L5-503-short-html", unit: "L5-503", producer: "libreoffice-html", classes: [11], plan: plan({ start: "2025-02-03", objectives: [3, 6, 9], reviews: [6], date: D.long }),
  files: [{ name: "development-plan.docx", via: "libreoffice-html", layouts: ["developmentPlan"] }] });
add({ name: "plan-8580-503-pandoc", unit: "8580-503", producer: "pandoc", classes: [11], plan: plan({ start: "2025-03-01", objectives: [6, 12], reviews: [3, 9, 12], swot: false }),
  files: [{ name: "plan.docx", via: "pandoc", layouts: ["developmentPlan"] }] });

{
  const s = sessions({ clients: ["Learner 1", "Learner 2"], perClient: 2, minutes: [120, 90], date: D.dmyShort, dur: U.bare, numbering: "overall", reflect: () => false, feedback: () => false });
  add({ name: "marksheet-D3.03-npm", unit: "D3.03", producer: "npm-docx", classes: [12, 5], coach: "Chris Allen", clients: [client("Learner 1"), client("Learner 2")], sessions: s,
    supervision: supervision(1, { date: D.dmyShort, minutes: 30, dur: U.mins }), overallReflection: "I learned to plan shorter sessions.", marks: { sections: [48, 19], statedTotal: 67 },
    files: [{ name: "diary.docx", via: "npm-docx", layouts: ["legacyD303"] }, { name: "mark-sheet.docx", via: "npm-docx", layouts: ["legacyMarkSheet"] }] });
}
add({ name: "marksheet-D3.01-html", unit: "D3.01", producer: "libreoffice-html", classes: [12], marks: { sections: [14, 12, 15, 13], statedTotal: 56 },
  assignmentSkip: 1, files: [{ name: "mark-sheet.docx", via: "libreoffice-html", layouts: ["legacyMarkSheet"] }, { name: "assignment.docx", via: "libreoffice-html", layouts: ["assignment"] }] });
add({ name: "marksheet-D3.01-fodt-mismatch", unit: "D3.01", producer: "libreoffice-fodt", classes: [12], marks: { sections: [20, 11, 18, null], statedTotal: 65 },
  files: [{ name: "mark-sheet.docx", via: "libreoffice-fodt", layouts: ["legacyMarkSheet"] }] });


// ---- 6. Spreadsheet logs ----------------------------------------------------------------------------------------
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 7, minutes: [90, 75, 90, 60], numbering: "overall", reflect: () => false, feedback: () => false, content: false });
  add({ name: "xlsx-sum-target-L5-501", unit: "L5-501", producer: "exceljs", classes: [6], clients: [], sessions: s, supervision: [],
    files: [{ name: "hours-log.xlsx", via: "exceljs", sheet: "sumAndTarget", target: 18, stated: total(s) }] });
}
{
  const refs = ["Coachee A", "Coachee B", "Coachee C", "Coachee D", "Coachee E"];
  const s = sessions({ clients: refs, perClient: [8, 7, 7, 6, 6], minutes: [90, 120, 105, 90], numbering: "overall", reflect: () => false, feedback: () => false, content: false });
  add({ name: "xlsx-summary-unit-cell-L5-502", unit: "L5-502", producer: "exceljs", classes: [6], sessions: s, supervision: supervision(3, { minutes: 60, dur: U.hm }),
    files: [{ name: "coaching-hours.xlsx", via: "exceljs", sheet: "summaryUnit", unitCell: "L5-502 Undertaking an extended period of coaching or mentoring in an organisational context", stated: total(s) }] });
}
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: [5, 4], minutes: [75, 90, 80, 100], numbering: "overall", reflect: () => false, feedback: () => false, content: false });
  add({ name: "xlsx-sheet-per-client-302", unit: "8585-302", producer: "exceljs", classes: [6], sessions: s, supervision: supervision(2, { minutes: 45 }),
    files: [{ name: "hours-by-client.xlsx", via: "exceljs", sheet: "perClient", stated: total(s) }] });
}
{
  const s = sessions({ clients: ["Learner 1", "Learner 2", "Learner 3"], perClient: [6, 6, 5], minutes: [120, 90, 120, 105], date: D.dmyShort, dur: U.hrs, numbering: "overall",
    reflect: () => false, feedback: () => false, content: false });
  add({ name: "csv-calc-D3.04", unit: "D3.04", producer: "libreoffice-calc-csv", classes: [6, 5], sessions: s, supervision: supervision(2, { date: D.dmyShort, dur: U.hrs }),
    files: [{ name: "hours-log.xlsx", via: "libreoffice-calc-csv", sheet: "csv", statedText: trim(total(s) / 60), target: 30, stated: total(s) }] });
}
{
  const refs = ["Client 1", "Client 2", "Client 3", "Client 4", "Client 5", "Client 6"];
  const s = sessions({ clients: refs, perClient: [10, 9, 9, 8, 8, 8], minutes: [120, 105, 135, 120], date: D.dmy, numbering: "overall", reflect: () => false, feedback: () => false });
  add({ name: "fods-calc-8580-502", unit: "8580-502", producer: "libreoffice-calc-fods", classes: [6], sessions: s, supervision: supervision(2),
    files: [{ name: "coaching-log.xlsx", via: "libreoffice-calc-fods", sheet: "fods", target: 100, stated: total(s) }] });
}
{
  const s = sessions({ clients: ["A.B.", "C.D."], perClient: 4, minutes: [60, 75, 90], date: D.dmy, dur: U.clock, numbering: "overall", reflect: () => false, feedback: () => false });
  add({ name: "csv-calc-301-short", unit: "8585-301", producer: "libreoffice-calc-csv", classes: [6, 2], sessions: s, supervision: [],
    files: [{ name: "log.xlsx", via: "libreoffice-calc-csv", sheet: "csv", statedText: "8", target: 6, stated: 480 }] });
}
{
  // The same sessions in a diary and in an hours log: counted once.
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 5, minutes: [90, 60, 75], dur: U.mins, numbering: "overall", reflect: () => true });
  add({ name: "diary-and-log-duplicates-302", unit: "8585-302", producer: "npm-docx", classes: [6, 10], clients: [client("Client 1"), client("Client 2")], sessions: s, supervision: supervision(2),
    files: [{ name: "diary.docx", via: "npm-docx", layouts: ["freeText"] }, { name: "hours.xlsx", via: "exceljs", sheet: "sumAndTarget", target: 12, stated: total(s) }] });
}

// ---- our own packs: generated by coachdocs, filled like a learner, some re-saved by LibreOffice ---------------------
const sessionFields = (list) => list.map((x) => ({ clientRef: x.client, sessionNumber: String(x.number), sessionDate: x.dateText, duration: x.dur,
  goal: x.goal ?? "", reality: x.reality ?? "", options: x.options ?? "", ...(x.feedback ? { clientFeedback: x.feedback } : {}) }));
const reflectionFields = (list) => list.filter((x) => x.reflection).map((x) => ({ clientRef: x.client, sessionNumber: String(x.number), sessionDate: x.dateText,
  questioning: x.reflection.questioning, listening: x.reflection.listening, reflection: x.reflection.improve }));
const supervisionFields = (list) => list.map((v, i) => ({ sessionNumber: String(i + 1), sessionDate: v.dateText, duration: v.dur, outcomes: v.outcomes, actions: v.actions }));
{
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 4, minutes: [90, 105, 90, 75], dur: [U.hrs, U.mins, U.hmSpaced, U.clock], reflect: (i) => i !== 6 });
  const sup = supervision(2);
  add({ name: "ours-filled-302-portfolio", unit: "8585-302", producer: "coachdocs", classes: [10, 11], coach: "Jo Learner", sessions: s, supervision: sup,
    files: [{ name: "coaching-diary.docx", ours: { kind: "coaching-diary", clients: ["Client 1", "Client 2"], planned: 8, items: { session: sessionFields(s) } }, feedback: true },
      { name: "reflective-log.docx", ours: { kind: "reflective-log", planned: 8, items: { reflection: reflectionFields(s) } }, reflections: true },
      { name: "supervision-record.docx", ours: { kind: "supervision-record", planned: 2, items: { supervision: supervisionFields(sup) } } }] });
}
{
  const s = sessions({ clients: ["Client A", "Client B"], perClient: 3, minutes: [60, 90], dur: U.hm, reflect: () => false });
  add({ name: "ours-resaved-301-no-reflections", unit: "8585-301", producer: "coachdocs+libreoffice", classes: [10], coach: "Jo Learner", sessions: s, supervision: [],
    files: [{ name: "coaching-diary.docx", ours: { kind: "coaching-diary", clients: ["Client A", "Client B"], planned: 6, items: { session: sessionFields(s) }, resave: true }, feedback: true }] });
}
{
  const s = sessions({ clients: ["Client 1", "Client 2", "Client 3"], perClient: [3, 3, 2], minutes: [120, 90, 150], dur: U.hrs, reflect: (i) => i % 2 === 0 });
  add({ name: "ours-resaved-L5-501-portfolio", unit: "L5-501", producer: "coachdocs+libreoffice", classes: [10, 2], coach: "Jo Learner", sessions: s, supervision: supervision(1, { minutes: 90 }),
    files: [{ name: "diary.docx", ours: { kind: "coaching-diary", clients: ["Client 1", "Client 2", "Client 3"], planned: 8, items: { session: sessionFields(s) }, resave: true }, feedback: true },
      { name: "reflective-log.docx", ours: { kind: "reflective-log", planned: 8, items: { reflection: reflectionFields(s) }, resave: true }, reflections: true },
      { name: "supervision.docx", ours: { kind: "supervision-record", planned: 1, items: { supervision: supervisionFields(supervision(1, { minutes: 90 })) }, resave: true } }] });
}
add({ name: "ours-blank-diary-302", unit: "8585-302", producer: "coachdocs", classes: [11, 13], coach: "Jo Learner", sessions: [],
  files: [{ name: "coaching-diary.docx", ours: { kind: "coaching-diary", clients: ["Client 1", "Client 2"], planned: 6 } }] });
add({ name: "ours-blank-plan-303", unit: "8585-303", producer: "coachdocs", classes: [11, 13], coach: "Jo Learner", plan: { start: null, objectives: [], reviews: [] },
  files: [{ name: "development-plan.docx", ours: { kind: "development-plan" } }] });
add({ name: "ours-blank-plan-L5-503-resaved", unit: "L5-503", producer: "coachdocs+libreoffice", classes: [11], coach: "Jo Learner", plan: { start: null, objectives: [], reviews: [] },
  files: [{ name: "development-plan.docx", ours: { kind: "development-plan", resave: true } }] });
{
  const p = plan({ start: "2025-01-13", objectives: [3, 6, 12], reviews: [6], date: D.dmy });
  p.start = null; // the learner fills objectives and reviews, not the plan's printed dates
  add({ name: "ours-filled-plan-8580-503", unit: "8580-503", producer: "coachdocs", classes: [11], coach: "Jo Learner", plan: p,
    files: [{ name: "development-plan.docx", ours: { kind: "development-plan", items: {
      objective: p.objectives.map((o) => ({ developmentArea: o.area, method: o.method, support: o.support, timescale: o.dateText, successMeasure: o.measure })),
      review: p.reviews.map((r) => ({ reviewDate: r.dateText, reviewNotes: r.notes })) } } }] });
}
add({ name: "ours-marksheet-D3.03", unit: "D3.03", producer: "coachdocs", classes: [12], coach: "Jo Learner", marks: { sections: [52, 21], statedTotal: 73 },
  files: [{ name: "result-sheet.docx", ours: { kind: "result-sheet", items: { markSection: [{ assessorMark: "52" }, { assessorMark: "21" }] }, header: { totalMarks: "73" } } }] });
add({ name: "ours-marksheet-D3.01-resaved", unit: "D3.01", producer: "coachdocs+libreoffice", classes: [12], coach: "Jo Learner", marks: { sections: [15, 11, 14, 16], statedTotal: 56 },
  files: [{ name: "result-sheet.docx", ours: { kind: "result-sheet", resave: true, items: { markSection: [{ assessorMark: "15" }, { assessorMark: "11" }, { assessorMark: "14" }, { assessorMark: "16" }] }, header: { totalMarks: "56" } } }] });


// ---- more variants -----------------------------------------------------------------------------------------------
{
  // Appendix 5 diary with no feedback in the records: one feedback form a session instead (matched by date and client).
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 4, minutes: [90, 90, 120, 60], dur: [U.hm, U.hrs], feedback: () => false });
  s.forEach((x, i) => { if (i !== 7) x.feedbackForm = true; });
  add({ name: "appendix5-302-feedback-forms", unit: "8585-302", producer: "npm-docx", classes: [1, 10], coach: "Ravi Patel", clients: [client("Client 1"), client("Client 2")],
    sessions: s, supervision: supervision(2), diagnostics, swot, statedText: statedText(total(s)),
    files: [{ name: "coaching-diary.docx", via: "npm-docx", layouts: ["appendix5Diary", "appendix5Reflective"], stated: total(s) },
      { name: "feedback-forms.docx", via: "libreoffice-html", layouts: ["feedbackForms"] },
      { name: "supervision.docx", via: "pandoc", layouts: ["supervisionOutcomes"] }] });
}
{
  // The Appendix 5 forms retyped in Markdown: the label/value tables become pipe tables with a blank header row.
  const s = sessions({ clients: ["Coachee 1", "Coachee 2"], perClient: 3, minutes: [120, 90, 75], dur: [U.hrs, U.minutes], date: D.long });
  add({ name: "appendix5-301-pandoc", unit: "8585-301", producer: "pandoc", classes: [1, 9], coach: "Mia Jones", clients: [client("Coachee 1"), client("Coachee 2")],
    sessions: s, supervision: supervision(1), diagnostics, statedText: statedText(total(s), "hours"),
    files: [{ name: "coaching-diary.docx", via: "pandoc", layouts: ["appendix5Diary", "appendix5Reflective", "supervisionOutcomes"], stated: total(s) }] });
}
{
  // The same client spelled two ways across files ("Client 1" in the diary, "CLIENT 1" in the log): one individual,
  // reported as first written.
  const s = sessions({ clients: ["Client 1", "Client 2"], perClient: 4, minutes: [90, 105], dur: U.hrs, numbering: "overall" });
  add({ name: "spelling-across-files-302", unit: "8585-302", producer: "libreoffice-html", classes: [2, 6], clients: [client("Client 1"), client("Client 2")], sessions: s, supervision: supervision(2),
    files: [{ name: "diary.docx", via: "libreoffice-html", layouts: ["freeText"] },
      { name: "hours-log.xlsx", via: "exceljs", sheet: "sumAndTarget", target: 12, stated: total(s), clientSpelling: (ref) => ref.toUpperCase() }] });
}
{
  const refs = ["Mentee 1", "Mentee 2", "Mentee 3", "Mentee 4"];
  const s = sessions({ clients: refs, perClient: [9, 9, 8, 8], minutes: [105, 90, 120], dur: U.bare, numbering: "overall", date: D.iso, reflect: () => false });
  add({ name: "long-log-L5-502-pandoc", unit: "L5-502", producer: "pandoc", classes: [3], clients: refs.map((r) => ({ ref: r })), sessions: s, supervision: supervision(3, { minutes: 60 }),
    files: [{ name: "mentoring-log.docx", via: "pandoc", layouts: ["longLog"] }] });
}
{
  const s = sessions({ clients: ["Learner 1", "Learner 2"], perClient: 3, minutes: [120, 60, 90], date: D.dmyShort, dur: U.bare, numbering: "overall", reflect: () => false, feedback: () => false });
  add({ name: "marksheet-D3.03-odt-referral", unit: "D3.03", producer: "libreoffice-odt", classes: [12, 5], coach: "Sue Park", clients: [client("Learner 1"), client("Learner 2")], sessions: s,
    supervision: supervision(1, { date: D.dmyShort, minutes: 45, dur: U.mins }), overallReflection: "I talked too much in the first sessions.", marks: { sections: [38, 12], statedTotal: 50 },
    files: [{ name: "coaching-diary.docx", via: "libreoffice-odt", layouts: ["legacyD303"] }, { name: "mark-sheet.docx", via: "libreoffice-odt", layouts: ["legacyMarkSheet"] }] });
}
{
  // Two tables continuing one log, in a legacy D3.04 extended diary (30 hours).
  const s = sessions({ clients: ["Learner A", "Learner B", "Learner C"], perClient: [7, 7, 6], minutes: [90, 120, 75, 90], dur: U.hmSpaced, date: D.dmy, numbering: "overall", reflect: () => false, feedback: () => false });
  add({ name: "continued-log-D3.04-pandoc", unit: "D3.04", producer: "pandoc", classes: [4, 5], clients: [], sessions: s, supervision: supervision(2), statedText: statedText(total(s)),
    files: [{ name: "extended-diary.docx", via: "pandoc", layouts: ["continuationLog"], stated: total(s) }] });
}
{
  // Stated per-client totals that do not add up to the sessions (one client's total is wrong).
  const refs = ["Client 1", "Client 2"];
  const s = sessions({ clients: refs, perClient: [5, 4], minutes: [90, 75], dur: U.hrs, reflect: () => false });
  const per = refs.map((r) => total(s.filter((x) => x.client === r)));
  add({ name: "per-client-totals-wrong-302-fodt", unit: "8585-302", producer: "libreoffice-fodt", classes: [7], clients: refs.map((r, k) => ({ ref: r, statedText: trim((per[k] + (k === 1 ? 60 : 0)) / 60) })),
    sessions: s, supervision: supervision(2), files: [{ name: "diary.docx", via: "libreoffice-fodt", layouts: ["perClientDiary"], stated: per[0] + per[1] + 60 }] });
}
{
  const refs = ["Client 1", "Client 2", "Client 3"];
  const s = sessions({ clients: refs, perClient: [1, 4, 3], minutes: [90, 60, 75], dur: U.mins, numbering: "overall" });
  add({ name: "third-client-302-noted-fodt", unit: "8585-302", producer: "libreoffice-fodt", classes: [8], clients: refs.map((r) => ({ ref: r })), sessions: s, supervision: supervision(2),
    exceptional: "Exceptional circumstances (third individual): Client 1 moved to another site after the first session; agreed with my assessor.",
    files: [{ name: "diary.docx", via: "libreoffice-fodt", layouts: ["freeText"] }] });
}
add({ name: "zero-sessions-8580-501-xlsx", unit: "8580-501", producer: "exceljs", classes: [13, 6], sessions: [],
  files: [{ name: "hours-log.xlsx", via: "exceljs", sheet: "sumAndTarget", target: 12, stated: 0 }] });
add({ name: "plan-L5-503-odt", unit: "L5-503", producer: "libreoffice-odt", classes: [11], plan: plan({ start: "2025-04-07", objectives: [4, 8, 12], reviews: [6, 12], date: D.weekday }),
  files: [{ name: "plan.docx", via: "libreoffice-odt", layouts: ["developmentPlan"] }] });

// ---- our blank packs: every kind of every unit, generated and not filled, checks as empty --------------------------
// (a blank result sheet is the assessor's form: no marks, so `marks` is null, not MARKS_MISSING)
for (const [k, unit] of ["8585-302", "L5-502", "D3.03", "8585-303", "D3.01", "D3.02", "D3.04", "8585-300", "8585-301", "8580-500", "8580-501", "8580-502",
  "8580-503", "L5-500", "L5-501", "L5-503"].entries()) {
  const kinds = catalogueUnit(unit).documentKinds;
  const producer = k % 2 === 1 ? "coachdocs+libreoffice" : "coachdocs";
  add({ name: `ours-blank-pack-${unit}`, unit, producer, classes: [11, 13], coach: "Jo Learner", sessions: [],
    plan: kinds.includes("development-plan") ? { start: null, objectives: [], reviews: [] } : undefined,
    files: kinds.map((kind) => ({ name: `${kind}.${kind === "hours-log" ? "xlsx" : "docx"}`,
      ours: { kind, clients: ["Client 1", "Client 2"], planned: 4, resave: producer.endsWith("libreoffice") && kind !== "hours-log" } })) });
}

// ---- later additions (appended, so the numbers of earlier cases stay) ---------------------------------------------
{
  // Start and finish times only: the duration is read from them.
  const s = sessions({ clients: ["Client 1", "Client 2", "Client 3"], perClient: [3, 3, 2], minutes: [90, 60, 75, 120], date: D.dmy, numbering: "overall", reflect: () => false });
  s.forEach((x, i) => { const from = (9 + (i % 4)) * 60 + (i % 2) * 30; x.start = clockText(from); x.end = clockText(from + x.minutes); x.dur = `${x.start}-${x.end}`; });
  add({ name: "times-only-log-L5-501-html", unit: "L5-501", producer: "libreoffice-html", classes: [3], sessions: s, supervision: supervision(1, { minutes: 60 }),
    files: [{ name: "sessions.docx", via: "libreoffice-html", layouts: ["timesLog"] }] });
}
{
  // One duration the learner left as "tbc": the session counts, with 0 minutes, and is named (never guessed).
  const s = sessions({ clients: ["Coachee A", "Coachee B"], perClient: 4, minutes: [90, 90, 60, 120], dur: U.hm, numbering: "overall" });
  s[5].minutes = 0; s[5].dur = "tbc";
  add({ name: "unreadable-duration-302-npm", unit: "8585-302", producer: "npm-docx", classes: [], sessions: s, supervision: supervision(2), unreadable: true,
    files: [{ name: "diary.docx", via: "npm-docx", layouts: ["freeText"] }] });
}

export { cases, sessions, supervision, client, plan, total, statedText, diagnostics, swot };
