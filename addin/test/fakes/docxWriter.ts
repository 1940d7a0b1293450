// Writes the stand-in document as a real .docx (what Word's getFileAsync would hand over): paragraphs, content
// controls with their tags and titles, and the identity custom XML part. Runs in Node and in the browser page.
// A stored (uncompressed) zip keeps this small; the Open XML packaging spec allows it.
import type { FakeNode, FakeWordDocument } from "./fakeWordHost";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function esc(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const run = (t: string): string => (t ? `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>` : "");

function sdtPr(n: Extract<FakeNode, { type: "control" }>): string {
  const alias = n.title ? `<w:alias w:val="${esc(n.title)}"/>` : "";
  const tag = n.tag ? `<w:tag w:val="${esc(n.tag)}"/>` : "";
  return `<w:sdtPr>${alias}${tag}<w:id w:val="${n.id}"/></w:sdtPr>`;
}

const hasNestedBlocks = (nodes: FakeNode[]): boolean =>
  nodes.some((n) => n.type === "control" && n.children.some((c) => c.type === "control"));

function inline(n: FakeNode): string {
  if (n.type === "text") return run(n.text);
  return `<w:sdt>${sdtPr(n)}<w:sdtContent>${n.children.map(inline).join("") || run(" ")}</w:sdtContent></w:sdt>`;
}

function block(n: FakeNode): string {
  if (n.type === "text") return `<w:p>${run(n.text)}</w:p>`;
  const content = hasNestedBlocks(n.children) || n.children.some((c) => c.type === "control" && hasNestedBlocks(c.children))
    ? n.children.map(block).join("")
    : `<w:p>${n.children.map(inline).join("")}</w:p>`;
  return `<w:sdt>${sdtPr(n)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

export function documentXml(doc: FakeWordDocument): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${doc.body.map(block).join("")}<w:sectPr/></w:body></w:document>`;
}

export function docxParts(doc: FakeWordDocument): Record<string, string> {
  const parts: Record<string, string> = {};
  const overrides: string[] = [];
  const docRels: string[] = [];
  doc.customXmlParts.forEach((p, i) => {
    const n = i + 1;
    parts[`customXml/item${n}.xml`] = p.xml;
    parts[`customXml/itemProps${n}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6C3C8BC8-F283-45AE-878A-BAB7291924${String(10 + n).padStart(2, "0")}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${esc(p.namespace)}"/></ds:schemaRefs></ds:datastoreItem>`;
    parts[`customXml/_rels/item${n}.xml.rels`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`;
    overrides.push(`<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`);
    docRels.push(`<Relationship Id="rIdCx${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/>`);
  });
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  parts["word/_rels/document.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join("")}</Relationships>`;
  parts["word/document.xml"] = documentXml(doc);
  return parts;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A stored zip of the given files. */
export function zip(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = enc.encode(name);
    const data = enc.encode(text);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const cen = new DataView(new ArrayBuffer(46));
    cen.setUint32(0, 0x02014b50, true);
    cen.setUint16(4, 20, true);
    cen.setUint16(6, 20, true);
    cen.setUint32(16, crc, true);
    cen.setUint32(20, data.length, true);
    cen.setUint32(24, data.length, true);
    cen.setUint16(28, nameBytes.length, true);
    cen.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, data);
    central.push(new Uint8Array(cen.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function docxFromFake(doc: FakeWordDocument): Uint8Array {
  return zip(docxParts(doc));
}
