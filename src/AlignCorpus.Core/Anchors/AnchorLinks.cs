using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Anchors;

/// <summary>
/// The anchors of both articles of a pair, each linked to the units of the other article that
/// hold a matching anchor. Built once per article pair, before alignment: the aligner then only
/// checks whether a linked unit falls inside a bead.
/// </summary>
public sealed class AnchorLinks
{
    private AnchorLinks(LinkedAnchor[][] hindi, LinkedAnchor[][] english)
    {
        Hindi = hindi;
        English = english;
    }

    /// <summary>Per Hindi unit, its linked anchors.</summary>
    public LinkedAnchor[][] Hindi { get; }

    /// <summary>Per English unit, its linked anchors.</summary>
    public LinkedAnchor[][] English { get; }

    /// <summary>Links the anchors of a Hindi and an English article.</summary>
    public static AnchorLinks Build(UnitFeatures[] hindi, UnitFeatures[] english, Lexicon? lexicon = null)
    {
        // English key -> units holding it; one-deletion variants for fuzzy lookup.
        var enUnits = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var enKind = new Dictionary<string, AnchorKind>(StringComparer.Ordinal);
        for (int j = 0; j < english.Length; j++)
        {
            foreach (var a in english[j].Anchors)
            {
                Add(enUnits, a.Key, j);
                if (!enKind.TryGetValue(a.Key, out var k) || a.Kind == AnchorKind.Name)
                {
                    enKind[a.Key] = a.Kind;
                }
            }
        }

        // One-deletion variant -> the English key (or keys) it comes from; a list only on collision.
        var variants = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in enUnits.Keys)
        {
            if (IsFuzzyKey(key))
            {
                foreach (var v in Deletions(key))
                {
                    AddKey(variants, v, key);
                }
            }
        }

        // Hindi key -> the English keys it matches (exact first), cached: keys repeat.
        var matchCache = new Dictionary<string, (string[] Keys, bool Fuzzy)>(StringComparer.Ordinal);
        var hiLinks = new LinkedAnchor[hindi.Length][];
        var enPartners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var partners = new List<int>();
        var enFuzzy = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int i = 0; i < hindi.Length; i++)
        {
            var anchors = hindi[i].Anchors;
            var linked = new List<LinkedAnchor>(anchors.Length);
            for (int a = 0; a < anchors.Length; a++)
            {
                var anchor = anchors[a];
                if (!matchCache.TryGetValue(anchor.Key, out var match))
                {
                    match = anchor.Kind == AnchorKind.Dictionary
                        ? (Translate(anchor.Key, enUnits, lexicon), false)
                        : Match(anchor.Key, enUnits, variants);
                    matchCache[anchor.Key] = match;
                }

                partners.Clear();
                var kind = anchor.Kind;
                foreach (var enKey in match.Keys)
                {
                    partners.AddRange(enUnits[enKey]);
                    if (enKind[enKey] == AnchorKind.Name && kind == AnchorKind.Word)
                    {
                        kind = AnchorKind.Name;
                    }

                    if (!enPartners.TryGetValue(enKey, out var back))
                    {
                        back = [];
                        enPartners[enKey] = back;
                    }

                    if (back.Count == 0 || back[^1] != i)
                    {
                        back.Add(i);
                    }
                    enFuzzy[enKey] = enFuzzy.TryGetValue(enKey, out bool f) ? f && match.Fuzzy : match.Fuzzy;
                }

                if (partners.Count > 0 || !CanOnlyMatch(kind))
                {
                    linked.Add(new LinkedAnchor(anchor, kind, SortedDistinct(partners), match.Fuzzy));
                }
            }

            hiLinks[i] = [.. linked];
        }

        var enLinks = new LinkedAnchor[english.Length][];
        for (int j = 0; j < english.Length; j++)
        {
            var anchors = english[j].Anchors;
            var linked = new List<LinkedAnchor>(anchors.Length);
            for (int a = 0; a < anchors.Length; a++)
            {
                var anchor = anchors[a];
                int[] back = enPartners.TryGetValue(anchor.Key, out var set) ? SortedDistinct(set) : [];
                if (back.Length > 0 || !CanOnlyMatch(anchor.Kind))
                {
                    linked.Add(new LinkedAnchor(anchor, anchor.Kind, back, enFuzzy.GetValueOrDefault(anchor.Key)));
                }
            }

            enLinks[j] = [.. linked];
        }

        return new AnchorLinks(hiLinks, enLinks);
    }

    /// <summary>
    /// Content words and dictionary stems count only when matched: without a partner they are
    /// left out (numbers, dates and names without one still count, against their bead).
    /// </summary>
    private static bool CanOnlyMatch(AnchorKind kind) => kind is AnchorKind.Word or AnchorKind.Dictionary;

    private static int[] SortedDistinct(List<int> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        values.Sort();
        int n = 1;
        for (int k = 1; k < values.Count; k++)
        {
            if (values[k] != values[n - 1])
            {
                values[n++] = values[k];
            }
        }

        return values.GetRange(0, n).ToArray();
    }

    /// <summary>The English dictionary keys ("d:" + stem) that a Hindi dictionary key translates to and that occur.</summary>
    private static string[] Translate(string key, Dictionary<string, List<int>> enUnits, Lexicon? lexicon)
    {
        if (lexicon is null)
        {
            return [];
        }

        var all = lexicon.TranslationKeys(key);
        int present = 0;
        foreach (var e in all)
        {
            present += enUnits.ContainsKey(e) ? 1 : 0;
        }

        if (present == 0)
        {
            return [];
        }

        var found = new string[present];
        int n = 0;
        foreach (var e in all)
        {
            if (enUnits.ContainsKey(e))
            {
                found[n++] = e;
            }
        }

        return found;
    }

    /// <summary>
    /// The English keys a Hindi key matches: itself when present; else, for skeletons of at least
    /// four consonants, keys one consonant away (symmetric deletion: a shared one-deletion variant).
    /// Numbers match only exactly.
    /// </summary>
    private static (string[] Keys, bool Fuzzy) Match(
        string key, Dictionary<string, List<int>> enUnits, Dictionary<string, object> variants)
    {
        if (enUnits.ContainsKey(key))
        {
            return ([key], false);
        }

        if (key[0] == '#' || key.StartsWith("g:", StringComparison.Ordinal) || key.StartsWith("d:", StringComparison.Ordinal) || key.Length < 3)
        {
            return ([], false);
        }

        SortedSet<string>? found = null;
        if (variants.TryGetValue(key, out var longer))
        {
            AddAll(ref found, longer);
        }

        if (IsFuzzyKey(key))
        {
            foreach (var v in Deletions(key))
            {
                if (v.Length >= 3 && enUnits.ContainsKey(v))
                {
                    AddAll(ref found, v);
                }

                if (variants.TryGetValue(v, out var keys))
                {
                    AddAll(ref found, keys);
                }
            }
        }

        if (found is null)
        {
            return ([], false);
        }

        found.RemoveWhere(k => k[0] is '#' or '_' || k[1] == ':' || !PhoneticKey.Close(key, k));
        return ([.. found], found.Count > 0);
    }

    private static bool IsFuzzyKey(string key) => key[0] is not ('#' or '_') && key.Length >= 4 && key[1] != ':';

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> DeletionCache = new(StringComparer.Ordinal);

    /// <summary>The key with one consonant deleted, each way; kept per process (bounded): keys repeat.</summary>
    private static string[] Deletions(string key)
    {
        if (DeletionCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = new string[key.Length];
        for (int i = 0; i < key.Length; i++)
        {
            result[i] = string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }

        if (DeletionCache.Count < 200_000)
        {
            DeletionCache.TryAdd(key, result);
        }

        return result;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int unit)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        if (list.Count == 0 || list[^1] != unit)
        {
            list.Add(unit);
        }
    }

    private static void AddKey(Dictionary<string, object> map, string variant, string key)
    {
        if (!map.TryGetValue(variant, out var existing))
        {
            map[variant] = key;
        }
        else if (existing is List<string> list)
        {
            list.Add(key);
        }
        else if (!ReferenceEquals(existing, key))
        {
            map[variant] = new List<string> { (string)existing, key };
        }
    }

    private static void AddAll(ref SortedSet<string>? found, object keys)
    {
        found ??= new SortedSet<string>(StringComparer.Ordinal);
        if (keys is string one)
        {
            found.Add(one);
        }
        else
        {
            found.UnionWith((List<string>)keys);
        }
    }
}
