using System.Text.Json;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;

namespace CoachingDocs.Core.Tests.Templates;

/// <summary>templates/tag-convention.json (read by the add-in's tests) lists exactly the field and block names C# uses.</summary>
public class TagConventionFileTests
{
    [Fact]
    public void Json_lists_every_field_and_block_name()
    {
        var path = Path.Combine(SampleCatalogue.RepositoryRoot()!, "templates", "tag-convention.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var fields = json.RootElement.GetProperty("fields").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.True(KnownTags.Fields.SetEquals(fields), $"differ: {string.Join(", ", KnownTags.Fields.Except(fields).Concat(fields.Except(KnownTags.Fields)))}");
        Assert.True(KnownTags.Blocks.SetEquals(blocks), $"differ: {string.Join(", ", KnownTags.Blocks.Except(blocks).Concat(blocks.Except(KnownTags.Blocks)))}");
    }
}
