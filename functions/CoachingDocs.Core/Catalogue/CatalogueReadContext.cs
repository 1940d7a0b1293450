using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachingDocs.Core.Catalogue;

/// <summary>
/// The catalogue files' JSON contract, generated at compile time: reading the catalogue is the first thing every fresh
/// process does (each `coachdocs` call, each Functions cold start), and reflection-based metadata for these types cost
/// about as much CPU as making the document itself.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CatalogueLoader.CatalogueIndex))]
[JsonSerializable(typeof(Unit))]
internal sealed partial class CatalogueReadContext : JsonSerializerContext;
