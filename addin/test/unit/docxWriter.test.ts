// The stand-in's .docx (used by the end-to-end check) must be a real package: LibreOffice-independent checks here,
// the real service reads it in the e2e test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { identityToXml } from "../../src/convention/identity";
import { docxFromFake, documentXml } from "../fakes/docxWriter";
import { control, FakeWordDocument, text } from "../fakes/fakeWordHost";
import { diaryBody } from "../fakes/sampleDocuments";

describe("docxWriter (test support)", () => {
  it("writes controls with tags and titles and a zip that unzip accepts", () => {
    const doc = new FakeWordDocument({
      body: [...diaryBody(["1.5 hrs"]), control("cd1:ac:1.1", "tagged & quoted <text>", "AC 1.1"), text("tail")],
      customXmlParts: [{ namespace: "urn:coachingdocs:identity:1", xml: identityToXml({ kind: "coaching-diary", qualification: null, unit: "T-301", learnerRef: null, templateVersion: "1" }) }],
    });
    const xml = documentXml(doc);
    expect(xml).toContain('<w:alias w:val="AC 1.1"/><w:tag w:val="cd1:ac:1.1"/>');
    expect(xml).toContain("tagged &amp; quoted &lt;text&gt;");
    expect(xml).toContain('<w:tag w:val="cd1:f:duration"/>');
    const dir = mkdtempSync(join(tmpdir(), "docx-"));
    try {
      const file = join(dir, "d.docx");
      writeFileSync(file, docxFromFake(doc));
      const listing = execFileSync("python3", ["-c", "import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;print('\\n'.join(z.namelist()))", file]).toString();
      expect(listing.split("\n")).toEqual(expect.arrayContaining(["word/document.xml", "customXml/item1.xml", "[Content_Types].xml"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
