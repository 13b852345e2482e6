using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Evaluation;

/// <summary>The scores of one document under each null treatment.</summary>
public sealed record DocumentEvaluation(string Name, IReadOnlyDictionary<NullTreatment, DocumentCounts> Counts, bool MissingHypothesis);

/// <summary>
/// Scores a hypothesis bead file against a gold bead file, or every file of a gold directory
/// against the file of the same name in a hypothesis directory (a missing one counts as empty).
/// Totals are micro-averaged: counts summed over documents before dividing.
/// </summary>
public sealed class EvaluationRun
{
    public static readonly NullTreatment[] Treatments = [NullTreatment.WithNull, NullTreatment.Vecalign, NullTreatment.NoNull];

    private EvaluationRun(List<DocumentEvaluation> documents, Dictionary<string, (int Found, int Gold)> byType)
    {
        Documents = documents;
        ByType = byType;
        Total = Treatments.ToDictionary(t => t, t => documents.Aggregate(default(DocumentCounts), (acc, d) => acc + d.Counts[t]));
    }

    public IReadOnlyList<DocumentEvaluation> Documents { get; }

    public IReadOnlyDictionary<NullTreatment, DocumentCounts> Total { get; }

    /// <summary>Per gold bead type ("1-1", "0-1", ...): gold beads reproduced exactly, and gold beads.</summary>
    public IReadOnlyDictionary<string, (int Found, int Gold)> ByType { get; }

    public int Missing => Documents.Count(d => d.MissingHypothesis);

    public static EvaluationRun Run(string gold, string hyp)
    {
        var pairs = new List<(string Name, string Gold, string Hyp)>();
        if (Directory.Exists(gold))
        {
            if (!Directory.Exists(hyp))
            {
                throw new InputException(InputErrorKind.NotFound, hyp, null, "gold is a directory, so the hypothesis must be a directory too");
            }

            foreach (var g in Directory.GetFiles(gold).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(g);
                pairs.Add((name, g, CompressionFormat.Existing(Path.Combine(hyp, name))));
            }
        }
        else
        {
            pairs.Add((Path.GetFileName(gold), gold, hyp));
        }

        var docs = new List<DocumentEvaluation>();
        var byType = new Dictionary<string, (int Found, int Gold)>(StringComparer.Ordinal);
        foreach (var (name, g, h) in pairs)
        {
            var goldBeads = BeadFile.Read(g);
            bool missing = !File.Exists(h) && pairs.Count > 1;
            var hypBeads = missing ? [] : BeadFile.Read(h);
            var hypKeys = hypBeads.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var b in goldBeads)
            {
                var (found, count) = byType.GetValueOrDefault(b.Type);
                byType[b.Type] = (found + (hypKeys.Contains(b.Key) ? 1 : 0), count + 1);
            }

            var counts = Treatments.ToDictionary(t => t, t => AlignmentScorer.Score(goldBeads, hypBeads, t));
            docs.Add(new DocumentEvaluation(name, counts, missing));
        }

        return new EvaluationRun(docs, byType);
    }
}
