// Word raises no event for typing, so coverage is kept current from the events it does raise (selection changes)
// plus a slow poll, both debounced so a burst of edits costs one scan.
export interface ChangeWatcherSettings {
  debounceMs: number;
  pollMs: number;
}

export const defaultChangeWatcherSettings: ChangeWatcherSettings = { debounceMs: 400, pollMs: 5000 };

export function watchDocument(onChange: () => void, settings = defaultChangeWatcherSettings): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, settings.debounceMs);
  };
  Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, schedule);
  const poll = setInterval(() => {
    if (typeof document === "undefined" || document.visibilityState !== "hidden") schedule();
  }, settings.pollMs);
  return () => {
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: schedule });
  };
}
