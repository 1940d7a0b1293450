using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Catalogue;

/// <summary>The legacy marks-based assessments of seed 000 (Appendix B).</summary>
public sealed class CatalogueMarkSheetTests
{
    [Fact]
    public void The_work_based_assignment_sheet_is_carried_by_D3_01_and_covers_D3_01_and_D3_02()
    {
        var sheet = RepositoryCatalogue.Unit("D3.01").MarkSheet;

        Assert.NotNull(sheet);
        Assert.Equal((50, 100), (sheet.PassMark, sheet.TotalMarks));
        Assert.Equal([(24, 12), (26, 13), (24, 12), (26, 13)], sheet.Sections.Select(s => (s.MaxMarks, s.MinMarks)));
        Assert.Equal("Ensuring good practice in coaching", sheet.Sections[0].Title);
        Assert.Equal(["D3.02 1.1", "D3.02 1.2", "D3.02 2.1", "D3.02 2.2"], sheet.Sections[2].Criteria);
        // 000: one combined assignment, one mark sheet. D3.02 is assessed with D3.01, so it is marked on that same sheet
        // (and briefed by the same assignment), not on a Pass/Referral sheet of its own.
        var d302 = RepositoryCatalogue.Unit("D3.02");
        Assert.Equal("D3.01", d302.AssessedWith);
        Assert.Same(sheet, d302.MarkSheet);
        Assert.Same(RepositoryCatalogue.Unit("D3.01").AssignmentBrief, d302.AssignmentBrief);
    }

    [Fact]
    public void The_coaching_diary_sheet_is_carried_by_D3_03()
    {
        var sheet = RepositoryCatalogue.Unit("D3.03").MarkSheet;

        Assert.NotNull(sheet);
        Assert.Equal((50, 100), (sheet.PassMark, sheet.TotalMarks));
        Assert.Equal([(70, 35), (30, 15)], sheet.Sections.Select(s => (s.MaxMarks, s.MinMarks)));
        Assert.Equal(["D3.03 3.3"], sheet.Sections[1].Criteria);
    }

    [Fact]
    public void Every_AC_of_the_marked_units_is_in_exactly_one_section_and_every_reference_resolves()
    {
        var sheets = RepositoryCatalogue.Catalogue.Units.Select(u => u.MarkSheet).OfType<MarkSheet>().Distinct().ToList(); // a shared sheet once
        var covered = sheets.SelectMany(s => s.Sections).SelectMany(s => s.Criteria).ToList();

        Assert.Equal(covered.Count, covered.Distinct().Count());
        foreach (var reference in covered)
        {
            var parts = reference.Split(' ');
            Assert.NotNull(RepositoryCatalogue.Unit(parts[0]).FindCriterion(parts[1]));
        }
        var expected = new[] { "D3.01", "D3.02", "D3.03" }
            .SelectMany(id => RepositoryCatalogue.Unit(id).Criteria.Select(ac => $"{id} {ac.Ref}"));
        Assert.Equal(expected.Order(), covered.Order());
    }

    [Fact]
    public void Each_section_minimum_is_half_its_marks_as_ILM_normally_applies()
    {
        foreach (var section in RepositoryCatalogue.Catalogue.Units.Select(u => u.MarkSheet).OfType<MarkSheet>().Distinct().SelectMany(s => s.Sections))
            Assert.Equal(section.MaxMarks, section.MinMarks * 2);
    }
}
