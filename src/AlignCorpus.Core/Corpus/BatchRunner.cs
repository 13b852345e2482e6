using System.Diagnostics;
using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Corpus;

/// <summary>The outcome of one document of a batch, handed to the sink in input order.</summary>
public sealed record DocumentOutcome(string Id, AlignmentResult? Result, string? Error)
{
    /// <summary>The sentence alignment inside <see cref="Result"/>, when sentences are asked for.</summary>
    public SentenceAlignment? Sentences { get; init; }

    /// <summary>How completely the two articles translate each other (set for every aligned document).</summary>
    public DocumentVerdict Verdict { get; init; }
    /// <summary>What the alignment's searches cost, and whether one was bounded.</summary>
    public SearchStats Search { get; init; }

    /// <summary>Pair rows (at the asked-for level or levels) that passed the filters.</summary>
    public List<PairRow> Kept { get; } = [];

    /// <summary>Pair rows the filters rejected, with the reason.</summary>
    public List<(PairRow Row, string Reason)> Rejected { get; } = [];

    /// <summary>
    /// The rows to write: the kept pairs, with the unaligned units (or sentences) in their places
    /// when <paramref name="includeUnaligned"/>.
    /// </summary>
    public IEnumerable<PairRow> Rows(OutputUnits units, bool includeUnaligned)
    {
        if (Result is null)
        {
            return [];
        }

        // Kept is in document order already; only unaligned rows need putting back in their places.
        if (!includeUnaligned)
        {
            return Kept;
        }

        var rejected = Rejected.Select(r => r.Row).ToHashSet();
        return PairRow.Of(Result, Sentences, units).Where(r => !r.Bead.IsPair || !rejected.Contains(r));
    }
}

/// <summary>Receives each document's outcome, in input order, on one thread.</summary>
public interface IBatchSink
{
    void Write(DocumentOutcome outcome);
}

/// <summary>Progress of a batch, reported after each document.</summary>
public readonly record struct BatchProgress(int Done, int Failed, int? Total, TimeSpan Elapsed);

/// <summary>Settings of a batch run.</summary>
public sealed record BatchOptions
{
    public int Threads { get; init; } = Environment.ProcessorCount;

    public bool FailFast { get; init; }

    /// <summary>How a file is cut into paragraphs.</summary>
    public UnitMode Units { get; init; } = UnitMode.Lines;

    /// <summary>Which pairs are filtered and written: paragraphs, sentences or both.</summary>
    public OutputUnits Pairs { get; init; } = OutputUnits.Paragraphs;

    public FilterOptions Filters { get; init; } = new();

    /// <summary>Keep each bead's evidence (for --explain).</summary>
    public bool Explain { get; init; }
    /// <summary>Largest input file read, in bytes; a larger one is a failed document.</summary>
    public long MaxInputBytes { get; init; } = InputFile.DefaultMaxBytes;

    /// <summary>Paragraph beads from sentences aligned across the article (true, the default) or the paragraph DP.</summary>
    public bool AcrossParagraphs { get; init; } = true;

    /// <summary>
    /// Keep every aligned document's verdict in <see cref="BatchSummary.Documents"/> (the JSON
    /// summary lists them, the text summary gives their minimum and median); when false, only the
    /// documents that look unrelated are kept (they are reported at the end), so that a batch's
    /// memory does not grow with its corpus.
    /// </summary>
    public bool KeepVerdicts { get; init; } = true;
}

/// <summary>
/// Aligns many article pairs: loads and aligns in parallel, hands outcomes to the sink in input
/// order (so output is byte-identical for any thread count), applies the filters there, and
/// counts everything into a <see cref="BatchSummary"/>. A bad document is reported and skipped.
/// </summary>
public sealed class BatchRunner(Aligner aligner, BatchOptions options)
{
    private readonly SentenceAligner _sentences = new(aligner, acrossParagraphs: options.AcrossParagraphs);

    public BatchSummary Run(
        IEnumerable<DocumentPair> pairs,
        IEnumerable<UnpairedInput> unpaired,
        IBatchSink sink,
        Action<BatchProgress>? progress,
        int? total,
        CancellationToken cancel)
    {
        var summary = new BatchSummary();
        var clock = Stopwatch.StartNew();
        var filter = new PairFilter(options.Filters);
        var beadTypes = new TypeCounts();
        var sentenceBeadTypes = new TypeCounts();
        foreach (var u in unpaired)
        {
            summary.DocumentsRead++;
            summary.Failures.Add((u.Id, $"{u.Path}: {u.Reason}"));
        }

        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        if (options.FailFast && summary.Failures.Count > 0)
        {
            // An input that failed before aligning (a file without partner) stops the run as well.
            failFast.Cancel();
        }

        try
        {
            OrderedParallel.Run(pairs, Align, outcome =>
            {
                Count(outcome, summary, filter, beadTypes, sentenceBeadTypes);
                sink.Write(outcome);
                progress?.Invoke(new BatchProgress(summary.DocumentsRead, summary.Failures.Count, total, clock.Elapsed));
                if (outcome.Error is not null && options.FailFast)
                {
                    failFast.Cancel();
                }
            }, options.Threads, failFast.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // --fail-fast: stopped after the first failure.
        }
        catch (OperationCanceledException)
        {
            summary.Interrupted = true;
        }
        finally
        {
            beadTypes.AddTo(summary.BeadTypes);
            sentenceBeadTypes.AddTo(summary.SentenceBeadTypes);
        }

        summary.Interrupted |= cancel.IsCancellationRequested;
        summary.StoppedAtFailure = !summary.Interrupted && failFast.IsCancellationRequested;
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    private DocumentOutcome Align(DocumentPair pair)
    {
        // A FIFO named in a manifest would wait for a writer for ever: documents are files. The
        // stats are handed to the loader, which then reads each regular file without another.
        var hiStat = FileNode.Of(pair.HindiPath, followLinks: true, out _);
        var enStat = FileNode.Of(pair.EnglishPath, followLinks: true, out _);
        foreach (var (path, stat) in new[] { (pair.HindiPath, hiStat), (pair.EnglishPath, enStat) })
        {
            if (stat is { Kind: not (FileKind.Regular or FileKind.Directory) } node)
            {
                return new DocumentOutcome(pair.Id, null, $"{path}: {FileNode.Describe(node.Kind)}, not a regular file; not opened");
            }
        }

        try
        {
            var (hi, en) = PairLoader.LoadPair(pair.HindiPath, pair.EnglishPath, options.Units, options.MaxInputBytes, hiStat: hiStat, enStat: enStat);
            var s = _sentences.Align(hi, en, options.Explain, sentencePairs: options.Pairs != OutputUnits.Paragraphs, paragraphDp: true);
            return new DocumentOutcome(pair.Id, s.Paragraphs, null)
            {
                Sentences = options.Pairs == OutputUnits.Paragraphs ? null : s,
                Search = s.Search,
                // Judged on the paragraph DP (as --pair auto checks a proposal): confidence there needs
                // anchors paragraph against paragraph, where sentences across two unrelated articles
                // can chain many small length-only agreements into a confident group.
                Verdict = DocumentVerdict.Of(s.ParagraphDp ?? s.Paragraphs),
            };
        }
        catch (InputException e)
        {
            return new DocumentOutcome(pair.Id, null, e.Message);
        }
    }

    private void Count(DocumentOutcome outcome, BatchSummary s, PairFilter filter, TypeCounts beadTypes, TypeCounts sentenceBeadTypes)
    {
        s.DocumentsRead++;
        if (outcome.Result is not { } r)
        {
            s.Failures.Add((outcome.Id, outcome.Error ?? "failed"));
            return;
        }

        s.DocumentsAligned++;
        if (outcome.Search.Bounded > 0)
        {
            s.BoundedSearches.Add(outcome.Id);
        }

        if (options.KeepVerdicts || outcome.Verdict.Score < DocumentVerdict.Unrelated)
        {
            s.Documents.Add((outcome.Id, outcome.Verdict));
        }
        bool unrelated = outcome.Verdict.Score < options.Filters.MinDocumentScore;
        if (unrelated)
        {
            s.DocumentsRejected++;
        }

        foreach (var b in r.Beads)
        {
            beadTypes.Add(b);
            if (b.IsPair)
            {
                s.HindiUnitsAligned += b.HindiCount;
                s.EnglishUnitsAligned += b.EnglishCount;
                s.PairBeads++;
                s.ScoreSum += b.Score;
            }
            else
            {
                s.HindiUnitsUnaligned += b.HindiCount;
                s.EnglishUnitsUnaligned += b.EnglishCount;
            }
        }

        if (outcome.Sentences is { } sa)
        {
            s.Sentences = true;
            s.HindiSentences += sa.Sentences.Hindi.Count;
            s.EnglishSentences += sa.Sentences.English.Count;
            s.SentencesUnalignedInsidePairs += sa.UnalignedInsidePairs;
            foreach (var b in sa.Sentences.Beads)
            {
                sentenceBeadTypes.Add(b);
            }
        }

        foreach (var row in PairRow.Of(r, outcome.Sentences, options.Pairs))
        {
            if (!row.Bead.IsPair)
            {
                continue;
            }

            // A document below --min-doc-score loses all its pairs (and they do not count as seen for the duplicate filter).
            if ((unrelated ? PairFilter.UnrelatedDocument : filter.Reject(row.Source, row.Bead)) is { } reason)
            {
                outcome.Rejected.Add((row, reason));
                s.Rejected[reason] = s.Rejected.GetValueOrDefault(reason) + 1;
            }
            else
            {
                outcome.Kept.Add(row);
                s.PairsWritten++;
            }
        }
    }
}

/// <summary>
/// Beads counted by type (<see cref="Bead.Type"/>) for a batch's summary: the types up to 7-7 in
/// an array, any other in a map, all added to the summary's sorted map when the run ends. Counting
/// every bead straight into the sorted map cost two look-ups of string keys a bead.
/// </summary>
internal sealed class TypeCounts
{
    private const int Side = 8;
    private readonly long[] _common = new long[Side * Side];
    private readonly Dictionary<string, long> _other = new(StringComparer.Ordinal);

    public void Add(Bead b)
    {
        if (b.HindiCount < Side && b.EnglishCount < Side)
        {
            _common[(b.HindiCount * Side) + b.EnglishCount]++;
        }
        else
        {
            _other[b.Type] = _other.GetValueOrDefault(b.Type) + 1;
        }
    }

    /// <summary>Adds the counts to <paramref name="types"/> (a type is there only when counted) and starts again from none.</summary>
    public void AddTo(IDictionary<string, long> types)
    {
        for (int i = 0; i < _common.Length; i++)
        {
            if (_common[i] > 0)
            {
                string type = new Bead(0, i / Side, 0, i % Side, 0).Type;
                types[type] = types.TryGetValue(type, out long n) ? n + _common[i] : _common[i];
            }
        }

        foreach (var (type, count) in _other)
        {
            types[type] = types.TryGetValue(type, out long n) ? n + count : count;
        }

        Array.Clear(_common);
        _other.Clear();
    }
}
