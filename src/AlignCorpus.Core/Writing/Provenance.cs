using System.IO.Hashing;
using System.Text.Json;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// How a corpus was made, so that corpora built on two machines can be compared: the tool's version
/// with the commit it was built from, the dictionary in use (its path and a hash of its content, or
/// none), the gazetteer's version, and the options that change the output. Written into the TMX
/// header as props and into the batch summary.
/// </summary>
public sealed record Provenance(string Tool, string? Dictionary, string? DictionaryHash, string Gazetteer, IReadOnlyList<KeyValuePair<string, string>> Options)
{
    /// <summary>"none" or the dictionary's path.</summary>
    public string DictionaryName => Dictionary ?? "none";

    /// <summary>The options as one line, "name=value name=value".</summary>
    public string OptionsLine => string.Join(' ', Options.Select(o => o.Key + "=" + o.Value));

    /// <summary>XxHash64 of the files' contents, in order, as "xxh64:" and 16 hex digits.</summary>
    public static string HashOf(IEnumerable<string> files)
    {
        var hash = new XxHash64();
        foreach (var f in files)
        {
            using var stream = File.OpenRead(f);
            hash.Append(stream);
        }

        return "xxh64:" + Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The TMX header's props: (type, value).</summary>
    public IEnumerable<(string Type, string Value)> Props()
    {
        yield return ("x-tool", Tool);
        yield return ("x-dictionary", DictionaryName);
        if (DictionaryHash is not null)
        {
            yield return ("x-dictionary-hash", DictionaryHash);
        }

        yield return ("x-gazetteer", Gazetteer);
        yield return ("x-options", OptionsLine);
    }

    /// <summary>Writes the provenance as a JSON object named <paramref name="name"/>.</summary>
    public void WriteJson(Utf8JsonWriter j, string name)
    {
        j.WriteStartObject(name);
        j.WriteString("tool", Tool);
        j.WriteStartObject("dictionary");
        j.WriteString("path", DictionaryName);
        if (DictionaryHash is null)
        {
            j.WriteNull("hash");
        }
        else
        {
            j.WriteString("hash", DictionaryHash);
        }

        j.WriteEndObject();
        j.WriteString("gazetteer", Gazetteer);
        j.WriteStartObject("options");
        foreach (var (k, v) in Options)
        {
            j.WriteString(k, v);
        }

        j.WriteEndObject();
        j.WriteEndObject();
    }
}
