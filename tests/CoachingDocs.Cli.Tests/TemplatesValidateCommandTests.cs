using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CoachingDocs.Cli.Tests.Support;

namespace CoachingDocs.Cli.Tests;

/// <summary><c>coachdocs templates validate</c> on the product's templates and on hand-edited copies of them.</summary>
public sealed class TemplatesValidateCommandTests : IDisposable
{
    private readonly CliRunner _cli = new(shipped: true);

    private static string ProductTemplate(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) return Path.Combine(dir.FullName, "templates", fileName);
        throw new InvalidOperationException("repository root not found");
    }

    [Theory]
    [InlineData("coaching-diary.docx")]
    [InlineData("result-sheet.docx")]
    [InlineData("hours-log.xlsx")]
    public void The_product_templates_are_valid_and_their_kind_comes_from_the_name(string fileName)
    {
        var result = _cli.Run("templates", "validate", ProductTemplate(fileName));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("a valid", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void A_hand_edited_template_that_lost_a_tag_lists_the_problem_and_exits_6()
    {
        var copy = CopyWithEditedXml("coaching-diary.docx", "Centre diary v2.docx", "cd1:f:learnerName", "cd1:f:learnerNmae");

        var result = _cli.Run("templates", "validate", copy, "--kind", "coaching-diary");

        Assert.Equal(ExitCodes.TemplateHasProblems, result.ExitCode);
        Assert.Contains("learnerName", result.Out);
        Assert.Contains("learnerNmae", result.Out);
        Assert.Contains("Missing", result.Out);
    }

    [Fact]
    public void Json_format_lists_each_problem()
    {
        var copy = CopyWithEditedXml("coaching-diary.docx", "coaching-diary.docx", "cd1:f:learnerName", "cd1:f:learnerNmae");
        var result = _cli.Run("templates", "validate", copy, "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("coaching-diary", doc.RootElement.GetProperty("kind").GetString());
        Assert.Contains(doc.RootElement.GetProperty("problems").EnumerateArray(),
            p => p.GetProperty("kind").GetString() == "Missing" && p.GetProperty("tag").GetString()!.Contains("learnerName", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_kind_in_the_name_or_option_it_asks_for_kind()
    {
        File.Copy(ProductTemplate("coaching-diary.docx"), Path.Combine(_cli.WorkingFolder, "my-form.docx"));
        var result = _cli.Run("templates", "validate", "my-form.docx");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("give --kind", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("not-a-zip.docx", "%PDF-1.7 this is a PDF renamed", "is not a readable .docx package")]
    [InlineData("missing.docx", null, "could not be read")]
    public void Unreadable_or_missing_files_are_one_line_and_exit_3(string name, string? content, string message)
    {
        if (content is not null) File.WriteAllText(Path.Combine(_cli.WorkingFolder, name), content);
        var result = _cli.Run("templates", "validate", name, "--kind", "coaching-diary");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_unknown_kind_is_named()
    {
        var result = _cli.Run("templates", "validate", ProductTemplate("coaching-diary.docx"), "--kind", "diary");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--kind 'diary' is not a document kind", Assert.Single(result.ErrorLines));
    }

    // A copy of a product template with its document.xml edited as text, the way a hand edit would change it.
    private string CopyWithEditedXml(string template, string copyName, string from, string to)
    {
        var copy = Path.Combine(_cli.WorkingFolder, copyName);
        File.Copy(ProductTemplate(template), copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
        Assert.Contains(from, xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml.Replace(from, to, StringComparison.Ordinal));
        return copy;
    }

    public void Dispose() => _cli.Dispose();
}
