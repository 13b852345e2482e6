using System.Globalization;
using System.Xml;
using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes TMX 1.4b, valid against the official DTD: a header (creationtool, creationtoolversion,
/// segtype, o-tmf, adminlang, srclang, datatype), then one tu per aligned bead with the Hindi tuv
/// first and props for the score and the unit indices. No dates are written, so the same input
/// always gives the same bytes. Characters XML forbids are removed and counted.
/// </summary>
public sealed class TmxWriter : IDisposable
{
    public const string HindiLang = "hi";
    public const string EnglishLang = "en";

    private readonly XmlWriter _xml;
    private readonly WriterOptions _options;

    /// <summary>Starts a TMX document (header and the opening body tag) on <paramref name="writer"/>.</summary>
    public TmxWriter(TextWriter writer, WriterOptions options, string segtype = "paragraph")
    {
        _options = options;

        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding
        // (UTF-16 for a StringWriter), but every output of the tool is UTF-8.
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        _xml = XmlWriter.Create(writer, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Document,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = true,
            CloseOutput = false,
        });
        _xml.WriteStartElement("tmx");
        _xml.WriteAttributeString("version", "1.4");
        _xml.WriteStartElement("header");
        _xml.WriteAttributeString("creationtool", "AlignCorpus");
        _xml.WriteAttributeString("creationtoolversion", options.ToolVersion);
        _xml.WriteAttributeString("segtype", segtype);
        _xml.WriteAttributeString("o-tmf", "AlignCorpus");
        _xml.WriteAttributeString("adminlang", "en");
        _xml.WriteAttributeString("srclang", HindiLang);
        _xml.WriteAttributeString("datatype", "plaintext");
        _xml.WriteEndElement();
        _xml.WriteStartElement("body");
    }

    /// <summary>How many characters XML forbids were removed from the texts.</summary>
    public int RemovedCharacters { get; private set; }

    /// <summary>Writes a whole alignment as one TMX document.</summary>
    public static int Write(AlignmentResult result, TextWriter writer, WriterOptions options)
    {
        using var tmx = new TmxWriter(writer, options);
        tmx.Add(result, null);
        tmx.Finish();
        return tmx.RemovedCharacters;
    }

    /// <summary>Adds the beads of an alignment; <paramref name="document"/> names it in a prop when not null.</summary>
    public void Add(AlignmentResult result, string? document) =>
        Add(result, result.Beads.Where(b => b.IsPair || _options.IncludeUnaligned), document);

    /// <summary>Adds the given beads of an alignment.</summary>
    public void Add(AlignmentResult result, IEnumerable<Bead> beads, string? document)
    {
        foreach (var b in beads)
        {
            _xml.WriteStartElement("tu");
            if (document is not null)
            {
                Prop("x-document", document);
            }

            Prop("x-score", b.Score.ToString("0.0000", CultureInfo.InvariantCulture));
            Prop("x-hi-units", BeadWriter.Indices(b.HindiStart, b.HindiCount, ","));
            Prop("x-en-units", BeadWriter.Indices(b.EnglishStart, b.EnglishCount, ","));
            if (b.HindiCount > 0)
            {
                Tuv(HindiLang, result.HindiText(b));
            }

            if (b.EnglishCount > 0)
            {
                Tuv(EnglishLang, result.EnglishText(b));
            }

            _xml.WriteEndElement();
        }
    }

    /// <summary>Closes the body and the document.</summary>
    public void Finish()
    {
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    private void Prop(string type, string value)
    {
        _xml.WriteStartElement("prop");
        _xml.WriteAttributeString("type", type);
        _xml.WriteString(Clean(value));
        _xml.WriteEndElement();
    }

    private void Tuv(string lang, string text)
    {
        _xml.WriteStartElement("tuv");
        _xml.WriteAttributeString("xml", "lang", null, lang);
        _xml.WriteElementString("seg", Clean(text));
        _xml.WriteEndElement();
    }

    private string Clean(string text)
    {
        int removed = RemovedCharacters;
        string clean = XmlText.Clean(text, ref removed);
        RemovedCharacters = removed;
        return clean;
    }
}
