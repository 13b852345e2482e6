using System.Text.Json;

namespace AlignCorpus.Core.Corpus;

/// <summary>What a batch did: documents, paragraphs, beads, filters, time. Written as text and JSON.</summary>
public sealed class BatchSummary
{
    public int DocumentsRead { get; set; }

    public int DocumentsAligned { get; set; }

    public List<(string Id, string Reason)> Failures { get; } = [];

    /// <summary>Articles that --pair auto left without a partner (not failures: nothing fitted).</summary>
    public List<string> Unpaired { get; } = [];

    /// <summary>How the corpus was made (tool, dictionary, gazetteer, options), or null.</summary>
    public Writing.Provenance? Provenance { get; set; }

    /// <summary>Every aligned document's verdict, in input order (only those that look unrelated when the batch keeps no verdicts: <see cref="BatchOptions.KeepVerdicts"/>).</summary>
    public List<(string Id, DocumentVerdict Verdict)> Documents { get; } = [];

    /// <summary>Documents whose pairs were all rejected by --min-doc-score.</summary>
    public int DocumentsRejected { get; set; }

    /// <summary>Documents that look unrelated: a document score below <see cref="DocumentVerdict.Unrelated"/>.</summary>
    public IEnumerable<(string Id, DocumentVerdict Verdict)> Unrelated => Documents.Where(d => d.Verdict.Score < DocumentVerdict.Unrelated);

    /// <summary>
    /// Documents whose search stopped at the cell budget (sides of wildly different sizes, or
    /// sharing few anchors): aligned, but pairs far from the diagonal and the anchors may be missed.
    /// </summary>
    public List<string> BoundedSearches { get; } = [];

    public long HindiUnitsAligned { get; set; }

    public long HindiUnitsUnaligned { get; set; }

    public long EnglishUnitsAligned { get; set; }

    public long EnglishUnitsUnaligned { get; set; }

    public SortedDictionary<string, long> BeadTypes { get; } = new(StringComparer.Ordinal);

    public double ScoreSum { get; set; }

    public long PairBeads { get; set; }

    public long PairsWritten { get; set; }

    public SortedDictionary<string, long> Rejected { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether sentences were aligned (--units sentences or both); the sentence counts below are then filled.</summary>
    public bool Sentences { get; set; }

    public long HindiSentences { get; set; }

    public long EnglishSentences { get; set; }

    public SortedDictionary<string, long> SentenceBeadTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Sentences left unaligned inside a paragraph pair (reported, never merged into a neighbour).</summary>
    public long SentencesUnalignedInsidePairs { get; set; }

    public TimeSpan Elapsed { get; set; }

    public bool Interrupted { get; set; }

    /// <summary>--fail-fast stopped the run at a failed document (the corpus was not committed).</summary>
    public bool StoppedAtFailure { get; set; }

    /// <summary>Documents not aligned because their per-document file existed (--skip-existing).</summary>
    public int DocumentsSkipped { get; set; }

    public double MeanScore => PairBeads == 0 ? 0 : ScoreSum / PairBeads;

    public double DocumentsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : DocumentsRead / Elapsed.TotalSeconds;

    public void WriteText(TextWriter w)
    {
        w.WriteLine(FormattableString.Invariant(
            $"documents: {DocumentsRead} read, {DocumentsAligned} aligned, {Failures.Count} failed") +
            (DocumentsSkipped > 0 ? FormattableString.Invariant($", {DocumentsSkipped} skipped (file already written)") : string.Empty) +
            (Interrupted ? " (interrupted)" : StoppedAtFailure ? " (stopped at the first failure: --fail-fast)" : string.Empty));
        if (Unpaired.Count > 0)
        {
            w.WriteLine(FormattableString.Invariant($"unpaired articles: {Unpaired.Count}"));
        }

        if (Provenance is { } p)
        {
            w.WriteLine($"made by: {p.Tool}; dictionary {p.DictionaryName}{(p.DictionaryHash is null ? string.Empty : " " + p.DictionaryHash)}; {p.Gazetteer}");
        }

        if (Documents.Count > 0)
        {
            var scores = Documents.Select(d => d.Verdict.Score).Order().ToList();
            w.WriteLine(FormattableString.Invariant(
                $"document scores: min {scores[0]:0.000}, median {scores[scores.Count / 2]:0.000}, {Unrelated.Count()} below {DocumentVerdict.Unrelated:0.00} (look unrelated)") +
                (DocumentsRejected > 0 ? FormattableString.Invariant($", {DocumentsRejected} rejected by --min-doc-score") : string.Empty));
        }

        w.WriteLine(FormattableString.Invariant(
            $"paragraphs: hi {HindiUnitsAligned} aligned / {HindiUnitsUnaligned} unaligned, en {EnglishUnitsAligned} aligned / {EnglishUnitsUnaligned} unaligned"));
        w.WriteLine("beads: " + Counts(BeadTypes));
        if (BoundedSearches.Count > 0)
        {
            w.WriteLine(FormattableString.Invariant(
                $"bounded searches (sides follow each other too loosely for a full search): {BoundedSearches.Count} document(s), e.g. {string.Join(", ", BoundedSearches.Take(5))}"));
        }

        if (Sentences)
        {
            w.WriteLine(FormattableString.Invariant(
                $"sentences: hi {HindiSentences}, en {EnglishSentences}, {SentencesUnalignedInsidePairs} unaligned inside paragraph pairs; beads: ") +
                Counts(SentenceBeadTypes));
        }

        w.WriteLine(FormattableString.Invariant($"pairs: {PairBeads} aligned, mean score {MeanScore:0.000}, {PairsWritten} written") +
            (Rejected.Count > 0 ? ", rejected: " + Counts(Rejected) : string.Empty));
        w.WriteLine(FormattableString.Invariant($"time: {Elapsed.TotalSeconds:0.00} s, {DocumentsPerSecond:0.0} documents/s"));
        foreach (var (id, reason) in Failures.Take(20))
        {
            w.WriteLine($"failed: {id}: {reason}");
        }

        if (Failures.Count > 20)
        {
            w.WriteLine($"failed: ... and {Failures.Count - 20} more (see --summary)");
        }
    }

    /// <summary>The summary as indented JSON text.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        WriteJson(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void WriteJson(Stream stream)
    {
        using var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        j.WriteStartObject();
        Provenance?.WriteJson(j, "provenance");
        j.WriteNumber("documents_read", DocumentsRead);
        j.WriteNumber("documents_aligned", DocumentsAligned);
        j.WriteNumber("documents_failed", Failures.Count);
        j.WriteNumber("documents_skipped", DocumentsSkipped);
        j.WriteBoolean("interrupted", Interrupted);
        j.WriteBoolean("stopped_at_failure", StoppedAtFailure);
        j.WriteStartArray("failures");
        foreach (var (id, reason) in Failures)
        {
            j.WriteStartObject();
            j.WriteString("id", id);
            j.WriteString("reason", reason);
            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WriteStartArray("unpaired");
        foreach (var path in Unpaired)
        {
            j.WriteStringValue(path);
        }

        j.WriteEndArray();
        j.WriteNumber("documents_rejected", DocumentsRejected);
        j.WriteNumber("documents_unrelated", Unrelated.Count());
        j.WriteStartArray("documents");
        foreach (var (id, v) in Documents)
        {
            j.WriteStartObject();
            j.WriteString("id", id);
            j.WriteNumber("hi_aligned_share", Math.Round(v.HindiShare, 4));
            j.WriteNumber("en_aligned_share", Math.Round(v.EnglishShare, 4));
            j.WriteNumber("score", Math.Round(v.Score, 4));
            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WriteStartObject("paragraphs");
        j.WriteNumber("hi_aligned", HindiUnitsAligned);
        j.WriteNumber("hi_unaligned", HindiUnitsUnaligned);
        j.WriteNumber("en_aligned", EnglishUnitsAligned);
        j.WriteNumber("en_unaligned", EnglishUnitsUnaligned);
        j.WriteEndObject();
        WriteCounts(j, "bead_types", BeadTypes);
        if (BoundedSearches.Count > 0)
        {
            j.WriteStartArray("bounded_searches");
            foreach (var id in BoundedSearches)
            {
                j.WriteStringValue(id);
            }

            j.WriteEndArray();
        }

        if (Sentences)
        {
            j.WriteStartObject("sentences");
            j.WriteNumber("hi", HindiSentences);
            j.WriteNumber("en", EnglishSentences);
            j.WriteNumber("unaligned_inside_paragraph_pairs", SentencesUnalignedInsidePairs);
            WriteCounts(j, "bead_types", SentenceBeadTypes);
            j.WriteEndObject();
        }

        j.WriteNumber("pair_beads", PairBeads);
        j.WriteNumber("mean_score", Math.Round(MeanScore, 4));
        j.WriteNumber("pairs_written", PairsWritten);
        WriteCounts(j, "rejected", Rejected);
        j.WriteNumber("elapsed_seconds", Math.Round(Elapsed.TotalSeconds, 3));
        j.WriteNumber("documents_per_second", Math.Round(DocumentsPerSecond, 1));
        j.WriteEndObject();
    }

    private static string Counts(SortedDictionary<string, long> counts) => string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"));

    private static void WriteCounts(Utf8JsonWriter j, string name, SortedDictionary<string, long> counts)
    {
        j.WriteStartObject(name);
        foreach (var (key, n) in counts)
        {
            j.WriteNumber(key, n);
        }

        j.WriteEndObject();
    }
}
