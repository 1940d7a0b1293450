// One document model (headings, paragraphs, lists, tables with header rows and merged cells, page breaks) written by
// four different programs' input formats: npm docx (a .docx directly), HTML and flat ODT (converted by LibreOffice),
// Markdown (converted by pandoc). The layouts (layouts.mjs) build the model; these only write it.
import {
  Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun, PageBreak, WidthType,
} from "docx";

const cellText = (c) => (typeof c === "string" ? c : c.text ?? "");
const span = (c, k) => (typeof c === "string" ? 1 : c[k] ?? 1);
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// ---- npm docx -------------------------------------------------------------------------------------------------
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

function docxParagraphs(text, options = {}) {
  return String(text).split("\n").map((line) => {
    const m = /^([^:]{2,60}):\s(.*)$/.exec(line);
    // "Label: value" written as a bold label run and a plain value run, as people format them.
    const children = m && options.boldLabels ? [new TextRun({ text: m[1] + ": ", bold: true }), new TextRun(m[2])] : [new TextRun(line)];
    return new Paragraph({ children, ...options.paragraph });
  });
}

export async function toDocx(blocks, meta = {}) {
  const children = [];
  let breakNext = false;
  for (const b of blocks) {
    if (b.kind === "break") { breakNext = true; continue; }
    if (b.kind === "h") children.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level] ?? HeadingLevel.HEADING_3, pageBreakBefore: breakNext }));
    else if (b.kind === "p") children.push(...docxParagraphs(b.text, { boldLabels: true, paragraph: { pageBreakBefore: breakNext } }));
    else if (b.kind === "list") for (const item of b.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
    else if (b.kind === "table") {
      if (breakNext) children.push(new Paragraph({ children: [new PageBreak()] }));
      const rows = b.rows.map((row, r) => new TableRow({
        tableHeader: r < (b.headerRows ?? 0) && b.repeatHeader !== false,
        children: row.map((c) => new TableCell({
          columnSpan: span(c, "colspan") > 1 ? span(c, "colspan") : undefined,
          rowSpan: span(c, "rowspan") > 1 ? span(c, "rowspan") : undefined,
          children: docxParagraphs(cellText(c)),
        })),
      }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
      children.push(new Paragraph(""));
    }
    breakNext = false;
  }
  const doc = new Document({ creator: meta.creator ?? "corpus", title: meta.title ?? "", sections: [{ children }] });
  return Packer.toBuffer(doc);
}

// ---- HTML (LibreOffice Writer imports it) -----------------------------------------------------------------------
export function toHtml(blocks, meta = {}) {
  const out = [`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(meta.title ?? "document")}</title></head><body>`];
  let breakNext = false;
  const brk = () => (breakNext ? ' style="page-break-before: always"' : "");
  for (const b of blocks) {
    if (b.kind === "break") { breakNext = true; continue; }
    if (b.kind === "h") out.push(`<h${Math.max(1, b.level)}${brk()}>${esc(b.text)}</h${Math.max(1, b.level)}>`);
    else if (b.kind === "p") out.push(...String(b.text).split("\n").map((l, i) => `<p${i === 0 ? brk() : ""}>${esc(l)}</p>`));
    else if (b.kind === "list") out.push("<ul>" + b.items.map((i) => `<li>${esc(i)}</li>`).join("") + "</ul>");
    else if (b.kind === "table") {
      const header = b.headerRows ?? 0;
      const tr = (row) => "<tr>" + row.map((c) => {
        const attrs = (span(c, "colspan") > 1 ? ` colspan="${span(c, "colspan")}"` : "") + (span(c, "rowspan") > 1 ? ` rowspan="${span(c, "rowspan")}"` : "");
        return `<td${attrs}>${String(cellText(c)).split("\n").map(esc).join("<br>")}</td>`;
      }).join("") + "</tr>";
      out.push(`<table border="1" cellspacing="0"${brk()}>`
        + (header ? "<thead>" + b.rows.slice(0, header).map(tr).join("") + "</thead>" : "")
        + "<tbody>" + b.rows.slice(header).map(tr).join("") + "</tbody></table><p></p>");
    }
    breakNext = false;
  }
  out.push("</body></html>");
  return out.join("\n");
}

// ---- Flat ODT (LibreOffice's single-file XML) -------------------------------------------------------------------
export function toFodt(blocks, meta = {}) {
  const body = [];
  let breakNext = false;
  let t = 0;
  const pStyle = () => (breakNext ? ' text:style-name="Break"' : "");
  for (const b of blocks) {
    if (b.kind === "break") { breakNext = true; continue; }
    if (b.kind === "h") body.push(`<text:h text:outline-level="${Math.max(1, b.level)}"${breakNext ? ' text:style-name="BreakHeading"' : ""}>${esc(b.text)}</text:h>`);
    else if (b.kind === "p") body.push(...String(b.text).split("\n").map((l, i) => `<text:p${i === 0 ? pStyle() : ""}>${esc(l)}</text:p>`));
    else if (b.kind === "list") body.push("<text:list>" + b.items.map((i) => `<text:list-item><text:p>${esc(i)}</text:p></text:list-item>`).join("") + "</text:list>");
    else if (b.kind === "table") {
      if (breakNext) body.push('<text:p text:style-name="Break"/>');
      const cols = Math.max(...b.rows.map((r) => r.reduce((n, c) => n + span(c, "colspan"), 0)));
      const row = (r) => "<table:table-row>" + r.map((c) => {
        const n = span(c, "colspan");
        const cell = `<table:table-cell office:value-type="string"${n > 1 ? ` table:number-columns-spanned="${n}"` : ""}>`
          + String(cellText(c)).split("\n").map((l) => `<text:p>${esc(l)}</text:p>`).join("") + "</table:table-cell>";
        return cell + "<table:covered-table-cell/>".repeat(n - 1);
      }).join("") + "</table:table-row>";
      const header = b.headerRows ?? 0;
      body.push(`<table:table table:name="Table${++t}"><table:table-column table:number-columns-repeated="${cols}"/>`
        + (header ? "<table:table-header-rows>" + b.rows.slice(0, header).map(row).join("") + "</table:table-header-rows>" : "")
        + b.rows.slice(header).map(row).join("") + "</table:table><text:p/>");
    }
    breakNext = false;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(meta.title ?? "")}</dc:title></office:meta>
<office:automatic-styles>
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="BreakHeading" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:body><office:text>
${body.join("\n")}
</office:text></office:body></office:document>
`;
}

// ---- Markdown (pandoc) ------------------------------------------------------------------------------------------
export function toMarkdown(blocks, meta = {}) {
  const out = [];
  if (meta.title) out.push(`---\ntitle: "${meta.title}"\n---\n`);
  for (const b of blocks) {
    if (b.kind === "break") continue;
    if (b.kind === "h") out.push(`${"#".repeat(Math.max(1, b.level))} ${b.text}\n`);
    else if (b.kind === "p") out.push(String(b.text).split("\n").join("\\\n") + "\n");
    else if (b.kind === "list") out.push(b.items.map((i) => `- ${i}`).join("\n") + "\n");
    else if (b.kind === "table") {
      const flat = b.rows.map((r) => r.flatMap((c) => [cellText(c), ...Array(span(c, "colspan") - 1).fill("")]));
      const cols = Math.max(...flat.map((r) => r.length));
      const line = (r) => "| " + Array.from({ length: cols }, (_, i) => String(r[i] ?? "").replace(/\|/g, "/").replace(/\n/g, " ")).join(" | ") + " |";
      const head = b.headerRows ? flat[0] : Array(cols).fill(" ");
      const rest = b.headerRows ? flat.slice(1) : flat;
      out.push([line(head), "|" + " --- |".repeat(cols), ...rest.map(line)].join("\n") + "\n");
    }
  }
  return out.join("\n");
}
