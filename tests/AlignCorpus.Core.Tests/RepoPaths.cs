namespace AlignCorpus.Core.Tests;

/// <summary>Where the repository and its seeds and samples are (../shared beside it: <see cref="Requires.Shared"/>).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedHindi => Path.Combine(Seeds, "000_92b70e2d4c997702.txt");

    public static string SeedEnglish => Path.Combine(Seeds, "003_fe1a0f1f72c2912e.txt");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>
    /// The seed pair's beads: titles paired; the 11 Hindi body paragraphs 1-1 with their originals;
    /// the English dateline, alt text and caption (1-3) and paywall lines (15-17), and the Hindi
    /// footer and stray "." (12-13), unaligned; the unaligned units at the end in the order given.
    /// </summary>
    public static List<string> SeedBeads(bool hindiNullsFirst) =>
    [
        "[0]:[0]", "[]:[1]", "[]:[2]", "[]:[3]",
        .. Enumerable.Range(1, 11).Select(i => $"[{i}]:[{i + 3}]"),
        .. hindiNullsFirst ? ["[12]:[]", "[13]:[]", "[]:[15]", "[]:[16]", "[]:[17]"] : new[] { "[]:[15]", "[]:[16]", "[]:[17]", "[12]:[]", "[13]:[]" },
    ];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AlignCorpus.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AlignCorpus.sln not found above " + AppContext.BaseDirectory);
    }
}
