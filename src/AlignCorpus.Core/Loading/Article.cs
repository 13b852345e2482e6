namespace AlignCorpus.Core.Loading;

/// <summary>A loaded article: its units and what its script says its language is.</summary>
public sealed class Article
{
    public Article(string source, IReadOnlyList<Unit> units, ScriptProfile script)
    {
        Source = source;
        Units = units;
        Script = script;
    }

    /// <summary>Where the article came from (a path, or a name given by the caller).</summary>
    public string Source { get; }

    public IReadOnlyList<Unit> Units { get; }

    public ScriptProfile Script { get; }

    public int Count => Units.Count;
}
