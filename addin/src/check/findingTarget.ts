// Where in the document (or the pane) a finding points, when it can be told: an AC with no evidence goes to that
// AC in the list, a session-numbered finding to that session's duration field, a tag to its control.
import type { Finding } from "./checkReport";
import { sessionRecords } from "../coverage/coverage";
import type { DocumentScan } from "../coverage/documentScan";

export type FindingTarget = { kind: "criterion"; ref: string } | { kind: "control"; id: number; label: string } | null;

export function findingTarget(finding: Finding, scan: DocumentScan, knownCriteria: string[]): FindingTarget {
  const ac = /^AC_(.+)_NO_EVIDENCE$/.exec(finding.code);
  if (ac && knownCriteria.includes(ac[1]!)) return { kind: "criterion", ref: ac[1]! };

  const where = `${finding.location ?? ""} ${finding.message}`;
  const session = /\bsession\s*#?\s*(\d+)/i.exec(where);
  if (session) {
    const record = sessionRecords(scan)[Number(session[1]) - 1];
    if (record) return { kind: "control", id: record.fieldIds.duration ?? record.id, label: `Go to session ${session[1]}` };
  }

  const tag = /\bcd1:s:([A-Za-z]+)/.exec(where);
  if (tag) {
    const section = scan.sections.find((s) => s.name === tag[1]);
    if (section) return { kind: "control", id: section.id, label: `Go to ${section.name}` };
  }
  return null;
}
