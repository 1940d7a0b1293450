// What the add-in reads from the document's content controls, as plain data, and the rules that turn it into what the
// learner wrote: the same rules as the service's C# reader (Core/Reading/TaggedReader.cs, RecordAssembler.cs; written
// down in docs/reading.md), so the pane and the check agree on the same file.
//   - a field's text is the learner's unless the control still shows its placeholder;
//   - a section or evidence control with fields inside counts only those fields' text (never the labels the template
//     prints around them, nor the client reference or session number the generator pre-fills); one without fields
//     counts only the lines its blank template does not already have (the template baseline);
//   - fields fill the innermost repeating item holding them (a diary's session, nested in its client's block); a field
//     outside any item fills a running record, and a key field met twice starts the next one (sessions pasted without
//     Word's "+", or a host that exposes no items);
//   - a record without its own client reference is the client's whose reference was written last before it, within
//     its client block (the diary's Client Ref/ID is written once, in the block's header).
import { Kinds, parseTag } from "../convention/tagConvention";

/** One cd1 content control as the scanner read it (src/word/scanner.ts), in document order. */
export interface ScannedControl {
  id: number;
  tag: string;
  /** The control's text, "" when it shows its placeholder. */
  text: string;
  /** Ids of the controls nested inside it (any depth; the host lists other add-ins' controls too); [] for fields. */
  inner: number[];
}

/** The blank template's own lines inside sections, per document kind (scripts/readBaseline.mjs). */
export type TemplateBaseline = Record<string, { lines: string[]; prefixes: string[] }>;

export interface TaggedPassage {
  id: number;
  criteria: string[];
  text: string;
}

export interface DesignSection {
  id: number;
  /** "kind#section", as the catalogue's evidencedBy names it. */
  key: string;
  name: string;
  text: string;
}

/** A repeating item or a run of loose fields: what the learner wrote in each field, and where. */
export interface ScannedRecord {
  id: number;
  /** The form the record belongs to (coaching-diary, reflective-log, ...; "other" for a client block). */
  form: string;
  fields: Record<string, string>;
  fieldIds: Record<string, number>;
}

export interface DocumentScan {
  evidence: TaggedPassage[];
  sections: DesignSection[];
  records: ScannedRecord[];
}

export const emptyScan: DocumentScan = { evidence: [], sections: [], records: [] };

/** Fields only a person's identity lives in, filled by the generator: never content. */
const personalFields = new Set([
  "learnerName", "registrationNumber", "centreName", "centreNumber", "assessorName", "qualificationTitle", "unitTitle",
  "supervisorName", "plannedSessions", "formTitle",
]);
/** Fields that say who or which, filled by the generator or the learner, but evidence no AC. */
const notEvidence = new Set([...personalFields, "clientRef", "sessionNumber", "unitId"]);
/** Header fields the reader keeps apart from any record. */
const documentFields = new Set(["totalHours", "exceptionalReason", "planMonths", "unitId", "startDate", "endDate"]);
/** A second one of these outside any item starts the next record. */
const keyFields = new Set(["clientRef", "sessionNumber", "sessionDate", "duration", "startTime", "endTime"]);
const reflectionFields = new Set(["questioning", "listening", "feedbackImpact", "improvement", "learning", "feedback", "reflection"]);

/** Which form a repeating block's items hold, in a document of the given kind. */
export function formOf(block: string, kind: string): string {
  switch (block) {
    case "session": return kind === "hours-log" ? "hours-log" : "coaching-diary";
    case "reflection": return "reflective-log";
    case "feedback": return "client-feedback";
    case "supervision": return "supervision-record";
    case "objective": return "development-plan";
    default: return "other";
  }
}

/**
 * A printed line as compared: spacing collapsed, case and a closing full stop, colon or semicolon ignored, as forms'
 * versions differ in those (C# TemplateBaseline.Key).
 */
export function printedLineKey(line: string): string {
  return line.replace(/\s+/g, " ").trim().replace(/[.:; ]+$/, "").toLowerCase();
}

/** The learner's own lines of a control's text: those its blank template does not print. */
export function addedText(text: string, kind: string, baseline: TemplateBaseline): string {
  const own = baseline[kind];
  if (!own || kind === "hours-log") return text.trim();
  const printed = new Set(own.lines.map(printedLineKey).filter((k) => k.length > 0));
  return text
    .split(/[\r\n]+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !printed.has(printedLineKey(l)) && !own.prefixes.some((p) => p.length > 0 && l.startsWith(p)))
    .join("\n");
}

/** Reads the scanned controls of a document of `kind` (from its identity; "" when unknown). */
export function readScan(controls: ScannedControl[], kind: string, baseline: TemplateBaseline): DocumentScan {
  const byId = new Map(controls.map((c) => [c.id, c]));
  const parsed = new Map(controls.map((c) => [c.id, parseTag(c.tag)]));
  const items = controls.filter((c) => parsed.get(c.id)?.kind === Kinds.repeatingItem);
  // The innermost item holding a control: the one with the fewest controls inside.
  const itemOf = new Map<number, ScannedControl>();
  for (const item of [...items].sort((a, b) => b.inner.length - a.inner.length)) {
    for (const id of item.inner) itemOf.set(id, item);
  }
  const records = new Map<number, ScannedRecord>();
  const recordOf = (item: ScannedControl): ScannedRecord => {
    let r = records.get(item.id);
    if (!r) {
      r = { id: item.id, form: formOf(parsed.get(item.id)!.value, kind), fields: {}, fieldIds: {} };
      records.set(item.id, r);
    }
    return r;
  };
  const out: DocumentScan = { evidence: [], sections: [], records: [] };
  const finished: ScannedRecord[] = [];
  let loose: ScannedRecord | null = null;

  const ownText = (c: ScannedControl, form: string): string => {
    // Only our fields: an id the scan has no control for is another add-in's control nested in this one.
    const fields = c.inner.filter((id) => byId.has(id)).map((id) => byId.get(id)!).filter((f) => parsed.get(f.id)?.kind === Kinds.field);
    if (fields.length === 0) return addedText(c.text, form, baseline);
    return fields
      .filter((f) => !notEvidence.has(parsed.get(f.id)!.value))
      .map((f) => f.text.trim())
      .filter((t) => t.length > 0)
      .join("\n");
  };

  for (const c of controls) {
    const tag = parsed.get(c.id);
    if (!tag) continue;
    const item = itemOf.get(c.id);
    const form = item ? formOf(parsed.get(item.id)!.value, kind) : kind;
    // A section in a block that is no form of its own (a diary's client block) is the document's: coaching-diary#clientGoals.
    const sectionForm = form === "other" ? kind : form;
    if (tag.kind === Kinds.repeatingItem) {
      recordOf(c);
    } else if (tag.kind === Kinds.section) {
      const text = ownText(c, sectionForm);
      if (text.length > 0 && sectionForm !== "") out.sections.push({ id: c.id, key: `${sectionForm}#${tag.value}`, name: tag.value, text });
    } else if (tag.kind === Kinds.evidence) {
      const text = ownText(c, sectionForm);
      if (text.length > 0) out.evidence.push({ id: c.id, criteria: tag.criteria, text });
    } else if (tag.kind === Kinds.field) {
      let name = tag.value;
      if (personalFields.has(name) || documentFields.has(name)) continue;
      if (form === "coaching-diary") name = name === "clientFeedback" ? "feedback" : name === "feedback" ? "feedbackGiven" : name;
      if (form === "reflective-log" && reflectionFields.has(name)) name = "reflection";
      const value = c.text.trim();
      let record: ScannedRecord;
      if (item) record = recordOf(item);
      else {
        // Even a blank one: on a host that lists no items, a session item's first field (its client reference, left
        // empty under the client block's header) is where the next session begins. The C# reader sees the items, and
        // ends a loose record only at a key field already written.
        if (loose && keyFields.has(name) && name in loose.fields) {
          finished.push(loose);
          loose = null;
        }
        loose ??= { id: c.id, form: kind, fields: {}, fieldIds: {} };
        record = loose;
      }
      // A field written twice in one record keeps its first non-empty value, as the C# RecordDraft does.
      if (!record.fields[name]) {
        record.fields[name] = value;
        record.fieldIds[name] = c.id;
      }
    }
  }
  if (loose) finished.push(loose);
  const position = new Map(controls.map((c, i) => [c.id, i]));
  out.records = [...items.map((i) => records.get(i.id)!), ...finished].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  inheritClientRefs(out.records, items, parsed);
  return out;
}

/**
 * A diary holds one block per client, its sessions nested in it; the learner writes the client's reference once, in the
 * block's header, so a record without its own reference is the client's whose reference was written last before it:
 * within its client block when the host lists items, else in the document (the header comes before its sessions).
 */
function inheritClientRefs(records: ScannedRecord[], items: ScannedControl[], parsed: Map<number, ReturnType<typeof parseTag>>): void {
  const clientBlocks = items.filter((i) => parsed.get(i.id)?.value === "client");
  const scopeOf = (r: ScannedRecord): number => {
    const holders = clientBlocks.filter((b) => b.id === r.id || b.inner.includes(r.id));
    return holders.length === 0 ? -1 : holders.sort((a, b) => a.inner.length - b.inner.length)[0]!.id;
  };
  const last = new Map<number, { value: string; id: number }>();
  for (const r of records) {
    const scope = scopeOf(r);
    // Items listed but none a client block around this record: its item is all there is to it.
    if (scope === -1 && items.length > 0) continue;
    if (r.fields.clientRef) last.set(scope, { value: r.fields.clientRef, id: r.fieldIds.clientRef! });
    else if (r.form !== "other" && last.has(scope)) {
      const ref = last.get(scope)!;
      r.fields.clientRef = ref.value;
      r.fieldIds.clientRef = ref.id;
    }
  }
}
