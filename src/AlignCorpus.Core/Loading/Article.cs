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

    /// <summary>
    /// The script counts of each unit's <see cref="Unit.Original"/> text, when the loader made
    /// them (null for an article put together from units): a bead's side, its units joined by
    /// spaces, counts their sum, so the batch's script filter need not count its text again.
    /// </summary>
    internal ScriptProfile[]? OriginalScripts { get; init; }

    public int Count => Units.Count;
}
