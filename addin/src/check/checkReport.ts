// The parts of the check report (POST /api/check, docs/ of issue 3) the task pane shows. Fields the pane does not
// know are ignored, and every field is optional so a newer report version still displays.
export interface Finding {
  code: string;
  message: string;
  location?: string | null;
}

export interface CheckReport {
  unit?: string;
  hours?: { total?: number };
  sessions?: unknown[];
  criteria?: { ref: string; status?: string }[];
  findings: Finding[];
  warnings: Finding[];
}

function asFinding(value: unknown): Finding | null {
  if (typeof value === "string") return { code: "", message: value, location: null };
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    const message = typeof v.message === "string" ? v.message : typeof v.text === "string" ? v.text : null;
    if (message === null) return null;
    const location = typeof v.location === "string" ? v.location : v.location ? JSON.stringify(v.location) : null;
    return { code: typeof v.code === "string" ? v.code : "", message, location };
  }
  return null;
}

/** Normalises the service's JSON into a CheckReport; null when it is not a report at all. */
export function readCheckReport(json: unknown): CheckReport | null {
  if (!json || typeof json !== "object") return null;
  const r = json as Record<string, unknown>;
  if (!Array.isArray(r.findings)) return null;
  const list = (v: unknown): Finding[] => (Array.isArray(v) ? v.map(asFinding).filter((f): f is Finding => f !== null) : []);
  const hours = r.hours && typeof r.hours === "object" ? (r.hours as { total?: number }) : undefined;
  return {
    unit: typeof r.unit === "string" ? r.unit : undefined,
    hours,
    sessions: Array.isArray(r.sessions) ? r.sessions : undefined,
    criteria: Array.isArray(r.criteria) ? (r.criteria as CheckReport["criteria"]) : undefined,
    findings: list(r.findings),
    warnings: list(r.warnings),
  };
}
