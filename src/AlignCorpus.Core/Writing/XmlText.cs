using System.Text;

namespace AlignCorpus.Core.Writing;

/// <summary>Removes the characters XML 1.0 forbids (C0 controls but tab/CR/LF, U+FFFE, U+FFFF, lone surrogates).</summary>
public static class XmlText
{
    /// <summary>The text without forbidden characters; <paramref name="removed"/> counts what was dropped.</summary>
    public static string Clean(string text, ref int removed)
    {
        int first = FirstForbidden(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsAllowed(c))
            {
                sb.Append(c);
            }
            else
            {
                removed++;
            }
        }

        return sb.ToString();
    }

    private static int FirstForbidden(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
