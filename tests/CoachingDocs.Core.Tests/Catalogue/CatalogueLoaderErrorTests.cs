using System.Text.Json.Nodes;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Catalogue;

/// <summary>
/// Bad catalogue data written into a temporary folder: each error must name the file and the entry, so the fix is
/// one edit away, and must never be a bare JsonException or NullReferenceException.
/// </summary>
public sealed class CatalogueLoaderErrorTests : IDisposable
{
    private const string UnitId = "T-100";

    private readonly string _folder = Directory.CreateTempSubdirectory("catalogue-test-").FullName;

    public CatalogueLoaderErrorTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, CatalogueLoader.UnitsFolderName));
        WriteIndex(Index());
        WriteUnit(UnitId, ValidUnit());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_valid_fixture_loads()
    {
        var catalogue = CatalogueLoader.Load(_folder);

        Assert.Equal("1.1", Assert.Single(catalogue.Units).Criteria.First().Ref);
    }

    [Fact]
    public void Broken_json_names_the_file_and_the_line()
    {
        File.WriteAllText(UnitPath(UnitId), "{ \"id\": \"T-100\",\n  \"title\": \"oops\"\n  \"level\": 3 }");

        var error = Load();

        Assert.Equal(UnitPath(UnitId), error.File);
        Assert.Contains("T-100.json", error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void An_unknown_member_names_the_file_and_the_member()
    {
        var unit = ValidUnit();
        unit["minimumHours"] = 6;
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Contains("T-100.json", error.Message);
        Assert.Contains("minimumHours", error.Message);
    }

    [Fact]
    public void An_unknown_rule_kind_names_the_file_the_unit_and_the_rule()
    {
        var unit = ValidUnit();
        unit["rules"] = new JsonArray(new JsonObject { ["kind"] = "minHourz", ["value"] = 6 });
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Contains("T-100.json", error.Message);
        Assert.Equal("T-100 rule 'minHourz'", error.Entry);
        Assert.Contains("unknown rule kind", error.Problem);
    }

    [Fact]
    public void A_duplicate_AC_names_the_file_and_the_AC()
    {
        var unit = ValidUnit();
        unit["learningOutcomes"]!.AsArray().Add(new JsonObject
        {
            ["ref"] = "2",
            ["text"] = "Second outcome",
            ["criteria"] = new JsonArray(Criterion("1.1", "Duplicated reference")),
        });
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Contains("T-100.json", error.Message);
        Assert.Equal("T-100 AC 1.1", error.Entry);
        Assert.Contains("defined twice", error.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_AC_without_wording_names_the_file_and_the_AC(string? text)
    {
        var unit = ValidUnit();
        unit["learningOutcomes"]![0]!["criteria"]![1]!["text"] = text;
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Contains("T-100.json", error.Message);
        Assert.Equal("T-100 AC 1.2", error.Entry);
        Assert.Contains("no wording", error.Problem);
    }

    [Fact]
    public void A_learning_outcome_without_wording_is_reported()
    {
        var unit = ValidUnit();
        unit["learningOutcomes"]![0]!["text"] = "";
        WriteUnit(UnitId, unit);

        Assert.Equal("T-100 LO 1", Load().Entry);
    }

    [Fact]
    public void A_malformed_AC_reference_is_reported()
    {
        var unit = ValidUnit();
        unit["learningOutcomes"]![0]!["criteria"]![0]!["ref"] = "AC1.1";
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Equal("T-100 AC AC1.1", error.Entry);
        Assert.Contains("1.1", error.Problem);
    }

    [Fact]
    public void An_evidencedBy_section_that_no_template_has_is_reported()
    {
        var unit = ValidUnit();
        unit["learningOutcomes"]![0]!["criteria"]![0]!["evidencedBy"] = new JsonArray("coaching-diary#sessionGaol");
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Contains("T-100.json", error.Message);
        Assert.Equal("T-100 AC 1.1 evidencedBy 'coaching-diary#sessionGaol'", error.Entry);
    }

    [Fact]
    public void An_unknown_document_kind_is_reported()
    {
        var unit = ValidUnit();
        unit["documentKinds"] = new JsonArray("coaching-diary", "coaching-dairy");
        WriteUnit(UnitId, unit);

        Assert.Equal("T-100 documentKinds 'coaching-dairy'", Load().Entry);
    }

    [Fact]
    public void A_file_not_named_after_its_unit_is_reported()
    {
        File.Move(UnitPath(UnitId), UnitPath("T-101"));
        WriteIndex(Index("T-100"));

        var error = Load();

        Assert.Contains("T-101.json", error.Message);
        Assert.Contains("file name must be the unit id", error.Problem);
    }

    [Fact]
    public void A_qualification_naming_a_missing_unit_names_catalogue_json_and_the_unit()
    {
        WriteIndex(Index(UnitId, "T-999"));

        var error = Load();

        Assert.Contains(CatalogueLoader.IndexFileName, error.File);
        Assert.Equal("qualification test-award unit 'T-999'", error.Entry);
    }

    [Fact]
    public void Mark_sections_that_do_not_add_up_are_reported()
    {
        var unit = ValidUnit();
        unit["markSheet"] = new JsonObject
        {
            ["title"] = "Sheet",
            ["passMark"] = 50,
            ["totalMarks"] = 100,
            ["sections"] = new JsonArray(
                new JsonObject { ["id"] = "a", ["title"] = "A", ["maxMarks"] = 60, ["minMarks"] = 30, ["criteria"] = new JsonArray("T-100 1.1") },
                new JsonObject { ["id"] = "b", ["title"] = "B", ["maxMarks"] = 30, ["minMarks"] = 15, ["criteria"] = new JsonArray("T-100 1.2") }),
        };
        WriteUnit(UnitId, unit);

        Assert.Equal("T-100 markSheet", Load().Entry);
    }

    [Fact]
    public void A_unit_without_outcomes_is_rejected_unless_it_says_its_source_has_none()
    {
        var unit = ValidUnit();
        unit["learningOutcomes"] = new JsonArray();
        WriteUnit(UnitId, unit);
        Assert.Equal("T-100.learningOutcomes", Load().Entry);

        unit["criteriaNotInSource"] = true;
        WriteUnit(UnitId, unit);
        Assert.True(Assert.Single(CatalogueLoader.Load(_folder).Units).CriteriaNotInSource);
    }

    [Fact]
    public void A_unit_that_says_its_source_has_no_criteria_must_not_list_any()
    {
        var unit = ValidUnit();
        unit["criteriaNotInSource"] = true;
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Equal("T-100.learningOutcomes", error.Entry);
        Assert.Contains("criteriaNotInSource", error.Problem);
    }

    [Fact]
    public void Two_files_defining_the_same_unit_id_are_reported_not_thrown_as_a_dictionary_error()
    {
        var twin = ValidUnit();
        twin["id"] = "t-100";
        WriteUnit("t-100", twin);

        var error = Load();

        Assert.Contains("defined twice", error.Problem);
    }

    [Fact]
    public void A_unit_without_an_id_is_reported()
    {
        var unit = ValidUnit();
        unit.Remove("id");
        WriteUnit(UnitId, unit);

        var error = Load();

        Assert.Contains("T-100.json", error.Message);
        Assert.Equal("id", error.Entry);
    }

    [Theory]
    [InlineData("mandatoryUnits")]
    [InlineData("optionalUnits")]
    public void A_qualification_without_its_unit_lists_is_reported(string member)
    {
        var index = Index();
        index["qualifications"]![0]!.AsObject().Remove(member);
        WriteIndex(index);

        var error = Load();

        Assert.Contains(CatalogueLoader.IndexFileName, error.File);
        Assert.Equal($"qualification test-award.{member}", error.Entry);
    }

    [Fact]
    public void A_missing_catalogue_json_names_the_path()
    {
        File.Delete(Path.Combine(_folder, CatalogueLoader.IndexFileName));

        Assert.Contains(CatalogueLoader.IndexFileName, Load().File);
    }

    private CatalogueException Load() => Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(_folder));

    private string UnitPath(string id) => Path.Combine(_folder, CatalogueLoader.UnitsFolderName, id + ".json");

    private void WriteUnit(string id, JsonObject unit) => File.WriteAllText(UnitPath(id), unit.ToJsonString());

    private void WriteIndex(JsonObject index) =>
        File.WriteAllText(Path.Combine(_folder, CatalogueLoader.IndexFileName), index.ToJsonString());

    private static JsonObject Index(params string[] units) => new()
    {
        ["version"] = "test",
        ["qualifications"] = new JsonArray(new JsonObject
        {
            ["id"] = "test-award",
            ["title"] = "Test Award",
            ["level"] = 3,
            ["suite"] = "test",
            ["mandatoryUnits"] = new JsonArray([.. (units.Length == 0 ? [UnitId] : units).Select(u => (JsonNode)u)]),
            ["optionalUnits"] = new JsonArray(),
        }),
    };

    private static JsonObject ValidUnit() => new()
    {
        ["id"] = UnitId,
        ["suite"] = "test",
        ["title"] = "Test unit",
        ["level"] = 3,
        ["assessmentMethod"] = "Portfolio",
        ["learningOutcomes"] = new JsonArray(new JsonObject
        {
            ["ref"] = "1",
            ["text"] = "First outcome",
            ["criteria"] = new JsonArray(Criterion("1.1", "First criterion"), Criterion("1.2", "Second criterion")),
        }),
        ["rules"] = new JsonArray(new JsonObject { ["kind"] = "minHours", ["value"] = 6, ["text"] = "at least six hours" }),
        ["documentKinds"] = new JsonArray("coaching-diary", "result-sheet"),
    };

    private static JsonObject Criterion(string reference, string text) => new()
    {
        ["ref"] = reference,
        ["text"] = text,
        ["evidencedBy"] = new JsonArray("coaching-diary#sessionGoal"),
    };
}
