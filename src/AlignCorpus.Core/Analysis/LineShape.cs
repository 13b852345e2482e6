using System.Globalization;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// What the shape of a short line says about it, whatever its language: a separator (a repeated
/// mark and nothing else), a sign-off code (staff initials joined by slashes), or a list marker
/// opening the line ((ii), 2), b., (ख)).
/// </summary>
public static class LineShape
{
    /// <summary>The fewest marks a separator line has: one or two marks are a stray full stop or dash.</summary>
    private const int MinSeparatorMarks = 3;

    /// <summary>The most distinct marks a separator has (*, "* * *", "&lt;&gt;&lt;&gt;", "-=-=-").</summary>
    private const int MaxSeparatorKinds = 3;

    /// <summary>The longest trailing bracketed note a sign-off may carry ("(Release ID: 1234)").</summary>
    private const int MaxSignOffNote = 32;

    /// <summary>The most characters between a list marker's opening bracket and its closing mark.</summary>
    private const int MaxMarkerBody = 5;

    /// <summary>The most characters of a list marker: an opening bracket, its body and the closing mark.</summary>
    private const int MaxMarkerLength = MaxMarkerBody + 2;

    /// <summary>Roman numerals as list markers, in order.</summary>
    private static readonly string[] Romans =
    [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
        "xvi", "xvii", "xviii", "xix", "xx",
    ];

    /// <summary>Hindi consonants as list markers ((क), (ख), (ग) ...), in the order of the alphabet.</summary>
    private const string HindiLetters = "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह";

    /// <summary>Hindi postpositions and conjunctions that cannot open a sentence, only go on with one.</summary>
    private static readonly HashSet<string> HindiContinuations = new(StringComparer.Ordinal)
    {
        "के", "की", "का", "से", "में", "को", "ने", "पर", "तक", "और", "एवं", "तथा", "या", "लिए", "द्वारा",
    };

    /// <summary>
    /// True when <paramref name="line"/> goes on with <paramref name="previous"/>: a line the page
    /// (or its scraper) cut in the middle of a sentence, a table cell or a title. Rules:
    /// <list type="bullet">
    /// <item>the previous line must not end a sentence (. ! ? ; : । ॥ or a closing quote after one);</item>
    /// <item>an English line that starts with a lower-case letter, not a list marker such as
    /// "a." or "iv)" (those open items of their own), after a line visibly cut (an unclosed
    /// bracket, a trailing comma or hyphen, a last word such as "of" or "the");</item>
    /// <item>a line that starts with a closing bracket, or with a comma;</item>
    /// <item>a Hindi line whose first word is a postposition or conjunction (के, से, और ...).</item>
    /// </list>
    /// </summary>
    public static bool ContinuesPrevious(string previous, string line)
    {
        if (previous.Length == 0 || line.Length == 0 || EndsSentence(previous) || IsSeparator(previous) || IsSeparator(line))
        {
            return false;
        }

        char first = line[0];
        if (first is ')' or ']' or ',')
        {
            return true;
        }

        if (first is >= 'a' and <= 'z')
        {
            return ListMarker(line) is null && LooksCut(previous);
        }

        int end = 0;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not (',' or '।'))
        {
            end++;
        }

        return end < line.Length && HindiContinuations.Contains(line[..end]);
    }

    /// <summary>English words a sentence, title or cell cannot end with.</summary>
    private static readonly HashSet<string> OpenEnders = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "as", "into", "than", "that",
    };

    /// <summary>
    /// An English line visibly cut before its end: a bracket opened and not closed, a trailing
    /// comma or hyphen, or a last word that cannot end anything (of, the, and ...). A line that
    /// merely lacks a full stop (a headline) is not cut: the lower-case line after it may be noise.
    /// </summary>
    private static bool LooksCut(string previous)
    {
        if (previous.Count(c => c == '(') > previous.Count(c => c == ')') || previous[^1] is ',' or '-')
        {
            return true;
        }

        int start = previous.LastIndexOf(' ') + 1;
        return OpenEnders.Contains(previous[start..]);
    }

    private static bool EndsSentence(string text)
    {
        int k = text.Length - 1;
        while (k > 0 && text[k] is '"' or '\'' or '”' or '’' or ')')
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ';' or ':' or '।' or '॥';
    }

    /// <summary>
    /// True when the line has no letter or digit and is at least three marks (punctuation or
    /// symbols, spaces between them allowed) of at most three kinds: ***, * * *, ____, &lt;&gt;&lt;&gt;, •••.
    /// </summary>
    public static bool IsSeparator(string text)
    {
        int marks = 0;
        Span<char> kinds = stackalloc char[MaxSeparatorKinds];
        int distinct = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // Letters, digits, and invisible or combining characters (a soft hyphen alone is no separator).
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!char.IsPunctuation(c) && !char.IsSymbol(c) || cat == UnicodeCategory.Format)
            {
                return false;
            }

            marks++;
            if (kinds[..distinct].IndexOf(c) < 0)
            {
                if (distinct == MaxSeparatorKinds)
                {
                    return false;
                }

                kinds[distinct++] = c;
            }
        }

        return marks >= MinSeparatorMarks;
    }

    /// <summary>
    /// True when the line is only a sign-off code: two or more short codes joined by slashes
    /// (AB/CD, RJ/NG/IA, एबी/सीडी), each one to four Latin capitals or a short Devanagari word
    /// (letter names or up to four characters); spaces around the slashes, a trailing full stop or
    /// dash, and a short bracketed note at the end ("(Release ID: 1234)") are allowed.
    /// </summary>
    public static bool IsSignOff(string text)
    {
        // Codes are joined by slashes: a line without one (nearly every line) is told by one search.
        if (!text.Contains('/'))
        {
            return false;
        }

        var line = text.AsSpan().Trim();
        if (line.Length > 0 && line[^1] == ')')
        {
            // A trailing note in brackets: drop it.
            int open = line.LastIndexOf('(');
            if (open <= 0 || line.Length - open > MaxSignOffNote)
            {
                return false;
            }

            line = line[..open].TrimEnd();
        }

        line = line.TrimEnd(".-–, ");
        if (!FirstCodeMayPass(line))
        {
            return false;
        }

        int codes = 0;
        foreach (var range in line.Split('/'))
        {
            var code = line[range].Trim().TrimEnd(".-–,");
            if (!IsCode(code))
            {
                return false;
            }

            codes++;
        }

        return codes >= 2;
    }

    /// <summary>
    /// The ordinal of the list marker that opens a line, and the characters it covers, or null:
    /// a number of one or two digits, a lower-case Roman numeral, a lower-case Latin letter or a
    /// Hindi consonant, written (x), x) or x. and followed by a space or the end of the line; an
    /// upper-case letter or numeral only in brackets ((A), IV)), since "A." opens names (A. K. Singh).
    /// </summary>
    public static (int Ordinal, int Length)? ListMarker(string text)
    {
        // A marker closes with ")" or "." within its first MaxMarkerLength characters: a line
        // without either there is told without reading its first word's letters.
        if (text.AsSpan(0, Math.Min(text.Length, MaxMarkerLength)).IndexOfAny(')', '.') < 0)
        {
            return null;
        }

        int i = 0;
        bool open = text.Length > 0 && text[0] == '(';
        i += open ? 1 : 0;
        int start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
        {
            i++;
        }

        if (i == start || i >= text.Length || i - start > MaxMarkerBody)
        {
            return null;
        }

        char close = text[i];
        if (!(close == ')' || (close == '.' && !open)) || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
        {
            return null;
        }

        var body = text.AsSpan(start, i - start);
        int ordinal = Ordinal(body, upperAllowed: close == ')');
        return ordinal > 0 ? (ordinal, i + 1) : null;
    }

    private static int Ordinal(ReadOnlySpan<char> body, bool upperAllowed)
    {
        if (Tokenizer.IsDigit(body[0]))
        {
            int value = 0;
            foreach (char c in body)
            {
                if (!Tokenizer.IsDigit(c) || body.Length > 2)
                {
                    return 0;
                }

                value = (value * 10) + (c >= '\u0966' ? c - '\u0966' : c - '0');
            }

            return value;
        }

        if (body.Length == 1 && HindiLetters.IndexOf(body[0]) is int h and >= 0)
        {
            return h + 1;
        }

        bool upper = char.IsAsciiLetterUpper(body[0]);
        if (upper && !upperAllowed)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[body.Length];
        foreach (char c in body)
        {
            if (!char.IsAsciiLetter(c) || char.IsAsciiLetterUpper(c) != upper)
            {
                return 0;
            }
        }

        body.ToLowerInvariant(lower);
        for (int r = 0; r < Romans.Length; r++)
        {
            if (lower.SequenceEqual(Romans[r]))
            {
                return r + 1;
            }
        }

        // A single letter: a = 1, b = 2 ... (i, v and x were read as numerals above).
        return lower.Length == 1 ? lower[0] - 'a' + 1 : 0;
    }

    /// <summary>
    /// Whether the first code of <paramref name="line"/> (trimmed at its start; up to the first
    /// slash) may pass <see cref="IsCode"/>: a run of capitals or of Devanagari code letters, then
    /// nothing but the full stops, dashes and commas and the white space that the codes are
    /// trimmed of, then a slash. False rules the line out; a line of prose fails at its first
    /// word, without the search for slashes through the whole of it.
    /// </summary>
    private static bool FirstCodeMayPass(ReadOnlySpan<char> line)
    {
        bool latin = line.Length > 0 && char.IsAsciiLetterUpper(line[0]);
        int i = 0;
        while (i < line.Length && (latin ? char.IsAsciiLetterUpper(line[i]) : IsCodeLetter(line[i])))
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        // The code is trimmed of white space, then of these marks: they stand in that order after it.
        while (i < line.Length && line[i] is '.' or '-' or '–' or ',')
        {
            i++;
        }

        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        // A line of one code, no slash after it, is no sign-off either.
        return i < line.Length && line[i] == '/';
    }

    /// <summary>A character of a Devanagari code: Devanagari but the digits and the dandas.</summary>
    private static bool IsCodeLetter(char c) => c is >= '\u0900' and <= '\u097F' && !Tokenizer.IsDigit(c) && c is not ('\u0964' or '\u0965');

    private static bool IsCode(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return false;
        }

        if (char.IsAsciiLetterUpper(code[0]))
        {
            // Latin initials: one to four capitals.
            foreach (char c in code)
            {
                if (!char.IsAsciiLetterUpper(c))
                {
                    return false;
                }
            }

            return code.Length <= 4;
        }

        foreach (char c in code)
        {
            if (!IsCodeLetter(c))
            {
                return false;
            }
        }

        // Devanagari initials: letter names (एबी, सीडी, एएम) or a short word of a few characters.
        string word = code.ToString();
        return code.Length <= 4 || Acronym.FromDevanagari(word) is not null || Acronym.IsLetterName(word);
    }
}
