using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The blank form's printed lines are never the learner's, whichever version of the form printed them and wherever it
/// put them: the expected lines below are the coaching diary's printed wording as the ILM form has it (seed 002), not
/// read back from the baseline.
/// </summary>
public class TemplateBaselineTests
{
    [Theory]
    // Printed inside the contract section.
    [InlineData("In signing this agreement, all parties agree:")]
    [InlineData("• To maintain confidentiality regarding discussions")]
    // Printed as guidance above the contract today, inside it by an earlier version, with a full stop.
    [InlineData("Some essential information is provided below. Please add to and adapt as appropriate to meet your own and your clients' needs and to make it relevant to your organisation.")]
    [InlineData("Some essential information is provided below. Please add to and adapt as appropriate to meet your own and your clients' needs and to make it relevant to your organisation")]
    // Spacing and case differ from the print.
    [InlineData("in signing this  agreement, all parties agree")]
    public void Printed_lines_of_any_version_are_not_the_learners(string printed)
    {
        Assert.Equal("", TemplateBaseline.Added(DocumentKinds.CoachingDiary, printed));
    }

    [Fact]
    public void The_learners_own_lines_are_kept_and_printed_ones_dropped()
    {
        const string learner = "Agreed to meet fortnightly at the client's office; contract reviewed after 3 sessions.";
        var text = "In signing this agreement, all parties agree:\n" + learner + "\nSignature of Coach";
        Assert.Equal(learner, TemplateBaseline.Added(DocumentKinds.CoachingDiary, text));
    }
}
