namespace AlignCorpus.Core.Loading;

/// <summary>Counts of letters by script in a text: what decides which language a file is in.</summary>
public readonly record struct ScriptProfile(int Devanagari, int Latin, int Other)
{
    public int Letters => Devanagari + Latin + Other;

    /// <summary>Share of Devanagari letters among all letters (0 when there are none).</summary>
    public double DevanagariShare => Letters == 0 ? 0 : (double)Devanagari / Letters;

    /// <summary>Share of Latin letters among all letters (0 when there are none).</summary>
    public double LatinShare => Letters == 0 ? 0 : (double)Latin / Letters;

    /// <summary>
    /// The language the script of this file alone points to: Hindi when at least half of the letters
    /// are Devanagari, English when at least half are Latin, otherwise none. Which file of a pair is
    /// Hindi is decided by comparing the two files (<see cref="ScriptComparison"/>), not by this.
    /// </summary>
    public Language? Language =>
        DevanagariShare >= 0.5 ? Loading.Language.Hindi :
        LatinShare >= 0.5 ? Loading.Language.English : null;

    public static ScriptProfile Of(ReadOnlySpan<char> text)
    {
        int deva = 0, latin = 0, other = 0;
        foreach (char c in text)
        {
            if (c >= '\u0900' && c <= '\u097F')
            {
                // Devanagari letters and vowel signs; digits, dandas and marks like virama count too:
                // they only occur in Devanagari text.
                if (c is not ('\u0964' or '\u0965'))
                {
                    deva++;
                }
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u024F'))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return new ScriptProfile(deva, latin, other);
    }

    public static ScriptProfile operator +(ScriptProfile a, ScriptProfile b) =>
        new(a.Devanagari + b.Devanagari, a.Latin + b.Latin, a.Other + b.Other);
}
