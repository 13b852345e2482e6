using System.Numerics;

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

    /// <summary>
    /// The counts of a text, by <see cref="Count"/>'s rule. Every unit of every article, and both
    /// sides of every written pair, are counted: a run of characters that are all ASCII or
    /// Devanagari (nearly all of a news text) is counted a vector at a time, the rest one by one.
    /// </summary>
    public static ScriptProfile Of(ReadOnlySpan<char> text)
    {
        int deva = 0, latin = 0, other = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && text.Length >= Vector<ushort>.Count)
        {
            i = CountVectors(text, ref deva, ref latin, ref other);
        }

        Count(text[i..], ref deva, ref latin, ref other);
        return new ScriptProfile(deva, latin, other);
    }

    public static ScriptProfile operator +(ScriptProfile a, ScriptProfile b) =>
        new(a.Devanagari + b.Devanagari, a.Latin + b.Latin, a.Other + b.Other);

    /// <summary>The rule, one character at a time.</summary>
    private static void Count(ReadOnlySpan<char> text, ref int deva, ref int latin, ref int other)
    {
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
    }

    /// <summary>
    /// Counts whole vectors of <paramref name="text"/> and returns where they end. A vector whose
    /// characters are all ASCII or Devanagari is counted by masks (the rule needs no
    /// <see cref="char.IsLetter(char)"/> there: the only ASCII letters are a-z and A-Z); any other
    /// vector goes to <see cref="Count"/>.
    /// </summary>
    private static int CountVectors(ReadOnlySpan<char> text, ref int deva, ref int latin, ref int other)
    {
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        int width = Vector<ushort>.Count;
        var devaStart = new Vector<ushort>(0x0900);
        var blockSize = new Vector<ushort>(0x80);
        var dandaStart = new Vector<ushort>(0x0964);
        var two = new Vector<ushort>(2);
        var lowerBit = new Vector<ushort>(0x20);
        var lowerA = new Vector<ushort>('a');
        var letters = new Vector<ushort>(26);
        var devaSum = Vector<ushort>.Zero;
        var latinSum = Vector<ushort>.Zero;
        int inSums = 0;
        int i = 0;
        for (; i <= chars.Length - width; i += width)
        {
            var v = new Vector<ushort>(chars[i..]);

            // Unsigned compares: below the block start wraps to a large value.
            var isDeva = Vector.LessThan(v - devaStart, blockSize);
            var isAscii = Vector.LessThan(v, blockSize);
            if (!Vector.EqualsAll(isDeva | isAscii, Vector<ushort>.AllBitsSet))
            {
                Count(text.Slice(i, width), ref deva, ref latin, ref other);
                continue;
            }

            // The dandas are Devanagari but not letters; an ASCII letter with bit 5 set is a-z.
            var isDanda = Vector.LessThan(v - dandaStart, two);
            var isLatin = Vector.LessThan((v | lowerBit) - lowerA, letters);

            // A true lane is all ones (-1): subtracting it adds one to the lane.
            devaSum -= Vector.AndNot(isDeva, isDanda);
            latinSum -= isLatin;

            // A lane grows by at most one a vector: summed before it can overflow.
            if (++inSums == ushort.MaxValue)
            {
                deva += Sum(devaSum);
                latin += Sum(latinSum);
                devaSum = latinSum = Vector<ushort>.Zero;
                inSums = 0;
            }
        }

        deva += Sum(devaSum);
        latin += Sum(latinSum);
        return i;
    }

    private static int Sum(Vector<ushort> v)
    {
        Vector.Widen(v, out var low, out var high);
        return (int)Vector.Sum(low + high);
    }
}
