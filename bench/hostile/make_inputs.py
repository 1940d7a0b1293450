#!/usr/bin/env python3
"""Writes issue 9's hostile inputs into a folder: the files measure-rss.sh sends to the server.

  roster-inflating.xlsx  a workbook under 1 MB whose sheet inflates to 200 MB
  roster-zzzzzz.xlsx     ~2 KB workbook with one cell reference ZZZZZZ1
  roster-doctype.xlsx    a workbook whose workbook.xml declares a DOCTYPE
  diary-20mb-duration.docx  ~13 MB docx with 20 MB of text in one Duration cell
  diary-nested-20k.docx  20,000 nested content controls (~84 KB)
"""
import io, os, random, sys, zipfile

out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def xlsx(path, sheet_data, workbook_prefix=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", workbook_prefix + f'<workbook xmlns="{S}" xmlns:r="{R}"><sheets><sheet name="Roster" sheetId="1" r:id="s1"/></sheets></workbook>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{S}"><sheetData>{sheet_data}</sheetData></worksheet>')

def cell(ref, text): return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
header = '<row r="1">' + "".join(cell(f"{c}1", t) for c, t in zip("ABCDE", ["Learner name", "Registration number", "Centre name", "Centre number", "Qualification"])) + "</row>"

rng = random.Random(9)
# Five rows whose cells hold 8 MB each of a repeated name: 200 MB of sheet XML that deflates to well under 1 MB.
rows = "".join(f'<row r="{r}">' + "".join(cell(f"{c}{r}", "Ann Example " * (8 * 1024 * 1024 // 12)) for c in "ABCDE") + "</row>" for r in range(2, 7))
xlsx(os.path.join(out, "roster-inflating.xlsx"), header + rows)
xlsx(os.path.join(out, "roster-zzzzzz.xlsx"), '<row r="1">' + cell("A1", "Learner name") + cell("ZZZZZZ1", "x") + "</row>")
xlsx(os.path.join(out, "roster-doctype.xlsx"), header, '<!DOCTYPE w [<!ENTITY a "b">]>')

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
def docx(path, body):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')

def p(text): return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
def tc(text): return f"<w:tc>{p(text)}</w:tc>"
big = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789 ") for _ in range(20 * 1024 * 1024))
docx(os.path.join(out, "diary-20mb-duration.docx"), p("Coaching Diary - Unit 8585-302") +
     f"<w:tbl><w:tr>{tc('Client Ref/ID')}{tc('Date of Session')}{tc('Duration')}</w:tr><w:tr>{tc('C1')}{tc('12/03/2025')}{tc(big)}</w:tr></w:tbl>")
docx(os.path.join(out, "diary-nested-20k.docx"), "<w:sdt><w:sdtContent>" * 20000 + p("Session 1 - 12/03/2025 - 1 hour") + "</w:sdtContent></w:sdt>" * 20000)
for f in sorted(os.listdir(out)): print(f"{f}: {os.path.getsize(os.path.join(out, f)):,} bytes")
