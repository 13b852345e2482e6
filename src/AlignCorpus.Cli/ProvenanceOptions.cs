using System.CommandLine;
using System.Reflection;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Cli;

/// <summary>The provenance of a run (tool build, dictionary, gazetteer, output-changing options), from its command line.</summary>
public static class ProvenanceOptions
{
    /// <summary>The tool's version with the commit it was built from ("0.1.0+1a2b…"), as the assembly records it.</summary>
    public static string Build =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Program.Version;

    /// <summary>
    /// The provenance of the run <paramref name="parse"/> describes: the options among
    /// <paramref name="options"/> that change the output, with their values as given or defaulted.
    /// </summary>
    public static Provenance Of(ParseResult parse, DictionaryOptions dictionary, IEnumerable<Option> options)
    {
        var (path, hash) = dictionary.Identity(parse);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var o in options)
        {
            // Options with a default have a result even when not given.
            object? value = parse.GetResult(o)?.GetValueOrDefault<object?>();
            string text = value switch
            {
                null => "none",
                bool b => b ? "true" : "false",
                double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "none",
            };
            values.Add(new(o.Name.TrimStart('-'), text));
        }

        return new Provenance($"aligncorpus {Build}", path, hash, Gazetteer.Default.Version, values);
    }
}
