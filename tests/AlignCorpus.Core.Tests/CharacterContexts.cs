using System.Globalization;

namespace AlignCorpus.Core.Tests;

/// <summary>
/// Every character (U+0000 to U+FFFF) put into each of a list of contexts ("{0}" marks its place):
/// how the reference tests of the fast paths (tokenizer, sentence splitter, sign-off codes) check a
/// rule per character against the rule as it was.
/// </summary>
internal static class CharacterContexts
{
    /// <summary>The texts, each character in each context, for which <paramref name="same"/> is false ("U+XXXX in "context"").</summary>
    public static List<string> Failing(IReadOnlyList<string> contexts, Func<string, bool> same)
    {
        var wrong = new List<string>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            foreach (string context in contexts)
            {
                string text = string.Format(CultureInfo.InvariantCulture, context, (char)i);
                if (!same(text))
                {
                    wrong.Add($"U+{i:X4} in \"{context}\"");
                }
            }
        }

        return wrong;
    }
}
