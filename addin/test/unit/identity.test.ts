import { afterEach, describe, expect, it } from "vitest";
import { identityFromXml, identityToXml, type DocumentIdentity } from "../../src/convention/identity";
import { readIdentity, writeIdentity } from "../../src/word/identity";
import { FakeWordDocument, installFakeHost } from "../fakes/fakeWordHost";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

const identity: DocumentIdentity = {
  kind: "coaching-diary", qualification: "TQ-AWARD", unit: "T-301", learnerRef: "R12345 & co", templateVersion: "1",
};

describe("identity XML", () => {
  it("round-trips, escaping text", () => {
    const xml = identityToXml(identity);
    expect(xml).toContain('<identity xmlns="urn:coachingdocs:identity:1">');
    expect(xml).toContain("<learnerRef>R12345 &amp; co</learnerRef>");
    expect(identityFromXml(xml)).toEqual(identity);
  });

  it("reads parts written by other programs: a prefix, whitespace, empty elements", () => {
    const xml = `<?xml version="1.0"?>
      <cd:identity xmlns:cd="urn:coachingdocs:identity:1">
        <cd:kind>reflective-log</cd:kind>
        <cd:qualification/>
        <cd:unit> 8585-301 </cd:unit>
        <cd:learnerRef></cd:learnerRef>
      </cd:identity>`;
    expect(identityFromXml(xml)).toEqual({ kind: "reflective-log", qualification: null, unit: "8585-301", learnerRef: null, templateVersion: "" });
  });

  it("rejects parts of another namespace, with no unit, or not XML", () => {
    expect(identityFromXml('<identity xmlns="urn:other"><unit>x</unit></identity>')).toBeNull();
    expect(identityFromXml('<identity xmlns="urn:coachingdocs:identity:1"><kind>x</kind></identity>')).toBeNull();
    expect(identityFromXml("not xml")).toBeNull();
  });
});

describe("readIdentity / writeIdentity", () => {
  it.each([["1.4", "WordApi customXmlParts"], ["1.3", "the Common API fallback"]])("store and read the part with WordApi %s (%s)", async (wordApi) => {
    const doc = new FakeWordDocument({ body: [], wordApi, customXmlParts: [{ namespace: "urn:someone-else", xml: '<x xmlns="urn:someone-else"/>' }] });
    installFakeHost(doc);
    expect(await readIdentity()).toBeNull();
    await writeIdentity(identity);
    expect(await readIdentity()).toEqual(identity);
    await writeIdentity({ ...identity, unit: "T-302" });
    expect(await readIdentity()).toMatchObject({ unit: "T-302" });
    const ours = doc.customXmlParts.filter((p) => p.namespace === "urn:coachingdocs:identity:1");
    expect(ours).toHaveLength(1);
    expect(doc.customXmlParts.some((p) => p.namespace === "urn:someone-else")).toBe(true);
  });

  it("reads an identity the generator wrote", async () => {
    const xml = '<identity xmlns="urn:coachingdocs:identity:1"><kind>coaching-diary</kind><unit>T-301</unit><templateVersion>1</templateVersion></identity>';
    installFakeHost(new FakeWordDocument({ body: [], customXmlParts: [{ namespace: "urn:coachingdocs:identity:1", xml }] }));
    expect(await readIdentity()).toMatchObject({ kind: "coaching-diary", unit: "T-301", qualification: null });
  });

  it("falls back to the Common API when Word on the web leaves parts.items undefined", async () => {
    const xml = '<identity xmlns="urn:coachingdocs:identity:1"><kind>reflective-log</kind><unit>T-301</unit><templateVersion>1</templateVersion></identity>';
    const doc = new FakeWordDocument({ body: [], customXmlParts: [{ namespace: "urn:coachingdocs:identity:1", xml }] });
    doc.partItemsUndefined = true;
    installFakeHost(doc);
    expect(await readIdentity()).toMatchObject({ kind: "reflective-log", unit: "T-301" });
    await writeIdentity({ ...identity, unit: "T-302" });
    expect(doc.customXmlParts.filter((p) => p.namespace === "urn:coachingdocs:identity:1").map((p) => p.xml.includes("<unit>T-302</unit>"))).toEqual([true]);
  });
});
