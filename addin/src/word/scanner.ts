// Reads every content control of the convention in two syncs: one for the document's controls, one for the duration
// fields inside each session item (queued together, never a sync inside the loop).
import { fieldTag, knownBlock, knownField, parseTag, repeatingItemTag, Kinds } from "../convention/tagConvention";
import type { DocumentScan, SessionItem } from "../coverage/documentScan";

const durationTag = fieldTag(knownField("duration"));
const sessionItemTag = repeatingItemTag(knownBlock("session"));

export async function scanDocument(): Promise<DocumentScan> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items/id,items/tag,items/text");
    await context.sync();

    const scan: DocumentScan = { evidence: [], sections: [], sessions: [] };
    const items: Word.ContentControl[] = [];
    const durationFields: Word.ContentControl[] = [];
    for (const control of controls.items) {
      const parsed = parseTag(control.tag);
      if (!parsed) continue;
      if (parsed.kind === Kinds.evidence) scan.evidence.push({ id: control.id, criteria: parsed.criteria, text: control.text });
      else if (parsed.kind === Kinds.section) scan.sections.push({ id: control.id, name: parsed.value, text: control.text });
      else if (control.tag === sessionItemTag) items.push(control);
      else if (control.tag === durationTag) durationFields.push(control);
    }

    if (items.length === 0) {
      // Hosts that do not expose repeating-section items as controls: each duration field stands for one session.
      scan.sessions = durationFields.map((d) => ({ id: d.id, durationText: d.text, durationControlId: d.id, text: d.text }));
      return scan;
    }

    const durations = items.map((item) => {
      const found = item.contentControls.getByTag(durationTag);
      found.load("items/id,items/text");
      return found;
    });
    await context.sync();
    scan.sessions = items.map((item, i): SessionItem => {
      const duration = durations[i]!.items[0];
      return { id: item.id, durationText: duration?.text ?? null, durationControlId: duration?.id ?? null, text: item.text };
    });
    return scan;
  });
}
