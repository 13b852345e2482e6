namespace AlignCorpus.Benchmarks;

/// <summary>The input sets of the benchmarks, found from the repository's root.</summary>
public static class Data
{
    /// <summary>The repository (the folder with AlignCorpus.sln above the running program or the working folder).</summary>
    public static string Root { get; } = FindRoot();

    private static string DevFolder => Path.Combine(Root, "..", "shared", "data", "dev");

    /// <summary>seed and samples, and dev when ../shared/data/dev is beside the checkout.</summary>
    public static IEnumerable<string> Sets() =>
        Directory.Exists(Path.Combine(DevFolder, "hi")) ? ["seed", "samples", "dev"] : ["seed", "samples"];

    /// <summary>The (Hindi, English) files of a set.</summary>
    public static (string Hindi, string English)[] Pairs(string set) => set switch
    {
        "seed" => [(Path.Combine(Root, "seeds", "000_92b70e2d4c997702.txt"), Path.Combine(Root, "seeds", "003_fe1a0f1f72c2912e.txt"))],
        "samples" => [.. Directory.GetDirectories(Path.Combine(Root, "samples")).Order(StringComparer.Ordinal)
            .Select(d => (Path.Combine(d, "hi.txt"), Path.Combine(d, "en.txt")))],
        "dev" => [.. Directory.GetFiles(Path.Combine(DevFolder, "hi"), "*.txt").Order(StringComparer.Ordinal)
            .Select(h => (h, Path.Combine(DevFolder, "en", Path.GetFileName(h))))],
        _ => throw new ArgumentException($"unknown input set {set}", nameof(set)),
    };

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AlignCorpus.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("AlignCorpus.sln not found above " + AppContext.BaseDirectory);
    }
}
