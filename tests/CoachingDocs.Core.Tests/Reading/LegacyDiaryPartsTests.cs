using CoachingDocs.Core.Checking;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The legacy D3.03 diary as a centre lays it out from the unit's task (seed 000 Appendix B): a table per part, one row
/// a learner, then a table per session and the discussion with the supervisor. Each part evidences the AC the task
/// names for it (D3.03 of the real catalogue: 1.1 learning needs and styles, 1.3 the plan, 3.3 the review with the
/// supervisor).
/// </summary>
public class LegacyDiaryPartsTests
{
    private static string Diary(bool withPlan) => string.Concat(
        P("Coaching Diary: D3.03 Undertaking supervised coaching in the workplace", "Heading1"),
        P("Learning needs and learning styles of those to be coached", "Heading2"),
        Table(Row("Learner", "Learning needs", "Learning style / preference"), Row("Learner 1", "New team leader, wants confidence", "Pragmatist"),
            Row("Learner 2", "Moving into a planning role", "Theorist")),
        withPlan ? P("Plan for the coaching sessions", "Heading2") + Table(Row("Learner", "Number of sessions planned", "Venue", "Times"),
            Row("Learner 1", "3", "Training room", "2 hours each"), Row("Learner 2", "3", "Meeting room 2", "2 hours each")) : "",
        P("Agreed learning goals", "Heading2"),
        Table(Row("Learner", "Learning goals agreed"), Row("Learner 1", "Run one-to-ones with new starters"), Row("Learner 2", "Delegate the rota")),
        P("Session 1 – Learner 1 – 04/03/25", "Heading3"),
        Table(Row("Learner", "Learner 1"), Row("Date", "04/03/25"), Row("Duration (hours)", "2"), Row("Learning goals for this session", "Plan the first one-to-one")),
        P("Session 2 – Learner 2 – 08/03/25", "Heading3"),
        Table(Row("Learner", "Learner 2"), Row("Date", "08/03/25"), Row("Duration (hours)", "1.5"), Row("Learning goals for this session", "List the rota's tasks")),
        P("Discussion with supervisor", "Heading2"),
        Table(Row("Date", "10/04/25"), Row("Duration", "30 mins"), Row("Outcomes of the discussion", "Use more silence; fewer closed questions")));

    [Fact]
    public void Each_part_of_the_legacy_diary_evidences_its_criterion_and_no_part_is_a_session()
    {
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("diary.docx", Docx(Diary(withPlan: true)))], "D3.03");

        Assert.Equal(2, report.Sessions.Count);
        Assert.Equal(210, report.Hours.TotalMinutes);
        Assert.Equal(2, report.Clients);
        Assert.Equal(1, report.Supervision.Sessions);
        foreach (var evidenced in new[] { "1.1", "1.2", "1.3", "3.3" })
            Assert.Equal("evidenced", report.Criteria.Single(c => c.Ref == evidenced).Status);
        Assert.Contains(report.Criteria.Single(c => c.Ref == "1.1").Evidence, e => e.Excerpt.Contains("Pragmatist", StringComparison.Ordinal));
        Assert.Contains(report.Criteria.Single(c => c.Ref == "1.3").Evidence, e => e.Excerpt.Contains("Training room", StringComparison.Ordinal));
    }

    [Fact]
    public void Agreed_learning_goals_are_not_a_plan_of_the_sessions()
    {
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("diary.docx", Docx(Diary(withPlan: false)))], "D3.03");

        Assert.Equal("missing", report.Criteria.Single(c => c.Ref == "1.3").Status);
        Assert.Contains(report.Findings, f => f.Code == "AC_1.3_NO_EVIDENCE");
    }
}
