// Evidence tags: a content control around a passage, tagged cd1:ac:<refs> with the title "AC 1.1, 2.3".
import { evidenceTag, evidenceTitle, normaliseCriteria, parseTag, Kinds } from "../convention/tagConvention";
import { UserFacingError } from "./errors";

export interface TagResult {
  id: number;
  criteria: string[];
  /** True when the selection already was an evidence control and its ACs were added to. */
  merged: boolean;
}

/**
 * Tags the current selection with the given ACs. Safe to run twice: when the selection is exactly an existing
 * evidence control, its ACs are extended instead of nesting a second control inside it.
 */
export async function tagSelection(criteria: string[], colour: string): Promise<TagResult> {
  const wanted = normaliseCriteria(criteria);
  if (wanted.length === 0) throw new UserFacingError("Choose at least one AC to tag the selection with.");
  return Word.run(async (context) => {
    const range = context.document.getSelection();
    range.load("text");
    const parent = range.parentContentControlOrNullObject;
    parent.load("id,tag,text");
    await context.sync();

    if (range.text.trim().length === 0) throw new UserFacingError("Select the passage you want to tag first.");

    const parsed = parent.isNullObject ? null : parseTag(parent.tag);
    if (parsed?.kind === Kinds.evidence && parent.text.trim() === range.text.trim()) {
      const all = normaliseCriteria([...parsed.criteria, ...wanted]);
      parent.set({ tag: evidenceTag(all), title: evidenceTitle(all), color: colour });
      await context.sync();
      return { id: parent.id, criteria: all, merged: true };
    }

    const control = range.insertContentControl();
    control.set({
      tag: evidenceTag(wanted),
      title: evidenceTitle(wanted),
      color: colour,
      appearance: Word.ContentControlAppearance.boundingBox,
    });
    control.load("id");
    try {
      await context.sync();
    } catch (e) {
      // Word refuses some selections (across a table's cells, part of a field, inside a locked control).
      throw new UserFacingError(`Word could not put a tag around this selection (${(e as Error).message}). Select text within one paragraph or table cell and try again.`);
    }
    return { id: control.id, criteria: wanted, merged: false };
  });
}

/**
 * Removes one AC from an evidence control; when it was the control's last AC the control goes, keeping its text
 * (delete(true)), so untagging never loses the learner's writing.
 */
export async function removeCriterionFromTag(controlId: number, criterion: string): Promise<void> {
  await Word.run(async (context) => {
    const control = context.document.contentControls.getById(controlId);
    control.load("tag");
    await context.sync();
    const parsed = parseTag(control.tag);
    if (parsed?.kind !== Kinds.evidence) throw new UserFacingError("That passage is no longer tagged.");
    const rest = parsed.criteria.filter((c) => c !== criterion);
    if (rest.length === 0) {
      control.delete(true);
    } else {
      control.set({ tag: evidenceTag(rest), title: evidenceTitle(rest) });
    }
    await context.sync();
  });
}

/** Removes the evidence control around the selection entirely, keeping its text. */
export async function removeTagAtSelection(): Promise<string[]> {
  return Word.run(async (context) => {
    const parent = context.document.getSelection().parentContentControlOrNullObject;
    parent.load("tag");
    await context.sync();
    const parsed = parent.isNullObject ? null : parseTag(parent.tag);
    if (parsed?.kind !== Kinds.evidence) throw new UserFacingError("The selection is not inside a tagged passage.");
    parent.delete(true);
    await context.sync();
    return parsed.criteria;
  });
}

/** Selects a content control (a tagged passage, a section, a session's duration) so Word scrolls to it. */
export async function goToControl(controlId: number): Promise<void> {
  await Word.run(async (context) => {
    context.document.contentControls.getById(controlId).select(Word.SelectionMode.select);
    await context.sync();
  });
}
