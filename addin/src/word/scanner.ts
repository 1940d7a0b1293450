// Reads every content control of the convention in two syncs: one for the document's controls, one for the fields
// inside each session item (queued together, never a sync inside the loop).
import { fieldTag, knownBlock, knownField, parseTag, repeatingItemTag, Kinds, Prefix } from "../convention/tagConvention";
import type { DocumentScan, SessionItem } from "../coverage/documentScan";

const durationTag = fieldTag(knownField("duration"));
const sessionItemTag = repeatingItemTag(knownBlock("session"));
const fieldPrefix = `${Prefix}${Kinds.field}:`;
const sectionPrefix = `${Prefix}${Kinds.section}:`;
const loaded = "items/id,items/tag,items/text,items/placeholderText";

/** What the learner wrote: Word reports an empty control's placeholder ("Click or tap here...") as its text. */
function written(control: Word.ContentControl): string {
  const placeholder = control.placeholderText?.trim();
  return placeholder && control.text.trim() === placeholder ? "" : control.text;
}

export async function scanDocument(): Promise<DocumentScan> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load(loaded);
    await context.sync();

    const scan: DocumentScan = { evidence: [], sections: [], sessions: [] };
    const items: Word.ContentControl[] = [];
    const durationFields: Word.ContentControl[] = [];
    for (const control of controls.items) {
      const parsed = parseTag(control.tag);
      if (!parsed) continue;
      if (parsed.kind === Kinds.evidence) scan.evidence.push({ id: control.id, criteria: parsed.criteria, text: written(control) });
      else if (parsed.kind === Kinds.section) scan.sections.push({ id: control.id, name: parsed.value, text: written(control) });
      else if (control.tag === sessionItemTag) items.push(control);
      else if (control.tag === durationTag) durationFields.push(control);
    }

    if (items.length === 0) {
      // Hosts that do not expose repeating-section items as controls: each duration field stands for one session.
      scan.sessions = durationFields.map((d) => ({ id: d.id, durationText: written(d), durationControlId: d.id, text: written(d) }));
      return scan;
    }

    const inner = items.map((item) => {
      const found = item.contentControls;
      found.load(loaded);
      return found;
    });
    await context.sync();
    scan.sessions = items.map((item, i): SessionItem => {
      const controlsOfItem = inner[i]!.items;
      const duration = controlsOfItem.find((c) => c.tag === durationTag);
      // A session is what the learner filled in, not the labels every item repeats: an untouched item is no session.
      const filled = controlsOfItem
        .filter((c) => c.tag.startsWith(fieldPrefix) || c.tag.startsWith(sectionPrefix))
        .map(written)
        .filter((t) => t.trim().length > 0)
        .join(" ");
      return { id: item.id, durationText: duration ? written(duration) : null, durationControlId: duration?.id ?? null, text: filled };
    });
    return scan;
  });
}
