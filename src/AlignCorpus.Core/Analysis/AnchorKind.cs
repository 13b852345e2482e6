namespace AlignCorpus.Core.Analysis;

/// <summary>What kind of evidence an anchor is; each kind has its own weight in the cost model.</summary>
public enum AnchorKind
{
    /// <summary>A number (digits in either script).</summary>
    Number,

    /// <summary>A capitalised English word, or a Hindi word matched to one: most likely a name.</summary>
    Name,

    /// <summary>Any other content word, matched across scripts by its consonant skeleton (फोन ~ phone).</summary>
    Word,

    /// <summary>A month or weekday (नवंबर ~ Nov., गुरुवार ~ Thursday), from the gazetteer.</summary>
    Date,

    /// <summary>An entity or title from the gazetteer (अमेरिका ~ U.S., प्रधानमंत्री ~ Prime Minister).</summary>
    Entity,

    /// <summary>A content word stem, matched through the bilingual dictionary.</summary>
    Dictionary,

    /// <summary>
    /// A separator line (***, ____, &lt;&gt;&lt;&gt;): no letters or digits, only a repeated mark. Every
    /// separator matches every separator on the other side, whatever its marks and length.
    /// </summary>
    Separator,

    /// <summary>The ordinal of a list marker opening a line: (ii), 2), b., (ख) all give 2.</summary>
    Ordinal,
}

/// <summary>One anchor of a unit: a key that can be looked up on the other side.</summary>
/// <param name="Key">
/// Number keys start with '#' (times of day give the hour, "#9", and the hour with its minutes,
/// "#9:30"), gazetteer concepts with "g:", dictionary stems with "d:", acronyms with "a:", list
/// ordinals with "o:", web and e-mail addresses with "u:"; a separator line's key is "s:"; other keys
/// are consonant skeletons (<see cref="PhoneticKey"/>). Keys with a prefix match only exactly.
/// </param>
/// <param name="Kind">What kind of evidence it is.</param>
/// <param name="Text">The unit text it was read from.</param>
/// <param name="Start">Where in <paramref name="Text"/> it starts.</param>
/// <param name="Length">How many characters it covers.</param>
public readonly record struct Anchor(string Key, AnchorKind Kind, string Text, int Start, int Length)
{
    /// <summary>An anchor whose text is all of <paramref name="surface"/>.</summary>
    public Anchor(string key, AnchorKind kind, string surface)
        : this(key, kind, surface, 0, surface.Length)
    {
    }

    /// <summary>The words it was read from, for --explain (made only when asked for).</summary>
    public string Surface => Start == 0 && Length == Text.Length ? Text : Text.Substring(Start, Length);

    /// <summary>The same text as a span, without making a string.</summary>
    public ReadOnlySpan<char> SurfaceSpan => Text.AsSpan(Start, Length);
}
