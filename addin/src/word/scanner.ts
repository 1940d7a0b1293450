// Reads every cd1 content control in two syncs: one for the document's controls (id, tag, text, placeholder), one for
// which controls sit inside each container (ids only), queued together, never a sync inside a loop. What the learner
// wrote is then worked out without Word, by src/coverage/documentScan.ts.
import { Kinds, parseTag, Prefix } from "../convention/tagConvention";
import type { ScannedControl } from "../coverage/documentScan";

const fieldPrefix = `${Prefix}${Kinds.field}:`;
const loaded = "items/id,items/tag,items/text,items/placeholderText";

/** What the learner wrote: Word reports an empty control's placeholder ("Click or tap here...") as its text. */
function written(control: Word.ContentControl): string {
  const placeholder = control.placeholderText?.trim();
  return placeholder && control.text.trim() === placeholder ? "" : control.text;
}

/** The document's cd1 controls in document order, each with the ids of the cd1 controls inside it. */
export async function scanControls(): Promise<ScannedControl[]> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load(loaded);
    await context.sync();

    const ours = controls.items.filter((c) => c.tag.startsWith(Prefix) && parseTag(c.tag) !== null);
    // Fields hold no controls; every other control's nested ones say which item or section a field belongs to.
    const containers = ours.filter((c) => !c.tag.startsWith(fieldPrefix));
    const inner = containers.map((c) => {
      const nested = c.contentControls;
      nested.load("items/id");
      return nested;
    });
    if (containers.length > 0) await context.sync();

    const innerOf = new Map<number, number[]>();
    containers.forEach((c, i) => innerOf.set(c.id, inner[i]!.items.map((n) => n.id)));
    return ours.map((c) => ({ id: c.id, tag: c.tag, text: written(c), inner: innerOf.get(c.id) ?? [] }));
  });
}

/**
 * A cheap fingerprint of the document for the poll: the body's text length and the number of controls, one sync.
 * The full scan runs only when it changed, so an idle poll does not reload every control's text.
 */
export async function documentFingerprint(): Promise<string> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    const controls = context.document.contentControls;
    controls.load("items/id");
    await context.sync();
    return `${body.text.length}:${hash(body.text)}:${controls.items.length}`;
  });
}

/** FNV-1a over the text: a changed word changes it, whatever the length. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}
