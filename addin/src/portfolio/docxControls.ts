// Reads the cd1 content controls of a .docx the learner adds to the portfolio check (a reflective log, a feedback
// form), in the browser, without Word: the same ScannedControl list the Word scanner gives for the open document,
// so the pane's portfolio figures come from the same rules (src/coverage/documentScan.ts) as its own.
// Text is read as Word shows it with tracked changes accepted: w:del and w:moveFrom are skipped, of an
// mc:AlternateContent only the first choice is read.
import { identityFromXml, type DocumentIdentity } from "../convention/identity";
import { IdentityNamespace, Prefix } from "../convention/tagConvention";
import type { ScannedControl } from "../coverage/documentScan";

export class NotAWordDocumentError extends Error {}

/** The named entries of a zip, inflated with the platform's DecompressionStream (browsers, Node 18+). */
async function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new NotAWordDocumentError("This file is not a Word document (.docx).");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, string>();
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (!wanted(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    if (method === 0) out.set(name, decoder.decode(data));
    else if (method === 8) {
      const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      out.set(name, await new Response(stream).text());
    } else throw new NotAWordDocumentError(`The file uses a zip compression Word does not (${method}).`);
  }
  return out;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, "&");

/** Removes what Word does not show: deleted and moved-away text, and every choice of an mc:AlternateContent but the first. */
function visible(xml: string): string {
  return xml
    .replace(/<w:(del|moveFrom)\b[^>]*\/>/g, "")
    .replace(/<w:(del|moveFrom)\b[^>]*>[\s\S]*?<\/w:\1>/g, "")
    .replace(/<mc:AlternateContent\b[^>]*>\s*<mc:Choice\b[^>]*>([\s\S]*?)<\/mc:Choice>[\s\S]*?<\/mc:AlternateContent>/g, "$1");
}

const token = /<w:sdt>|<w:sdt\s[^>]*>|<\/w:sdt>|<w:sdtContent>|<w:tag\s+w:val="([^"]*)"\s*\/>|<w:showingPlcHdr\s*\/>|<\/w:p>|<w:tab\s*\/>|<w:br\s*\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/** The cd1 controls of a document.xml, in document order, as the Word scanner reports them. */
export function controlsOfDocumentXml(documentXml: string, firstId: number): ScannedControl[] {
  interface Open { id: number; tag: string | null; placeholder: boolean; inContent: boolean; text: string; inner: number[] }
  const open: Open[] = [];
  const done: (ScannedControl & { order: number })[] = [];
  let next = firstId;
  for (const m of visible(documentXml).matchAll(token)) {
    const t = m[0];
    const top = open[open.length - 1];
    if (t === "<w:sdt>" || t.startsWith("<w:sdt ")) {
      open.push({ id: next++, tag: null, placeholder: false, inContent: false, text: "", inner: [] });
    } else if (t === "<w:sdtContent>") {
      if (top) top.inContent = true;
    } else if (t === "</w:sdt>") {
      const c = open.pop();
      if (!c?.tag?.startsWith(Prefix)) continue;
      done.push({ id: c.id, tag: c.tag, text: c.placeholder ? "" : c.text, inner: c.inner, order: c.id });
      // Its own nested controls reached the outer ones as they closed; now it joins them too.
      for (const o of open) o.inner.push(c.id);
    } else if (m[1] !== undefined) {
      if (top && !top.inContent && top.tag === null) top.tag = m[1];
    } else if (t.startsWith("<w:showingPlcHdr")) {
      if (top && !top.inContent) top.placeholder = true;
    } else {
      const piece = t === "</w:p>" || t.startsWith("<w:br") ? "\n" : t.startsWith("<w:tab") ? "\t" : decode(m[2] ?? "");
      for (const o of open) if (o.inContent) o.text += piece;
    }
  }
  // Controls close inner-first; Word lists them outer-first, in the order they open.
  const ours = new Set(done.map((c) => c.id));
  return done
    .sort((a, b) => a.order - b.order)
    .map(({ id, tag, text, inner }) => ({ id, tag, text, inner: inner.filter((x) => ours.has(x)).sort((a, b) => a - b) }));
}

export interface PortfolioFile {
  name: string;
  identity: DocumentIdentity | null;
  controls: ScannedControl[];
}

/** Reads a .docx's identity and cd1 controls; ids start at firstId so they never clash with the open document's. */
export async function readDocxControls(name: string, bytes: Uint8Array, firstId: number): Promise<PortfolioFile> {
  const parts = await unzipEntries(bytes, (n) => n === "word/document.xml" || /^customXml\/item(?!Props)[^/]*\.xml$/i.test(n));
  const body = parts.get("word/document.xml");
  if (body === undefined) throw new NotAWordDocumentError(`${name} is not a Word document (it has no word/document.xml).`);
  let identity: DocumentIdentity | null = null;
  for (const [part, xml] of parts) {
    if (part.startsWith("customXml/") && xml.includes(IdentityNamespace)) identity ??= identityFromXml(xml);
  }
  return { name, identity, controls: controlsOfDocumentXml(body, firstId) };
}
