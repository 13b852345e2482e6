using System.IO.Hashing;
using System.Globalization;
using System.Text;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// A deterministic share of a batch: document K of N takes the ids whose XxHash64 (UTF-8, seed 0)
/// modulo N is K (0 ≤ K &lt; N). The same id always lands in the same shard, on any machine.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public bool Contains(string id) => Count <= 1 || (int)(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(id)) % (ulong)Count) == Index;

    /// <summary>Parses "K/N".</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || k < 0 || k >= n)
        {
            throw new FormatException($"--shard takes K/N with 0 <= K < N (e.g. 0/4), not '{text}'");
        }

        return new Shard(k, n);
    }
}
