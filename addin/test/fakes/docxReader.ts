// Loads a real .docx (Node only) into the stand-in's document model, so the Word operations can be tested on what
// our generator (or another program) actually writes: content controls in tables, sections around fields, repeating
// sections, placeholders, and the identity part.
import { readFileSync } from "node:fs";
// @ts-expect-error plain JavaScript build script without type declarations
import { unzip } from "../../scripts/unzip.mjs";
// @ts-expect-error xml2js ships no type declarations here
import { parseStringPromise } from "xml2js";
import { control, FakeWordDocument, text, type ControlKind, type FakeDocumentSpec, type FakeNode } from "./fakeWordHost";

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
      const kind: ControlKind | undefined = child(pr, "w15:repeatingSection") ? "repeatingSection"
        : child(pr, "w15:repeatingSectionItem") ? "repeatingSectionItem"
        : child(pr, "w:date") ? "date" : undefined;
      if (child(pr, "w:showingPlcHdr")) {
        const placeholder = content.map((c) => (c.type === "text" ? c.text : "")).join("");
        return [control(tag, [], title, placeholder, kind)];
      }
      return [control(tag, content, title, undefined, kind)];
    }
    case "w:p": {
      const inner = (node.$$ ?? []).flatMap(toNodes);
      return [...inner, text("\n")];
    }
    default:
      return (node.$$ ?? []).flatMap(toNodes);
  }
}

/** A .docx as the stand-in's document; `host` says what the host exposes (default: what Word often does, no more). */
export async function loadDocx(path: string, host: Omit<FakeDocumentSpec, "body" | "customXmlParts"> = {}): Promise<FakeWordDocument> {
  const bytes = readFileSync(path);
  const files = unzip(bytes) as Map<string, Buffer>;
  const xml = files.get("word/document.xml");
  if (!xml) throw new Error(`${path} has no word/document.xml`);
  const parsed = await parseStringPromise(xml.toString("utf8"), {
    explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false, explicitRoot: false,
  });
  const body = child(parsed as XmlNode, "w:body");
  const parts = [...files.entries()]
    .filter(([name]) => /^customXml\/item(?!Props)[^/]*\.xml$/i.test(name))
    .map(([, data]) => {
      const partXml = data.toString("utf8");
      return { namespace: /xmlns(?::\w+)?="([^"]*)"/.exec(partXml)?.[1] ?? "", xml: partXml };
    });
  const doc = new FakeWordDocument({ ...host, body: (body?.$$ ?? []).flatMap(toNodes), customXmlParts: parts });
  doc.fileBytes = new Uint8Array(bytes);
  return doc;
}
