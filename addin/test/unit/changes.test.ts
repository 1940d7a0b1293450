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
    vi.advanceTimersByTime(2100);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    await vi.runAllTimersAsync();
    expect(doc.selectionHandlers).toHaveLength(0);
    doc.fireSelectionChanged();
    vi.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
