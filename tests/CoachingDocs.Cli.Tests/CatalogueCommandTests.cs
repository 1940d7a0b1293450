using System.Text.Json;
using CoachingDocs.Cli.Tests.Support;

namespace CoachingDocs.Cli.Tests;

public sealed class CatalogueCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public void Lists_qualifications_and_units()
    {
        var result = _cli.Run("catalogue");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("fx-award", result.Out);
        Assert.Contains("Fixture Award in Coaching", result.Out);
        Assert.Contains("FX-2", result.Out);
        Assert.Contains("X/000/0001", result.Out);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(32)]
    [InlineData(48)]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(200)]
    public void No_id_is_ever_broken_across_lines_at_any_width(int width)
    {
        // The shipped catalogue: its ids run to 43 characters (l5-certificate-effective-coaching-mentoring).
        using var cli = new CliRunner(shipped: true) { Width = width };
        var catalogue = Core.Catalogue.CatalogueLoader.Load(System.IO.Path.Combine(RepositoryRoot(), "templates", "catalogue"));
        var result = cli.Run("catalogue");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var words = result.Out.Split('\n').SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.TrimEnd(',', ':')).ToHashSet();
        foreach (var id in catalogue.Qualifications.Select(q => q.Id).Concat(catalogue.Units.Select(u => u.Id)).Concat(catalogue.Units.Select(u => u.Uan).OfType<string>()))
            Assert.Contains(id, words);
        // Lines keep to the width, except one that is a single word longer than the whole console.
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.TrimEnd().Length <= width || !line.Trim().Contains(' '), $"{line.Length} > {width}: {line}"));
        // Titles wrap rather than being cut: every word of every title is there.
        foreach (var word in catalogue.Units.SelectMany(u => u.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            Assert.Contains(word.TrimEnd(',', ':'), words);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CoachingDocs.slnx"))) return dir.FullName;
        throw new InvalidOperationException("CoachingDocs.slnx not found above the test assembly.");
    }

    [Fact]
    public void One_unit_shows_outcomes_criteria_and_rules()
    {
        var result = _cli.Run("catalogue", "fx-1");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("LO 1  Be able to coach", result.Out);
        Assert.Contains("1.2", result.Out);
        Assert.Contains("Record coaching", result.Out);
        Assert.Contains("minHours", result.Out);
        Assert.Contains("At least 6 hours of coaching", result.Out);
    }

    [Fact]
    public void One_qualification_lists_its_units()
    {
        var result = _cli.Run("catalogue", "fx-award");
        Assert.Contains("mandatory", result.Out);
        Assert.Contains("Fixture unit: coaching practice", result.Out);
    }

    [Fact]
    public void Json_format_writes_the_unit_as_json()
    {
        var result = _cli.Run("catalogue", "FX-1", "--format", "json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("FX-1", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("1.1", doc.RootElement.GetProperty("learningOutcomes")[0].GetProperty("criteria")[0].GetProperty("ref").GetString());
        Assert.False(doc.RootElement.TryGetProperty("criteria", out _));
    }

    [Fact]
    public void Json_list_has_version_qualifications_and_units()
    {
        using var doc = JsonDocument.Parse(_cli.Run("catalogue", "--format", "json").Out);
        Assert.Equal("fixture-1", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("qualifications").GetArrayLength());
        Assert.Equal(["FX-1", "FX-2"], doc.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
    }

    [Fact]
    public void An_unknown_id_is_one_line_and_exit_code_3()
    {
        var result = _cli.Run("catalogue", "8585-999");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("coachdocs: '8585-999' is not a unit or qualification in the catalogue; run 'coachdocs catalogue' to list them", line);
    }

    [Fact]
    public void Text_that_looks_like_markup_is_printed_as_it_is()
    {
        using var folder = new CatalogueCopy();
        folder.Edit("units/FX-1.json", "Plan coaching", "Plan [bold]coaching[/] [red");
        var result = _cli.Run("catalogue", "FX-1", "--catalogue", folder.Path);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Plan [bold]coaching[/] [red", result.Out);
    }

    [Fact]
    public void A_bad_catalogue_is_one_line_naming_file_and_entry_and_exit_code_4()
    {
        using var folder = new CatalogueCopy();
        folder.Edit("units/FX-1.json", "\"kind\": \"minHours\"", "\"kind\": \"minHorus\"");
        var result = _cli.Run("catalogue", "--catalogue", folder.Path);
        Assert.Equal(ExitCodes.CatalogueError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("FX-1.json", line);
        Assert.Contains("rule 'minHorus'", line);
    }

    [Fact]
    public void A_missing_catalogue_is_one_line_and_exit_code_4()
    {
        var result = _cli.Run("catalogue", "--catalogue", "no-such-folder");
        Assert.Equal(ExitCodes.CatalogueError, result.ExitCode);
        Assert.Contains("catalogue.json", Assert.Single(result.ErrorLines));
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>A private copy of the fixture catalogue that a test may break.</summary>
    private sealed class CatalogueCopy : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("coachdocs-catalogue-").FullName;

        public CatalogueCopy()
        {
            foreach (var file in Directory.EnumerateFiles(CliRunner.FixtureCatalogue, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(CliRunner.FixtureCatalogue, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public void Edit(string relative, string from, string to)
        {
            var file = System.IO.Path.Combine(Path, relative);
            var text = File.ReadAllText(file);
            Assert.Contains(from, text);
            File.WriteAllText(file, text.Replace(from, to));
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
