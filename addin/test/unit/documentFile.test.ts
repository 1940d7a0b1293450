import { afterEach, describe, expect, it } from "vitest";
import { documentFileName, readDocumentFile } from "../../src/word/documentFile";
import { FakeWordDocument, installFakeHost } from "../fakes/fakeWordHost";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

describe("readDocumentFile", () => {
  it("joins every slice in order", async () => {
    const doc = new FakeWordDocument({ body: [] });
    doc.fileBytes = Uint8Array.from({ length: 2500 }, (_, i) => (i * 7) % 256);
    installFakeHost(doc);
    const bytes = await readDocumentFile(1000);
    expect(bytes).toEqual(doc.fileBytes);
  });

  it("names the upload after the document, or neutrally", () => {
    const doc = new FakeWordDocument({ body: [], url: "https://contoso.sharepoint.com/sites/x/Shared/My diary.docx" });
    installFakeHost(doc);
    expect(documentFileName()).toBe("My diary.docx");
    doc.url = "";
    expect(documentFileName()).toBe("portfolio.docx");
  });
});
