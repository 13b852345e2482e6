using System.Text.RegularExpressions;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Evaluation;
using AlignCorpus.Core.Loading;

/// <summary>
/// Lists, for each capitalised English word of each gold pair, the Hindi word of the pair with the
/// closest consonant skeleton: raw material for a reviewed name table (not used by the aligner).
/// </summary>
internal static partial class NameCandidates
{
    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex Capitalised();

    public static void Print(string data)
    {
        var seen = new HashSet<string>();
        foreach (var g in Directory.GetFiles(Path.Combine(data, "gold")).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(g);
            var hi = ArticleLoader.Load(Path.Combine(data, "hi", name));
            var en = ArticleLoader.Load(Path.Combine(data, "en", name));
            foreach (var b in BeadFile.Read(g).Where(b => !b.IsNull))
            {
                string h = string.Join(' ', b.Hindi.Select(i => hi.Units[i].Text));
                string e = string.Join(' ', b.English.Select(j => en.Units[j].Text));
                var hw = Regex.Matches(h, @"[\u0900-\u0963\u0971-\u097F]+").Select(m => m.Value).Distinct().ToList();
                foreach (Match m in Capitalised().Matches(e))
                {
                    if (!seen.Add(m.Value) || m.Index == 0)
                    {
                        continue;
                    }

                    string ek = PhoneticKey.FromLatin(m.Value);
                    var best = hw.Select(w => (w, d: Distance(PhoneticKey.FromDevanagari(w), ek))).OrderBy(x => x.d).FirstOrDefault();
                    if (best.w is null)
                    {
                        continue;
                    }

                    Console.WriteLine($"{m.Value}\t{best.w}\t{best.d}\t{NameMatcher.Matches(best.w, m.Value)}");
                }
            }
        }
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
