// Coverage of a unit's ACs by what the document holds: passages tagged with the AC, or template sections that
// evidence it by design (catalogue evidencedBy "kind#section") and are not empty; otherwise "missing".
import { allCriteria, type Unit } from "../catalogue/catalogue";
import type { DocumentScan } from "./documentScan";
import { parseDurationMinutes } from "./duration";

export type CoverageStatus = "tagged" | "by-design" | "missing";

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
  unreadable: { session: number; text: string; controlId: number | null }[];
}

const excerptLength = 80;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= excerptLength ? flat : flat.slice(0, excerptLength - 1).trimEnd() + "…";
}

function isFilled(text: string): boolean {
  return text.trim().length > 0;
}

/** Which section names evidence an AC in a document of the given kind ("" = kind unknown: any kind). */
function designSections(evidencedBy: string[], documentKind: string): Set<string> {
  const names = new Set<string>();
  for (const entry of evidencedBy) {
    const [kind, section] = entry.split("#");
    if (!section || !kind) continue;
    if (documentKind === "" || kind === documentKind) names.add(section);
  }
  return names;
}

export function computeCoverage(unit: Unit, scan: DocumentScan, documentKind: string): UnitCoverage {
  const criteria = allCriteria(unit).map(({ outcome, criterion }) => {
    const passages = scan.evidence
      .filter((p) => p.criteria.includes(criterion.ref) && isFilled(p.text))
      .map((p) => ({ id: p.id, excerpt: excerpt(p.text) }));
    const wanted = designSections(criterion.evidencedBy, documentKind);
    const sections = scan.sections
      .filter((s) => wanted.has(s.name) && isFilled(s.text))
      .map((s) => ({ id: s.id, name: s.name }));
    const status: CoverageStatus = passages.length > 0 ? "tagged" : sections.length > 0 ? "by-design" : "missing";
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

/** Hours and sessions from the session items; the total is the sum of what was read, never a stated total. */
export function computeHours(scan: DocumentScan): HoursSummary {
  let totalMinutes = 0;
  let sessions = 0;
  const unreadable: HoursSummary["unreadable"] = [];
  scan.sessions.forEach((s, index) => {
    // A repeating section always keeps one item; an untouched empty one is not a session.
    if (!isFilled(s.text)) return;
    sessions++;
    const minutes = parseDurationMinutes(s.durationText);
    if (minutes === null) {
      unreadable.push({ session: index + 1, text: s.durationText ?? "", controlId: s.durationControlId });
    } else {
      totalMinutes += minutes;
    }
  });
  return { totalMinutes, sessions, unreadable };
}
