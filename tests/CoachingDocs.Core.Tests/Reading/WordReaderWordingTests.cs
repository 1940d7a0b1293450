using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using DocumentFormat.OpenXml.Packaging;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// What the Word reader tells the user: refusals of empty documents, the macro, field-cut and "no tags" warnings, the
/// unit named in the text and which styles are headings. Bodies are hand-written WordprocessingML (Fixtures.Docx, or
/// below with a hand-written styles.xml; the SDK only makes the package).
/// </summary>
public class WordReaderWordingTests
{
    private const string FileName = "diary.docx";

    /// <summary>"Session 3: goal setting" is a session only when it is a heading: which mode the document is read in says whether it was.</summary>
    private const string SessionTitle = "Session 3: goal setting";

    private static DocumentReading Read(byte[] docx, params string[] units) =>
        WordDocumentReader.Read(SafePackageOpener.Open(docx, FileName), units);

    private static UploadRejectedException Refusal(byte[] docx) => Assert.Throws<UploadRejectedException>(() => Read(docx));

    private static string NoTagsWarning(DocumentReading reading) =>
        Assert.Single(reading.Warnings, w => w.Code == WarningCodes.UnidentifiedDocument).Message;

    /// <summary>Hand-written document.xml (whole) and, when given, styles.xml in an SDK-made package.</summary>
    private static byte[] Package(string documentXml, string? stylesXml = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using (var part = main.GetStream(FileMode.Create)) part.Write(Encoding.UTF8.GetBytes(documentXml));
            if (stylesXml is not null)
            {
                var styles = main.AddNewPart<StyleDefinitionsPart>();
                using var part = styles.GetStream(FileMode.Create);
                part.Write(Encoding.UTF8.GetBytes(stylesXml));
            }
        }
        return stream.ToArray();
    }

    private static string Document(string bodyXml) => $"<w:document xmlns:w=\"{WNs}\"><w:body>{bodyXml}</w:body></w:document>";

    private static string Styles(params (string Id, string? Name)[] styles) =>
        $"<w:styles xmlns:w=\"{WNs}\">" + string.Concat(styles.Select(s =>
            $"<w:style w:type=\"paragraph\" w:styleId=\"{s.Id}\">{(s.Name is null ? "" : $"<w:name w:val=\"{s.Name}\"/>")}</w:style>")) + "</w:styles>";

    [Fact]
    public void A_document_without_a_body_is_refused_as_empty()
    {
        var refusal = Refusal(Package($"<w:document xmlns:w=\"{WNs}\"/>"));
        Assert.Equal((RejectCodes.EmptyDocument, "has no document body; it is not a usable Word document."), (refusal.Code, refusal.Problem));
    }

    [Fact]
    public void A_package_without_a_main_document_part_is_refused_as_empty()
    {
        // Hand-written package: a Word content type, but no relationship to (and no) word/document.xml.
        var package = Zip(
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
            ("_rels/.rels", Encoding.UTF8.GetBytes("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")));
        var refusal = Refusal(package);
        Assert.Equal((RejectCodes.EmptyDocument, "has no document body; it is not a usable Word document."), (refusal.Code, refusal.Problem));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<w:p/><w:tbl><w:tblPr/></w:tbl>")]                                   // a table without rows
    [InlineData("<w:tbl><w:tblPr/><w:tr/></w:tbl>")]                                 // a row without cells
    [InlineData("<w:tbl><w:tblPr/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>")]       // an empty cell
    public void A_document_with_no_text_is_refused_as_empty(string body)
    {
        var refusal = Refusal(Docx(body));
        Assert.Equal((RejectCodes.EmptyDocument, "has no text at all; is it the right file?"), (refusal.Code, refusal.Problem));
    }

    [Fact]
    public void A_macro_enabled_file_read_anyway_is_warned_about_by_file()
    {
        var docx = Docx(P("Session 1 — 14/05/2025 — 1 hour — Client A"));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        using (var entry = zip.CreateEntry("word/vbaProject.bin").Open())
            entry.Write(new byte[16]);
        var package = SafePackageOpener.Open(stream.ToArray(), "diary.docm", UploadLimits.Default with { MacroEnabled = MacroPolicy.ReadIgnoringMacros });

        var warning = Assert.Single(WordDocumentReader.Read(package, []).Warnings, w => w.Code == WarningCodes.MacrosIgnored);
        Assert.Equal(("macro-enabled file: its text was read, its macros were neither opened nor run", new ReadLocation("diary.docm")),
            (warning.Message, warning.Location));
    }

    [Fact]
    public void A_cut_paragraph_is_warned_about_in_kilo_characters_at_its_paragraph()
    {
        var half = new string('a', WordText.MaxFieldChars / 2 + 10);
        var reading = Read(Docx(P("Notes") + $"<w:p><w:r><w:t>{half}</w:t></w:r><w:r><w:t>{half}</w:t></w:r></w:p>"));
        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.FieldCut);
        Assert.Equal(("text longer than 64 K characters: only its first 64 K were read", new ReadLocation(FileName, Paragraph: 2)),
            (warning.Message, warning.Location));
    }

    [Theory]
    [InlineData("Heading1")]
    [InlineData("Heading2")]
    [InlineData("Heading3")]
    [InlineData("Heading4")]
    [InlineData("Title")]
    [InlineData("Subtitle")]
    public void Without_styles_the_usual_heading_ids_are_headings_and_a_document_of_such_sessions_is_read_as_free_text(string style)
    {
        var reading = Read(Docx(P(SessionTitle, style)));
        Assert.Equal(ReadingMode.FreeText, reading.Mode);
        Assert.Equal("no CoachingDocs tags: read by its headings and free text", NoTagsWarning(reading));
    }

    [Fact]
    public void The_same_line_in_body_text_is_no_session_and_the_document_is_read_by_its_form_labels()
    {
        var reading = Read(Docx(P(SessionTitle, "Normal")));
        Assert.Equal(ReadingMode.Labels, reading.Mode);
        Assert.Equal("no CoachingDocs tags: read by its form labels", NoTagsWarning(reading));
    }

    [Theory]
    [InlineData("Kop2", "heading 2", ReadingMode.FreeText)]   // a Dutch Word's id for "heading 2"
    [InlineData("Titel", "Title", ReadingMode.FreeText)]
    [InlineData("BodyText", "Body Text", ReadingMode.Labels)]
    [InlineData("Nameless", null, ReadingMode.Labels)]
    public void Styles_xml_names_which_style_ids_are_headings(string id, string? name, ReadingMode mode)
    {
        var reading = Read(Package(Document(P(SessionTitle, id)), Styles((id, name), ("Normal", "Normal"))));
        Assert.Equal(mode, reading.Mode);
    }

    [Fact]
    public void A_document_read_by_labels_still_has_its_evidence_tags_read()
    {
        var reading = Read(Docx(P("My reflections") + Sdt("cd1:ac:1.1", P("I listened more than I spoke."))));
        Assert.Equal(ReadingMode.Labels, reading.Mode);
        var passage = Assert.Single(reading.Evidence);
        Assert.Equal("I listened more than I spoke.", passage.Text);
        Assert.Equal(["1.1"], passage.Criteria);
    }

    [Theory]
    [InlineData("8585-302 coaching diary")]                // named at the very start of a paragraph
    [InlineData("Diary for unit 8585-302")]
    public void The_only_unit_named_in_a_paragraph_is_the_documents_unit(string text)
    {
        var reading = Read(Docx(P(text)), "8585-301", "8585-302");
        Assert.Equal(("8585-302", "unit named in the text"), (reading.UnitId, reading.UnitIdSource));
    }

    [Fact]
    public void The_only_unit_named_in_a_tables_first_rows_is_the_documents_unit()
    {
        var reading = Read(Docx(Table(Row("Unit", "8585-302"), Row("Learner", "A. N. Other"))), "8585-301", "8585-302");
        Assert.Equal(("8585-302", "unit named in the text"), (reading.UnitId, reading.UnitIdSource));
    }

    [Fact]
    public void Two_units_named_in_the_text_name_neither()
    {
        var reading = Read(Docx(P("Units 8585-301 and 8585-302")), "8585-301", "8585-302");
        Assert.Null(reading.UnitId);
    }
}
