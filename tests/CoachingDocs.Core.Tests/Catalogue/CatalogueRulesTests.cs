using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Catalogue;

/// <summary>Unit rules and rules of combination, with the figures the seeds give.</summary>
public sealed class CatalogueRulesTests
{
    [Theory]
    [InlineData("D3.03", RuleKinds.MinHours, 6)]
    [InlineData("D3.04", RuleKinds.MinHours, 30)]
    [InlineData("8585-301", RuleKinds.MinHours, 6)]
    [InlineData("8585-301", RuleKinds.MaxIndividuals, 2)]
    [InlineData("8585-301", RuleKinds.MinSupervisionSessions, 1)]
    [InlineData("8585-302", RuleKinds.MinHours, 12)]
    [InlineData("8585-302", RuleKinds.MaxIndividuals, 2)]
    [InlineData("8585-302", RuleKinds.MinSupervisionSessions, 2)]
    [InlineData("8585-303", RuleKinds.MinPlanMonths, 6)]
    [InlineData("8580-501", RuleKinds.MinHours, 12)]
    [InlineData("8580-501", RuleKinds.MinIndividuals, 1)]
    [InlineData("8580-502", RuleKinds.MinHours, 100)]
    [InlineData("8580-502", RuleKinds.MinIndividuals, 6)]
    [InlineData("8580-503", RuleKinds.MinPlanMonths, 12)]
    [InlineData("L5-501", RuleKinds.MinHours, 18)]
    [InlineData("L5-501", RuleKinds.MinIndividuals, 2)]
    [InlineData("L5-501", RuleKinds.MaxIndividuals, 3)]
    [InlineData("L5-501", RuleKinds.MinSupervisionHours, 1)]
    [InlineData("L5-502", RuleKinds.MinHours, 54)]
    [InlineData("L5-502", RuleKinds.MinIndividuals, 4)]
    [InlineData("L5-502", RuleKinds.MaxIndividuals, 9)]
    [InlineData("L5-502", RuleKinds.MinSupervisionHours, 3)]
    [InlineData("L5-503", RuleKinds.MinPlanMonths, 12)]
    public void Rule_figures_match_the_seeds(string unitId, string kind, int value)
    {
        var rule = RepositoryCatalogue.Unit(unitId).FindRule(kind);

        Assert.NotNull(rule);
        Assert.Equal(value, rule.Value);
        Assert.False(string.IsNullOrWhiteSpace(rule.Text));
    }

    [Fact]
    public void The_complete_rule_set_of_each_unit_is_as_listed()
    {
        string[] everySession = [RuleKinds.ReflectionEverySession, RuleKinds.FeedbackEverySession];
        var expected = new Dictionary<string, string[]>
        {
            ["D3.01"] = [], ["D3.02"] = [], ["D3.03"] = [RuleKinds.MinHours], ["D3.04"] = [RuleKinds.MinHours],
            ["8585-300"] = [],
            ["8585-301"] = [RuleKinds.MinHours, RuleKinds.MaxIndividuals, RuleKinds.MinSupervisionSessions, .. everySession],
            ["8585-302"] = [RuleKinds.MinHours, RuleKinds.MaxIndividuals, RuleKinds.MinSupervisionSessions, .. everySession],
            ["8585-303"] = [RuleKinds.MinPlanMonths],
            ["8580-500"] = [], ["8580-501"] = [RuleKinds.MinHours, RuleKinds.MinIndividuals],
            ["8580-502"] = [RuleKinds.MinHours, RuleKinds.MinIndividuals], ["8580-503"] = [RuleKinds.MinPlanMonths],
            ["L5-500"] = [],
            ["L5-501"] = [RuleKinds.MinHours, RuleKinds.MinIndividuals, RuleKinds.MaxIndividuals, RuleKinds.MinSupervisionHours, .. everySession],
            ["L5-502"] = [RuleKinds.MinHours, RuleKinds.MinIndividuals, RuleKinds.MaxIndividuals, RuleKinds.MinSupervisionHours, .. everySession],
            ["L5-503"] = [RuleKinds.MinPlanMonths],
        };

        foreach (var unit in RepositoryCatalogue.Catalogue.Units)
            Assert.Equal(expected[unit.Id].Order(), unit.Rules.Select(r => r.Kind).Order());
    }

    [Fact]
    public void Only_8585_302_allows_an_exceptional_third_individual_and_its_text_says_why()
    {
        var exceptional = RepositoryCatalogue.Catalogue.Units
            .SelectMany(u => u.Rules.Select(r => (Unit: u.Id, Rule: r)))
            .Where(x => x.Rule.ExceptionalValue is not null)
            .ToList();

        var (unit, rule) = Assert.Single(exceptional);
        Assert.Equal(("8585-302", RuleKinds.MaxIndividuals, 2m, 3m), (unit, rule.Kind, rule.Value, rule.ExceptionalValue));
        Assert.Contains("third individual", rule.Text);
        Assert.Contains("record of the reasons", rule.Text);
    }

    [Fact]
    public void Per_session_rules_carry_no_figure_and_figure_rules_always_do()
    {
        foreach (var rule in RepositoryCatalogue.Catalogue.Units.SelectMany(u => u.Rules))
        {
            var perSession = rule.Kind is RuleKinds.ReflectionEverySession or RuleKinds.FeedbackEverySession;
            Assert.Equal(perSession, rule.Value is null);
        }
    }

    [Fact]
    public void Minimum_individuals_never_exceed_the_maximum()
    {
        foreach (var unit in RepositoryCatalogue.Catalogue.Units)
        {
            var min = unit.FindRule(RuleKinds.MinIndividuals)?.Value;
            var max = unit.FindRule(RuleKinds.MaxIndividuals)?.Value;
            if (min is not null && max is not null) Assert.True(min <= max, unit.Id);
        }
    }

    [Theory]
    [InlineData("ilm-l3-award-workplace-coaching", new[] { "D3.01", "D3.02", "D3.03" }, 8, 24, null)]
    [InlineData("ilm-l3-certificate-workplace-coaching", new[] { "D3.01", "D3.02", "D3.03", "D3.04" }, 15, 36, null)]
    [InlineData("8585-award", new[] { "8585-300", "8585-301", "8585-303" }, 10, 29, 97)]
    [InlineData("8585-certificate", new[] { "8585-300", "8585-302", "8585-303" }, 13, 31, 130)]
    [InlineData("8580-certificate", new[] { "8580-500", "8580-501", "8580-503" }, 13, null, null)]
    [InlineData("8580-diploma", new[] { "8580-500", "8580-502", "8580-503" }, 37, null, null)]
    [InlineData("l5-certificate-effective-coaching-mentoring", new[] { "L5-500", "L5-501", "L5-503" }, null, null, null)]
    [InlineData("l5-diploma-effective-coaching-mentoring", new[] { "L5-500", "L5-502", "L5-503" }, null, null, null)]
    public void Qualifications_have_the_seed_rules_of_combination(string id, string[] units, int? credits, int? glh, int? tqt)
    {
        var qualification = RepositoryCatalogue.Catalogue.FindQualification(id);

        Assert.NotNull(qualification);
        Assert.Equal(units, qualification.MandatoryUnits);
        Assert.Empty(qualification.OptionalUnits);
        Assert.Equal((credits, glh, tqt), (qualification.Credits, qualification.Glh, qualification.Tqt));
    }

    [Fact]
    public void Every_qualifications_units_exist_share_its_suite_and_level_and_add_up_to_its_credits()
    {
        foreach (var q in RepositoryCatalogue.Catalogue.Qualifications)
        {
            var units = q.MandatoryUnits.Select(RepositoryCatalogue.Unit).ToList();
            Assert.All(units, u => Assert.Equal((q.Suite, q.Level), (u.Suite, u.Level)));
            if (q.Credits is { } credits) Assert.Equal(credits, units.Sum(u => u.Credits));
            if (q.MinimumCredits is { } minimum) Assert.True(units.Sum(u => u.Credits) >= minimum, q.Id);
        }
    }

    [Theory]
    [InlineData("8585-award")]
    [InlineData("8585-certificate")]
    public void The_8585_qualification_GLH_is_the_sum_of_its_units_GLH(string id)
    {
        var q = RepositoryCatalogue.Catalogue.FindQualification(id)!;

        Assert.Equal(q.Glh, q.MandatoryUnits.Sum(u => RepositoryCatalogue.Unit(u).Glh));
    }

    [Fact]
    public void A_unit_is_found_with_the_qualifications_it_counts_towards()
    {
        Assert.Equal(["8585-award", "8585-certificate"], RepositoryCatalogue.Catalogue.QualificationsFor("8585-300").Select(q => q.Id));
        Assert.Equal(["l5-diploma-effective-coaching-mentoring"], RepositoryCatalogue.Catalogue.QualificationsFor("L5-502").Select(q => q.Id));
    }
}
