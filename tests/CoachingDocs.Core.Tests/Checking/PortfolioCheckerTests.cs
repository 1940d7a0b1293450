using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reports;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Checking;

public class PortfolioCheckerTests
{
    private static CheckReport Check(string unit, params (string Name, byte[] Bytes)[] files) =>
        CheckRunner.Run(TestCatalogue.Instance, [.. files.Select(f => Upload(f.Name, f.Bytes))], unit);

    private static string Sessions(params (int N, string Client, string Date, string Duration)[] sessions) =>
        string.Concat(sessions.Select(s => P($"Session {s.N} — {s.Date} — {s.Duration} — Client {s.Client}", "Heading2")
            + P("Reflection: noticed my habit of rescuing.") + P("Client feedback: helpful.")));

    [Fact]
    public void Every_rule_kind_the_catalogue_allows_has_a_check()
    {
        Assert.Equal(RuleKinds.All.OrderBy(k => k), RuleChecks.ByKind.Keys.OrderBy(k => k));
    }

    [Fact]
    public void A_third_individual_with_a_recorded_reason_is_noted_not_refused()
    {
        var three = Sessions((1, "A", "01/03/2025", "4 hours"), (2, "B", "08/03/2025", "4 hours"), (3, "C", "15/03/2025", "4 hours"));
        var without = Check("8585-302", ("diary.docx", Docx(three)));
        Assert.Contains(without.Findings, f => f.Code == FindingCodes.TooManyClients && f.Message.Contains("only with a recorded exceptional reason"));
        Assert.Equal(RuleStatus.NotMet, without.Rules.Single(r => r.Kind == RuleKinds.MaxIndividuals).Status);

        var with = Check("8585-302", ("diary.docx", Docx(three + P("Exceptional circumstances: client B left the organisation after two sessions."))));
        Assert.DoesNotContain(with.Findings, f => f.Code == FindingCodes.TooManyClients);
        var noted = with.Findings.Single(f => f.Code == FindingCodes.ExceptionalThirdClientNoted);
        Assert.Contains("client B left the organisation", noted.Message);
        Assert.Contains("diary.docx", noted.Location);
        Assert.Equal(RuleStatus.MetWithException, with.Rules.Single(r => r.Kind == RuleKinds.MaxIndividuals).Status);

        var four = Check("8585-302", ("diary.docx", Docx(three + Sessions((4, "D", "22/03/2025", "1 hour")) + P("Exceptional circumstances: restructure."))));
        Assert.Contains(four.Findings, f => f.Code == FindingCodes.TooManyClients);
    }

    [Fact]
    public void L5_502_counts_individuals_and_supervision_hours()
    {
        var diary = Sessions((1, "A", "01/03/2025", "10 hours"), (2, "B", "08/03/2025", "10 hours"), (3, "C", "15/03/2025", "10 hours"),
            (4, "D", "22/03/2025", "10 hours"), (5, "E", "29/03/2025", "14 hours"))
            + P("Supervision 1 — 02/04/2025 — 1h 30m", "Heading2") + P("Outcomes: slow down.")
            + P("Supervision 2 — 30/04/2025 — 90 mins", "Heading2") + P("Outcomes: contract better.");
        var report = Check("L5-502", ("diary.docx", Docx(diary)));
        Assert.Equal(54 * 60, report.Hours.TotalMinutes);
        Assert.Equal(5, report.Clients);
        Assert.Equal(180, report.Supervision.Minutes);
        Assert.Equal(2, report.Supervision.Sessions);
        Assert.All(report.Rules, r => Assert.Equal(RuleStatus.Met, r.Status));
        Assert.DoesNotContain(report.Findings, f => !f.Code.StartsWith("AC_", StringComparison.Ordinal));

        var shortSupervision = Check("L5-502", ("diary.docx", Docx(diary.Replace("90 mins", "1 hour", StringComparison.Ordinal))));
        Assert.Contains(shortSupervision.Findings, f => f.Code == FindingCodes.SupervisionShort && f.Message.Contains("2.5 hours"));
        var none = Check("L5-502", ("diary.docx", Docx(Sessions((1, "A", "01/03/2025", "1 hour")))));
        Assert.Equal(["HOURS_SHORT", "TOO_FEW_CLIENTS", "NO_SUPERVISION"], none.Findings.Where(f => !f.Code.StartsWith("AC_", StringComparison.Ordinal)).Select(f => f.Code));
    }

    [Theory]
    [InlineData("01/01/2026", "30/06/2026", 6, false)]
    [InlineData("01/01/2026", "31/05/2026", 5, true)]
    [InlineData("15 January 2026", "March 2026", 2, true)]
    [InlineData("01/01/2026", "December 2026", 12, false)]
    public void Plan_length_in_months_from_its_dates(string start, string last, int months, bool tooShort)
    {
        var plan = P("Continuous Professional Development (CPD) Plan – Unit 303", "Heading1")
            + Table(Row("Name of Coach", "A. Learner", "Date", start))
            + Table(Row("Area for Development", "How will I do it?", "When will I do it?", "What will success look like?"),
                Row("Listening", "Record sessions", "March 2026", "Fewer interruptions"),
                Row("Supervision", "Monthly", last, "Log kept"));
        var report = Check("8585-303", ("plan.docx", Docx(plan)));
        Assert.Equal(months, report.PlanMonths);
        Assert.Equal(tooShort, report.Findings.Any(f => f.Code == FindingCodes.PlanTooShort));
        Assert.Equal("evidenced", report.Criteria.Single().Status);
    }

    [Fact]
    public void No_plan_at_all_is_its_own_finding()
    {
        var report = Check("8585-303", ("notes.docx", Docx(P("Some notes about coaching."))));
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.NoPlan);
        Assert.Contains(report.Findings, f => f.Code == "AC_2.2_NO_EVIDENCE");
    }

    [Fact]
    public void Legacy_mark_sheet_arithmetic()
    {
        var sheet = P("MARK SHEET: D3.03", "Heading1")
            + Table(Row("Criteria", "Strengths", "Areas for Improvement", "Assr mark", "QA mark"),
                Row("Planning and undertaking coaching sessions", "Well planned", "", "/70 marks (min 35)", "40"),
                Row("Reflections on the effectiveness of coaching activity", "Honest", "Depth", "/30 marks (min 15)", "12"),
                Row("Total marks", "55", "Outcome", ""));
        var report = Check("D3.03", ("marks.docx", Docx(sheet + Sessions((1, "A", "01/03/2025", "6 hours")))));
        Assert.NotNull(report.Marks);
        Assert.Equal(52, report.Marks.Awarded);
        Assert.Equal(55, report.Marks.StatedTotal);
        Assert.Equal([40, 12], report.Marks.Sections.Select(s => s.Awarded));
        Assert.Equal(["MARKS_SECTION_BELOW_MINIMUM", "MARKS_TOTAL_MISMATCH"], report.Findings.Where(f => f.Code.StartsWith("MARKS", StringComparison.Ordinal)).Select(f => f.Code));
    }

    [Fact]
    public void Several_files_of_one_learner_are_one_portfolio_and_a_session_in_two_files_counts_once()
    {
        var diary = P("Coaching Diary", "Title")
            + P("Session 1 — 12/03/2025 — 1h 30m — Client A") + P("Session 2 — 19/03/2025 — 2 hours — Client A");
        var reflections = P("Reflective Log", "Title")
            + Table(Row("Client Ref/ID", "A", "Name of Coach", "L"))
            + Table(Row("", "Session date 12/03/2025", "Session date 19/03/2025"),
                Row("How could you improve your coaching for the next session?", "Pause more", "Summarise"));
        var feedback = P("Feedback to coach from individual being coached", "Title")
            + Table(Row("Name of Coach", "L", "Client ref/ID", "A", "Date", "12/03/2025"))
            + Table(Row("Please describe your overall experience of coaching with your coach and to what extent you achieved your goals", "Very good"));
        var log = Xlsx("Log", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Client</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Date</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Hours</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>12/03/2025</t></is></c><c r=\"C2\"><v>1.5</v></c></row>");

        var report = Check("8585-302", ("diary.docx", Docx(diary)), ("log.docx", Docx(reflections)), ("feedback.docx", Docx(feedback)), ("hours.xlsx", log));

        Assert.Equal(210, report.Hours.TotalMinutes);
        Assert.Equal(2, report.Sessions.Count);
        Assert.Equal([true, true], report.Sessions.Select(s => s.HasReflection));
        Assert.Equal([true, false], report.Sessions.Select(s => s.HasFeedback));
        Assert.Equal(1, report.FeedbackForms);
        Assert.Equal(2, report.ReflectiveLogEntries);
        Assert.Contains(report.Warnings, w => w.Code == "DUPLICATE_SESSION" && w.Location!.StartsWith("hours.xlsx", StringComparison.Ordinal));
        var noFeedback = report.Findings.Single(f => f.Code == FindingCodes.SessionWithoutFeedback);
        Assert.Contains("2025-03-19", noFeedback.Message);
        Assert.Equal(new string?[] { "coaching-diary", "reflective-log", "client-feedback", "hours-log" }, report.Documents.Select(d => d.Kind));
    }

    [Fact]
    public void An_hours_log_repeating_the_diarys_sessions_is_one_warning_not_one_per_session()
    {
        var diary = P("Coaching Diary", "Title")
            + P("Session 1 — 12/03/2025 — 1h 30m — Client A") + P("Session 2 — 19/03/2025 — 2 hours — Client A")
            + P("Session 3 — 26/03/2025 — 1 hour — Client B");
        static string Cell(string r, string text) => $"<c r=\"{r}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";
        var rows = new[] { ("A", "12/03/2025", "1.5"), ("A", "19/03/2025", "2"), ("B", "26/03/2025", "1") }
            .Select((s, i) => $"<row r=\"{i + 2}\">{Cell($"A{i + 2}", s.Item1)}{Cell($"B{i + 2}", s.Item2)}<c r=\"C{i + 2}\"><v>{s.Item3}</v></c></row>");
        var log = Xlsx("Log", $"<row r=\"1\">{Cell("A1", "Client")}{Cell("B1", "Date")}{Cell("C1", "Hours")}</row>" + string.Concat(rows));

        var report = Check("8585-302", ("diary.docx", Docx(diary)), ("hours.xlsx", log));

        Assert.Equal(270, report.Hours.TotalMinutes);
        Assert.Equal(3, report.Sessions.Count);
        var duplicate = Assert.Single(report.Warnings, w => w.Code == "DUPLICATE_SESSION");
        Assert.Equal("hours.xlsx", duplicate.Location);
        Assert.Equal("hours.xlsx repeats 3 sessions (2025-03-12 to 2025-03-26) already read from diary.docx; each counted once", duplicate.Message);
    }

    [Fact]
    public void Every_criterion_has_evidence_with_location_and_short_excerpt_or_a_no_evidence_finding()
    {
        var longText = string.Join(' ', Enumerable.Repeat("I planned twelve hours across two clients with fortnightly sessions.", 6));
        var body = P("Coaching Diary", "Title") + Table(Row("Brief profile of the client", longText)) + Sessions((1, "A", "01/03/2025", "1 hour"));
        var report = Check("8585-302", ("diary.docx", Docx(body)));
        var plan = report.Criteria.Single(c => c.Ref == "1.1");
        Assert.Equal("evidenced", plan.Status);
        Assert.True(plan.Evidence[0].Excerpt.Length <= 160);
        Assert.EndsWith("…", plan.Evidence[0].Excerpt);
        Assert.Equal("diary.docx, Coaching Diary, table 1, row 1", plan.Evidence[0].Location);
        foreach (var missing in report.Criteria.Where(c => c.Status == "missing"))
            Assert.Contains(report.Findings, f => f.Code == $"AC_{missing.Ref}_NO_EVIDENCE");
        Assert.Contains(report.Findings, f => f.Code == "AC_3.4_NO_EVIDENCE");
    }

    [Fact]
    public void The_report_never_awards_pass_or_referral()
    {
        var report = Check("8585-302", (LibreOfficeIlmLayout, Asset(LibreOfficeIlmLayout)));
        var json = ReportJson.Serialize(report);
        Assert.DoesNotContain("\"pass\"", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("referral", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ilm_feedback_forms_and_observation_in_the_handbook_layout_are_counted_and_matched()
    {
        var diary = P("Coaching Diary", "Title") + P("Session 1 — 12/03/2025 — 1 hour — Client A") + P("Session 2 — 19/03/2025 — 1 hour — Client A");
        string Ratings(string score) => string.Concat(new[] { "Builds rapport", "Is friendly", "Shows empathy" }
            .Select(a => Row(new[] { a, "poor" }.Concat(Enumerable.Range(1, 10).Select(n => n.ToString())).Append("excellent").Append(score).ToArray())));
        var feedback = P("Feedback to coach from individual being coached - Units 301/302", "Heading1")
            + Table(Row("Name of Coach", "L", "Client ref/ID", "A", "Date", "19/03/2025"))
            + Table(Row("Key coach attributes", "Please rate your coach") + Ratings("8"))
            + Table(Row("Please describe your overall experience of coaching with your coach and to what extent you achieved your goals"), Row("Useful and challenging"));
        var observation = P("Feedback on the Learner's Coaching - Units 301/302", "Heading1")
            + Table(Row("Name of coach", "L"), Row("Observation/Recording", "Observation"), Row("Name of supervisor/tutor", "T"), Row("Date", "19/03/2025"))
            + Table(Row("Skills and knowledge observed", "Comment on the coaching practice observed"), Row("Building a rapport", "Warm, quick to build trust"));

        var report = Check("8585-302", ("diary.docx", Docx(diary)), ("forms.docx", Docx(feedback + observation)));

        Assert.Equal(1, report.FeedbackForms);
        Assert.Equal(1, report.Observations);
        Assert.Equal([false, true], report.Sessions.Select(s => s.HasFeedback));
        var ratings = report.Criteria.Single(c => c.Ref == "3.2");
        Assert.Contains(ratings.Evidence, e => e.Excerpt == "8" && e.Location.StartsWith("forms.docx, Feedback to coach", StringComparison.Ordinal));
    }
}
