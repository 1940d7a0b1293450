using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Packaging.HandWrittenPackage;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md step 5: with <see cref="XmlPartsScan.AllButWordBody"/> the opener leaves unread exactly the parts
/// the Word reader parses itself: the officeDocument target and the styles target of that part's relationships
/// (word/_rels/document.xml.rels), "../" and "/" forms resolved as the SDK resolves them; never a .rels part or the
/// content list; and when those relationships cannot be read, nothing is left unread.
/// </summary>
public class WordBodyPartsTests
{
    private static SafePackage OpenForCheck(byte[] bytes) => SafePackageOpener.Open(bytes, "diary.docx", scan: XmlPartsScan.AllButWordBody);

    private static UploadRejectedException RejectForCheck(byte[] bytes) => Assert.Throws<UploadRejectedException>(() => OpenForCheck(bytes));

    private static string WithDtd(string xml) => Dtd + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..];

    [Fact]
    public void The_styles_part_named_by_the_main_parts_relationships_is_left_to_the_reader()
    {
        var bytes = Build((name, xml) => name == "word/styles.xml" ? WithDtd(xml) : xml);
        Assert.Equal(PackageFormat.Word, OpenForCheck(bytes).Format);
        // Every other caller scans it.
        Assert.Equal(RejectCodes.Dtd, Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "diary.docx")).Code);
    }

    [Fact]
    public void Only_the_styles_relationship_decides_which_part_is_the_styles_part()
    {
        // settings.xml comes first in the relationships and is not the reader's: it is scanned.
        var bytes = Build((name, xml) => name == "word/settings.xml" ? WithDtd(xml) : xml);
        var ex = RejectForCheck(bytes);
        Assert.Equal(RejectCodes.Dtd, ex.Code);
        Assert.Contains("'word/settings.xml'", ex.Message);
    }

    [Theory]
    [InlineData("/word/styles.xml")]
    [InlineData("../word/styles.xml")]
    [InlineData("./styles.xml")]
    public void A_styles_target_in_absolute_or_relative_form_names_the_same_part(string target)
    {
        var bytes = Build((name, xml) => name switch
        {
            "word/styles.xml" => WithDtd(xml),
            "word/_rels/document.xml.rels" => Relationships(("settings", "settings.xml"), ("styles", target)),
            _ => xml,
        });
        Assert.Equal(PackageFormat.Word, OpenForCheck(bytes).Format);
    }

    [Fact]
    public void A_main_part_in_another_folder_has_its_relationships_looked_up_beside_it()
    {
        // The main part is doc/main.xml, so its relationships are doc/_rels/main.xml.rels; a styles part with a DTD
        // there is the reader's. The same styles part named from a relationships part elsewhere is not.
        string? Move(string name, string xml) => name switch
        {
            "[Content_Types].xml" => ContentTypes(mainPart: "/doc/main.xml"),
            "_rels/.rels" => Relationships(("officeDocument", "doc/main.xml")),
            "word/document.xml" or "word/_rels/document.xml.rels" or "word/styles.xml" => null,
            _ => xml,
        };
        var bytes = Build(Move, ("doc/main.xml", Document), ("doc/_rels/main.xml.rels", Relationships(("styles", "st.xml"))), ("doc/st.xml", WithDtd(Styles)));
        Assert.Equal(PackageFormat.Word, OpenForCheck(bytes).Format);

        var elsewhere = Build(Move, ("doc/main.xml", Document), ("doc/main.xml.rels", Relationships(("styles", "st.xml"))), ("doc/st.xml", WithDtd(Styles)),
            ("doc/_rels/main.xml.rels", Relationships()));
        Assert.Contains("'doc/st.xml'", RejectForCheck(elsewhere).Message);
    }

    [Fact]
    public void A_relationships_part_named_as_the_styles_part_is_still_scanned()
    {
        var bytes = Build((name, xml) => name == "word/_rels/document.xml.rels" ? Relationships(("styles", "../customXml/_rels/item1.xml.rels")) : xml,
            ("customXml/_rels/item1.xml.rels", WithDtd(Relationships())));
        var ex = RejectForCheck(bytes);
        Assert.Equal(RejectCodes.Dtd, ex.Code);
        Assert.Contains("'customXml/_rels/item1.xml.rels'", ex.Message);
    }

    [Fact]
    public void The_content_list_named_as_the_main_part_is_still_scanned()
    {
        var bytes = Build((name, xml) => name switch
        {
            "[Content_Types].xml" => WithDtd(xml),
            "_rels/.rels" => Relationships(("officeDocument", "[Content_Types].xml")),
            _ => xml,
        });
        var ex = RejectForCheck(bytes);
        Assert.Equal(RejectCodes.Dtd, ex.Code);
        Assert.Contains("'[Content_Types].xml'", ex.Message);
    }

    [Fact]
    public void When_the_main_parts_relationships_cannot_be_read_the_body_is_scanned_too()
    {
        // The body (first in the zip) has a DTD and its relationships are not XML: the scan reads every part in zip
        // order, so the body's DTD is what is refused.
        var bytes = Build((name, xml) => name switch
        {
            "word/document.xml" => WithDtd(xml),
            "word/_rels/document.xml.rels" => "<Relationships",
            _ => xml,
        });
        var ex = RejectForCheck(bytes);
        Assert.Equal(RejectCodes.Dtd, ex.Code);
        Assert.Contains("'word/document.xml'", ex.Message);
    }
}
