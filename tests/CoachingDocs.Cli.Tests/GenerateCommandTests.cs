using CoachingDocs.Cli.Tests.Support;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private static readonly string[] Learner =
        ["--name", "Jo Learner", "--registration-number", "R123", "--centre-name", "North Centre", "--centre-number", "12345", "--client", "Client A"];

    private readonly CliRunner _cli = new();

    private static string[] LearnerWithout(string option) =>
        Learner.Chunk(2).Where(pair => pair[0] != option || option == "--client").SelectMany(pair => pair).ToArray();

    [Fact]
    public void A_document_is_written_where_out_says()
    {
        var result = _cli.Run(["generate", "document", "reflective-log", "--unit", "FX-1", .. Learner, "--out", "jo-log.docx"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["jo-log.docx"], _cli.FilesWritten());
        Assert.Equal("document reflective-log FX-1  Jo Learner", File.ReadAllText(Path.Combine(_cli.WorkingFolder, "jo-log.docx")));
        Assert.Contains("Wrote ", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Into_a_folder_the_generator_names_the_file()
    {
        var result = _cli.Run(["generate", "unit-pack", "FX-1", "-q", "fx-award", .. Learner, "--out", "packs/"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal([Path.Combine("packs", "FX-1.zip")], _cli.FilesWritten());
        Assert.Equal(["unit-pack FX-1 fx-award Jo Learner"], _cli.Generator.Calls);
    }

    [Fact]
    public void Without_out_the_file_goes_in_the_working_folder()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run(["generate", "qualification-pack", "fx-award", .. Learner]).ExitCode);
        Assert.Equal(["fx-award.zip"], _cli.FilesWritten());
    }

    [Fact]
    public void An_existing_file_is_kept_unless_force_is_given()
    {
        var target = Path.Combine(_cli.WorkingFolder, "mine.docx");
        File.WriteAllText(target, "the learner's own work");

        var refused = _cli.Run(["generate", "document", "coaching-diary", "-u", "FX-1", .. Learner, "-o", "mine.docx"]);
        Assert.Equal(ExitCodes.OutputError, refused.ExitCode);
        Assert.Contains("--force", Assert.Single(refused.ErrorLines));
        Assert.Equal("the learner's own work", File.ReadAllText(target));

        Assert.Equal(ExitCodes.Success, _cli.Run(["generate", "document", "coaching-diary", "-u", "FX-1", .. Learner, "-o", "mine.docx", "--force"]).ExitCode);
        Assert.StartsWith("document coaching-diary", File.ReadAllText(target));
        Assert.Equal(["mine.docx"], _cli.FilesWritten());
    }

    public static TheoryData<string, string, string> BadLearnerValues => new()
    {
        { "--name", new string('x', 2 * 1024 * 1024), "--name is 2,097,152 characters long" },
        { "--name", "Jo\u0007Learner", "--name contains control characters" },
        { "--name", "=HYPERLINK(\"x\")", "--name must not start with =" },
        { "--name", "+441234", "--name must not start with =" },
        { "--name", "-Jo", "--name must not start with =" },
        { "--name", "@Jo", "--name must not start with =" },
        { "--name", "../../etc/passwd", "--name must not contain '/'" },
        { "--centre-number", "", "--centre-number is required" },
        { "--client", "=cmd", "--client (number 2) must not start with =" },
        { "--planned-sessions", "0", "--planned-sessions must be between 1 and 200" },
    };

    [Theory]
    [MemberData(nameof(BadLearnerValues))]
    public void Bad_learner_details_are_one_line_naming_the_option_and_nothing_is_written(string option, string value, string message)
    {
        var result = _cli.Run(["generate", "document", "coaching-diary", "--unit", "FX-1", .. LearnerWithout(option), option, value, "--out", "out.docx"]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("coachdocs: ", line);
        Assert.Contains(message, line);
        Assert.True(line.Length < 300, "the value itself is not echoed back");
        Assert.Empty(_cli.FilesWritten());
        Assert.Empty(_cli.Generator.Calls);
    }

    [Theory]
    [InlineData(new[] { "generate", "document", "diary", "--unit", "FX-1" }, "KIND 'diary' is not a document kind")]
    [InlineData(new[] { "generate", "document", "coaching-diary", "--unit", "NOPE" }, "--unit 'NOPE' is not a unit")]
    [InlineData(new[] { "generate", "document", "assignment-cover", "--unit", "FX-2", "-q", "fx-award" }, "--qualification fx-award does not include unit FX-2")]
    [InlineData(new[] { "generate", "document", "coaching-diary", "--unit", "FX-2" }, "KIND 'coaching-diary' is not a document of unit FX-2")]
    [InlineData(new[] { "generate", "unit-pack", "NOPE" }, "UNIT 'NOPE' is not a unit")]
    [InlineData(new[] { "generate", "qualification-pack", "nope" }, "QUALIFICATION 'nope' is not a qualification")]
    public void Unknown_units_kinds_and_qualifications_are_named(string[] args, string message)
    {
        var result = _cli.Run([.. args, .. Learner]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
        Assert.Empty(_cli.FilesWritten());
    }

    [Fact]
    public void Every_problem_is_on_the_one_line()
    {
        var result = _cli.Run("generate", "document", "coaching-diary", "--unit", "FX-1", "--name", "=Jo");
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("--name must not start", line);
        Assert.Contains("--registration-number is required", line);
        Assert.Contains("--centre-name is required", line);
    }

    [Fact]
    public void A_learner_file_gives_the_details_and_options_override_it()
    {
        File.WriteAllText(Path.Combine(_cli.WorkingFolder, "jo.json"), """
            { "name": "Jo From File", "registrationNumber": "R1", "centreName": "C", "centreNumber": "1",
              "clientRefs": ["Client A"], "plannedSessions": 12, "startDate": "2025-09-01" }
            """);
        Assert.Equal(ExitCodes.Success, _cli.Run("generate", "unit-pack", "FX-1", "--learner", "jo.json", "--out", "a.zip").ExitCode);
        Assert.Equal(ExitCodes.Success, _cli.Run("generate", "unit-pack", "FX-1", "--learner", "jo.json", "--name", "Jo Override", "--out", "b.zip").ExitCode);
        Assert.Equal(["unit-pack FX-1  Jo From File", "unit-pack FX-1  Jo Override"], _cli.Generator.Calls);
    }

    [Theory]
    [InlineData("{ \"name\": \"Jo\", ", "jo.json: line")]
    [InlineData("{ \"nmae\": \"Jo\" }", "jo.json: \"nmae\" is not a field of a learner file")]
    [InlineData("{ \"plannedSessions\": \"twelve\" }", "jo.json: \"plannedSessions\" has a value of the wrong type")]
    [InlineData("{ \"startDate\": \"1st Sept\" }", "jo.json: \"startDate\" has a value of the wrong type")]
    [InlineData("{ \"clientRefs\": null }", "jo.json: \"clientRefs\"")]
    public void A_bad_learner_file_is_one_line_naming_the_file_and_field(string json, string message)
    {
        File.WriteAllText(Path.Combine(_cli.WorkingFolder, "jo.json"), json);
        var result = _cli.Run("generate", "unit-pack", "FX-1", "--learner", "jo.json", "--out", "pack.zip");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines));
        Assert.Equal(["jo.json"], _cli.FilesWritten());
    }

    [Fact]
    public void A_missing_learner_file_is_one_line()
    {
        var result = _cli.Run("generate", "unit-pack", "FX-1", "--learner", "nobody.json");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("the learner file could not be read", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("--start-date", "01/09/2025")]
    [InlineData("--end-date", "tomorrow")]
    public void Dates_must_be_iso(string option, string value)
    {
        var result = _cli.Run(["generate", "unit-pack", "FX-1", .. Learner, option, value]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{option} must be a date written yyyy-MM-dd", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_refusal_from_the_generator_is_one_line_and_nothing_is_written()
    {
        _cli.Generator.ThrowOnGenerate = new InvalidRequestException("clientRefs", "needs at least two clients for this unit");
        var result = _cli.Run(["generate", "unit-pack", "FX-1", .. Learner, "--out", "pack.zip"]);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("coachdocs: --client needs at least two clients for this unit", Assert.Single(result.ErrorLines));
        Assert.Empty(_cli.FilesWritten());
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_without_a_stack_trace_and_nothing_is_written()
    {
        _cli.Generator.ThrowOnGenerate = new InvalidOperationException("template part missing");
        var result = _cli.Run(["generate", "unit-pack", "FX-1", .. Learner, "--out", "pack.zip"]);
        Assert.Equal(ExitCodes.UnexpectedError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("template part missing", line);
        Assert.DoesNotContain(" at ", line);
        Assert.Empty(_cli.FilesWritten());
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_is_exit_code_5_and_leaves_no_partial_file()
    {
        File.WriteAllText(Path.Combine(_cli.WorkingFolder, "a-file"), "x");
        var result = _cli.Run(["generate", "unit-pack", "FX-1", .. Learner, "--out", "a-file/pack.zip"]);
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        Assert.StartsWith("coachdocs: could not write", Assert.Single(result.ErrorLines));
        Assert.Equal(["a-file"], _cli.FilesWritten());
    }

    public void Dispose() => _cli.Dispose();
}
