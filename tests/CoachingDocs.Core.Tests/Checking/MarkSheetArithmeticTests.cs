using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// The legacy mark sheet's arithmetic (seed 000: sections with a maximum and a minimum, a pass mark): marks are matched
/// to sections by maximum in order, added up, and each shortfall is named; the outcome stays the assessor's.
/// </summary>
public class MarkSheetArithmeticTests
{
    private static readonly MarkSheet Sheet = new("Mark Sheet", 50, 100,
        [new MarkSection("a", "Planning", 40, 20, []), new MarkSection("b", "Reflection", 30, 15, []), new MarkSection("c", "Review", 30, 15, [])]);

    private static DocumentReading Marks(int? statedTotal, params (int Awarded, int Max)[] marks)
    {
        var d = new DocumentReading { FileName = "mark-sheet.docx", StatedTotalMarks = statedTotal };
        foreach (var (m, i) in marks.Select((m, i) => (m, i)))
            d.Marks.Add(new MarkEntry($"section {i + 1}", m.Awarded, m.Max, null, new ReadLocation("mark-sheet.docx", Table: 2, Row: i + 2)));
        return d;
    }

    [Fact]
    public void Sections_at_their_minimum_and_a_total_at_the_pass_mark_raise_nothing()
    {
        var findings = new List<Finding>();
        var marks = MarkSheetCheck.Evaluate(Sheet, [Marks(50, (20, 40), (15, 30), (15, 30))], findings)!;
        Assert.Empty(findings);
        Assert.Equal(50, marks.Awarded);
        Assert.Equal(50, marks.StatedTotal);
        Assert.Equal(["Planning", "Reflection", "Review"], marks.Sections.Select(s => s.Title));
        Assert.Equal("mark-sheet.docx, table 2, row 3", marks.Sections[1].Location);
    }

    [Fact]
    public void One_mark_below_a_minimum_and_the_pass_mark_is_named_with_the_figures()
    {
        var findings = new List<Finding>();
        var marks = MarkSheetCheck.Evaluate(Sheet, [Marks(null, (19, 40), (15, 30), (15, 30))], findings)!;
        Assert.Equal(49, marks.Awarded);
        Assert.Null(marks.StatedTotal);
        var below = Assert.Single(findings, f => f.Code == FindingCodes.MarksSectionBelowMinimum);
        Assert.Equal("section \"Planning\": 19/40, below its minimum of 20", below.Message);
        Assert.Equal("mark-sheet.docx, table 2, row 2", below.Location);
        Assert.Equal("section marks add up to 49, below the pass mark of 50", Assert.Single(findings, f => f.Code == FindingCodes.MarksBelowPassMark).Message);
    }

    [Fact]
    public void A_stated_total_that_differs_from_the_sum_is_named_and_a_missing_section_is_counted_as_nothing()
    {
        var findings = new List<Finding>();
        // Marks out of 30 are matched to the two 30-mark sections in order; nothing is out of 40.
        var withoutStated = new DocumentReading { FileName = "diary.docx" };
        var marks = MarkSheetCheck.Evaluate(Sheet, [withoutStated, Marks(70, (25, 30), (20, 30))], findings)!;
        Assert.Equal(45, marks.Awarded);
        Assert.Equal(70, marks.StatedTotal); // the first document that states one
        Assert.Null(marks.Sections[0].Awarded);
        Assert.Equal("", marks.Sections[0].Location);
        Assert.Equal([25, 20], marks.Sections.Skip(1).Select(s => s.Awarded ?? -1));
        Assert.Equal("no mark found for section \"Planning\" (out of 40)", Assert.Single(findings, f => f.Code == FindingCodes.MarksMissing).Message);
        Assert.Equal("the mark sheet's total says 70 but its section marks add up to 45", Assert.Single(findings, f => f.Code == FindingCodes.MarksTotalMismatch).Message);
    }

    [Fact]
    public void No_marks_read_is_no_arithmetic_and_a_unit_without_a_mark_sheet_has_none()
    {
        var findings = new List<Finding>();
        Assert.Null(MarkSheetCheck.Evaluate(Sheet, [new DocumentReading { FileName = "blank.docx" }], findings));
        Assert.Null(MarkSheetCheck.Evaluate(null, [Marks(50, (20, 40))], findings));
        Assert.Empty(findings);
    }
}
