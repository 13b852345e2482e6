namespace AlignCorpus.Core.Tests;

/// <summary>Where the repository and the shared material beside it are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedHindi => Path.Combine(Seeds, "000_92b70e2d4c997702.txt");

    public static string SeedEnglish => Path.Combine(Seeds, "003_fe1a0f1f72c2912e.txt");

    public static string Samples => Path.Combine(Root, "samples");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
