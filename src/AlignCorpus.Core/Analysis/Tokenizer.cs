using System.Globalization;
using System.Runtime.CompilerServices;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Splits text into words and numbers. A word is a run of letters and combining marks
/// (Devanagari vowel signs, virama, nukta and the zero-width joiners stay inside the word);
/// a number is a run of ASCII or Devanagari digits with single inner commas or full stops
/// (1,00,000 and 100,000 and 3.5). Anything else separates tokens.
/// </summary>
public static class Tokenizer
{
    /// <summary>Neither a word nor a digit character: it separates tokens.</summary>
    private const byte Separator = 0;

    /// <summary>A character of a word (<see cref="IsWordChar"/>).</summary>
    private const byte Letter = 1;

    /// <summary>A digit (<see cref="IsDigit"/>).</summary>
    private const byte Digit = 2;

    /// <summary>The characters below this one (ASCII, Latin, Greek, Cyrillic ... Devanagari) are classed by <see cref="Kinds"/>.</summary>
    private const int TableEnd = 0x0980;

    /// <summary>
    /// The kind of every character below <see cref="TableEnd"/>, worked out once by the rules
    /// themselves (<see cref="IsDigit"/>, <see cref="IsWordChar"/>): nearly every character of
    /// Hindi and English news is one of them, and one load costs less than the range tests and,
    /// for Latin-1 and the like, the Unicode category look-up that the rules make.
    /// </summary>
    private static readonly byte[] Kinds = BuildKinds();

    /// <summary>
    /// Cuts <paramref name="text"/> into its words and numbers, in order, into
    /// <paramref name="tokens"/> (cleared first).
    /// </summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        ReadOnlySpan<char> s = text;
        var kinds = Kinds;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            byte kind = KindOf(kinds, c);
            if (kind == Digit)
            {
                int start = i;
                i++;
                while (i < s.Length)
                {
                    if (KindOf(kinds, s[i]) == Digit)
                    {
                        i++;
                    }
                    else if (s[i] is ',' or '.' && i + 1 < s.Length && KindOf(kinds, s[i + 1]) == Digit)
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(start, i - start, TokenKind.Number));
            }
            else if (kind == Letter)
            {
                int start = i;
                i = WordEnd(s, i + 1, kinds);

                // An acronym with full stops (U.S., U.N.) is one word: single capitals joined by dots.
                if (i - start == 1 && char.IsAsciiLetterUpper(c))
                {
                    while (i + 1 < s.Length && s[i] == '.' && char.IsAsciiLetterUpper(s[i + 1])
                        && (i + 2 == s.Length || KindOf(kinds, s[i + 2]) != Letter))
                    {
                        i += 2;
                    }
                }

                tokens.Add(new Token(start, i - start, TokenKind.Word));
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Where the run of word characters that goes on at <paramref name="i"/> ends.</summary>
    /// <remarks>
    /// The inner loop reads the table only, so that it keeps its values in registers (a call in
    /// it would not); a character above the table is classed by the rule outside it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(ReadOnlySpan<char> s, int i, byte[] kinds)
    {
        while (true)
        {
            while ((uint)i < (uint)s.Length && s[i] < (uint)kinds.Length && kinds[s[i]] == Letter)
            {
                i++;
            }

            if ((uint)i < (uint)s.Length && s[i] >= (uint)kinds.Length && KindByRule(s[i]) == Letter)
            {
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII or a Devanagari digit.</summary>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0966' and <= '\u096F');

    /// <summary>The kind of <paramref name="c"/>: from the table below <see cref="TableEnd"/>, by the rule above it.</summary>
    /// <remarks>The table comes in as an argument so that its length bounds the look-up: no second check.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte KindOf(byte[] kinds, char c) => c < kinds.Length ? kinds[c] : KindByRule(c);

    /// <summary>The kind of <paramref name="c"/> by the rules (a digit is never a word character).</summary>
    /// <remarks>Kept out of line: it is seldom reached, and the loops that test each character stay short.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte KindByRule(char c) => IsDigit(c) ? Digit : IsWordChar(c) ? Letter : Separator;

    private static byte[] BuildKinds()
    {
        var kinds = new byte[TableEnd];
        for (int c = 0; c < TableEnd; c++)
        {
            kinds[c] = KindByRule((char)c);
        }

        return kinds;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
        }

        if (c is '\u200C' or '\u200D')
        {
            return true;
        }

        if (c >= '\u0900' && c <= '\u097F')
        {
            // Devanagari: everything but the dandas, digits and the abbreviation sign is part of a word.
            return c is not ('\u0964' or '\u0965' or '\u0970') && !IsDigit(c);
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;
    }
}
