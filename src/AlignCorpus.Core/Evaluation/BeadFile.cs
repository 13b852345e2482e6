using System.Text.RegularExpressions;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Evaluation;

/// <summary>A bead as read from a bead file: the Hindi and English indices, as written.</summary>
public sealed record IndexBead(int[] Hindi, int[] English)
{
    public bool IsNull => Hindi.Length == 0 || English.Length == 0;

    public string Type => $"{Hindi.Length}-{English.Length}";

    public string Key => string.Join(',', Hindi) + ":" + string.Join(',', English);
}

/// <summary>
/// Reads bead files: one bead per line, "[hi indices]:[en indices]" ("[1,2]" or "[1, 2]");
/// blank lines and lines starting with '#' are skipped.
/// </summary>
public static partial class BeadFile
{
    [GeneratedRegex(@"^\s*\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]\s*$")]
    private static partial Regex BeadPattern();

    public static List<IndexBead> Read(string path)
    {
        byte[] bytes = ArticleLoader.ReadAllBytes(path);
        string text = ArticleLoader.Decode(bytes, path);
        return Parse(text, path);
    }

    public static List<IndexBead> Parse(string text, string source)
    {
        var beads = new List<IndexBead>();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var m = BeadPattern().Match(line);
            if (!m.Success)
            {
                throw new InputException(InputErrorKind.InvalidFormat, source, lineNo, $"not a bead: '{line}' (expected e.g. [0]:[0], [1, 2]:[3], []:[4])");
            }

            try
            {
                beads.Add(new IndexBead(Side(m.Groups[1].Value), Side(m.Groups[2].Value)));
            }
            catch (OverflowException)
            {
                throw new InputException(InputErrorKind.InvalidFormat, source, lineNo, $"index out of range in '{line}'");
            }
        }

        return beads;
    }

    private static int[] Side(string s) =>
        s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
}
