using System.CommandLine;

namespace AlignCorpus.Cli;

/// <summary>
/// Options that take one of a few words: lower-case in help and errors (`--format: 'json' is not one
/// of beads, tsv, tmx`), matched without regard to case, completed by the shell.
/// </summary>
public static class Choices
{
    /// <summary>An option whose value is one of <paramref name="values"/>.</summary>
    public static Option<string> Of(string name, string description, string defaultValue, IReadOnlyList<string> values, params string[] aliases)
    {
        var option = new Option<string>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = string.Join("|", values),
            CustomParser = r =>
            {
                string text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : defaultValue;
                string? match = values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    r.AddError($"{name}: '{text}' is not one of {string.Join(", ", values)}");
                }

                return match ?? defaultValue;
            },
        };
        option.CompletionSources.Add([.. values]);
        return option;
    }

    // The enum APIs below take the type rather than a type argument: their generic forms
    // (Enum.GetValues<T>, Enum.Parse<T>, LINQ over T) have no ReadyToRun code for this tool's
    // enums, so each was compiled at start-up.

    /// <summary>An option whose value is a member of <typeparamref name="T"/>, named in lower case.</summary>
    public static Option<string> Of<T>(string name, string description, T defaultValue, params string[] aliases)
        where T : struct, Enum =>
        Of(name, description, Name(defaultValue), Names(typeof(T)), aliases);

    /// <summary>The member of <typeparamref name="T"/> that the option names.</summary>
    public static T Get<T>(ParseResult parse, Option<string> option)
        where T : struct, Enum =>
        (T)Enum.Parse(typeof(T), parse.GetValue(option)!, ignoreCase: true);

    /// <summary>The members of an enum in lower case, in the order of their values.</summary>
    private static string[] Names(Type type)
    {
        string[] names = Enum.GetNames(type);
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = names[i].ToLowerInvariant();
        }

        return names;
    }

    /// <summary>How a member is written on the command line.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum =>
        value.ToString().ToLowerInvariant();
}
