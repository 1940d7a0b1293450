#!/usr/bin/env python3
"""RD041: an ICF-style coaching-hours log written as a flat ODF spreadsheet (.fods) and converted to .xlsx by
LibreOffice Calc: real dates, start/end times, paid and pro-bono hours columns, a group session, a supervision row,
and a SUM formula total row. Run: python3 make-libreoffice-log.py"""
import os, random, subprocess, shutil, tempfile

rows = [  # client, date, start, end, individual/group, paid hours, pro bono hours
    ("Client 1", "2025-01-07", "09:00:00", "10:30:00", "Individual", 1.5, None),
    ("Client 2", "2025-01-09", "14:00:00", "15:00:00", "Individual", None, 1.0),
    ("Client 1", "2025-01-21", "09:00:00", "10:15:00", "Individual", 1.25, None),
    ("Team A", "2025-01-23", "13:00:00", "15:00:00", "Group", 2.0, None),
    ("Supervisor", "2025-01-30", "16:00:00", "17:00:00", "Supervision", None, None),
]
def cell_str(s): return f'<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>'
def cell_date(d): return f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{d}"/>'
def cell_time(t):
    h, m, _ = t.split(":")
    return f'<table:table-cell table:style-name="time" office:value-type="time" office:time-value="PT{h}H{m}M00S"/>'
def cell_num(n): return '<table:table-cell/>' if n is None else f'<table:table-cell office:value-type="float" office:value="{n}"/>'

body = ['<table:table-row>' + "".join(cell_str(h) for h in
        ("Client name", "Date", "Start time", "End time", "Individual/group", "Paid hours", "Pro-bono hours")) + '</table:table-row>']
for client, date, start, end, mode, paid, probono in rows:
    body.append('<table:table-row>' + cell_str(client) + cell_date(date) + cell_time(start) + cell_time(end) + cell_str(mode)
                + cell_num(paid) + cell_num(probono) + '</table:table-row>')
n = len(rows) + 1
body.append('<table:table-row>' + cell_str("Total") + '<table:table-cell/><table:table-cell/><table:table-cell/><table:table-cell/>'
            + f'<table:table-cell table:formula="of:=SUM([.F2:.F{n}])" office:value-type="float" office:value="4.75"/>'
            + f'<table:table-cell table:formula="of:=SUM([.G2:.G{n}])" office:value-type="float" office:value="1"/>' + '</table:table-row>')
fods = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="d"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:time-style style:name="t"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="d"/>
 <style:style style:name="time" style:family="table-cell" style:data-style-name="t"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Coaching log">{"".join(body)}</table:table></office:spreadsheet></office:body></office:document>'''
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
src = os.path.join(work, "RD041-LibreOfficeHoursLog.fods")
open(src, "w", encoding="utf-8").write(fods)
profile = f"file:///tmp/lo-reader-{random.randint(0, 10**9)}"
subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--outdir", work, src], check=True, capture_output=True, timeout=120)
shutil.copy(os.path.join(work, "RD041-LibreOfficeHoursLog.xlsx"), os.path.join(here, "..", "RD041-LibreOfficeHoursLog.xlsx"))
print("wrote RD041-LibreOfficeHoursLog.xlsx")
