import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchDocument } from "../../src/word/changes";
import { FakeWordDocument, installFakeHost } from "../fakes/fakeWordHost";

const g = globalThis as Record<string, unknown>;
let doc: FakeWordDocument;
beforeEach(() => {
  vi.useFakeTimers();
  doc = new FakeWordDocument({ body: [] });
  installFakeHost(doc);
});
afterEach(() => {
  vi.useRealTimers();
  delete g.Word;
  delete g.Office;
});

describe("watchDocument", () => {
  it("turns a burst of selection changes into one update after the debounce", () => {
    const onChange = vi.fn();
    const stop = watchDocument(onChange, { debounceMs: 300, pollMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      doc.fireSelectionChanged();
      vi.advanceTimersByTime(100);
    }
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it("also polls, because Word raises no event for typing, and stops cleanly", async () => {
    const onChange = vi.fn();
    const stop = watchDocument(onChange, { debounceMs: 10, pollMs: 1000 });
    await vi.advanceTimersByTimeAsync(2100);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    await vi.runAllTimersAsync();
    expect(doc.selectionHandlers).toHaveLength(0);
    doc.fireSelectionChanged();
    vi.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("uses Word's change events instead of polling where the host has WordApi 1.6", async () => {
    doc = new FakeWordDocument({ body: [], wordApi: "1.6" });
    installFakeHost(doc);
    const onChange = vi.fn();
    const stop = watchDocument(onChange, { debounceMs: 10, pollMs: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(onChange).not.toHaveBeenCalled(); // no poll
    expect(doc.changeHandlers).toHaveLength(4);
    doc.fireParagraphChanged();
    await vi.advanceTimersByTimeAsync(20);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });
});
