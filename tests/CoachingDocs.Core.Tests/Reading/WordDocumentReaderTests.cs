using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

public class WordDocumentReaderTests
{
    private static CheckReport Check(string name, byte[] bytes, string unit = "8585-302") =>
        CheckRunner.Run(TestCatalogue.Instance, [Upload(name, bytes)], unit);

    private static string[] Codes(CheckReport report) => [.. report.Findings.Select(f => f.Code)];

    [Fact]
    public void RD020_ilm_layout_written_by_LibreOffice_gives_exact_hours_and_findings()
    {
        var report = Check(LibreOfficeIlmLayout, Asset(LibreOfficeIlmLayout));

        Assert.Equal(750, report.Hours.TotalMinutes);
        Assert.Equal(12.5m, report.Hours.Total);
        Assert.Equal(new Dictionary<string, int> { ["C1"] = 390, ["C2"] = 360 }, report.Hours.ByClientMinutes);
        Assert.Equal(2, report.Clients);
        Assert.Equal(8, report.Sessions.Count);
        Assert.Equal(["2025-03-12", "2025-03-14", "2025-04-01", "2025-04-03", "2025-04-22", "2025-04-24", "2025-05-13", "2025-05-15"],
            report.Sessions.Select(s => s.Date?.ToString("yyyy-MM-dd")));
        Assert.Equal(2, report.Supervision.Sessions);
        Assert.Equal(7, report.ReflectiveLogEntries);
        Assert.Equal(12m, report.StatedTotalHours);

        Assert.Equal(
            ["STATED_TOTAL_MISMATCH", "SESSION_WITHOUT_REFLECTION", "SESSION_WITHOUT_FEEDBACK", "AC_2.1_NO_EVIDENCE", "AC_3.3_NO_EVIDENCE"],
            Codes(report));
        Assert.Contains("2025-05-15", report.Findings.Single(f => f.Code == "SESSION_WITHOUT_REFLECTION").Message);
        Assert.Contains("session 3, table 12", report.Findings.Single(f => f.Code == "SESSION_WITHOUT_FEEDBACK").Location);
        Assert.Contains(report.Warnings, w => w.Code == WarningCodes.DurationInterpreted && w.Location!.Contains("session 3"));
        Assert.All(report.Rules.Where(r => r.Kind is "minHours" or "maxIndividuals" or "minSupervisionSessions"), r => Assert.Equal(RuleStatus.Met, r.Status));
    }

    [Fact]
    public void RD010_free_format_diary_written_by_npm_docx_gives_exact_hours_and_findings()
    {
        var report = Check(NpmDocxFreeFormat, Asset(NpmDocxFreeFormat));

        Assert.Equal(345, report.Hours.TotalMinutes);
        // Reported as the learner wrote them ("Client A"), not normalised.
        Assert.Equal(new Dictionary<string, int> { ["Client A"] = 165, ["Client B"] = 90, ["Client C"] = 90 }, report.Hours.ByClientMinutes);
        Assert.Equal([1, 2, 3, 4], report.Sessions.Select(s => s.Number));
        Assert.All(report.Sessions, s => Assert.True(s.HasReflection && s.HasFeedback));
        Assert.Equal(1, report.Supervision.Sessions);
        Assert.Equal(60, report.Supervision.Minutes);
        Assert.Equal(6.5m, report.StatedTotalHours);
        Assert.Equal(["STATED_TOTAL_MISMATCH", "HOURS_SHORT", "TOO_MANY_CLIENTS", "SUPERVISION_SHORT", "AC_1.1_NO_EVIDENCE", "AC_2.1_NO_EVIDENCE", "AC_3.3_NO_EVIDENCE"],
            Codes(report));
        var reflection = report.Criteria.Single(c => c.Ref == "3.1");
        Assert.Equal("evidenced", reflection.Status);
        Assert.Contains("session 1, paragraph 4", reflection.Evidence[0].Location);
    }

    /// <summary>RD030 (hand-written XML, modelled on one of our templates; not saved by Word): tags at block, row, cell and run level, split runs,
    /// tracked changes, a move, alternate content, a placeholder left empty, and the identity part.</summary>
    private static readonly string TaggedBody =
        P("Coaching Diary", "Title")
        + Sdt("cd1:f:totalHours", P("4"))
        + Sdt("cd1:s:clientPlan", P("Client K is a new supervisor; six fortnightly sessions in the training room."))
        + Sdt("cd1:r:session",
            // Session 1: a block-level item holding a table whose cells and runs carry the fields.
            Sdt("cd1:i:session", Table(
                Row("Client Ref/ID", "<w:tc>" + $"<w:p>{RunSdt("cd1:f:clientRef", "<w:r><w:t>K</w:t></w:r>")}</w:p></w:tc>",
                    "Session No.", "<w:tc><w:p>" + RunSdt("cd1:f:sessionNumber", "<w:r><w:t>1</w:t></w:r>") + "</w:p></w:tc>"),
                Row("Date of Session", "<w:tc><w:p>" + RunSdt("cd1:f:sessionDate", "<w:r><w:t>1</w:t></w:r><w:r><w:t>2/03/</w:t></w:r><w:r><w:t>2025</w:t></w:r>") + "</w:p></w:tc>",
                    "Duration", "<w:tc><w:p>" + RunSdt("cd1:f:duration",
                        "<w:del w:id=\"1\" w:author=\"L\"><w:r><w:delText>2 hours</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"L\"><w:r><w:t>1.</w:t></w:r><w:r><w:t>5 hrs</w:t></w:r></w:ins>") + "</w:p></w:tc>"),
                Row("Goal for today's meeting", "<w:tc>" + Sdt("cd1:s:sessionGoal", P("Plan the team rota together")) + "</w:tc>"),
                Row("Feedback from coachee", "<w:tc>" + Sdt("cd1:f:clientFeedback", P("Useful")) + "</w:tc>"),
                Row("Feedback you gave to the client", "<w:tc>" + Sdt("cd1:f:feedback", P("Clear goals")) + "</w:tc>")))
            // Session 2: a row-level item and cell-level fields; a moved paragraph and alternate content.
            + Table(Sdt("cd1:i:session",
                Row("Client Ref/ID", Sdt("cd1:f:clientRef", Cell("L")))
                + Row("Date of Session", Sdt("cd1:f:sessionDate", Cell("Tue 18th Mar 2025")), "Duration",
                    "<w:tc><w:p><w:moveFrom w:id=\"3\" w:author=\"L\"><w:r><w:t>3 hours</w:t></w:r></w:moveFrom>"
                    + RunSdt("cd1:f:duration", "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>150 mins</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>150 mins</w:t></w:r></mc:Fallback></mc:AlternateContent>")
                    + "</w:p></w:tc>")
                + Row("Reflection", "<w:tc>" + Sdt("cd1:f:reflection", P("Click or tap here to enter text."), placeholder: true) + "</w:tc>"))))
        + Sdt("cd1:ac:3.3", P("Because K found silence hard, I now leave longer pauses; that changed session 2."));

    private static string RunSdt(string tag, string runs) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/></w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>";

    [Fact]
    public void RD030_tagged_document_reads_tags_at_every_level_with_changes_accepted()
    {
        var report = Check("RD030-Tagged.docx", Docx(TaggedBody, identityUnit: "8585-302"));

        Assert.Equal("tags", report.Documents[0].Mode);
        Assert.Equal("document identity", report.Documents[0].UnitIdSource);
        Assert.Equal([("K", "2025-03-12", 90), ("L", "2025-03-18", 150)],
            report.Sessions.Select(s => (s.Client!, s.Date!.Value.ToString("yyyy-MM-dd"), s.Minutes!.Value)));
        Assert.Equal(240, report.Hours.TotalMinutes);
        Assert.Equal(4m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Findings, f => f.Code == "STATED_TOTAL_MISMATCH");
        // The placeholder is not a reflection; session 1 has feedback, session 2 has none.
        Assert.Equal([false, false], report.Sessions.Select(s => s.HasReflection));
        Assert.Equal([true, false], report.Sessions.Select(s => s.HasFeedback));
        var tagged = report.Criteria.Single(c => c.Ref == "3.3");
        Assert.Equal("tag", tagged.Evidence.Single().Source);
        Assert.StartsWith("Because K found silence hard", tagged.Evidence.Single().Excerpt);
        Assert.Equal("section", report.Criteria.Single(c => c.Ref == "1.1").Evidence.Single().Source);
        Assert.Contains("AC_3.4_NO_EVIDENCE", Codes(report));
    }

    [Fact]
    public void RD031_grid_diary_with_merged_cells_split_across_two_tables_and_a_total_row()
    {
        var header = Row("Session", "Client", "Date", "Duration");
        var body =
            P("Coaching log", "Heading1")
            + Table(header,
                Row("1", Cell("A", "<w:vMerge w:val=\"restart\"/>"), "12/03/2025", "1.5 hrs"),
                Row("2", Cell("", "<w:vMerge/>"), "19/03/2025", "90 mins"))
            + "<w:p/>"
            // The table continues on the next page, without its header row.
            + Table(Row("3", Cell("B", "<w:vMerge w:val=\"restart\"/>"), "26/03/2025", "1:30"),
                Row("4", Cell("", "<w:vMerge/>"), "02/04/2025", "1h 15m"),
                Row(Cell("Total", "<w:gridSpan w:val=\"3\"/>"), "6"));
        var report = Check("RD031-Grid.docx", Docx(body));

        Assert.Equal([("A", 90), ("A", 90), ("B", 90), ("B", 75)], report.Sessions.Select(s => (s.Client!, s.Minutes!.Value)));
        Assert.Equal(345, report.Hours.TotalMinutes);
        Assert.Equal(6m, report.StatedTotalHours);
        Assert.Contains("STATED_TOTAL_MISMATCH", Codes(report));
        Assert.Contains("table 2, row 2", report.Sessions[3].Location);
    }

    [Fact]
    public void RD032_free_format_with_unreadable_duration_and_times_gives_findings_and_warnings()
    {
        var body =
            P("Session 1 — 14/05/2025 — 75 minutes — Client B", "Heading2")
            + P("Session 2 — 05/25/2025 — about an hour or so — Client B", "Heading2")
            + P("Session 3: 28 May 2025, client C")
            + P("Start time: 10:00")
            + P("End time: 11:45")
            + P("Session 4 went well because the client prepared.");
        var report = Check("RD032-Free.docx", Docx(body));

        Assert.Equal([75, null, 105], report.Sessions.Select(s => s.Minutes));
        Assert.Equal(180, report.Hours.TotalMinutes);
        Assert.Equal("2025-05-25", report.Sessions[1].Date?.ToString("yyyy-MM-dd"));
        var unreadable = report.Findings.Single(f => f.Code == FindingCodes.UnreadableDuration);
        Assert.Contains("about an hour or so", unreadable.Message);
        Assert.Contains("session 2", unreadable.Location);
        Assert.Contains(report.Warnings, w => w.Code == WarningCodes.DateInterpreted && w.Location!.Contains("session 2"));
    }

    [Fact]
    public void A_document_for_another_unit_than_asked_is_refused_by_name()
    {
        var ex = Assert.Throws<UploadRejectedException>(() => Check("diary.docx", Docx(TaggedBody, identityUnit: "8585-301"), "8585-302"));
        Assert.Equal(RejectCodes.OtherUnit, ex.Code);
        Assert.Contains("unit 8585-301, not 8585-302", ex.Message);
    }

    [Fact]
    public void The_unit_comes_from_the_identity_when_not_asked()
    {
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("d.docx", Docx(TaggedBody, identityUnit: "8585-302"))], null);
        Assert.Equal("8585-302", report.Unit.Id);
        var ex = Assert.Throws<UploadRejectedException>(() => CheckRunner.Run(TestCatalogue.Instance, [Upload("d.docx", Docx(P("Session 1 — 14/05/2025 — 1 hour")))], null));
        Assert.Equal(RejectCodes.UnitUnknown, ex.Code);
    }

    [Fact]
    public void An_empty_document_is_refused()
    {
        var ex = Assert.Throws<UploadRejectedException>(() => Check("empty.docx", Docx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>")));
        Assert.Equal(RejectCodes.EmptyDocument, ex.Code);
    }

    [Fact]
    public void RD033_untagged_labels_and_headings_split_across_runs_with_tracked_changes()
    {
        const string run = "<w:r><w:t xml:space=\"preserve\">{0}</w:t></w:r>";
        string R(string text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, run, text);
        var heading = "<w:p>" + R("Sess") + R("ion 3 — 14/0") + R("5/2025 — ")
            + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>60</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"A\">" + R("75") + "</w:ins>" + R(" minutes — Client B") + "</w:p>";
        var moved = "<w:p><w:moveFrom w:id=\"3\" w:author=\"A\">" + R("Session 9 — 01/01/2025 — 5 hours — Client Z") + "</w:moveFrom></w:p>";
        var deletedRow = "<w:tr><w:trPr><w:del w:id=\"4\" w:author=\"A\"/></w:trPr>" + Cell("Duration") + Cell("9 hours") + "</w:tr>";
        var table = Table(
            "<w:tr>" + "<w:tc><w:p>" + R("Client Ref") + R("/ID") + "</w:p></w:tc>" + Cell("C") + "</w:tr>",
            Row("Date of Session", "15/05/2025"),
            deletedRow,
            Row("Duration", "1h 45m"));
        var report = Check("RD033-Split.docx", Docx(heading + moved + table));

        Assert.Equal([("Client B", "2025-05-14", 75), ("C", "2025-05-15", 105)],
            report.Sessions.Select(s => (s.Client!, s.Date!.Value.ToString("yyyy-MM-dd"), s.Minutes!.Value)));
        Assert.Equal(180, report.Hours.TotalMinutes);
    }
}
