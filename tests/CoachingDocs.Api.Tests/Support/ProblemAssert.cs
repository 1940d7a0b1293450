using System.Net;
using System.Text.Json;

namespace CoachingDocs.Api.Tests.Support;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 7807 answer with the status, no stack trace, and (for 400) <c>errors</c> naming <paramref name="field"/>.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (field is not null)
        {
            var errors = problem.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"errors does not name '{field}': {errors}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }
        return problem;
    }
}
