using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Catalogue;

/// <summary>
/// Snapshot of every unit and AC reference, written out by hand from the seeds (000 D3.01-D3.03, 001 D3.04,
/// 002 8585-300..303, 003 8580-500..503, 004 units 500-503). A unit or AC that goes missing, or appears from nowhere,
/// fails here rather than in a learner's result sheet.
/// </summary>
public sealed class CatalogueCompletenessTests
{
    public static readonly TheoryData<string, string[]> ExpectedCriteria = new()
    {
        { "D3.01", ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1"] },
        { "D3.02", ["1.1", "1.2", "2.1", "2.2", "3.1"] },
        { "D3.03", ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "3.3"] },
        { "D3.04", [] },
        { "8585-300", ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2"] },
        { "8585-301", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"] },
        { "8585-302", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"] },
        { "8585-303", ["1.1", "1.2", "2.1", "2.2"] },
        { "8580-500", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2"] },
        { "8580-501", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"] },
        { "8580-502", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"] },
        { "8580-503", ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"] },
        { "L5-500", ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2"] },
        { "L5-501", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"] },
        { "L5-502", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"] },
        { "L5-503", ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"] },
    };

    [Fact]
    public void The_repository_catalogue_loads_with_its_version()
    {
        var catalogue = CatalogueLoader.Load(RepositoryCatalogue.Folder);

        Assert.Equal("2026.12.1", catalogue.Version);
        Assert.Equal(8, catalogue.Qualifications.Count());
    }

    [Fact]
    public void The_catalogue_holds_exactly_the_units_of_the_seeds()
    {
        var expected = ExpectedCriteria.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, RepositoryCatalogue.Catalogue.Units.Select(u => u.Id));
    }

    [Theory]
    [MemberData(nameof(ExpectedCriteria))]
    public void Every_unit_has_exactly_the_seed_AC_references_in_order(string unitId, string[] refs)
    {
        var unit = RepositoryCatalogue.Unit(unitId);

        Assert.Equal(refs, unit.Criteria.Select(c => c.Ref));
        Assert.All(unit.LearningOutcomes, lo => Assert.All(lo.Criteria, c => Assert.StartsWith(lo.Ref + ".", c.Ref)));
    }

    [Fact]
    public void Only_D3_04_lacks_criteria_and_it_says_the_source_has_none()
    {
        var withoutCriteria = RepositoryCatalogue.Catalogue.Units.Where(u => !u.Criteria.Any()).ToList();

        var d304 = Assert.Single(withoutCriteria);
        Assert.Equal("D3.04", d304.Id);
        Assert.True(d304.CriteriaNotInSource);
    }

    [Theory]
    [InlineData("D3.01", null, 3, 3, 9)]
    [InlineData("D3.02", null, 3, 2, 6)]
    [InlineData("D3.03", null, 3, 3, 6)]
    [InlineData("D3.04", null, 3, 7, null)]
    [InlineData("8585-300", "Y/617/2841", 3, 3, 9)]
    [InlineData("8585-301", "D/617/2842", 3, 4, 12)]
    [InlineData("8585-302", "H/617/2843", 3, 7, 14)]
    [InlineData("8585-303", "M/617/2845", 3, 3, 8)]
    [InlineData("8580-500", null, 5, 5, null)]
    [InlineData("8580-501", null, 5, 5, null)]
    [InlineData("8580-502", null, 5, 29, null)]
    [InlineData("8580-503", null, 5, 3, null)]
    [InlineData("L5-500", "D/617/2906", 5, 6, 20)]
    [InlineData("L5-501", "H/617/2907", 5, 5, 12)]
    [InlineData("L5-502", "K/617/2908", 5, 27, 20)]
    [InlineData("L5-503", "M/617/2909", 5, 5, 10)]
    public void Unit_figures_match_the_seeds(string unitId, string? uan, int level, int? credits, int? glh)
    {
        var unit = RepositoryCatalogue.Unit(unitId);

        Assert.Equal((uan, level, credits, glh), (unit.Uan, unit.Level, unit.Credits, unit.Glh));
        Assert.False(string.IsNullOrWhiteSpace(unit.Source));
        Assert.False(string.IsNullOrWhiteSpace(unit.AssessmentMethod));
    }

    [Fact]
    public void Every_document_kind_named_by_evidencedBy_is_one_of_the_units_document_kinds()
    {
        foreach (var unit in RepositoryCatalogue.Catalogue.Units)
        foreach (var ac in unit.Criteria)
        foreach (var section in ac.EvidencedBy)
            Assert.True(unit.DocumentKinds.Contains(section.Split('#')[0]), $"{unit.Id} AC {ac.Ref}: {section} is not among its document kinds");
    }

    [Fact]
    public void Every_unit_with_criteria_has_a_result_sheet()
    {
        foreach (var unit in RepositoryCatalogue.Catalogue.Units.Where(u => u.Criteria.Any()))
            Assert.Contains(DocumentKinds.ResultSheet, unit.DocumentKinds);
    }

    /// <summary>
    /// 002 prints a matrix for 301 and 302 (portfolio) and 303 (reflective journal), each under its "Unit 30n" cell; no seed
    /// prints one for any other unit, so no other unit's pack has one (the assessor's filled matrix is a report, made for every unit).
    /// </summary>
    [Fact]
    public void A_unit_has_an_evidence_matrix_exactly_where_the_seed_prints_one()
    {
        var lines = File.ReadAllLines(Path.Combine(Seeds.SeedText.Folder(), Seeds.SeedText.Handbook8585)).Select(l => l.Trim()).ToList();
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = lines[i] switch
            {
                "Portfolio Evidence Titles" => DocumentKinds.PortfolioEvidenceMatrix,
                "Reflective Journal Evidence Title" => DocumentKinds.JournalEvidenceMatrix,
                _ => null,
            };
            if (kind is null) continue;
            var unitLine = lines.Take(i).Last(l => l.StartsWith("Unit 30", StringComparison.Ordinal));
            printed[unitLine["Unit ".Length..]] = kind;
        }
        Assert.Equal(["301", "302", "303"], printed.Keys.Order());

        var matrixKinds = new[] { DocumentKinds.PortfolioEvidenceMatrix, DocumentKinds.JournalEvidenceMatrix };
        foreach (var unit in RepositoryCatalogue.Catalogue.Units)
        {
            var expected = unit.Id.StartsWith("8585-", StringComparison.Ordinal) && printed.TryGetValue(unit.FormNumber, out var kind) ? [kind] : Array.Empty<string>();
            Assert.True(expected.SequenceEqual(unit.DocumentKinds.Where(matrixKinds.Contains)), $"{unit.Id}: matrices {string.Join(", ", unit.DocumentKinds.Where(matrixKinds.Contains))}, the seed prints {string.Join(", ", expected)}");
        }
    }

    [Fact]
    public void Units_that_count_hours_have_an_hours_log_and_a_coaching_diary()
    {
        foreach (var unit in RepositoryCatalogue.Catalogue.Units.Where(u => u.FindRule(RuleKinds.MinHours) is not null))
        {
            Assert.Contains(DocumentKinds.HoursLog, unit.DocumentKinds);
            Assert.Contains(DocumentKinds.CoachingDiary, unit.DocumentKinds);
        }
    }

    [Theory]
    [InlineData("8585-300")]
    [InlineData("L5-500")]
    [InlineData("8580-500")]
    [InlineData("D3.01")]
    [InlineData("D3.02")]
    public void Knowledge_units_have_an_assignment_cover(string unitId) =>
        Assert.Contains(DocumentKinds.AssignmentCover, RepositoryCatalogue.Unit(unitId).DocumentKinds);

    [Theory]
    [InlineData("8585-303")]
    [InlineData("8580-503")]
    [InlineData("L5-503")]
    [InlineData("D3.04")]
    public void Development_units_have_a_development_plan(string unitId) =>
        Assert.Contains(DocumentKinds.DevelopmentPlan, RepositoryCatalogue.Unit(unitId).DocumentKinds);
}
