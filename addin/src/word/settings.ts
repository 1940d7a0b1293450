// The service key the check sends (x-api-key), kept in the add-in's settings: roaming settings where the host has
// them (they follow the user), otherwise the document's add-in settings (they travel with the file, so a centre hands
// learners a key that can only check). The key is never logged, never shown back, never put in a URL.
const keyName = "coachingdocs.apiKey";

interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

function store(): SettingsStore | null {
  const context = Office.context as unknown as { roamingSettings?: SettingsStore; document?: { settings?: SettingsStore } };
  return context.roamingSettings ?? context.document?.settings ?? null;
}

export async function readApiKey(): Promise<string> {
  const value = store()?.get(keyName);
  return typeof value === "string" ? value : "";
}

/** Saves the key (an empty key removes it). */
export async function saveApiKey(key: string): Promise<void> {
  const s = store();
  if (!s) throw new Error("This version of Word keeps no add-in settings.");
  if (key === "") s.remove(keyName);
  else s.set(keyName, key);
  await new Promise<void>((resolve, reject) =>
    s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? "saving failed")))),
  );
}
