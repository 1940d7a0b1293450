using System.Security.Cryptography;

namespace CoachingDocs.Core.Tests.Seeds;

/// <summary>The seeds' committed copy (tests/Seeds) is byte for byte what its checksums and the shared seeds say.</summary>
public class SeedCopyTests
{
    [Fact]
    public void The_committed_seed_copy_matches_its_checksums()
    {
        var folder = SeedText.Folder();
        var sums = File.ReadAllLines(Path.Combine(folder, "SHA256SUMS")).Where(l => l.Length > 0)
            .Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(5, sums.Count);
        foreach (var (file, sum) in sums)
            Assert.Equal(sum, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file)))));

        // Beside the team's shared seeds (not on a clean clone), the copy is also held to them, so an updated seed shows.
        if (SeedText.SharedFolder() is { } shared)
            foreach (var file in Directory.GetFiles(shared, "*.txt"))
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(folder, Path.GetFileName(file))));
    }
}
