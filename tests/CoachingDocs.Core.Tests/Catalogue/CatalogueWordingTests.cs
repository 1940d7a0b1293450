namespace CoachingDocs.Core.Tests.Catalogue;

/// <summary>Spot checks that AC, LO and descriptor wording is the seeds' own, copied character for character.</summary>
public sealed class CatalogueWordingTests
{
    [Theory]
    // 000 (legacy L3, Appendix A)
    [InlineData("D3.01", "1.2", "Describe the range of appropriate behaviours for a coach to use to demonstrate respect for learner's views and attitudes, promote equality of opportunity and avoid abusing their relationship with others")]
    [InlineData("D3.02", "3.1", "Explain how coaching records can be used to identify areas for improvement in own workplace coaching practice")]
    [InlineData("D3.03", "2.1", "Coach learners in the workplace for at least six hours")]
    // 002 (8585 unit specifications, not the result sheets' variants)
    [InlineData("8585-300", "3.2", "Describe a range of coaching tools or techniques that can be used to identify preferences and agree goals or outcomes to facilitate the coaching process")]
    [InlineData("8585-301", "2.2", "Use a recognised model of coaching during the coaching process which supports the individual to achieve their goals")]
    [InlineData("8585-302", "2.2", "Use a recognised model of coaching during the coaching process which supports the individual(s) to achieve their goals")]
    [InlineData("8585-302", "3.3", "Review and evidence own ability to use effective communication skills, including questioning, listening, and giving feedback in order to facilitate coaching practice")]
    [InlineData("8585-302", "3.4", "Summarise the outcomes of ongoing supervision for a minimum of 2 sessions of effective coaching to improve practice")]
    [InlineData("8585-303", "1.1", "Examine the effectiveness of their own coaching practice based on evidence, including records, supervision, and feedback")]
    [InlineData("8585-303", "2.2", "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success")]
    // 003 (older L5, spelling as printed)
    [InlineData("8580-501", "3.3", "Reflect on own coaching or mentoring practise (including evidence of supervision/tutorial feedback)")]
    [InlineData("8580-502", "2.1", "Complete a minimum of hundred hours of coaching or mentoring activity with six or more clients")]
    [InlineData("8580-503", "3.3", "Provide a linked and relevant plan for your future development for a minimum of the next twelve months")]
    // 004 (current L5)
    [InlineData("L5-500", "3.2", "Explain how to manage the coaching or mentoring process within an organisational context")]
    [InlineData("L5-501", "1.1", "Plan and prepare to deliver a coaching or mentoring programme to support a minimum of 2 and a maximum of 3 individuals over 18 hours")]
    [InlineData("L5-502", "3.3", "Use ongoing feedback on effectiveness of own coaching or mentoring for each session and show evidence of this, including a minimum of 3 hours of supervision feedback")]
    [InlineData("L5-503", "2.3", "Explain how they will monitor and evaluate their own ongoing Continuing Professional Development (CPD) in relation to coaching or mentoring")]
    public void AC_wording_is_the_seed_sentence(string unitId, string reference, string expected) =>
        Assert.Equal(expected, RepositoryCatalogue.Unit(unitId).FindCriterion(reference)?.Text);

    [Theory]
    [InlineData("D3.01", "3", "Assess own ability to use a variety of interpersonal communication strategies and give effective feedback to learners on their performance to coach them in the workplace")]
    [InlineData("8585-301", "1", "Be able to plan and organise a minimum of 6 hours of effective coaching with a maximum of two individuals")]
    [InlineData("8580-503", "1", "Be able to assess tour own skills, behaviours and knowledge as a coach and mentor")]
    [InlineData("L5-502", "2", "Be able to undertake and record at least 54 hours of effective coaching or mentoring with a minimum of 4 and a maximum of 9 individuals")]
    public void LO_wording_is_the_seed_sentence(string unitId, string reference, string expected) =>
        Assert.Equal(expected, RepositoryCatalogue.Unit(unitId).LearningOutcomes.Single(lo => lo.Ref == reference).Text);

    [Fact]
    public void Sufficiency_descriptors_come_from_the_8585_result_sheets_one_per_line()
    {
        var ac = RepositoryCatalogue.Unit("8585-300").FindCriterion("1.4")!;

        Assert.Equal(
            "Potential barriers are not identified, or the barriers identified are incorrect or inappropriate to coaching\n" +
            "Only one potential barrier has been identified\n" +
            "Ways to overcome the identified potential barriers are not apparent",
            ac.Referral);
        Assert.Equal(
            "A sufficient, appropriate and correct identification of two or more potential barriers to coaching is given\n" +
            "Ways to overcome the identified two or more potential barriers are provided",
            ac.Pass);
    }

    [Fact]
    public void The_302_result_sheet_descriptors_for_AC_3_4_are_kept_as_printed_even_though_they_say_one_session()
    {
        var ac = RepositoryCatalogue.Unit("8585-302").FindCriterion("3.4")!;

        Assert.Equal("Provides a clear set of outcomes to improve practice relating to at least one supervised coaching session", ac.Pass);
        Assert.Contains("minimum of 2 sessions", ac.Text);
    }

    [Theory]
    [InlineData("8585-300")]
    [InlineData("8585-301")]
    [InlineData("8585-302")]
    [InlineData("8585-303")]
    public void Every_8585_AC_has_both_descriptors(string unitId) =>
        Assert.All(RepositoryCatalogue.Unit(unitId).Criteria, ac =>
        {
            Assert.False(string.IsNullOrWhiteSpace(ac.Referral), $"{unitId} AC {ac.Ref} referral");
            Assert.False(string.IsNullOrWhiteSpace(ac.Pass), $"{unitId} AC {ac.Ref} pass");
        });

    [Fact]
    public void Units_whose_source_has_no_result_sheet_have_no_descriptors()
    {
        var others = RepositoryCatalogue.Catalogue.Units.Where(u => u.Suite != "ilm-8585").SelectMany(u => u.Criteria).ToList();

        Assert.NotEmpty(others);
        Assert.All(others, ac => Assert.Null(ac.Referral));
        Assert.All(others, ac => Assert.Null(ac.Pass));
    }

    [Fact]
    public void No_wording_keeps_bullet_glyphs_or_stray_whitespace()
    {
        var texts = RepositoryCatalogue.Catalogue.Units.SelectMany(u =>
            u.LearningOutcomes.Select(lo => lo.Text)
                .Concat(u.Criteria.SelectMany(ac => new[] { ac.Text, ac.Referral, ac.Pass }))
                .OfType<string>()
                .SelectMany(t => t.Split('\n')));

        Assert.All(texts, t =>
        {
            Assert.Equal(t.Trim(), t);
            Assert.DoesNotContain("  ", t);
            Assert.DoesNotContain('\t', t);
            Assert.False(t.StartsWith('·') || t.StartsWith('•') || t.StartsWith("- "), t);
        });
    }

    [Fact]
    public void L5_500_is_marked_as_cut_short_in_its_source()
    {
        var unit = RepositoryCatalogue.Unit("L5-500");

        Assert.Contains("cut short", unit.Source);
        Assert.Equal("3.2", unit.Criteria.Last().Ref);
    }
}
