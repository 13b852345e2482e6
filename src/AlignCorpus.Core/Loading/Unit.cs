namespace AlignCorpus.Core.Loading;

/// <summary>One paragraph (or, at sentence level, one sentence) of an article.</summary>
/// <param name="Index">0-based index among the article's units (the index the bead format uses).</param>
/// <param name="Text">The text, NFC-normalised, trimmed, with no tab, CR or LF inside: what is analysed.</param>
/// <param name="Line">1-based line in the source file where the unit starts.</param>
public sealed record Unit(int Index, string Text, int Line)
{
    /// <summary>
    /// The text as the file has it, white space folded but not normalised: what is written out
    /// (unless NFC output is asked for), so a pair can be found again in its source. The same
    /// string as <see cref="Text"/> when the file was already in NFC.
    /// </summary>
    public string Original { get; init; } = Text;
}

/// <summary>Which form of a unit's text to write.</summary>
public enum TextForm
{
    /// <summary>As the input file has it (white space folded).</summary>
    Original,

    /// <summary>Unicode NFC, the form that is analysed.</summary>
    Nfc,
}
