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
}

/// <summary>One anchor of a unit: a key that can be looked up on the other side.</summary>
/// <param name="Key">
/// Number keys start with '#', gazetteer concepts with "g:", dictionary stems with "d:";
/// other keys are consonant skeletons (<see cref="PhoneticKey"/>).
/// </param>
/// <param name="Kind">Number, name or word.</param>
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
}
