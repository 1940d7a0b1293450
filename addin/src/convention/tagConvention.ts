// The one TypeScript implementation of the tag convention (docs/tag-convention.md). Its facts are not copied by hand:
// they are imported from templates/tag-convention.json, the same file the C# TagConvention is tested against, and
// test/unit/tagConvention.test.ts checks that this module's behaviour agrees with it.
import convention from "../../../templates/tag-convention.json";

export type TagKind = "f" | "r" | "i" | "s" | "ac";

export const Version: string = convention.version;
export const Prefix: string = convention.prefix;
export const MaxTagLength: number = convention.maxTagLength;
export const IdentityNamespace: string = convention.identityNamespace;
export const EvidenceSeparator: string = convention.evidenceSeparator;
/** Excel has no content controls: a workbook names its field cells `_cd1.f.<field>` (not used by the Word pane). */
export const SpreadsheetFieldPrefix: string = convention.spreadsheetFieldPrefix;
export const Kinds = convention.kinds as {
  field: TagKind;
  repeatingSection: TagKind;
  repeatingItem: TagKind;
  section: TagKind;
  evidence: TagKind;
};
export const FieldNames: readonly string[] = convention.fields;
export const BlockNames: readonly string[] = convention.blocks;

const knownKinds = new Set<string>(Object.values(Kinds));

export interface ParsedTag {
  kind: TagKind;
  value: string;
  /** For evidence tags, the AC references; empty otherwise. */
  criteria: string[];
}

export class TagTooLongError extends Error {}

function make(kind: TagKind, value: string): string {
  const tag = `${Prefix}${kind}:${value}`;
  if (tag.length > MaxTagLength) {
    throw new TagTooLongError(`Tag '${tag}' is longer than Word's ${MaxTagLength}-character limit.`);
  }
  return tag;
}

export const fieldTag = (name: string): string => make(Kinds.field, name);
export const repeatingSectionTag = (block: string): string => make(Kinds.repeatingSection, block);
export const repeatingItemTag = (block: string): string => make(Kinds.repeatingItem, block);
export const sectionTag = (name: string): string => make(Kinds.section, name);

/** Trimmed, non-empty, first occurrence kept: the same normalisation as the C# side. */
export function normaliseCriteria(criteria: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const c of criteria) {
    const ref = c.trim();
    if (ref.length > 0 && !seen.has(ref)) seen.add(ref);
  }
  return [...seen];
}

/** An evidence tag for one or more ACs, e.g. `cd1:ac:3.1,3.2`. */
export function evidenceTag(criteria: Iterable<string>): string {
  const refs = normaliseCriteria(criteria);
  if (refs.length === 0) throw new Error("An evidence tag needs at least one AC reference.");
  return make(Kinds.evidence, refs.join(EvidenceSeparator));
}

/** Word keeps a content control's title, like its tag, to 64 characters. */
export const MaxTitleLength = 64;

/** The readable title Word shows on an evidence control: `AC 1.1, 2.3`, shortened with "…" to Word's limit. */
export function evidenceTitle(criteria: Iterable<string>): string {
  const title = "AC " + normaliseCriteria(criteria).join(", ");
  if (title.length <= MaxTitleLength) return title;
  const cut = title.slice(0, MaxTitleLength - 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(","), 3)) + "…";
}

export function parseTag(tag: string | null | undefined): ParsedTag | null {
  if (!tag || !tag.startsWith(Prefix)) return null;
  const rest = tag.slice(Prefix.length);
  const colon = rest.indexOf(":");
  if (colon <= 0 || colon === rest.length - 1) return null;
  const kind = rest.slice(0, colon);
  if (!knownKinds.has(kind)) return null;
  const value = rest.slice(colon + 1);
  const criteria =
    kind === Kinds.evidence
      ? value.split(EvidenceSeparator).map((c) => c.trim()).filter((c) => c.length > 0)
      : [];
  return { kind: kind as TagKind, value, criteria };
}

export const isEvidenceTag = (tag: string | null | undefined): boolean => parseTag(tag)?.kind === Kinds.evidence;

/** Throws when code asks for a field the convention does not list, so a renamed field fails loudly. */
export function knownField(name: string): string {
  if (!FieldNames.includes(name)) throw new Error(`'${name}' is not a field of the tag convention.`);
  return name;
}

/** Throws when code asks for a block the convention does not list. */
export function knownBlock(name: string): string {
  if (!BlockNames.includes(name)) throw new Error(`'${name}' is not a block of the tag convention.`);
  return name;
}
