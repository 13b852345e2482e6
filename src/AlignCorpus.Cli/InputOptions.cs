using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Cli;

/// <summary>
/// --max-input-bytes (the size limit of every file read: articles, manifests, dictionaries,
/// lexicons) and the check that no path given on the command line is empty.
/// </summary>
public sealed partial class InputOptions
{
    public Option<long> MaxInputBytes { get; } = new("--max-input-bytes")
    {
        Description = "Largest input file read, in bytes, with an optional K, M or G suffix (binary: 64M = 64 MiB); " +
            "a larger article is a failed document, a larger manifest or dictionary an error. Default 256M.",
        DefaultValueFactory = _ => InputFile.DefaultMaxBytes,
        CustomParser = ParseSize,
        HelpName = "BYTES",
    };

    public void AddTo(Command command) => command.Options.Add(MaxInputBytes);

    public long Limit(ParseResult parse) => parse.GetValue(MaxInputBytes);

    /// <summary>
    /// Makes every string option and argument of <paramref name="command"/> refuse an empty value
    /// (a usage error, exit 1): "" names no file, and the .NET file APIs would throw on it.
    /// </summary>
    public static void ForbidEmptyValues(Command command)
    {
        foreach (var option in command.Options)
        {
            if (option is Option<string> or Option<string?>)
            {
                option.Validators.Add(r => Check(r.Tokens, option.Name, r));
            }
        }

        foreach (var argument in command.Arguments)
        {
            if (argument is Argument<string> or Argument<string?> or Argument<string[]>)
            {
                argument.Validators.Add(r => Check(r.Tokens, argument.Name, r));
            }
        }
    }

    private static void Check(IReadOnlyList<Token> tokens, string name, SymbolResult result)
    {
        if (tokens.Any(t => t.Value.Length == 0))
        {
            result.AddError($"{name}: an empty value is not allowed (an empty path names no file or folder)");
        }
    }

    /// <summary>A byte count: digits with an optional K, M, G or T suffix (powers of 1024; "KiB", "MB" too); null when not one.</summary>
    public static long? ParseSize(string text)
    {
        var m = SizePattern().Match(text.Trim());
        if (!m.Success || !long.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n < 1)
        {
            return null;
        }

        int shift = m.Groups[2].Value.ToUpperInvariant() switch { "K" => 10, "M" => 20, "G" => 30, "T" => 40, _ => 0 };
        return n > long.MaxValue >> shift ? null : n << shift;
    }

    [GeneratedRegex(@"^([0-9]+)\s*(?:([KMGT])(?:i?B)?|B)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();

    private static long ParseSize(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ParseSize(text) is { } n)
        {
            return n;
        }

        result.AddError($"--max-input-bytes: '{text}' is not a size; give a whole number of bytes of at least 1, optionally with K, M or G (e.g. 64M)");
        return 0;
    }
}
