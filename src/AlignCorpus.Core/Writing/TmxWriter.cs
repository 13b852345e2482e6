using System.Xml;
using AlignCorpus.Core.Alignment;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes TMX 1.4b, valid against the official DTD: a header (creationtool, creationtoolversion,
/// segtype, o-tmf, adminlang, srclang, datatype), then one tu per aligned bead (paragraph or
/// sentence) with the Hindi tuv first and props for the score, the unit indices and, for a
/// sentence, the paragraph bead it lies in. No dates are written, so the same input
/// always gives the same bytes. Characters XML forbids are removed and counted.
/// </summary>
public sealed class TmxWriter : IDisposable
{
    public const string HindiLang = "hi";
    public const string EnglishLang = "en";

    private readonly XmlWriter _xml;
    private readonly WriterOptions _options;
    private readonly string _segtype;

    /// <summary>Starts a TMX document (header and the opening body tag) on <paramref name="writer"/>.</summary>
    /// <remarks>
    /// The header's segtype is "sentence" for sentence rows only and "paragraph" otherwise; when
    /// both levels are written, sentence tus carry segtype="sentence" themselves.
    /// </remarks>
    public TmxWriter(TextWriter writer, WriterOptions options)
    {
        _options = options;
        _segtype = options.Units == OutputUnits.Sentences ? "sentence" : "paragraph";

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
        _xml.WriteAttributeString("segtype", _segtype);
        _xml.WriteAttributeString("o-tmf", "AlignCorpus");
        _xml.WriteAttributeString("adminlang", "en");
        _xml.WriteAttributeString("srclang", HindiLang);
        _xml.WriteAttributeString("datatype", "plaintext");
        int ignored = 0;
        foreach (var (type, value) in options.Provenance?.Props() ?? [])
        {
            _xml.WriteStartElement("prop");
            _xml.WriteAttributeString("type", type);
            _xml.WriteString(XmlText.Clean(value, ref ignored));
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("body");
    }

    /// <summary>How many characters XML forbids were removed from the texts.</summary>
    public int RemovedCharacters { get; private set; }

    /// <summary>Writes a whole paragraph alignment as one TMX document.</summary>
    public static int Write(AlignmentResult result, TextWriter writer, WriterOptions options) =>
        Write(PairRow.Of(result, null, OutputUnits.Paragraphs), writer, options);

    /// <summary>Writes rows as one TMX document: their pairs, and unaligned units when asked for.</summary>
    public static int Write(IEnumerable<PairRow> rows, TextWriter writer, WriterOptions options)
    {
        using var tmx = new TmxWriter(writer, options);
        tmx.Add(rows.Where(r => r.Bead.IsPair || options.IncludeUnaligned), null);
        tmx.Finish();
        return tmx.RemovedCharacters;
    }

    /// <summary>
    /// Adds the given rows, each a tu with props x-score, x-hi-units, x-en-units, and for a sentence
    /// x-paragraph (its paragraph bead, in the bead format); <paramref name="document"/> names the
    /// document in a prop x-document when not null.
    /// </summary>
    public void Add(IEnumerable<PairRow> rows, string? document)
    {
        foreach (var row in rows)
        {
            var b = row.Bead;
            _xml.WriteStartElement("tu");
            if (row.Level == Level.Sentence && _segtype != "sentence")
            {
                _xml.WriteAttributeString("segtype", "sentence");
            }

            if (document is not null)
            {
                Prop("x-document", document);
            }

            Prop("x-score", TsvWriter.Score(b));
            Prop("x-hi-units", BeadWriter.Indices(b.HindiStart, b.HindiCount, ","));
            Prop("x-en-units", BeadWriter.Indices(b.EnglishStart, b.EnglishCount, ","));
            if (row.Level == Level.Sentence)
            {
                Prop("x-paragraph", BeadWriter.Format(row.Paragraph));
            }

            if (b.HindiCount > 0)
            {
                Tuv(HindiLang, row.Source.HindiText(b, _options.Text));
            }

            if (b.EnglishCount > 0)
            {
                Tuv(EnglishLang, row.Source.EnglishText(b, _options.Text));
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
