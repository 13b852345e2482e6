using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Files;
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
/// One file per document in a folder, each written atomically as its document finishes (so an
/// interrupted run can resume): ID.txt (beads, the gold format, every unit, at paragraph level, or
/// at sentence level for sentences only), ID.tsv, ID.tmx or ID.jsonl (kept pairs), or ID.hi and
/// ID.en (Moses: kept pairs, committed together). Paths come from <paramref name="layout"/>
/// (checked before the run with <see cref="PerDocumentLayout.Check"/>, which also removed stale
/// temporary files).
/// </summary>
public sealed class PerDocumentSink(PerDocumentLayout layout, WriterOptions options) : IBatchSink
{
    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Result is not { } r)
        {
            return;
        }

        var rows = outcome.Rows(options.Units, options.IncludeUnaligned);
        var files = new List<AtomicFileWriter>(layout.Extensions.Count);
        try
        {
            foreach (var e in layout.Extensions)
            {
                string path = layout.PathFor(outcome.Id, e);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                files.Add(new AtomicFileWriter(path, removeStale: false, layout.Compression));
            }

            var w = files[0].Writer;
            switch (layout.Format)
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
                case OutputFormat.Moses:
                    new MosesWriter(w, files[1].Writer, options.Text).Write(rows);
                    break;
                default:
                    using (var tmx = new TmxWriter(w, options))
                    {
                        tmx.Add(rows, null);
                        tmx.Finish();
                    }

                    break;
            }

            // Both Moses files complete before either is renamed.
            files.ForEach(f => f.Prepare());
            files.ForEach(f => f.Commit());
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
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
