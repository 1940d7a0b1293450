using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Packaging.HandWrittenPackage;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md step 6: every internal relationship target must be a part of the file; a missing one is named
/// (cut to 80 characters). A target that is only a bookmark ("#...") names no part, and only a relationships part holds
/// relationships.
/// </summary>
public class RelationshipTargetTests
{
    private static byte[] WithDocumentRelationship(string type, string target) =>
        Build((name, xml) => name == "word/_rels/document.xml.rels" ? Relationships(("styles", "styles.xml"), (type, target)) : xml);

    private static UploadRejectedException Reject(byte[] bytes) => Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "diary.docx"));

    [Fact]
    public void A_bookmark_target_names_no_part_and_is_accepted()
    {
        Assert.Equal(PackageFormat.Word, SafePackageOpener.Open(WithDocumentRelationship("hyperlink", "#_Toc1"), "diary.docx").Format);
    }

    [Fact]
    public void An_internal_target_that_is_not_a_part_name_is_named_as_missing()
    {
        var ex = Reject(WithDocumentRelationship("hyperlink", "http://[bad"));
        Assert.Equal(RejectCodes.Malformed, ex.Code);
        Assert.Contains("part 'word/_rels/document.xml.rels' refers to part 'http://[bad', which is missing", ex.Message);
    }

    [Fact]
    public void A_missing_part_name_of_80_characters_is_given_whole()
    {
        var target = new string('a', 71) + ".png";
        var resolved = "word/" + target;
        Assert.Equal(80, resolved.Length);
        Assert.Contains($"refers to part '{resolved}', which is missing", Reject(WithDocumentRelationship("image", target)).Message);
    }

    [Fact]
    public void A_longer_missing_part_name_is_cut_to_80_characters()
    {
        var target = new string('a', 72) + ".png";
        var resolved = "word/" + target;
        Assert.Contains($"refers to part '{resolved[..80]}…', which is missing", Reject(WithDocumentRelationship("image", target)).Message);
    }

    [Fact]
    public void A_relationship_element_in_a_part_that_is_not_a_relationships_part_is_data()
    {
        const string custom = "<?xml version=\"1.0\"?><notes><Relationship xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\" Id=\"r1\" Type=\"x\" Target=\"missing.xml\"/></notes>";
        Assert.Equal(PackageFormat.Word, SafePackageOpener.Open(Build(extra: ("customXml/item1.xml", custom)), "diary.docx").Format);
    }
}
