using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachingDocs.Core.Templates.WordForm;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Templates;

/// <summary>
/// The page header and footer of every Word template: the form, unit, learner name and registration number on every
/// page, and "Page n of m". A centre addition (the ILM forms have none): forms such as the client feedback run to a
/// dozen pages, and a loose page must still say whose it is. The fields are ordinary cd1:f: fields, filled by the
/// generator wherever they are (docs/templates.md).
/// </summary>
internal static class PageFurniture
{
    public const string HeaderId = "rIdHeader";
    public const string FooterId = "rIdFooter";

    public static void Add(MainDocumentPart main, string kind)
    {
        main.AddNewPart<HeaderPart>(HeaderId).Header = new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Header" }),
            InlineField(F.FormTitle, "Form title", FormTitles.Of(kind)), TextRun(" – Unit "), InlineField(F.UnitId, "Unit"),
            TextRun("   Learner: "), InlineField(F.LearnerName, "Learner Name"),
            TextRun("   Registration No.: "), InlineField(F.RegistrationNumber, "Learner Registration No.")));
        main.AddNewPart<FooterPart>(FooterId).Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }),
            TextRun("Page "), PageField("PAGE"), TextRun(" of "), PageField("NUMPAGES")));
    }

    /// <summary>The references a section's properties need, first in sectPr as the schema orders them.</summary>
    public static OpenXmlElement[] References() =>
    [
        new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
    ];

    private static SimpleField PageField(string instruction) =>
        new(new Run(new Text("1"))) { Instruction = $" {instruction} " };
}
