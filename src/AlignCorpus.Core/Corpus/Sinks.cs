using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Corpus;

/// <summary>Sends each outcome to several sinks.</summary>
public sealed class CompositeSink(IReadOnlyList<IBatchSink> sinks) : IBatchSink
{
    public void Write(DocumentOutcome outcome)
    {
        foreach (var s in sinks)
        {
            s.Write(outcome);
        }
    }
}

/// <summary>One corpus TSV: a leading "doc" column, then the chosen columns, one row per kept pair.</summary>
public sealed class CorpusTsvSink : IBatchSink
{
    private readonly TextWriter _writer;
    private readonly WriterOptions _options;
    private readonly IReadOnlyList<string> _columns;

    public CorpusTsvSink(TextWriter writer, WriterOptions options)
    {
        _writer = writer;
        _options = options;
        _columns = TsvWriter.CorpusColumns(options);
        TsvWriter.WriteHeader(writer, _columns, options);
    }

    public void Write(DocumentOutcome outcome) =>
        TsvWriter.WriteRows(outcome.Rows(_options.Units, _options.IncludeUnaligned), _writer, _columns, outcome.Id, _options.Text);
}

/// <summary>One corpus TMX: every kept pair a tu, with a prop x-document naming its document.</summary>
public sealed class CorpusTmxSink(TextWriter writer, WriterOptions options) : IBatchSink, IDisposable
{
    private readonly TmxWriter _tmx = new(writer, options);

    public int RemovedCharacters => _tmx.RemovedCharacters;

    public void Write(DocumentOutcome outcome) => _tmx.Add(outcome.Rows(options.Units, options.IncludeUnaligned), outcome.Id);

    /// <summary>Closes the document; call once after the last outcome.</summary>
    public void Finish() => _tmx.Finish();

    public void Dispose() => _tmx.Dispose();
}

/// <summary>
/// One file per document in a folder, each written atomically: ID.txt (beads, the gold format, every
/// unit, at paragraph level, or at sentence level for sentences only), ID.tsv, ID.tmx or ID.jsonl
/// (kept pairs), or ID.hi and ID.en (Moses: kept pairs, committed together). The id's extension is
/// replaced; its folders are kept.
/// </summary>
public sealed class PerDocumentSink(string folder, OutputFormat format, WriterOptions options) : IBatchSink
{
    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Result is not { } r)
        {
            return;
        }

        string Path(string ext)
        {
            string path = System.IO.Path.Combine(folder, System.IO.Path.ChangeExtension(outcome.Id, ext));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            return path;
        }

        var rows = outcome.Rows(options.Units, options.IncludeUnaligned);
        if (format == OutputFormat.Moses)
        {
            using var hindi = new AtomicFileWriter(Path("." + TmxWriter.HindiLang));
            using var english = new AtomicFileWriter(Path("." + TmxWriter.EnglishLang));
            new MosesWriter(hindi.Writer, english.Writer, options.Text).Write(rows);
            hindi.Commit();
            english.Commit();
            return;
        }

        string ext = format switch { OutputFormat.Beads => ".txt", OutputFormat.Tsv => ".tsv", OutputFormat.Jsonl => ".jsonl", _ => ".tmx" };
        AtomicFile.WriteText(Path(ext), w =>
        {
            switch (format)
            {
                case OutputFormat.Beads:
                    BeadWriter.Write(PairRow.BeadsOf(r, outcome.Sentences, options.Units), w);
                    break;
                case OutputFormat.Tsv:
                    var columns = TsvWriter.Columns(options);
                    TsvWriter.WriteHeader(w, columns, options);
                    TsvWriter.WriteRows(rows, w, columns, outcome.Id, options.Text);
                    break;
                case OutputFormat.Jsonl:
                    new JsonlWriter(w, options.Text).Write(rows, outcome.Id);
                    break;
                default:
                    using (var tmx = new TmxWriter(w, options))
                    {
                        tmx.Add(rows, null);
                        tmx.Finish();
                    }

                    break;
            }
        });
    }
}

/// <summary>What the filters rejected, so nothing is lost silently: doc, reason, score, hi, en (and level with sentences).</summary>
public sealed class RejectedSink : IBatchSink
{
    private readonly TextWriter _writer;
    private readonly WriterOptions _options;

    public RejectedSink(TextWriter writer, WriterOptions options)
    {
        _writer = writer;
        _options = options;
        writer.Write(options.Units == OutputUnits.Paragraphs ? "doc\treason\tscore\thi\ten\n" : "doc\treason\tscore\thi\ten\tlevel\tparagraph\n");
    }

    public void Write(DocumentOutcome outcome)
    {
        foreach (var (row, reason) in outcome.Rejected)
        {
            var b = row.Bead;
            _writer.Write(TsvWriter.Field(outcome.Id));
            _writer.Write('\t');
            _writer.Write(reason);
            _writer.Write('\t');
            _writer.Write(TsvWriter.Score(b));
            _writer.Write('\t');
            _writer.Write(TsvWriter.Field(row.Source.HindiText(b, _options.Text)));
            _writer.Write('\t');
            _writer.Write(TsvWriter.Field(row.Source.EnglishText(b, _options.Text)));
            if (_options.Units != OutputUnits.Paragraphs)
            {
                _writer.Write('\t');
                _writer.Write(row.LevelName);
                _writer.Write('\t');
                _writer.Write(BeadWriter.Format(row.Paragraph));
            }

            _writer.Write('\n');
        }
    }
}
