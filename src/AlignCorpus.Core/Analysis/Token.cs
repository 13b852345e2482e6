namespace AlignCorpus.Core.Analysis;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    Word,
    Number,
}

/// <summary>A token: a range of a unit's text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word (letters and combining marks) or number (digits, with inner , and .).</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
