namespace AlignCorpus.Core.Analysis;

/// <summary>
/// The quick test before the web and e-mail address pattern runs on a text: true when it holds
/// "http", "www.", an @ or a dot before .gov, .nic, .com, .org, .net, .edu or .in (every match
/// of the pattern holds one of them; most sentences hold none). Plain searches rather than a
/// multi-string <c>SearchValues</c>: building that (and compiling its generic search code, which
/// has no ReadyToRun code) was a good part of the first sentence's analysis at start-up.
/// </summary>
internal static class AddressMarks
{
    public static bool In(ReadOnlySpan<char> text)
    {
        if (text.Contains("http", StringComparison.Ordinal))
        {
            return true;
        }

        // One pass over the @ and the dots (not one search for each mark): a dot is where "www."
        // ends and where a domain starts.
        int at;
        while ((at = text.IndexOfAny('@', '.')) >= 0)
        {
            if (text[at] == '@' || (at >= 3 && text.Slice(at - 3, 3).SequenceEqual("www")))
            {
                return true;
            }

            text = text[(at + 1)..];

            // Most dots end a sentence or sit in a number: the letter after them rules out all
            // but at most two of the domains.
            bool domain = text.Length >= 2 && text[0] switch
            {
                'i' => text[1] == 'n',
                'g' => text.StartsWith("gov", StringComparison.Ordinal),
                'n' => text.StartsWith("nic", StringComparison.Ordinal) || text.StartsWith("net", StringComparison.Ordinal),
                'c' => text.StartsWith("com", StringComparison.Ordinal),
                'o' => text.StartsWith("org", StringComparison.Ordinal),
                'e' => text.StartsWith("edu", StringComparison.Ordinal),
                _ => false,
            };
            if (domain)
            {
                return true;
            }
        }

        return false;
    }
}
