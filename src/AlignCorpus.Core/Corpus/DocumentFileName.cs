using System.Text;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// The one way a document id becomes a file name (of --per-document): the id's extension is
/// replaced, its folders are kept. An id that is not a plain relative name is refused, never
/// rewritten: empty, absolute, with an empty, "." or ".." segment, a segment starting with "."
/// (hidden, and the tool's temporary files look so), a NUL or another control character, or a
/// segment longer than 255 bytes.
/// </summary>
public static class DocumentFileName
{
    /// <summary>Why <paramref name="id"/> cannot name a file, or null when it can.</summary>
    public static string? Problem(string id, string extension)
    {
        if (id.Length == 0)
        {
            return "it is empty";
        }

        if (id.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || id.Contains('\u007f', StringComparison.Ordinal))
        {
            return "it contains a NUL or another control character";
        }

        if (id[0] == '/')
        {
            return "it is an absolute path";
        }

        foreach (var segment in id.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty path segment (// or a / at the end)";
            }

            if (segment is "." or "..")
            {
                return $"it has a '{segment}' segment";
            }

            if (segment[0] == '.')
            {
                return $"its segment '{segment}' starts with '.' (a hidden file)";
            }

        }

        return Path.ChangeExtension(id, extension).Split('/').Any(s => Encoding.UTF8.GetByteCount(s) > 255)
            ? "a segment of its file name is longer than 255 bytes"
            : null;
    }

    /// <summary>The relative path of <paramref name="id"/>'s file with <paramref name="extension"/> (".tsv").</summary>
    /// <exception cref="ArgumentException">The id is not a plain relative name (see <see cref="Problem"/>).</exception>
    public static string For(string id, string extension) =>
        Problem(id, extension) is { } problem
            ? throw new ArgumentException($"id '{Display(id)}' cannot name a file: {problem}", nameof(id))
            : Path.ChangeExtension(id, extension);

    /// <summary>The id as it can be printed: control characters as \uXXXX.</summary>
    public static string Display(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            if (char.IsControl(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
