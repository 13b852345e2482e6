using System.Text;
using CsCheck;

namespace AlignCorpus.Core.Tests.Loading;

/// <summary>
/// Texts for comparing the loader's fast paths with the plain rules they stand for: random
/// strings drawn mostly from the characters news text is made of, with the edge cases of each
/// rule mixed in; and the lines of the seeds, samples and dev sets.
/// </summary>
internal static class LoadingTexts
{
    /// <summary>Characters each fast path decides on: ASCII, Devanagari, and the neighbours of both.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (30, Gen.Char['\u0900', '\u097F']),
        (20, Gen.Char['\u0020', '\u007E']),
        (6, Gen.OneOf(' ', ' ', '\t', '\u00A0', '\uFEFF', '\u200D', '\u200C', '\u093C', '\u094D', '\u0951', '\u0952', '\u0953', '\u0954')),
        (3, Gen.Char['\u0000', '\u00FF']),
        (3, Gen.Char['\u2000', '\u206F']),
        (2, Gen.Char['\u20A0', '\u20C0']),
        (2, Gen.Char['\u0100', '\u036F']),
        (1, Gen.Char['\u0980', '\u09FF']),
        (1, Gen.OneOf('\u1680', '\u3000', '\u0085', '\u180E', '\uFFFE', '\uFFFF', '\uFB2A', '\uAC00', '\u1100', '\u1161', '\u0F73')),
        (1, Gen.Char));

    /// <summary>Strings of <see cref="Char"/>, of lengths about the vector widths and beyond.</summary>
    public static readonly Gen<string> Text = Char.Array[0, 90].Select(a => new string(a));

    /// <summary>Every line of the seeds, the samples and (when present) the dev sets.</summary>
    public static IEnumerable<string> CorpusLines()
    {
        var files = Directory.GetFiles(RepoPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(RepoPaths.Samples, "*.txt", SearchOption.AllDirectories));
        string data = Path.Combine(RepoPaths.Root, "..", "shared", "data");
        if (Directory.Exists(data))
        {
            files = files.Concat(Directory.GetFiles(data, "*.txt", SearchOption.AllDirectories).Where(f => !f.Contains("gold", StringComparison.Ordinal)));
        }

        foreach (var file in files)
        {
            foreach (var line in Encoding.UTF8.GetString(File.ReadAllBytes(file)).Split('\n'))
            {
                yield return line;
            }
        }
    }
}
