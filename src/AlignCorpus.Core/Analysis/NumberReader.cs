using System.Globalization;

namespace AlignCorpus.Core.Analysis;

/// <summary>Reads the value of a number token written with ASCII or Devanagari digits.</summary>
public static class NumberReader
{
    /// <summary>
    /// The canonical form of a number token: digits made ASCII, grouping commas removed
    /// (1,00,000 and 100,000 are both 100000), a decimal part kept without trailing zeros
    /// (3.50 is 3.5). A full stop followed by exactly three digits after a group is a grouping
    /// mark as in European usage only when commas are absent and more than one such group follows.
    /// </summary>
    public static string Canonical(ReadOnlySpan<char> token)
    {
        Span<char> buf = stackalloc char[token.Length];
        int n = 0;
        int dot = -1;
        foreach (char c in token)
        {
            if (c >= '\u0966' && c <= '\u096F')
            {
                buf[n++] = (char)('0' + (c - '\u0966'));
            }
            else if (c is >= '0' and <= '9')
            {
                buf[n++] = c;
            }
            else if (c == '.')
            {
                if (dot >= 0)
                {
                    // 1.000.000: full stops used for grouping; drop them all.
                    dot = -2;
                    continue;
                }

                if (dot == -1)
                {
                    dot = n;
                    buf[n++] = '.';
                }
            }
        }

        var s = buf[..n];
        if (dot == -2)
        {
            Span<char> nodots = stackalloc char[n];
            int m = 0;
            foreach (char c in s)
            {
                if (c != '.')
                {
                    nodots[m++] = c;
                }
            }

            return Trim(nodots[..m]);
        }

        if (dot >= 0)
        {
            s = s.TrimEnd('0');
            if (s.Length > 0 && s[^1] == '.')
            {
                s = s[..^1];
            }
        }

        return Trim(s);
    }

    /// <summary>The numeric value of a canonical form, or null when it does not parse.</summary>
    public static double? Value(string canonical) =>
        double.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double v) ? v : null;

    private static string Trim(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length - 1 && s[i] == '0' && s[i + 1] != '.')
        {
            i++;
        }

        return new string(s[i..]);
    }
}
