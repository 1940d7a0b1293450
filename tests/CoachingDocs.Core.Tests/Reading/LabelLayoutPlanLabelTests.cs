using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A development plan read by its labels: the plan's start date is one of its dates and the length the learner states
/// in months is the first one written. Inputs: hand-written WordprocessingML (Fixtures.Docx/P/Table/Row).
/// </summary>
public class LabelLayoutPlanLabelTests
{
    private static DocumentReading Read(string title, params string[] rows) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(P(title, "Title") + Table(rows)), "plan.docx"), ["8585-302"]);

    [Fact]
    public void A_plans_start_date_and_first_stated_length_are_read()
    {
        var reading = Read("Development plan", Row("Start date", "01/03/2025"), Row("Plan length (months)", "6 months"), Row("Months covered", "3"));

        Assert.Equal([new DateOnly(2025, 3, 1)], reading.PlanDates);
        Assert.Equal(6m, reading.StatedPlanMonths);
    }

    [Fact]
    public void A_length_with_no_number_states_no_length()
    {
        var reading = Read("Development plan", Row("Plan length (months)", "six"));

        Assert.Null(reading.StatedPlanMonths);
    }
}
