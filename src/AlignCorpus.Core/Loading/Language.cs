namespace AlignCorpus.Core.Loading;

/// <summary>The two languages AlignCorpus aligns.</summary>
public enum Language
{
    Hindi,
    English,
}

/// <summary>How a text file is cut into units (paragraphs).</summary>
public enum UnitMode
{
    /// <summary>Every non-empty line is one unit (the default).</summary>
    Lines,

    /// <summary>Blank-line-separated blocks are units; the lines of a block are joined by a space.</summary>
    Blocks,
}
