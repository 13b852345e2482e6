using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace AlignCorpus.Cli;

/// <summary>
/// Numeric options parsed the same way on every machine: invariant culture (a dot for decimals,
/// whatever LANG says), finite values only (no NaN, no Infinity), inside a documented range.
/// </summary>
public static class NumberOptions
{
    /// <summary>An option with a real value in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<double> Real(string name, string description, double min, double max, double defaultValue)
    {
        var option = new Option<double>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => Parse(r, name, min, max, defaultValue, NumberStyles.Float, "a number such as 0.5"),
        };
        return option;
    }

    /// <summary>An option with an integer value in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<int> Integer(string name, string description, int min, int max, Func<int> defaultValue, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue(),
            CustomParser = r => (int)Parse(r, name, min, max, defaultValue(), NumberStyles.Integer, "a whole number"),
        };
        return option;
    }

    /// <summary>The most worker threads a run takes: more only costs memory on any machine this runs on.</summary>
    public const int MaxThreads = 256;

    /// <summary>--threads: 1 to <see cref="MaxThreads"/>, default all cores.</summary>
    public static Option<int> Threads() =>
        Integer("--threads", $"Worker threads, 1-{MaxThreads} (default: all cores). Output is the same for any number.", 1, MaxThreads, () => Environment.ProcessorCount);

    /// <summary>--max-bead, as align and batch take it.</summary>
    public static Option<int> MaxBead() =>
        Integer("--max-bead",
            "With --method paragraphs: largest number of paragraphs on one side of a bead (1-6); " +
            "with both methods, sentences inside a paragraph pair are aligned with beads of at most min(2, this).",
            1, 6, () => Core.Alignment.AlignerOptions.Default.MaxBead);

    /// <summary>--explain, as align and batch take it.</summary>
    public static Option<bool> Explain() => new("--explain")
    {
        Description = "Print each bead's evidence (the sentence pairs behind it, length z-score, anchors matched and contradicted) to standard error; batch names each document first.",
    };

    private static double Parse(ArgumentResult r, string name, double min, double max, double defaultValue, NumberStyles styles, string what)
    {
        if (r.Tokens.Count == 0)
        {
            return defaultValue;
        }

        string text = r.Tokens[0].Value;
        if (!double.TryParse(text, styles, CultureInfo.InvariantCulture, out double value))
        {
            r.AddError($"{name}: '{text}' is not {what}");
            return 0;
        }

        if (!double.IsFinite(value) || value < min || value > max)
        {
            string range = max >= int.MaxValue
                ? "of at least " + min.ToString(CultureInfo.InvariantCulture)
                : "from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture);
            r.AddError($"{name}: '{text}' is out of range: give a value {range}");
            return 0;
        }

        return value;
    }
}
