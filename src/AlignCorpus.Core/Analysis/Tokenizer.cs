using System.Globalization;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Splits text into words and numbers. A word is a run of letters and combining marks
/// (Devanagari vowel signs, virama, nukta and the zero-width joiners stay inside the word);
/// a number is a run of ASCII or Devanagari digits with single inner commas or full stops
/// (1,00,000 and 100,000 and 3.5). Anything else separates tokens.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsDigit(c))
            {
                int start = i;
                i++;
                while (i < text.Length)
                {
                    if (IsDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is ',' or '.' && i + 1 < text.Length && IsDigit(text[i + 1]))
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
            else if (IsWordChar(c))
            {
                int start = i;
                i++;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                // An acronym with full stops (U.S., U.N.) is one word: single capitals joined by dots.
                if (i - start == 1 && char.IsAsciiLetterUpper(c))
                {
                    while (i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetterUpper(text[i + 1])
                        && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
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

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0966' and <= '\u096F');

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
