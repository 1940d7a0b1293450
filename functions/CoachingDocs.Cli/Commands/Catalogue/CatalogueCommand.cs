using System.CommandLine;
using System.Text.Json;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Cli.Commands.Catalogue;

/// <summary><c>coachdocs catalogue [ID] [--format json]</c>: the qualifications and units, or one of them in full.</summary>
public sealed class CatalogueCommand : Command, IHasExamples
{
    public static readonly Argument<string?> Id = new("ID")
    {
        Description = "A unit id (for example 8585-302) or qualification id to show in full. Leave out to list everything.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static readonly Option<string> Format = FormatOption.Create();

    public CatalogueCommand(CliEnvironment environment) : base("catalogue",
        "Show the qualifications and units: each unit's learning outcomes, assessment criteria (ACs) and rules.")
    {
        Arguments.Add(Id);
        Options.Add(Format);
        SetAction(parse => Run(parse, environment));
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs catalogue                          list every qualification and unit",
        "coachdocs catalogue 8585-302                 one unit: its outcomes, ACs and rules",
        "coachdocs catalogue 8585-302 --format json   the same as JSON (the shape GET /api/units/8585-302 returns)",
    ];

    private static int Run(ParseResult parse, CliEnvironment environment)
    {
        var catalogue = ContentOptions.LoadCatalogue(parse, environment).Catalogue;
        var json = FormatOption.IsJson(parse.GetValue(Format));
        var id = parse.GetValue(Id);
        var view = new CatalogueView(environment.Output);
        if (string.IsNullOrWhiteSpace(id))
        {
            if (json) environment.Output.WriteRaw(Json(new { catalogue.Version, Qualifications = catalogue.Qualifications, Units = catalogue.Units.Select(UnitSummary.From) }));
            else view.WriteLists(catalogue);
        }
        else if (catalogue.FindUnit(id) is { } unit)
        {
            if (json) environment.Output.WriteRaw(Json(unit));
            else view.WriteUnit(unit);
        }
        else if (catalogue.FindQualification(id) is { } qualification)
        {
            if (json) environment.Output.WriteRaw(Json(qualification));
            else view.WriteQualification(qualification, catalogue);
        }
        else
        {
            throw new CommandFailure(ExitCodes.InvalidInput,
                $"'{Printable(id)}' is not a unit or qualification in the catalogue; run 'coachdocs catalogue' to list them");
        }
        return ExitCodes.Success;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, CatalogueJson.Options) + Environment.NewLine;

    private static string Printable(string value) => new(value.Where(c => !char.IsControl(c)).Take(40).ToArray());
}

/// <summary>A unit in the JSON list: the same fields as a line of the Api's <c>GET /api/units</c>.</summary>
public sealed record UnitSummary(string Id, string? Uan, string Title, int Level, int? Credits, int? Glh, string Suite, IReadOnlyList<string> DocumentKinds)
{
    public static UnitSummary From(Unit u) => new(u.Id, u.Uan, u.Title, u.Level, u.Credits, u.Glh, u.Suite, u.DocumentKinds);
}
