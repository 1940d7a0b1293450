// Reads every content control of the convention in two syncs: one for the document's controls, one for the fields
// inside each session item (queued together, never a sync inside the loop).
import { fieldTag, knownBlock, knownField, parseTag, repeatingItemTag, Kinds, Prefix } from "../convention/tagConvention";
import type { DocumentScan, SessionItem } from "../coverage/documentScan";

const durationTag = fieldTag(knownField("duration"));
const sessionItemTag = repeatingItemTag(knownBlock("session"));
const fieldPrefix = `${Prefix}${Kinds.field}:`;
const loaded = "items/id,items/tag,items/text,items/placeholderText";

/** What the learner wrote: Word reports an empty control's placeholder ("Click or tap here...") as its text. */
function written(control: Word.ContentControl): string {
  const placeholder = control.placeholderText?.trim();
  return placeholder && control.text.trim() === placeholder ? "" : control.text;
}

/** The learner's words in a block: its fields' text, never the labels a template prints around them. */
function fieldsText(inner: Word.ContentControl[]): string {
  return inner
    .filter((c) => c.tag.startsWith(fieldPrefix))
    .map(written)
    .filter((t) => t.trim().length > 0)
    .join(" ");
}

export async function scanDocument(): Promise<DocumentScan> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load(loaded);
    await context.sync();

    const scan: DocumentScan = { evidence: [], sections: [], sessions: [] };
    const sections: Word.ContentControl[] = [];
    const items: Word.ContentControl[] = [];
    const durationFields: Word.ContentControl[] = [];
    for (const control of controls.items) {
      const parsed = parseTag(control.tag);
      if (!parsed) continue;
      if (parsed.kind === Kinds.evidence) scan.evidence.push({ id: control.id, criteria: parsed.criteria, text: written(control) });
      else if (parsed.kind === Kinds.section) sections.push(control);
      else if (control.tag === sessionItemTag) items.push(control);
      else if (control.tag === durationTag) durationFields.push(control);
    }

    // Sections and session items carry labels; what counts is the fields inside them, read in one more sync.
    const innerOf = (c: Word.ContentControl): Word.ContentControlCollection => {
      const inner = c.contentControls;
      inner.load(loaded);
      return inner;
    };
    const sectionInner = sections.map(innerOf);
    const itemInner = items.map(innerOf);
    if (sections.length > 0 || items.length > 0) await context.sync();

    scan.sections = sections.map((section, i) => {
      const inner = sectionInner[i]!.items;
      // A section with no fields is written in directly: then its own text is the learner's.
      const hasFields = inner.some((c) => c.tag.startsWith(fieldPrefix));
      return { id: section.id, name: parseTag(section.tag)!.value, text: hasFields ? fieldsText(inner) : written(section) };
    });

    if (items.length === 0) {
      // Hosts that do not expose repeating-section items as controls: each duration field stands for one session.
      scan.sessions = durationFields.map((d) => ({ id: d.id, durationText: written(d), durationControlId: d.id, text: written(d) }));
      return scan;
    }
    scan.sessions = items.map((item, i): SessionItem => {
      const inner = itemInner[i]!.items;
      const duration = inner.find((c) => c.tag === durationTag);
      // A session is what the learner filled in, not the labels every item repeats: an untouched item is no session.
      return { id: item.id, durationText: duration ? written(duration) : null, durationControlId: duration?.id ?? null, text: fieldsText(inner) };
    });
    return scan;
  });
}
