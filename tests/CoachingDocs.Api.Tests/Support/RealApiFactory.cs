using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Api.Tests.Support;

/// <summary>The app exactly as it ships: the repository's catalogue and templates, the Core document generator.</summary>
public sealed class RealApiFactory : WebApplicationFactory<Program>;
