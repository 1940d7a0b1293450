// The truth of a case, computed from the case's own data and the unit's catalogue entry (rules, ACs, evidencedBy),
// following docs/findings.md and issue 8: a claim in an evidence matrix is never evidence, a rule over zero records is
// not met, stated totals per client are added, the printed plan horizon is not the learner's. Never from our reader.
import { monthsCovered } from "./lib/values.mjs";

const HOURS_KINDS = ["minHours", "minIndividuals", "maxIndividuals"];
const SUPERVISION_KINDS = ["minSupervisionSessions", "minSupervisionHours"];

export function computeTruth(c, unit, evidence) {
  const act = c.sessions.filter((s) => !s.cancelled);
  const totalMinutes = act.reduce((n, s) => n + s.minutes, 0);
  const byClientMinutes = {};
  const firstSpelling = new Map();
  for (const s of act) {
    const id = s.clientId ?? s.client;
    if (!firstSpelling.has(id)) firstSpelling.set(id, s.client);
    const key = firstSpelling.get(id);
    byClientMinutes[key] = (byClientMinutes[key] ?? 0) + s.minutes;
  }
  const clients = firstSpelling.size;
  const supervisionMinutes = c.supervision.reduce((n, v) => n + v.minutes, 0);
  const learnerPlanDates = c.plan ? [c.plan.start, ...c.plan.objectives.map((o) => o.date), ...c.plan.reviews.map((r) => r.date)].filter(Boolean).sort() : [];
  const planMonths = learnerPlanDates.length >= 2 ? monthsCovered(learnerPlanDates[0], learnerPlanDates.at(-1)) : null;

  const findings = new Set();
  const rules = {};
  const ruleAc = (ac) => unit.rules.filter((r) => r.text && r.text.trim() === ac.text.trim()).map((r) => r.kind);
  if (act.length === 0 && unit.rules.some((r) => r.kind === "minHours")) findings.add("NO_SESSIONS");
  // A duration written so that it cannot be read ("tbc") counts 0 and is named (docs/findings.md UNREADABLE_DURATION).
  if (act.some((s) => s.minutes === 0)) findings.add("UNREADABLE_DURATION");
  for (const rule of unit.rules) {
    const v = rule.value ?? 0;
    let status = "met";
    switch (rule.kind) {
      case "minHours":
        if (totalMinutes < v * 60) { findings.add("HOURS_SHORT"); status = "notMet"; }
        break;
      case "minIndividuals":
        if (clients < v) { findings.add("TOO_FEW_CLIENTS"); status = "notMet"; }
        break;
      case "maxIndividuals":
        if (clients > v) {
          if (rule.exceptionalValue != null && clients <= rule.exceptionalValue && c.exceptional) { findings.add("EXCEPTIONAL_THIRD_CLIENT_NOTED"); status = "metWithException"; }
          else { findings.add("TOO_MANY_CLIENTS"); status = "notMet"; }
        } else if (act.length === 0) status = "notMet";
        break;
      case "minSupervisionSessions":
        if (c.supervision.length < v) { findings.add(c.supervision.length === 0 ? "NO_SUPERVISION" : "SUPERVISION_SHORT"); status = "notMet"; }
        break;
      case "minSupervisionHours":
        if (supervisionMinutes < v * 60) { findings.add(c.supervision.length === 0 ? "NO_SUPERVISION" : "SUPERVISION_SHORT"); status = "notMet"; }
        break;
      case "reflectionEverySession":
        // Over zero sessions the rule is not met (nothing was reflected on); the finding is NO_SESSIONS, not a session's.
        if (act.length === 0) status = "notMet";
        else if (act.some((s) => !s.reflection)) { findings.add("SESSION_WITHOUT_REFLECTION"); status = "notMet"; }
        break;
      case "feedbackEverySession":
        if (act.length === 0) status = "notMet";
        else if (act.some((s) => !s.feedback && !s.feedbackForm)) { findings.add("SESSION_WITHOUT_FEEDBACK"); status = "notMet"; }
        break;
      case "minPlanMonths":
        if (!c.plan) { findings.add("NO_PLAN"); status = "notMet"; }
        else if (planMonths == null || planMonths < v) { findings.add("PLAN_TOO_SHORT"); status = "notMet"; }
        break;
      default:
        throw new Error(`${c.name}: no truth for rule kind ${rule.kind}`);
    }
    rules[rule.kind] = status;
  }

  // Each file's stated total (added up over its per-client totals) against that file's own sessions.
  for (const f of c.files) {
    if (f.stated == null) continue;
    const own = (f.sessionFilter ? act.filter(f.sessionFilter) : act).reduce((n, s) => n + s.minutes, 0);
    if (Math.abs(f.stated - own) > 1) findings.add("STATED_TOTAL_MISMATCH");
  }

  let marks = null;
  if (unit.markSheet && c.marks) {
    const awarded = c.marks.sections.reduce((n, m) => n + (m ?? 0), 0);
    unit.markSheet.sections.forEach((s, i) => {
      const m = c.marks.sections[i];
      if (m == null) findings.add("MARKS_MISSING");
      else if (m < s.minMarks) findings.add("MARKS_SECTION_BELOW_MINIMUM");
    });
    if (c.marks.statedTotal != null && c.marks.statedTotal !== awarded) findings.add("MARKS_TOTAL_MISMATCH");
    if (awarded < unit.markSheet.passMark) findings.add("MARKS_BELOW_PASS_MARK");
    marks = { awarded, statedTotal: c.marks.statedTotal ?? null };
  }

  // A part of a record written is its record written, as the templates nest them (a session's goal sits in its session
  // record, a reflective log's answers in its entry, supervision outcomes in the supervision record, the observer's
  // strengths in the observation).
  const has = new Set(evidence.flatMap((e) => (RECORD_OF[e] ? [e, RECORD_OF[e]] : [e])));
  for (const lo of unit.learningOutcomes) {
    for (const ac of lo.criteria) {
      const kinds = ruleAc(ac);
      const evidenced = has.has("ac:" + ac.ref)
        || (ac.evidencedBy ?? []).some((s) => has.has(s))
        || (kinds.some((k) => HOURS_KINDS.includes(k)) && act.length > 0)
        || (kinds.some((k) => SUPERVISION_KINDS.includes(k)) && c.supervision.length > 0);
      if (!evidenced) findings.add(`AC_${ac.ref}_NO_EVIDENCE`);
    }
  }

  return {
    unit: c.unit,
    producer: c.producer,
    classes: c.classes,
    files: c.files.map((f) => f.name),
    totalMinutes,
    byClientMinutes,
    clients,
    sessions: act.length,
    supervisionSessions: c.supervision.length,
    supervisionMinutes,
    planMonths,
    marks,
    rules,
    findings: [...findings].sort(),
  };
}

const RECORD_OF = Object.fromEntries([
  ...["sessionGoal", "sessionOptions", "sessionActions", "sessionFeedback"].map((x) => [`coaching-diary#${x}`, "coaching-diary#sessionRecord"]),
  ...["sessionOverall", "whatHappened", "relationship", "reflection", "actions"].map((x) => [`reflective-log#${x}`, "reflective-log#entry"]),
  ...["supervisionTime", "outcomes", "actions"].map((x) => [`supervision-record#${x}`, "supervision-record#supervision"]),
  ...["strengths", "developmentAreas"].map((x) => [`observation-feedback#${x}`, "observation-feedback#observation"]),
]);
