namespace AlignCorpus.Core.Loading;

/// <summary>One paragraph of an article.</summary>
/// <param name="Index">0-based index among the article's units (the index the bead format uses).</param>
/// <param name="Text">The text, NFC-normalised, trimmed, with no tab, CR or LF inside.</param>
/// <param name="Line">1-based line in the source file where the unit starts.</param>
public sealed record Unit(int Index, string Text, int Line);
