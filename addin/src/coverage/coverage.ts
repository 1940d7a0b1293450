// Coverage of a unit's ACs by what the document holds: passages tagged with the AC, or template sections that
// evidence it by design (catalogue evidencedBy "kind#section") and are not empty; otherwise "missing".
import { allCriteria, type Unit } from "../catalogue/catalogue";
import type { DocumentScan, ScannedRecord } from "./documentScan";
import { parseDurationMinutes, parseTimeOfDay } from "./duration";

export type CoverageStatus = "tagged" | "by-design" | "by-records" | "missing";

export interface CriterionCoverage {
  ref: string;
  text: string;
  outcomeRef: string;
  outcomeIndex: number;
  passages: { id: number; excerpt: string }[];
  sections: { id: number; name: string }[];
  status: CoverageStatus;
}

export interface UnitCoverage {
  criteria: CriterionCoverage[];
  covered: number;
  /** AC references tagged in the document that this unit does not have (a tag from another unit, a typo). */
  unknownReferences: string[];
}

export interface HoursSummary {
  totalMinutes: number;
  sessions: number;
  /** Distinct individuals among the sessions read, however their references are spelled (clientKey). */
  clients: number;
  unreadable: { session: number; text: string; controlId: number | null }[];
  /** The unit's minimum hours, when it sets one. */
  targetMinutes: number | null;
}

const excerptLength = 80;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= excerptLength ? flat : flat.slice(0, excerptLength - 1).trimEnd() + "…";
}

function isFilled(text: string): boolean {
  return text.trim().length > 0;
}

/** Rule kinds whose records evidence an AC worded as the rule is (Core/Checking/CriterionEvidenceLocator.cs). */
const sessionRuleKinds = new Set(["minHours", "minIndividuals", "maxIndividuals"]);
const supervisionRuleKinds = new Set(["minSupervisionSessions", "minSupervisionHours"]);

/**
 * Coverage of the unit's ACs in one scanned document, or in several (the portfolio: diary, log, forms), counted by
 * the check's rules: tagged passages, non-empty sections the catalogue lists in evidencedBy ("kind#section"), and an
 * AC that is itself a unit rule by the session or supervision records that rule counts.
 */
export function computeCoverage(unit: Unit, scanOrScans: DocumentScan | DocumentScan[]): UnitCoverage {
  const scans = Array.isArray(scanOrScans) ? scanOrScans : [scanOrScans];
  const scan: DocumentScan = {
    evidence: scans.flatMap((x) => x.evidence),
    sections: scans.flatMap((x) => x.sections),
    records: scans.flatMap((x) => x.records),
  };
  const sessions = computeHours(scan, unit).sessions;
  const supervision = supervisionRecords(scan).length;
  const criteria = allCriteria(unit).map(({ outcome, criterion }) => {
    const passages = scan.evidence
      .filter((p) => p.criteria.includes(criterion.ref) && isFilled(p.text))
      .map((p) => ({ id: p.id, excerpt: excerpt(p.text) }));
    const wanted = new Set(criterion.evidencedBy);
    const sections = scan.sections
      .filter((s) => wanted.has(s.key) && isFilled(s.text))
      .map((s) => ({ id: s.id, name: s.name }));
    const ruleKinds = new Set(unit.rules.filter((r) => r.text.trim() === criterion.text.trim()).map((r) => r.kind));
    const byRecords =
      ([...ruleKinds].some((k) => sessionRuleKinds.has(k)) && sessions > 0) ||
      ([...ruleKinds].some((k) => supervisionRuleKinds.has(k)) && supervision > 0);
    const status: CoverageStatus =
      passages.length > 0 ? "tagged" : sections.length > 0 ? "by-design" : byRecords ? "by-records" : "missing";
    return {
      ref: criterion.ref,
      text: criterion.text,
      outcomeRef: outcome.ref,
      outcomeIndex: unit.learningOutcomes.indexOf(outcome),
      passages,
      sections,
      status,
    };
  });
  const known = new Set(criteria.map((c) => c.ref));
  const unknownReferences = [...new Set(scan.evidence.flatMap((p) => p.criteria).filter((r) => !known.has(r)))].sort();
  return { criteria, covered: criteria.filter((c) => c.status !== "missing").length, unknownReferences };
}

const sessionForms = new Set(["coaching-diary", "hours-log", ""]);

function supervisionRecords(scan: DocumentScan): ScannedRecord[] {
  return scan.records.filter((r) => r.form === "supervision-record" && Object.entries(r.fields).some(
    ([name, value]) => value.length > 0 && name !== "clientRef" && name !== "sessionNumber"));
}

const written = (r: ScannedRecord, field: string): string | null => (r.fields[field] ? r.fields[field]! : null);

/** A written client reference's prefix ("Client", "Coachee", "ID" ...), as the service's RecordAssembler.ClientPrefix. */
// As RecordAssembler.ClientPrefix: "Client ref: 7" is client 7, the word "ref" after "client" being part of the prefix.
const clientPrefix = /^(?:(?:client|coachee|individual)(?:\s*ref(?:\/id)?)?|ref|id)\b[\s:#.\-]*(?=\S)/i;

/**
 * Only to match: "Client B", "client: B" and "B" are one individual, as the service counts them
 * (RecordAssembler.ClientKey); null when the reference names nobody (punctuation only).
 */
export function clientKey(text: string): string | null {
  const s = text.trim().replace(clientPrefix, "").trim().replace(/[.,;]+$/, "");
  return s.length === 0 ? null : s.toUpperCase();
}

/** Minutes of a session: its duration, or the time between its start and end; null when neither reads. */
function sessionMinutes(r: ScannedRecord): number | null {
  const start = parseTimeOfDay(written(r, "startTime"));
  const end = parseTimeOfDay(written(r, "endTime"));
  const fromTimes = start !== null && end !== null && end > start ? end - start : null;
  const duration = written(r, "duration");
  if (duration !== null) return parseDurationMinutes(duration) ?? fromTimes;
  return fromTimes;
}

/**
 * The records that are sessions, by the check's rule: the learner wrote a duration, start and end times, or a date
 * (the pre-filled session number alone makes no session).
 */
export function sessionRecords(scan: DocumentScan): ScannedRecord[] {
  return scan.records.filter((r) => {
    if (!sessionForms.has(r.form)) return false;
    const hasTimes = written(r, "startTime") !== null && written(r, "endTime") !== null;
    return written(r, "duration") !== null || hasTimes || (written(r, "sessionDate") !== null && written(r, "sessionNumber") !== null);
  });
}

/**
 * Hours, sessions and clients from the session records, by the check's rule: a record is a session when the learner
 * wrote its duration, its start and end times, or its date (the pre-filled session number alone makes no session).
 * The total is the sum of what was read, never a total the learner typed.
 */
export function computeHours(scan: DocumentScan, unit?: Unit | null): HoursSummary {
  let totalMinutes = 0;
  let sessions = 0;
  const clients = new Set<string>();
  const unreadable: HoursSummary["unreadable"] = [];
  for (const r of sessionRecords(scan)) {
    sessions++;
    const client = clientKey(r.fields.clientRef ?? "");
    if (client !== null) clients.add(client);
    const minutes = sessionMinutes(r);
    if (minutes === null) unreadable.push({ session: sessions, text: r.fields.duration ?? "", controlId: r.fieldIds.duration ?? null });
    else totalMinutes += minutes;
  }
  const target = unit?.rules.find((x) => x.kind === "minHours")?.value ?? null;
  return { totalMinutes, sessions, clients: clients.size, unreadable, targetMinutes: target === null ? null : Math.round(target * 60) };
}
