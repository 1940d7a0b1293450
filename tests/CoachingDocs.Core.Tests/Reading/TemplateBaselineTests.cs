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

    [Theory]
    [InlineData("  In  signing\tthis agreement :", "In signing this agreement")]
    [InlineData("Reviewed;", "Reviewed")]
    [InlineData("Done...", "Done")]
    [InlineData("Goal . : ;", "Goal")]
    [InlineData("Client ref/ID", "Client ref/ID")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    public void A_line_is_compared_without_its_spacing_or_closing_punctuation(string line, string key)
    {
        Assert.Equal(key, TemplateBaseline.Key(line));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DocumentKinds.HoursLog)]
    [InlineData("no-such-kind")]
    public void Without_a_word_form_to_compare_with_every_line_is_the_learners(string? kind)
    {
        const string text = "In signing this agreement, all parties agree:\nSignature of Coach";
        Assert.Equal(text, TemplateBaseline.Added(kind, text));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal("", TemplateBaseline.Added(DocumentKinds.CoachingDiary, ""));
    }

    [Fact]
    public void Each_kind_has_its_own_printed_lines()
    {
        // The supervision record's printed prompt (seed 002, the supervision record); the diary does not print it.
        const string prompt = "Summarise below the outcomes of a supervision session with your tutor";
        Assert.Equal("", TemplateBaseline.Added(DocumentKinds.SupervisionRecord, prompt));
        Assert.Equal(prompt, TemplateBaseline.Added(DocumentKinds.CoachingDiary, prompt));
    }

    [Fact]
    public void A_learners_line_that_starts_with_printed_words_is_theirs_and_blank_lines_stay_in_place()
    {
        const string text = "In signing this agreement, all parties agree: to meet weekly\n\nWe will review after three sessions";
        Assert.Equal(text, TemplateBaseline.Added(DocumentKinds.CoachingDiary, text));
    }
}
