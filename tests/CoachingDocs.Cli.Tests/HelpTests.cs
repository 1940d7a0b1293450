using CoachingDocs.Cli.Tests.Support;

namespace CoachingDocs.Cli.Tests;

public sealed class HelpTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Theory]
    [InlineData(new[] { "--help" }, "coachdocs catalogue")]
    [InlineData(new[] { "catalogue", "--help" }, "learning outcomes")]
    [InlineData(new[] { "generate", "--help" }, "unit-pack")]
    [InlineData(new[] { "generate", "document", "--help" }, "--registration-number")]
    [InlineData(new[] { "generate", "unit-pack", "-h" }, "--learner")]
    [InlineData(new[] { "generate", "qualification-pack", "--help" }, "QUALIFICATION")]
    [InlineData(new[] { "templates", "validate", "--help" }, "--kind")]
    [InlineData(new[] { "check", "--help" }, "--format")]
    [InlineData(new[] { "cohort", "--help" }, "Qualification")]
    public void Every_command_has_help_that_says_what_it_does(string[] args, string expected)
    {
        var result = _cli.Run(args);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("Description:", result.Out);
        Assert.Contains(expected, result.Out);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("catalogue", "coachdocs catalogue 8585-302")]
    [InlineData("generate document", "coachdocs generate document coaching-diary --unit 8585-302")]
    [InlineData("generate unit-pack", "coachdocs generate unit-pack 8585-302 --learner jo.json")]
    [InlineData("generate qualification-pack", "coachdocs generate qualification-pack")]
    [InlineData("templates validate", "coachdocs templates validate")]
    [InlineData("check", "coachdocs check diary.docx reflective-log.docx feedback.docx --unit 8585-302")]
    [InlineData("cohort", "coachdocs cohort templates/samples/roster.csv --out cohort.zip")]
    public void Help_ends_with_examples_to_copy(string command, string example)
    {
        var result = _cli.Run([.. command.Split(' '), "--help"]);
        var examples = result.Out[result.Out.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains(example, examples);
    }

    [Theory]
    [InlineData(new string[0], "generate")]
    [InlineData(new[] { "generate" }, "qualification-pack")]
    [InlineData(new[] { "templates" }, "validate")]
    public void A_bare_command_shows_its_help(string[] args, string subcommand)
    {
        var result = _cli.Run(args);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Commands:", result.Out);
        Assert.Contains(subcommand, result.Out);
    }

    [Theory]
    [InlineData(new[] { "generat" }, "coachdocs --help")]
    [InlineData(new[] { "catalogue", "FX-1", "--colour" }, "coachdocs catalogue --help")]
    [InlineData(new[] { "catalogue", "--format", "xml" }, "coachdocs catalogue --help")]
    [InlineData(new[] { "generate", "document", "coaching-diary" }, "coachdocs generate document --help")]
    [InlineData(new[] { "generate", "unit-pack" }, "coachdocs generate unit-pack --help")]
    [InlineData(new[] { "generate", "document", "coaching-diary", "--unit", "FX-1", "--planned-sessions", "six" }, "coachdocs generate document --help")]
    public void A_command_line_that_cannot_be_understood_is_one_line_and_exit_code_2(string[] args, string pointer)
    {
        var result = _cli.Run(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("coachdocs: ", line);
        Assert.Contains(pointer, line);
        Assert.Empty(_cli.FilesWritten());
    }

    public void Dispose() => _cli.Dispose();
}
