// The slice of templates/catalogue the add-in needs, bundled at build time (scripts/build.mjs) so tagging and
// coverage work without the service. Shapes follow functions/CoachingDocs.Core/Catalogue (camelCase JSON).
export interface Criterion {
  ref: string;
  text: string;
  evidencedBy: string[];
}

export interface LearningOutcome {
  ref: string;
  text: string;
  criteria: Criterion[];
}

export interface Unit {
  id: string;
  title: string;
  level: number;
  learningOutcomes: LearningOutcome[];
  documentKinds: string[];
  /** The unit's rules (minHours, maxIndividuals, ...), for the targets shown beside the figures. */
  rules: Rule[];
}

export interface Rule {
  kind: string;
  value: number | null;
  text: string;
}

export interface Qualification {
  id: string;
  title: string;
  level: number;
  mandatoryUnits: string[];
  optionalUnits: string[];
}

export interface Catalogue {
  version: string;
  qualifications: Qualification[];
  units: Unit[];
  /** Problems met while bundling (a unit a qualification names but the catalogue lacks, a file that did not parse). */
  problems: string[];
}

export const emptyCatalogue: Catalogue = { version: "", qualifications: [], units: [], problems: [] };

export function findUnit(catalogue: Catalogue, id: string): Unit | undefined {
  const wanted = id.trim().toLowerCase();
  return catalogue.units.find((u) => u.id.toLowerCase() === wanted);
}

export function findQualification(catalogue: Catalogue, id: string): Qualification | undefined {
  const wanted = id.trim().toLowerCase();
  return catalogue.qualifications.find((q) => q.id.toLowerCase() === wanted);
}

/** The units a qualification lists, in its order, marking those the catalogue does not have yet. */
export function unitsOf(catalogue: Catalogue, qualification: Qualification): { id: string; unit: Unit | undefined }[] {
  return [...qualification.mandatoryUnits, ...qualification.optionalUnits].map((id) => ({ id, unit: findUnit(catalogue, id) }));
}

/** Index of the learning outcome an AC belongs to (for its colour), or -1. */
export function outcomeIndexOf(unit: Unit, criterionRef: string): number {
  return unit.learningOutcomes.findIndex((lo) => lo.criteria.some((c) => c.ref === criterionRef));
}

export function allCriteria(unit: Unit): { outcome: LearningOutcome; criterion: Criterion }[] {
  return unit.learningOutcomes.flatMap((outcome) => outcome.criteria.map((criterion) => ({ outcome, criterion })));
}
