// Keeps coverage current. Where the host has WordApi 1.6, Word's own events say when the document changed (a
// paragraph added, changed or deleted; a content control added, WordApi 1.5); elsewhere Word raises no event for
// typing, so selection changes and a slow poll stand in. Every trigger is debounced, so a burst of edits costs one
// refresh, and the refresh itself reads a cheap fingerprint first (src/word/scanner.ts).
export interface ChangeWatcherSettings {
  debounceMs: number;
  pollMs: number;
}

export const defaultChangeWatcherSettings: ChangeWatcherSettings = { debounceMs: 400, pollMs: 5000 };

/** Registers Word's change events; true when they are available, so the poll is not needed. */
async function watchWordEvents(schedule: () => void): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("WordApi", "1.6")) return false;
  try {
    await Word.run(async (context) => {
      const d = context.document;
      const handler = async () => schedule();
      d.onParagraphAdded.add(handler);
      d.onParagraphChanged.add(handler);
      d.onParagraphDeleted.add(handler);
      d.onContentControlAdded.add(handler);
      await context.sync();
    });
    return true;
  } catch {
    return false; // a host that lists the set but refuses the events: poll instead
  }
}

export function watchDocument(onChange: () => void, settings = defaultChangeWatcherSettings): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, settings.debounceMs);
  };
  Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, schedule);
  void watchWordEvents(schedule).then((evented) => {
    if (evented || stopped) return;
    poll = setInterval(() => {
      if (typeof document === "undefined" || document.visibilityState !== "hidden") schedule();
    }, settings.pollMs);
  });
  return () => {
    stopped = true;
    if (poll !== undefined) clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: schedule });
  };
}
