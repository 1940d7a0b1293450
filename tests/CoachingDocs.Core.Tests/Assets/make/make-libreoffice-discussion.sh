#!/usr/bin/env bash
# RD060: a centre's own professional discussion record (002 Appendix 10 asks for AC references mapped to the times in
# the recording), written as HTML and saved as .docx by LibreOffice Writer (`soffice --convert-to docx`, 7.4). Its
# table: Timestamp | Assessment criteria | Notes of the discussion, with a row naming ACs but no notes, a repeated
# header row and a row naming another unit's AC (D3.02 2.1). Run: bash make-libreoffice-discussion.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/RD060-LibreOfficeDiscussionRecord.html" <<'HTML'
<html><head><meta charset="utf-8"><title>Professional discussion</title></head><body>
<h1>Professional Discussion Record</h1>
<p>Unit 8585-302. Learner: Sam Example. Assessor: Pat Assessor. Date: 14/05/2025. Duration: 40 minutes.</p>
<table border="1">
<tr><th>Timestamp</th><th>Assessment criteria</th><th>Notes of the discussion</th></tr>
<tr><td>01:55</td><td>AC 2.1</td><td>Explained how she contracted with the second client and agreed confidentiality limits.</td></tr>
<tr><td>02:43</td><td>AC 3.1 and 3.2</td><td>Described reviewing progress with each client against the goals set in session one.</td></tr>
<tr><td>05:10</td><td>1.3</td><td></td></tr>
<tr><th>Timestamp</th><th>Assessment criteria</th><th>Notes of the discussion</th></tr>
<tr><td>07:30</td><td>D3.02 2.1; AC1.2</td><td>Talked through the contracting of sessions, the venue and the time agreed.</td></tr>
</table>
</body></html>
HTML
soffice -env:UserInstallation=file://"$work/profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/RD060-LibreOfficeDiscussionRecord.html" >/dev/null
cp "$work/RD060-LibreOfficeDiscussionRecord.docx" "$here/../"
echo "wrote RD060-LibreOfficeDiscussionRecord.docx"
