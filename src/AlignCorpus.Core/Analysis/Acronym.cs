namespace AlignCorpus.Core.Analysis;

/// <summary>
/// Acronyms spelled out in Hindi by the names of their letters (सीआईए = CIA, एएफपी = AFP,
/// एमडीएम = MDM). A Hindi word that splits wholly into two or more letter names gives its Latin
/// letters; an English word in capitals gives itself; both meet as the anchor key "a:LETTERS".
/// </summary>
public static class Acronym
{
    /// <summary>The Hindi names of the Latin letters, with common spelling variants.</summary>
    private static readonly (string Hindi, char Letter)[] Names =
    [
        ("ए", 'A'), ("बी", 'B'), ("सी", 'C'), ("डी", 'D'), ("ई", 'E'), ("एफ", 'F'), ("एफ़", 'F'), ("जी", 'G'),
        ("एच", 'H'), ("आई", 'I'), ("आइ", 'I'), ("जे", 'J'), ("के", 'K'), ("एल", 'L'), ("एम", 'M'), ("एन", 'N'),
        ("ओ", 'O'), ("पी", 'P'), ("क्यू", 'Q'), ("आर", 'R'), ("एस", 'S'), ("टी", 'T'), ("यू", 'U'), ("वी", 'V'),
        ("डब्ल्यू", 'W'), ("डबल्यू", 'W'), ("एक्स", 'X'), ("वाई", 'Y'), ("जेड", 'Z'), ("ज़ेड", 'Z'),
    ];

    private static readonly (string Hindi, char Letter)[] LongestFirst = ByLengthDescending(Names);

    private static readonly HashSet<string> NameSet = SetOf(Names);

    /// <summary>
    /// The names, longest first, names of the same length in their order (a stable sort, as
    /// OrderByDescending). Loops rather than LINQ: LINQ over these tuples has no ReadyToRun code,
    /// and compiling it was a good part of this class's first use, at start-up.
    /// </summary>
    private static (string Hindi, char Letter)[] ByLengthDescending((string Hindi, char Letter)[] names)
    {
        var sorted = new (string Hindi, char Letter)[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            int j = i;
            for (; j > 0 && sorted[j - 1].Hindi.Length < names[i].Hindi.Length; j--)
            {
                sorted[j] = sorted[j - 1];
            }

            sorted[j] = names[i];
        }

        return sorted;
    }

    private static HashSet<string> SetOf((string Hindi, char Letter)[] names)
    {
        var set = new HashSet<string>(names.Length);
        foreach (var (hindi, _) in names)
        {
            set.Add(hindi);
        }

        return set;
    }

    /// <summary>True when <paramref name="word"/> (NFC) is the Hindi name of one Latin letter (के = K): an initial.</summary>
    public static bool IsLetterName(string word) => NameSet.Contains(word);

    /// <summary>The Latin letter whose Hindi name <paramref name="word"/> (NFC) is, or null.</summary>
    public static char? LetterOf(string word)
    {
        foreach (var (hindi, letter) in Names)
        {
            if (hindi == word)
            {
                return letter;
            }
        }

        return null;
    }

    /// <summary>The Latin letters a Hindi word spells, or null when it is not a spelled acronym.</summary>
    public static string? FromDevanagari(string word)
    {
        var letters = new char[word.Length];
        int n = Split(word, 0, letters, 0);
        return n >= 2 ? new string(letters, 0, n) : null;
    }

    /// <summary>The letters of an English acronym (2-6 capitals, dots allowed: U.N.), or null.</summary>
    public static string? FromLatin(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[word.Length];
        int n = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiLetterUpper(c))
            {
                return null;
            }

            buf[n++] = c;
        }

        return n is >= 2 and <= 6 ? new string(buf[..n]) : null;
    }

    // Depth-first split into letter names, longest name first; returns the letter count or -1.
    private static int Split(string word, int pos, char[] letters, int n)
    {
        if (pos == word.Length)
        {
            return n;
        }

        foreach (var (hindi, letter) in LongestFirst)
        {
            if (string.CompareOrdinal(word, pos, hindi, 0, hindi.Length) == 0)
            {
                letters[n] = letter;
                int r = Split(word, pos + hindi.Length, letters, n + 1);
                if (r > 0)
                {
                    return r;
                }
            }
        }

        return -1;
    }
}
