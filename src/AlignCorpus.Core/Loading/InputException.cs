namespace AlignCorpus.Core.Loading;

/// <summary>What is wrong with an input; the CLI maps each kind to an exit code.</summary>
public enum InputErrorKind
{
    NotFound,
    NotAFile,
    Unreadable,
    InvalidEncoding,
    Binary,
    Empty,
    WrongLanguage,
    InvalidFormat,

    /// <summary>Larger than the input limit (--max-input-bytes).</summary>
    TooLarge,

    /// <summary>An input is also named as an output.</summary>
    OutputConflict,
}

/// <summary>An input that cannot be used, with the file and (where known) the 1-based line.</summary>
public sealed class InputException : Exception
{
    public InputException(InputErrorKind kind, string file, int? line, string message, Exception? inner = null)
        : base(Format(file, line, message), inner)
    {
        Kind = kind;
        File = file;
        Line = line;
        Reason = message;
    }

    public InputErrorKind Kind { get; }

    public string File { get; }

    public int? Line { get; }

    /// <summary>The message without the file and line prefix.</summary>
    public string Reason { get; }

    private static string Format(string file, int? line, string message) =>
        line is { } l ? $"{file}:{l}: {message}" : $"{file}: {message}";
}
