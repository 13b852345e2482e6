namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Times of day in the forms news and press releases write them: 09:00, 9:30 AM, 10:09PM,
/// 9.30 a.m., 0900 hrs, 1400 hours, 9 बजे, 9:00 बजे. The hour is read on a 12-hour clock (14:00,
/// 1400 hrs and 2 PM are all 2), since one side may write 2 PM or दोपहर 2 बजे for the other's
/// 1400 hrs.
/// </summary>
public static class Clock
{
    /// <summary>Words that make a number of one or two digits before them a time (after removing full stops: a.m. = am).</summary>
    private static readonly HashSet<string> TwelveHourWords = new(StringComparer.OrdinalIgnoreCase) { "am", "pm", "बजे" };

    /// <summary>Words that make a four-digit number before them a time: 0900 hrs ("24 hours" is no time, 2400 hours is).</summary>
    private static readonly HashSet<string> MilitaryWords = new(StringComparer.OrdinalIgnoreCase) { "hrs", "hr", "hours", "ist", "बजे" };

    /// <summary>The most and the fewest letters of an hour word: a word of another length is looked up in neither set.</summary>
    private static readonly int LongestHourWord = TwelveHourWords.Concat(MilitaryWords).Max(w => w.Length);

    private static readonly int ShortestHourWord = TwelveHourWords.Concat(MilitaryWords).Min(w => w.Length);

    /// <summary>
    /// The time of day that starts at number token <paramref name="t"/>: its hour (1-12), minutes,
    /// and the last token it covers (an AM, PM, hrs or बजे after it included); null when it is none.
    /// </summary>
    public static (int Hour, int Minute, int Last)? Read(string text, List<Token> tokens, int t)
    {
        var tok = tokens[t];
        var span = tok.In(text);
        int end = tok.Start + tok.Length;
        int hour, minute = 0, last = t;
        if (span.Length <= 2 && end + 1 < text.Length && text[end] == ':'
            && t + 1 < tokens.Count && tokens[t + 1] is { Kind: TokenKind.Number, Length: 2 } m && m.Start == end + 1)
        {
            // 09:00, 9:30, 21:45: a time whatever follows.
            hour = Digits(span);
            minute = Digits(m.In(text));
            last = t + 1;
            last = HourWordAfter(text, tokens, last)?.Last ?? last;
        }
        else if (HourWordAfter(text, tokens, t) is { } word)
        {
            // 9 AM, 9.30 a.m., 0900 hrs, 9 बजे: a time only before such a word.
            int dot = span.IndexOf('.');
            if (dot is 1 or 2 && span.Length == dot + 3)
            {
                hour = Digits(span[..dot]);
                minute = Digits(span[(dot + 1)..]);
            }
            else if (span.Length == 4 && dot < 0 && MilitaryWords.Contains(word.Word))
            {
                hour = Digits(span[..2]);
                minute = Digits(span[2..]);
            }
            else if (span.Length <= 2 && TwelveHourWords.Contains(word.Word))
            {
                hour = Digits(span);
            }
            else
            {
                return null;
            }

            last = word.Last;
        }
        else
        {
            return null;
        }

        if (hour is < 0 or > 24 || minute is < 0 or > 59)
        {
            return null;
        }

        return (hour % 12 == 0 ? 12 : hour % 12, minute, last);
    }

    /// <summary>
    /// The hour word (AM, a.m., hrs, बजे) right after token <paramref name="t"/>, without its full
    /// stops, and the index of its last token; or null.
    /// </summary>
    private static (string Word, int Last)? HourWordAfter(string text, List<Token> tokens, int t)
    {
        if (t + 1 >= tokens.Count || tokens[t + 1].Kind != TokenKind.Word)
        {
            return null;
        }

        var next = tokens[t + 1];
        int gap = next.Start - (tokens[t].Start + tokens[t].Length);
        if (gap > 1)
        {
            return null;
        }

        var word = next.In(text);
        if (word.Length == 1 && word[0] is 'a' or 'p' or 'A' or 'P' && t + 2 < tokens.Count)
        {
            // a.m., p.m.: two word tokens, a and m, joined by a full stop.
            var m = tokens[t + 2];
            int end = next.Start + next.Length;
            return m.Start == end + 1 && text[end] == '.' && m.In(text) is "m" or "M" ? (char.ToLowerInvariant(word[0]) + "m", t + 2) : null;
        }

        Span<char> letters = stackalloc char[word.Length];
        int n = 0;
        foreach (char c in word)
        {
            if (c != '.')
            {
                letters[n++] = c;
            }
        }

        var key = letters[..n];
        if (n < ShortestHourWord || n > LongestHourWord)
        {
            // Most words after a number ("2024 में", "5 people") are no hour word: no case-blind hashing for them.
            return null;
        }

        return TwelveHourWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key) || MilitaryWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key)
            ? (key.ToString(), t + 1) : null;
    }

    private static int Digits(ReadOnlySpan<char> span)
    {
        int value = 0;
        foreach (char c in span)
        {
            int d = c >= '\u0966' && c <= '\u096F' ? c - '\u0966' : c - '0';
            if (d is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + d;
        }

        return value;
    }
}
