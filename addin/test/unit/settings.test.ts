import { afterEach, describe, expect, it } from "vitest";
import { readApiKey, saveApiKey } from "../../src/word/settings";
import { FakeWordDocument, installFakeHost } from "../fakes/fakeWordHost";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

describe("the service key setting", () => {
  it("is kept in the add-in's settings and saved, and an empty key removes it", async () => {
    const doc = new FakeWordDocument({ body: [] });
    installFakeHost(doc);
    expect(await readApiKey()).toBe("");
    await saveApiKey("k-123");
    expect(doc.savedSettings.get("coachingdocs.apiKey")).toBe("k-123");
    expect(await readApiKey()).toBe("k-123");
    await saveApiKey("");
    expect(doc.savedSettings.has("coachingdocs.apiKey")).toBe(false);
    expect(await readApiKey()).toBe("");
  });
});
