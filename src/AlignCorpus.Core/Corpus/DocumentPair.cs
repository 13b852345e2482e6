namespace AlignCorpus.Core.Corpus;

/// <summary>One article pair of a batch: an id (names output files, shards, TSV/TMX rows) and two paths.</summary>
public sealed record DocumentPair(string Id, string HindiPath, string EnglishPath)
{
    /// <summary>The manifest line the pair comes from (1-based), or null for a pair found in folders.</summary>
    public int? Line { get; init; }
}

/// <summary>An input of a batch that cannot become a pair (a file without partner), reported as a failed document.</summary>
public sealed record UnpairedInput(string Id, string Path, string Reason);
