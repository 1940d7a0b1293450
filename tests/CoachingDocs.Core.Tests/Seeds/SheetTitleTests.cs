using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Seeds;

/// <summary>
/// A unit assessed by marks has a mark sheet (000 Appendix B prints "MARK SHEET: D3.03"); a unit assessed by ACs has a
/// result sheet (002 Appendices 2, 6, 7, 9). The title on the page, in every page header and in the file's properties says which.
/// </summary>
public sealed class SheetTitleTests
{

    public static TheoryData<string, string> UnitsWithSheets()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in TemplateFiller.Catalogue.Units.Where(u => u.DocumentKinds.Contains(DocumentKinds.ResultSheet)))
            data.Add(unit.Id, unit.MarkSheet is null ? "Result Sheet" : "Mark Sheet");
        return data;
    }

    [Theory]
    [MemberData(nameof(UnitsWithSheets))]
    public void The_sheet_is_titled_by_how_the_unit_is_assessed(string unitId, string expected)
    {
        var other = expected == "Mark Sheet" ? "Result Sheet" : "Mark Sheet";
        using var document = new GeneratedDocument(Generate(unitId));
        var title = document.Body.Descendants<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title").InnerText;
        Assert.Equal(expected, title);
        Assert.NotEmpty(document.HeaderTexts);
        Assert.All(document.HeaderTexts, h => Assert.StartsWith($"{expected} – Unit {unitId}", h));
        Assert.StartsWith($"{expected} – {unitId} ", document.CoreTitle);
        Assert.DoesNotContain(other, document.Body.InnerText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Both_kinds_of_sheet_are_covered()
    {
        var kinds = UnitsWithSheets().Select(row => (string)row[1]).Distinct().Order();
        Assert.Equal(["Mark Sheet", "Result Sheet"], kinds);
    }

    private static byte[] Generate(string unitId) => TemplateFiller.Blank(DocumentKinds.ResultSheet, unitId);
}
