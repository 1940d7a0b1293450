// What the add-in reads from the document's content controls (src/word/scanner.ts) as plain data, so coverage and
// hours are pure functions that tests can drive without Word.
export interface TaggedPassage {
  id: number;
  criteria: string[];
  text: string;
}

export interface DesignSection {
  id: number;
  name: string;
  text: string;
}

export interface SessionItem {
  id: number;
  /** Text of the session's duration field, or null when the session has none. */
  durationText: string | null;
  durationControlId: number | null;
  text: string;
}

export interface DocumentScan {
  evidence: TaggedPassage[];
  sections: DesignSection[];
  sessions: SessionItem[];
}

export const emptyScan: DocumentScan = { evidence: [], sections: [], sessions: [] };
