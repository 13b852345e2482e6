using System.Text;

namespace AlignCorpus.Core.Analysis;

/// <summary>
/// A consonant skeleton of a word, the same for a name in Devanagari and in Latin letters
/// (पेसकोव and Peskov both give "PSKV"). Vowels are dropped, which makes the Hindi inherent vowel
/// and its deletion (schwa) irrelevant; consonants that the two scripts write differently fall
/// into one class (v/w, z/j/soft g, ph/f, aspirates with their plain consonant, the three
/// sibilants); doubled consonants collapse.
/// </summary>
/// <remarks>
/// Written here rather than taken from ICU's Devanagari-Latin transliterator: ICU gives an
/// ISO 15919 romanisation (pēsakōva) that would still need schwa deletion and class merging, and
/// it is far slower on the hot path, where every word of every paragraph passes through this.
/// </remarks>
public static class PhoneticKey
{
    /// <summary>Skeleton of a Devanagari word (letters and marks only).</summary>
    public static string FromDevanagari(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[word.Length * 2 + 2];
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            bool nukta = i + 1 < word.Length && word[i + 1] == '\u093C';
            char k = DevanagariClass(c, nukta);
            if (k == '\0')
            {
                continue;
            }

            Append(buf, ref n, k);
        }

        return Mark(buf[..n], word.Length > 0 && IsDevanagariVowel(word[0]));
    }

    /// <summary>Skeleton of a Latin word.</summary>
    public static string FromLatin(ReadOnlySpan<char> word)
    {
        Span<char> w = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            w[i] = char.ToLowerInvariant(RemoveAccent(word[i]));
        }

        Span<char> buf = stackalloc char[word.Length * 2 + 2];
        int n = 0;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char next = i + 1 < w.Length ? w[i + 1] : '\0';
            char prev = i > 0 ? w[i - 1] : '\0';
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u':
                    break;
                case 'b':
                    Append(buf, ref n, 'B');
                    break;
                case 'c':
                    if (next == 'h')
                    {
                        // ch is k in Greek-born words: Christ, Chloe, Michael.
                        char after = i + 2 < w.Length ? w[i + 2] : '\0';
                        bool hard = after is 'r' or 'l' || (after == 'a' && i + 3 < w.Length && w[i + 3] == 'e');
                        Append(buf, ref n, hard ? 'K' : 'C');
                        i++;
                    }
                    else if (next == 'k')
                    {
                        Append(buf, ref n, 'K');
                        i++;
                    }
                    else
                    {
                        Append(buf, ref n, next is 'e' or 'i' or 'y' ? 'S' : 'K');
                    }

                    break;
                case 'd':
                    Append(buf, ref n, 'D');
                    if (next == 'h')
                    {
                        i++;
                    }

                    break;
                case 'f':
                    Append(buf, ref n, 'F');
                    break;
                case 'g':
                    if (next == 'h')
                    {
                        // gh is silent at the end and before t (Scarborough, night), a g elsewhere.
                        char after = i + 2 < w.Length ? w[i + 2] : '\0';
                        if (after is not ('\0' or 't'))
                        {
                            Append(buf, ref n, 'G');
                        }

                        i++;
                    }
                    else
                    {
                        // Soft g before e, i, y: Geneva ~ जिनेवा, George ~ जॉर्ज.
                        Append(buf, ref n, next is 'e' or 'i' or 'y' && prev != 'g' ? 'J' : 'G');
                    }

                    break;
                case 'h':
                    // A lone h is heard only before a vowel (Ahmed, Hanlon); John, Shah: silent.
                    if (IsVowel(next))
                    {
                        Append(buf, ref n, 'H');
                    }

                    break;
                case 'j' or 'z':
                    Append(buf, ref n, 'J');
                    break;
                case 'k' or 'q':
                    Append(buf, ref n, 'K');
                    if (next == 'h')
                    {
                        i++;
                    }

                    break;
                case 'l':
                    Append(buf, ref n, 'L');
                    break;
                case 'm':
                    // m before a labial is written with anusvara in Hindi (Hambantota ~ हंबनटोटा).
                    Append(buf, ref n, next is 'b' or 'p' ? 'N' : 'M');
                    break;
                case 'n':
                    Append(buf, ref n, 'N');
                    break;
                case 'p':
                    if (next == 'h')
                    {
                        Append(buf, ref n, 'F');
                        i++;
                    }
                    else
                    {
                        Append(buf, ref n, 'P');
                    }

                    break;
                case 'r':
                    Append(buf, ref n, 'R');
                    break;
                case 's':
                    Append(buf, ref n, 'S');
                    if (next == 'h')
                    {
                        i++;
                    }

                    break;
                case 't':
                    if (next == 'h')
                    {
                        Append(buf, ref n, 'T');
                        i++;
                    }
                    else if (next == 'c' && i + 2 < w.Length && w[i + 2] == 'h')
                    {
                        Append(buf, ref n, 'C');
                        i += 2;
                    }
                    else if (next == 'i' && i + 2 < w.Length && IsVowel(w[i + 2]) && i > 0)
                    {
                        // -tion, -tia: Federation ~ फेडरेशन.
                        Append(buf, ref n, 'S');
                    }
                    else
                    {
                        Append(buf, ref n, 'T');
                    }

                    break;
                case 'v':
                    Append(buf, ref n, 'V');
                    break;
                case 'w':
                    // w is a consonant only before a vowel (Washington); Moscow, Andrew: a vowel.
                    if (IsVowel(next))
                    {
                        Append(buf, ref n, 'V');
                    }
                    else if (next == 'h')
                    {
                        Append(buf, ref n, 'V');
                        i++;
                    }

                    break;
                case 'x':
                    Append(buf, ref n, 'K');
                    Append(buf, ref n, 'S');
                    break;
                case 'y':
                    // y is a consonant at the start before a vowel (Yemen), or between vowels (Maya).
                    if (IsVowel(next) && (i == 0 || IsVowel(prev)))
                    {
                        Append(buf, ref n, 'Y');
                    }

                    break;
            }
        }

        return Mark(buf[..n], w.Length > 0 && w[0] is 'a' or 'e' or 'i' or 'o' or 'u');
    }

    /// <summary>
    /// A two-consonant skeleton says little (Amin and में are both MN): it carries a leading '_'
    /// when the word starts with a vowel, so that only words that agree on that can meet.
    /// Longer skeletons are left as they are.
    /// </summary>
    private static string Mark(ReadOnlySpan<char> key, bool vowelInitial) =>
        key.Length == 2 && vowelInitial ? "_" + new string(key) : new string(key);

    private static bool IsDevanagariVowel(char c) => c is >= '\u0904' and <= '\u0914' or '\u0960' or '\u0961' or '\u0972';

    /// <summary>
    /// True when two skeletons name the same thing: equal (at least two consonants), or, when the
    /// shorter has at least three consonants and the longer at least four, one step apart: a
    /// substitution between near consonants (k/g, t/d, p/b, p/f, b/v, n/m, r/l, r/d, g/j, s/j, c/s, c/j,
    /// c/k) or one weak consonant (y, v, h, n, l, r) inserted or dropped (यूक्रेनी YKRN ~ Ukrainian
    /// KRN, जॉर्जिया JRJY ~ Georgia JRJ). The aligner's anchor index proposes candidates by
    /// one-deletion variants and keeps those this rule accepts.
    /// </summary>
    public static bool Close(string a, string b)
    {
        if (a == b)
        {
            return a.Length >= 2;
        }

        if (a.StartsWith('_') || b.StartsWith('_') || Math.Min(a.Length, b.Length) < 3 || Math.Max(a.Length, b.Length) < 4)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            int at = -1;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    if (at >= 0)
                    {
                        return false;
                    }

                    at = i;
                }
            }

            return Near(a[at], b[at]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        int k = 0;
        while (k < shorter.Length && longer[k] == shorter[k])
        {
            k++;
        }

        // longer[k] is the extra consonant; the rest must line up.
        return longer.AsSpan(k + 1).SequenceEqual(shorter.AsSpan(k)) && longer[k] is 'Y' or 'V' or 'H' or 'N' or 'L' or 'R';
    }

    private static bool Near(char x, char y)
    {
        var (p, q) = x < y ? (x, y) : (y, x);
        return (p, q) is ('G', 'K') or ('D', 'T') or ('B', 'P') or ('F', 'P') or ('B', 'V') or ('M', 'N') or ('L', 'R')
            or ('D', 'R') or ('G', 'J') or ('J', 'S') or ('C', 'S') or ('C', 'J') or ('C', 'K');
    }

    /// <summary>Devanagari letter to its consonant class; '\0' for vowels, marks and anything else.</summary>
    internal static char DevanagariClass(char c, bool nukta) => c switch
    {
        // A nukta after a base letter changes nothing here but for ड and ढ (the flap ड़ is an r).
        'क' or 'ख' or '\u0958' or '\u0959' => 'K',
        'ग' or 'घ' or '\u095A' => 'G',
        'ङ' or 'ञ' or 'ण' or 'न' or '\u0929' or 'ं' => 'N',
        'च' or 'छ' => 'C',
        'ज' or 'झ' or '\u095B' => 'J',
        'ट' or 'ठ' or 'त' or 'थ' => 'T',
        'ड' or 'ढ' => nukta ? 'R' : 'D',
        '\u095C' or '\u095D' => 'R',
        'द' or 'ध' => 'D',
        'प' => 'P',
        'फ' or '\u095E' => 'F',
        'ब' or 'भ' => 'B',
        'म' => 'M',
        'य' or '\u095F' => 'Y',
        'र' or '\u0931' or '\u0943' or '\u090B' => 'R',
        'ल' or 'ळ' or '\u0934' => 'L',
        'व' => 'V',
        'श' or 'ष' or 'स' => 'S',
        'ह' => 'H',
        _ => '\0',
    };

    private static void Append(Span<char> buf, ref int n, char k)
    {
        if (n > 0 && buf[n - 1] == k)
        {
            return;
        }

        buf[n++] = k;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char RemoveAccent(char c)
    {
        if (c < '\u00C0' || c > '\u024F')
        {
            return c;
        }

        string d = c.ToString().Normalize(NormalizationForm.FormD);
        return d.Length > 0 && d[0] < 128 ? d[0] : c;
    }
}
