#!/usr/bin/env python3
"""RD020: an ILM Appendix 5 layout portfolio (unit 8585-302) written as HTML and converted to .docx by LibreOffice, so
it carries no CoachingDocs tags. Also RD021: the same converted to a Word 97 .doc (a bad input).
Run: python3 make-libreoffice-diary.py   (needs soffice; uses a private profile so it can run beside other soffice users)"""
import os, random, subprocess, shutil, tempfile

sessions = [  # (client, no, date, duration, coachee feedback)
    ("C1", 1, "12/03/2025", "1.5 hrs", "Helpful to name the real issue"),
    ("C2", 1, "14 March 2025", "90 mins", "Good questions"),
    ("C1", 2, "Tue 1st Apr 2025", "1h 30m", "I felt listened to"),
    ("C2", 2, "03.04.25", "1:30", "Clearer on my options"),
    ("C1", 3, "22/04/2025", "2", ""),  # no feedback on purpose
    ("C2", 3, "24 April 2025", "1 hour 15 minutes", "Challenging in a good way"),
    ("C1", 4, "13/05/2025", "1h30", "Ready to act"),
    ("C2", 4, "15/05/2025", "105 minutes", "Confident about next steps"),
]
reflected = sessions[:7]  # session 8 has no reflective-log entry on purpose

def row(*cells):
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

html = ["<html><head><meta charset='utf-8'><title>diary</title></head><body>"]
html.append("<h1>Coaching Diary – Unit 8585-302</h1>")
html.append("<table border='1'>" + row("Name of Coach", "A. Learner") + row("Client Ref/ID", "C1, C2")
            + row("Start Date of Activity", "12/03/2025") + row("Total number of hours completed", "12") + "</table>")
html.append("<p>AC1.1 Produce a plan for effective coaching to take place for 6 hours (unit 301) or 12 hours (unit 302)</p>")
html.append("<table border='1'>" + row("Brief profile of the client", "C1 is a new team leader in a call centre.")
            + row("Where will you meet for the sessions?", "A quiet meeting room on site") + "</table>")
html.append("<p>AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached</p>")
html.append("<table border='1'>" + row("What are the client’s goals or outcomes, relevant to their context?", "C1: delegate more; C2: prepare for promotion") + "</table>")
for i, (client, no, date, duration, feedback) in enumerate(sessions):
    # A merged label cell spanning the two identity rows (rowspan) and a title cell across the table (colspan).
    html.append("<table border='1'>")
    html.append(f"<tr><td colspan='5'>Session record {i + 1}</td></tr>")
    html.append(f"<tr><td rowspan='2'>Record {i + 1}</td><td>Client Ref/ID</td><td>{client}</td><td>Session No.</td><td>{no}</td></tr>")
    html.append(f"<tr><td>Date of Session</td><td>{date}</td><td>Duration</td><td>{duration}</td></tr>")
    html.append("</table>")
    html.append("<table border='1'>" + row("Goal for today’s meeting", f"Goal agreed for session {no}")
                + row("Options generated to achieve goal", "Three options listed")
                + row("Feedback you gave to the client", "You were clear about what matters")
                + row("Feedback from coachee on the coaching session", feedback)
                + row("Date and venue of next session", "29/05/2025, room 2") + "</table>")
html.append("<h1>Reflective Log – Units 301/302</h1>")
pairs = []  # the ILM reflective log is kept per client, two sessions side by side
for client in ("C1", "C2"):
    mine = [s for s in reflected if s[0] == client]
    pairs += [mine[k:k + 2] for k in range(0, len(mine), 2)]
for pair in pairs:
    html.append("<table border='1'>" + row("Client Ref/ID", pair[0][0], "Name of Coach", "A. Learner") + "</table>")
    html.append("<table border='1'>" + row("", *[f"Session date {s[2]}" for s in pair])
                + row("How well did you use questioning in the session? Please give examples", *["Open questions mostly" for _ in pair])
                + row("How could you improve your coaching for the next session?", *["Summarise more" for _ in pair]) + "</table>")
for n in range(2):
    html.append("<h1>Outcomes of Supervision - Units 301/302</h1>")
    html.append("<table border='1'>" + row("Name of coach", "A. Learner")
                + row("Summarise below the outcomes of a supervision session with your tutor", f"Supervision {n + 1}: work on silence") + "</table>")
html.append("</body></html>")

here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
src = os.path.join(work, "RD020-LibreOfficeIlmLayout.html")
open(src, "w", encoding="utf-8").write("\n".join(html))
profile = f"file:///tmp/lo-reader-{random.randint(0, 10**9)}"
for target, ext in (("docx:MS Word 2007 XML", "docx"), ("doc:MS Word 97", "doc")):
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", target, "--outdir", work, src], check=True, capture_output=True, timeout=120)
shutil.copy(os.path.join(work, "RD020-LibreOfficeIlmLayout.docx"), os.path.join(here, "..", "RD020-LibreOfficeIlmLayout.docx"))
shutil.copy(os.path.join(work, "RD020-LibreOfficeIlmLayout.doc"), os.path.join(here, "..", "RD021-Word97.doc"))
print("wrote RD020-LibreOfficeIlmLayout.docx and RD021-Word97.doc")
