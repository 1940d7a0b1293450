// Loads a real .docx (Node only) into the stand-in's document model, so the Word operations can be tested on what
// our generator (or another program) actually writes: content controls in tables, sections around fields, repeating
// sections, placeholders, and the identity part.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
// @ts-expect-error xml2js ships no type declarations here
import { parseStringPromise } from "xml2js";
import { control, FakeWordDocument, text, type FakeNode } from "./fakeWordHost";

/** The files of a zip package (stored or deflated entries). */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("Not a zip file.");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

type XmlNode = { "#name": string; $?: Record<string, string>; _?: string; $$?: XmlNode[] };

const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.$$?.find((c) => c["#name"] === name);

function toNodes(node: XmlNode): FakeNode[] {
  switch (node["#name"]) {
    case "w:t":
      return node._ ? [text(node._)] : [];
    case "w:tab":
      return [text("\t")];
    case "w:del":
      return []; // deleted text is not in the document as Word shows it
    case "w:sdt": {
      const pr = child(node, "w:sdtPr");
      const tag = child(pr, "w:tag")?.$?.["w:val"] ?? "";
      const title = child(pr, "w:alias")?.$?.["w:val"] ?? "";
      const content = (child(node, "w:sdtContent")?.$$ ?? []).flatMap(toNodes);
      if (child(pr, "w:showingPlcHdr")) {
        const placeholder = content.map((c) => (c.type === "text" ? c.text : "")).join("");
        return [control(tag, [], title, placeholder)];
      }
      return [control(tag, content, title)];
    }
    case "w:p": {
      const inner = (node.$$ ?? []).flatMap(toNodes);
      return [...inner, text("\n")];
    }
    default:
      return (node.$$ ?? []).flatMap(toNodes);
  }
}

export async function loadDocx(path: string): Promise<FakeWordDocument> {
  const files = unzip(readFileSync(path));
  const xml = files.get("word/document.xml");
  if (!xml) throw new Error(`${path} has no word/document.xml`);
  const parsed = await parseStringPromise(xml.toString("utf8"), {
    explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false, explicitRoot: false,
  });
  const body = child(parsed as XmlNode, "w:body");
  const parts = [...files.entries()]
    .filter(([name]) => /^customXml\/item\d+\.xml$/.test(name))
    .map(([, data]) => {
      const partXml = data.toString("utf8");
      return { namespace: /xmlns(?::\w+)?="([^"]*)"/.exec(partXml)?.[1] ?? "", xml: partXml };
    });
  return new FakeWordDocument({ body: (body?.$$ ?? []).flatMap(toNodes), customXmlParts: parts });
}
