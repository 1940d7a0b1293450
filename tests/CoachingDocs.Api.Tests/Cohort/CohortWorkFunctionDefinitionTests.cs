using System.Text.Json;
using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Tests.Storage;

namespace CoachingDocs.Api.Tests.Cohort;

public class CohortWorkFunctionDefinitionTests
{
    [Fact]
    public void The_queue_function_definition_agrees_with_the_handler_and_the_default_queue()
    {
        var path = Path.Combine(AzuriteFixture.RepositoryRoot(), "functions", "CoachingDocs.Api", "Jobs", "CohortWork.function.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var binding = Assert.Single(json.RootElement.GetProperty("bindings").EnumerateArray());

        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(CohortApi.QueueBindingName, binding.GetProperty("name").GetString());
        Assert.Equal(new JobSettings().QueueName, binding.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void The_publish_script_puts_the_function_in_a_folder_named_after_the_route()
    {
        var script = File.ReadAllText(Path.Combine(AzuriteFixture.RepositoryRoot(), "scripts", "publish.sh"));
        Assert.Contains($"$out/{CohortApi.QueueFunctionName}/function.json", script);
        Assert.Contains("scripts/publish-functions.sh", script);
        var functions = File.ReadAllText(Path.Combine(AzuriteFixture.RepositoryRoot(), "scripts", "publish-functions.sh"));
        Assert.Contains("--self-contained true", functions);
        Assert.Contains("-r linux-x64", functions);
    }
}
