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
    private readonly IReadOnlyList<string> _columns;
    private readonly bool _includeUnaligned;

    public CorpusTsvSink(TextWriter writer, WriterOptions options)
    {
        _writer = writer;
        _columns = options.Columns ?? TsvWriter.AllColumns;
        _includeUnaligned = options.IncludeUnaligned;
        TsvWriter.WriteHeader(writer, _columns, "doc");
    }

    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Result is { } r)
        {
            TsvWriter.WriteRows(r, Beads(outcome, _includeUnaligned), _writer, _columns, outcome.Id);
        }
    }

    /// <summary>The kept pairs, with the unaligned units in their places when asked for.</summary>
    internal static IEnumerable<Bead> Beads(DocumentOutcome outcome, bool includeUnaligned)
    {
        var kept = outcome.Kept.ToHashSet();
        return outcome.Result!.Beads.Where(b => kept.Contains(b) || (includeUnaligned && !b.IsPair));
    }
}

/// <summary>One corpus TMX: every kept pair a tu, with a prop x-document naming its document.</summary>
public sealed class CorpusTmxSink(TextWriter writer, WriterOptions options) : IBatchSink, IDisposable
{
    private readonly TmxWriter _tmx = new(writer, options);

    public int RemovedCharacters => _tmx.RemovedCharacters;

    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Result is { } r)
        {
            _tmx.Add(r, CorpusTsvSink.Beads(outcome, options.IncludeUnaligned), outcome.Id);
        }
    }

    /// <summary>Closes the document; call once after the last outcome.</summary>
    public void Finish() => _tmx.Finish();

    public void Dispose() => _tmx.Dispose();
}

/// <summary>
/// One file per document in a folder, each written atomically: ID.txt (beads, the gold format, every
/// unit), ID.tsv or ID.tmx (kept pairs). The id's extension is replaced; its folders are kept.
/// </summary>
public sealed class PerDocumentSink(string folder, OutputFormat format, WriterOptions options) : IBatchSink
{
    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Result is not { } r)
        {
            return;
        }

        string ext = format switch { OutputFormat.Beads => ".txt", OutputFormat.Tsv => ".tsv", _ => ".tmx" };
        string path = Path.Combine(folder, Path.ChangeExtension(outcome.Id, ext));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteText(path, w =>
        {
            var beads = CorpusTsvSink.Beads(outcome, options.IncludeUnaligned);
            switch (format)
            {
                case OutputFormat.Beads:
                    BeadWriter.Write(r.Beads, w);
                    break;
                case OutputFormat.Tsv:
                    var columns = options.Columns ?? TsvWriter.AllColumns;
                    TsvWriter.WriteHeader(w, columns);
                    TsvWriter.WriteRows(r, beads, w, columns, null);
                    break;
                default:
                    using (var tmx = new TmxWriter(w, options))
                    {
                        tmx.Add(r, beads, null);
                        tmx.Finish();
                    }

                    break;
            }
        });
    }
}

/// <summary>What the filters rejected, so nothing is lost silently: doc, reason, score, hi, en.</summary>
public sealed class RejectedSink : IBatchSink
{
    private readonly TextWriter _writer;

    public RejectedSink(TextWriter writer)
    {
        _writer = writer;
        writer.Write("doc\treason\tscore\thi\ten\n");
    }

    public void Write(DocumentOutcome outcome)
    {
        foreach (var (b, reason) in outcome.Rejected)
        {
            _writer.Write(TsvWriter.Field(outcome.Id));
            _writer.Write('\t');
            _writer.Write(reason);
            _writer.Write('\t');
            _writer.Write(b.Score.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture));
            _writer.Write('\t');
            _writer.Write(TsvWriter.Field(outcome.Result!.HindiText(b)));
            _writer.Write('\t');
            _writer.Write(TsvWriter.Field(outcome.Result.EnglishText(b)));
            _writer.Write('\n');
        }
    }
}
