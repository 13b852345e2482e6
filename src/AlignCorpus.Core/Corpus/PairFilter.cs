using System.IO.Hashing;
using System.Runtime.InteropServices;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Corpus;

/// <summary>Quality filters for MT training data, applied to aligned pairs before TSV/TMX output.</summary>
public sealed record FilterOptions
{
    /// <summary>Pairs scored below this are rejected ("score").</summary>
    public double MinScore { get; init; }

    /// <summary>Pairs whose English/Hindi character ratio is below this are rejected ("length-ratio").</summary>
    public double MinLengthRatio { get; init; }

    /// <summary>Pairs whose English/Hindi character ratio is above this are rejected ("length-ratio").</summary>
    public double MaxLengthRatio { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// Reject pairs whose sides are not told apart by script as Hindi and English
    /// (<see cref="ScriptComparison.Decide"/>, the rule for whole files), or whose English side is
    /// not mostly (≥ 50 %) Latin ("script"). A code-mixed Hindi side (Latin words in a Hindi
    /// sentence) is Hindi and kept; Devanagari in an English sentence is an untranslated quotation,
    /// which would teach a translation model to copy Hindi.
    /// </summary>
    public bool ScriptCheck { get; init; } = true;

    /// <summary>
    /// Documents whose <see cref="DocumentVerdict.Score"/> is below this lose all their pairs
    /// ("unrelated-document"): two articles that do not translate each other (a mis-keyed manifest
    /// row, two independent reports of one event) give no training pairs, however confident a few
    /// of their paragraph pairs look.
    /// </summary>
    public double MinDocumentScore { get; init; }

    /// <summary>Drop a pair identical to one already written in this corpus ("duplicate").</summary>
    public bool DropDuplicates { get; init; } = true;
}

/// <summary>
/// Decides, pair by pair and in corpus order, what is written and what is rejected (with a reason).
/// Duplicates are remembered by a 64-bit XxHash3 of the pair (8 bytes per distinct pair), so the
/// decision is the same whatever the thread count: it runs in the ordered writer.
/// </summary>
public sealed class PairFilter(FilterOptions options)
{
    public const string Score = "score";
    public const string LengthRatio = "length-ratio";
    public const string Script = "script";
    public const string Duplicate = "duplicate";
    public const string UnrelatedDocument = "unrelated-document";

    private readonly HashSet<ulong> _seen = [];

    // One hasher, reset per pair: the filter runs in the ordered writer, one pair at a time.
    private readonly XxHash3 _hash = new();

    /// <summary>The reason a pair is rejected, or null to keep it.</summary>
    public string? Reject(AlignmentResult result, Bead bead)
    {
        if (!bead.IsPair)
        {
            return null;
        }

        if (bead.Score < options.MinScore)
        {
            return Score;
        }

        string hi = result.HindiText(bead), en = result.EnglishText(bead);
        double ratio = (double)en.Length / Math.Max(1, hi.Length);
        if (ratio < options.MinLengthRatio || ratio > options.MaxLengthRatio)
        {
            return LengthRatio;
        }

        if (options.ScriptCheck && !ScriptsFit(ScriptOf(result.Hindi, bead.HindiStart, bead.HindiCount, hi), ScriptOf(result.English, bead.EnglishStart, bead.EnglishCount, en)))
        {
            return Script;
        }

        if (options.DropDuplicates && !_seen.Add(Hash(hi, en)))
        {
            return Duplicate;
        }

        return null;
    }

    /// <summary>
    /// The XxHash3 of the pair's UTF-16 code units, "hi TAB en" (no string, array, hasher or
    /// encoding per pair). Only equality of pairs is read from it, so any injective view of the text will do;
    /// the code units skip the UTF-8 transcoding that cost 2 % of a batch.
    /// </summary>
    private ulong Hash(string hi, string en)
    {
        var hash = _hash;
        hash.Reset();
        hash.Append(MemoryMarshal.AsBytes(hi.AsSpan()));
        hash.Append(MemoryMarshal.AsBytes("\t".AsSpan()));
        hash.Append(MemoryMarshal.AsBytes(en.AsSpan()));
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>
    /// The script counts of <paramref name="text"/>, the units [<paramref name="start"/>,
    /// +<paramref name="count"/>) of <paramref name="article"/> joined by spaces: the sum of the
    /// counts the loader kept for them (a space counts as no letter), else counted from the text.
    /// </summary>
    internal static ScriptProfile ScriptOf(Article article, int start, int count, string text)
    {
        if (article.OriginalScripts is not { } scripts)
        {
            return ScriptProfile.Of(text);
        }

        var sum = default(ScriptProfile);
        for (int i = start; i < start + count; i++)
        {
            sum += scripts[i];
        }

        return sum;
    }

    /// <summary>Whether a pair's sides are Hindi and English by script (see <see cref="FilterOptions.ScriptCheck"/>).</summary>
    internal static bool ScriptsFit(ScriptProfile hi, ScriptProfile en) =>
        ScriptComparison.Decide(hi, en) == PairOrder.AsGiven && en.LatinShare >= 0.5;
}
