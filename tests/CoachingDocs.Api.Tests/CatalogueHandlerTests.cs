using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Tests.Support;
using CoachingDocs.Core.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Tests;

/// <summary>The catalogue handlers called directly: typed results make the outcome visible without HTTP.</summary>
public sealed class CatalogueHandlerTests
{
    private static readonly QualificationCatalogue Catalogue = CatalogueLoader.Load(TestPaths.FixtureCatalogue);

    [Fact]
    public void A_known_unit_is_ok_with_the_unit()
    {
        var result = CatalogueApi.GetUnit(" fx-1 ", Catalogue);
        var ok = Assert.IsType<Ok<Unit>>(result.Result);
        Assert.Equal("FX-1", ok.Value!.Id);
    }

    [Fact]
    public void An_unknown_unit_is_a_404_problem()
    {
        var result = CatalogueApi.GetUnit("FX-9", Catalogue);
        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(404, problem.StatusCode);
    }

    [Fact]
    public void A_qualification_lists_only_units_it_names()
    {
        var ok = Assert.IsType<Ok<QualificationDetails>>(CatalogueApi.GetQualification("fx-award", Catalogue).Result);
        Assert.Equal(["FX-1"], ok.Value!.Units.Select(u => u.Id));
    }

    [Fact]
    public void Lists_are_in_id_order()
    {
        Assert.Equal(["FX-1", "FX-2"], CatalogueApi.ListUnits(Catalogue).Value!.Select(u => u.Id));
        Assert.Equal(["fx-award"], CatalogueApi.ListQualifications(Catalogue).Value!.Select(q => q.Id));
    }
}
