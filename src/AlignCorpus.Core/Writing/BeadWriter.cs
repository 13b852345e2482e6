using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Writing;

/// <summary>Writes beads in the gold format: "[0]:[0]", "[1, 2]:[3]", "[]:[4]", "[5]:[]".</summary>
public static class BeadWriter
{
    public static void Write(IEnumerable<Bead> beads, TextWriter writer)
    {
        foreach (var b in beads)
        {
            writer.Write(Format(b));
            writer.Write('\n');
        }
    }

    public static string Format(Bead b) => $"[{Indices(b.HindiStart, b.HindiCount)}]:[{Indices(b.EnglishStart, b.EnglishCount)}]";

    /// <summary>"3" or "3, 4" for the bead format; <paramref name="separator"/> "," gives "3,4" for TSV.</summary>
    public static string Indices(int start, int count, string separator = ", ") =>
        count switch
        {
            0 => string.Empty,
            1 => start.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => string.Join(separator, Enumerable.Range(start, count)),
        };
}
