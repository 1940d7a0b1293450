using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reports;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>RD050: documents made by our generator for 8585-302, filled programmatically, checked against the real catalogue.</summary>
public class GeneratedPortfolioTests
{
    private static readonly (string Client, string Date, string Duration, string? Feedback)[] Sessions =
    [
        ("C1", "12/03/2025", "1.5 hrs", "Helpful"), ("C2", "14/03/2025", "90 mins", "Good questions"),
        ("C1", "01/04/2025", "1h 30m", "Listened to"), ("C2", "03/04/2025", "1:30", "Clearer"),
        ("C1", "22/04/2025", "2", null), ("C2", "24/04/2025", "1 hour 15 minutes", "Challenging"),
        ("C1", "13/05/2025", "1h30", "Ready"), ("C2", "15/05/2025", "105 minutes", "Confident"),
    ];

    internal static byte[] Diary(string totalHours = "12.5") => TemplateFiller.Fill(DocumentKinds.CoachingDiary, "8585-302", BlockNames.Session,
        [.. Sessions.Select((s, i) => Item(
            (FieldNames.ClientRef, s.Client), (FieldNames.SessionNumber, (i / 2 + 1).ToString()), (FieldNames.SessionDate, s.Date),
            (FieldNames.Duration, s.Duration), (FieldNames.Goal, $"Goal for session {i + 1}"), (FieldNames.ClientFeedback, s.Feedback ?? "")))],
        new Dictionary<string, string> { [FieldNames.TotalHours] = totalHours, [FieldNames.ClientProfile] = "C1 leads a team of six." });

    internal static byte[] ReflectiveLog() => TemplateFiller.Fill(DocumentKinds.ReflectiveLog, "8585-302", BlockNames.ReflectiveEntry,
        [.. Sessions.Take(7).Select(s => Item((FieldNames.ClientRef, s.Client), (FieldNames.SessionDate, s.Date), (FieldNames.Questioning, "Open questions; fewer leading ones."), (FieldNames.FeedbackImpact, "They set a date to act.")))]);

    internal static byte[] Supervision() => TemplateFiller.Fill(DocumentKinds.SupervisionRecord, "8585-302", BlockNames.SupervisionSession,
        // 002's Outcomes of Supervision records no duration (8585 counts sessions, not hours), so the form has none.
        [Item((FieldNames.SessionDate, "20/03/2025"), (FieldNames.Outcomes, "Hold silences longer.")),
         Item((FieldNames.SessionDate, "30/04/2025"), (FieldNames.Outcomes, "Contract for endings."))]);

    private static IReadOnlyDictionary<string, string> Item(params (string Field, string Value)[] values) =>
        values.Where(v => v.Value.Length > 0).ToDictionary(v => v.Field, v => v.Value);

    private static CheckReport Check(params (string Name, byte[] Bytes)[] files) =>
        CheckRunner.Run(TemplateFiller.Catalogue, [.. files.Select(f => Upload(f.Name, f.Bytes))], null);

    [Fact]
    public void Generated_and_filled_portfolio_gives_exact_hours_and_the_right_findings()
    {
        var report = Check(("diary.docx", Diary()), ("reflective-log.docx", ReflectiveLog()), ("supervision.docx", Supervision()));

        Assert.Equal("8585-302", report.Unit.Id);
        Assert.All(report.Documents, d => Assert.Equal(("tags", "document identity"), (d.Mode, d.UnitIdSource)));
        Assert.Equal(750, report.Hours.TotalMinutes);
        Assert.Equal(new Dictionary<string, int> { ["C1"] = 390, ["C2"] = 360 }, report.Hours.ByClientMinutes);
        Assert.Equal(8, report.Sessions.Count);
        Assert.Equal(2, report.Supervision.Sessions);
        Assert.Equal(0, report.Supervision.Minutes); // 8585's form records sessions, not their length
        Assert.Equal(7, report.ReflectiveLogEntries);
        Assert.Equal(12.5m, report.StatedTotalHours);
        Assert.Equal(["SESSION_WITHOUT_REFLECTION", "SESSION_WITHOUT_FEEDBACK"],
            report.Findings.Where(f => !f.Code.StartsWith("AC_", StringComparison.Ordinal)).Select(f => f.Code));
        Assert.Contains("2025-05-15", report.Findings.Single(f => f.Code == "SESSION_WITHOUT_REFLECTION").Message);
        Assert.Contains("2025-04-22", report.Findings.Single(f => f.Code == "SESSION_WITHOUT_FEEDBACK").Message);
        Assert.All(report.Rules.Where(r => r.Kind is RuleKinds.MinHours or RuleKinds.MaxIndividuals or RuleKinds.MinSupervisionSessions),
            r => Assert.Equal(RuleStatus.Met, r.Status));

        // Sections that evidence ACs by design count only once the learner wrote in them.
        Assert.Equal("evidenced", report.Criteria.Single(c => c.Ref == "1.1").Status);
        Assert.Equal("evidenced", report.Criteria.Single(c => c.Ref == "1.2").Status);
        Assert.Equal("evidenced", report.Criteria.Single(c => c.Ref == "3.1").Status);
        Assert.Equal("missing", report.Criteria.Single(c => c.Ref == "2.1").Status);
        Assert.Contains(report.Findings, f => f.Code == "AC_2.1_NO_EVIDENCE");
    }

    [Fact]
    public void The_L5_supervision_record_keeps_its_duration_and_its_hours_are_read()
    {
        // L5-502 counts supervision hours (004: ">= 3 h supervision", one record an hour), so its form keeps the duration row.
        var record = TemplateFiller.Fill(DocumentKinds.SupervisionRecord, "L5-502", BlockNames.SupervisionSession,
            [Item((FieldNames.SessionDate, "20/03/2025"), (FieldNames.Duration, "1 hour"), (FieldNames.Outcomes, "Hold silences longer.")),
             Item((FieldNames.SessionDate, "30/04/2025"), (FieldNames.Duration, "45 mins"), (FieldNames.Outcomes, "Contract for endings."))]);
        var report = Check(("supervision.docx", record));
        Assert.Equal(2, report.Supervision.Sessions);
        Assert.Equal(60 + 45, report.Supervision.Minutes);
    }

    [Fact]
    public void An_unfilled_generated_diary_evidences_nothing_and_counts_nothing()
    {
        var report = Check(("diary.docx", TemplateFiller.Fill(DocumentKinds.CoachingDiary, "8585-302", BlockNames.Session, [])));
        Assert.Equal(0, report.Hours.TotalMinutes);
        Assert.All(report.Criteria, c => Assert.Equal("missing", c.Status));
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.HoursShort);
    }

    [Fact]
    public void A_wrong_stated_total_in_the_generated_diary_is_a_finding()
    {
        var report = Check(("diary.docx", Diary(totalHours: "14")));
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.StatedTotalMismatch && f.Message.Contains("14 hours"));
    }

    [Fact]
    public void A_generated_diary_of_another_unit_is_refused()
    {
        var ex = Assert.Throws<UploadRejectedException>(() =>
            CheckRunner.Run(TemplateFiller.Catalogue, [Upload("diary.docx", Diary())], "8585-301"));
        Assert.Equal(RejectCodes.OtherUnit, ex.Code);
    }

    [Fact]
    public void RD051_generated_diary_saved_by_LibreOffice_without_its_controls_is_read_by_its_labels()
    {
        const string name = "RD051-GeneratedLibreOfficeRoundTrip.docx";
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload(name, Asset(name))], null);

        Assert.Equal("labels", report.Documents[0].Mode);
        Assert.Equal("8585-302", report.Unit.Id);
        Assert.Equal([("C1", 90), ("C2", 120), ("C1", 90), ("C2", 105), ("C1", 90), ("C2", 75)], report.Sessions.Select(s => (s.Client!, s.Minutes!.Value)));
        Assert.Equal(570, report.Hours.TotalMinutes);
        Assert.Equal(10m, report.StatedTotalHours);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.StatedTotalMismatch);
        Assert.Equal([true, true, true, false, true, true], report.Sessions.Select(s => s.HasFeedback));
        Assert.Equal("evidenced", report.Criteria.Single(c => c.Ref == "1.2").Status);
        Assert.Contains(report.Warnings, w => w.Code == "UNIDENTIFIED_DOCUMENT");
    }
}

/// <summary>RD052 (SDK-built): the generator's hours log for L5-502, filled through the Open XML SDK with numbers, OADates,
/// day fractions and the SUM's cached value. Text cells are inline strings, which Excel does not write (it uses the
/// shared string table); Excel never opened this file.</summary>
public class GeneratedHoursLogTests
{
    [Fact]
    public void Generated_hours_log_filled_and_saved_gives_exact_hours()
    {
        using var stream = new MemoryStream();
        new CoachingDocs.Core.Generation.DocumentGenerator(TemplateFiller.Catalogue).Generate(
            new CoachingDocs.Core.Generation.DocumentRequest(DocumentKinds.HoursLog, "L5-502", null, TemplateFiller.Learner), stream);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            var data = sheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetData>()!;
            (string Client, double Date, double Start, double End, double? Hours, string Mode)[] rows =
            [
                ("C1", 45728, 0.375, 0.4375, 1.5, "Individual"),     // 12/03/2025 09:00-10:30
                ("C2", 45730, 0.5833333333, 0.625, null, "Individual"), // 14/03/2025 14:00-15:00, duration left to the times
                ("C3", 45735, 0.375, 0.46875, 2.25, "Individual"),    // 19/03/2025 09:00-11:15
            ];
            for (var i = 0; i < rows.Length; i++)
            {
                var r = (uint)(8 + i);
                var row = new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = r };
                row.Append(Text($"A{r}", rows[i].Client), Number($"B{r}", rows[i].Date), Number($"C{r}", rows[i].Start), Number($"D{r}", rows[i].End));
                if (rows[i].Hours is { } h) row.Append(Number($"E{r}", h));
                row.Append(Text($"G{r}", rows[i].Mode));
                data.Append(row);
            }
            // A spreadsheet program stores the total's value when it saves: 1.5 + 2.25 (the empty duration counts 0 in the SUM).
            var total = data.Elements<DocumentFormat.OpenXml.Spreadsheet.Row>().Single(x => x.RowIndex! == 5U)
                .Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "B5");
            total.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("3.75");
            sheet.Save();
        }

        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("hours.xlsx", stream.ToArray())], null);
        Assert.Equal("L5-502", report.Unit.Id);
        Assert.Equal([("C1", "2025-03-12", 90), ("C2", "2025-03-14", 60), ("C3", "2025-03-19", 135)],
            report.Sessions.Select(s => (s.Client!, s.Date!.Value.ToString("yyyy-MM-dd"), s.Minutes!.Value)));
        Assert.Equal(285, report.Hours.TotalMinutes);
        Assert.Equal(3.75m, report.StatedTotalHours);
        // The learner's SUM skipped the session with no duration typed: the check counts it from its times.
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.StatedTotalMismatch && f.Location!.Contains("row 5"));
    }

    private static DocumentFormat.OpenXml.Spreadsheet.Cell Text(string reference, string text) =>
        new(new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)))
        { CellReference = reference, DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString };

    private static DocumentFormat.OpenXml.Spreadsheet.Cell Number(string reference, double value) =>
        new(new DocumentFormat.OpenXml.Spreadsheet.CellValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { CellReference = reference };
}
