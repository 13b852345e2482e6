using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AlignCorpus.Core.Evaluation;

namespace AlignCorpus.Cli;

/// <summary>
/// aligncorpus eval GOLD HYP: strict and lax precision, recall and F1 of bead files, or with
/// --pairs of sentence-pair TSV files (as ../shared/tools/score_pairs.py scores them).
/// </summary>
public static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold bead file (with --pairs: gold pairs TSV), or a directory of them." };
        var hyp = new Argument<string>("HYP") { Description = "Hypothesis bead file (with --pairs: pairs TSV, hi and en first), or a directory with files of the same names." };
        var pairs = new Option<bool>("--pairs")
        {
            Description = "Score sentence pairs (TSV: hi, en, ...; e.g. align --units sentences --format tsv) against gold pairs (hi<TAB>en): strict = exact pair, lax = a join of consecutive gold pairs.",
        };
        var json = new Option<bool>("--json") { Description = "Print all numbers as JSON instead of a table." };
        var perDoc = new Option<bool>("--per-doc") { Description = "Also print the scores of each document." };
        var byType = new Option<bool>("--by-type") { Description = "Also print, per gold bead type, how many gold beads are reproduced exactly." };
        var failUnder = NumberOptions.Real("--fail-under",
            "Exit with 5 when the strict F1 (with-null; with --pairs, of the pairs) is below this (0-1): a gate for CI.", 0, 1, 0);
        var command = new Command("eval", "Score alignments against gold alignments (strict/lax precision, recall, F1; micro-averaged).\n\n" +
            "Exit codes: 0 scored, 1 usage error, 2 bad input (or no hypothesis for any gold file), 5 strict F1 below --fail-under.")
        {
            gold, hyp, json, perDoc, byType, pairs, failUnder,
        };
        InputOptions.ForbidEmptyValues(command);
        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            if (parse.GetValue(pairs))
            {
                var pairRun = PairEvaluationRun.Run(parse.GetValue(gold)!, parse.GetValue(hyp)!);
                if (pairRun.ExtraHypotheses.Count > 0)
                {
                    stderr.WriteLine($"aligncorpus: warning: {pairRun.ExtraHypotheses.Count} hypothesis files without gold ignored (e.g. {pairRun.ExtraHypotheses[0]})");
                }

                if (pairRun.Missing > 0)
                {
                    stderr.WriteLine($"aligncorpus: warning: {pairRun.Missing} documents have no hypothesis file (scored as empty)");
                }

                NoneMatched(pairRun.Documents.Count, pairRun.Missing, parse.GetValue(gold)!, parse.GetValue(hyp)!);
                if (parse.GetValue(json))
                {
                    WritePairJson(pairRun, stdout);
                }
                else
                {
                    WritePairTable(pairRun, stdout, parse.GetValue(perDoc));
                }

                return Gate(pairRun.Total.F1Strict, parse.GetValue(failUnder), stderr);
            }

            var run = EvaluationRun.Run(parse.GetValue(gold)!, parse.GetValue(hyp)!);
            NoneMatched(run.Documents.Count, run.Missing, parse.GetValue(gold)!, parse.GetValue(hyp)!);
            foreach (var d in run.Documents.Where(d => d.MissingHypothesis))
            {
                stderr.WriteLine($"aligncorpus: warning: no hypothesis for {d.Name} (scored as empty)");
            }

            if (parse.GetValue(json))
            {
                WriteJson(run, stdout);
            }
            else
            {
                WriteTable(run, stdout, parse.GetValue(perDoc), parse.GetValue(byType));
            }

            return Gate(run.Total[NullTreatment.WithNull].Scores.F1Strict, parse.GetValue(failUnder), stderr);
        }));
        return command;
    }

    /// <summary>Several gold files and not one hypothesis among them is a wrong folder or naming, not a score of 0.</summary>
    private static void NoneMatched(int documents, int missing, string gold, string hyp)
    {
        if (documents > 1 && missing == documents)
        {
            throw new CliError(ExitCodes.BadInput,
                $"{hyp}: no hypothesis file has the name of any of the {documents} gold files in {gold} (hypotheses are matched to gold files by file name)");
        }
    }

    /// <summary>--fail-under: exit 5 with one line when the strict F1 is below the gate.</summary>
    private static int Gate(double f1, double failUnder, TextWriter stderr)
    {
        if (f1 < failUnder)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aligncorpus: strict F1 {f1:0.0000} is below --fail-under {failUnder:0.0000}"));
            return ExitCodes.BelowThreshold;
        }

        return ExitCodes.Success;
    }

    public static string Name(NullTreatment t) => t switch
    {
        NullTreatment.WithNull => "with-null",
        NullTreatment.Vecalign => "vecalign",
        _ => "no-null",
    };

    private static void WriteTable(EvaluationRun run, TextWriter w, bool perDoc, bool byType)
    {
        var inv = CultureInfo.InvariantCulture;
        if (perDoc)
        {
            w.WriteLine($"{"document (with-null)",-40} P_str  R_str  F1_str  P_lax  R_lax  F1_lax");
            foreach (var d in run.Documents)
            {
                var s = d.Counts[NullTreatment.WithNull].Scores;
                string name = d.Name.Length > 40 ? d.Name[..40] : d.Name;
                w.WriteLine(string.Create(inv,
                    $"{name,-40} {s.PrecisionStrict:0.000}  {s.RecallStrict:0.000}  {s.F1Strict:0.000}   {s.PrecisionLax:0.000}  {s.RecallLax:0.000}  {s.F1Lax:0.000}"));
            }

            w.WriteLine();
        }

        w.WriteLine(run.Missing > 0 ? $"documents: {run.Documents.Count}  (missing hypotheses: {run.Missing})" : $"documents: {run.Documents.Count}");
        w.WriteLine("nulls      |   P_str   R_str  F1_str |   P_lax   R_lax  F1_lax");
        foreach (var t in EvaluationRun.Treatments)
        {
            var s = run.Total[t].Scores;
            w.WriteLine(string.Create(inv,
                $"{Name(t),-10} | {s.PrecisionStrict,7:0.000} {s.RecallStrict,7:0.000} {s.F1Strict,7:0.000} | {s.PrecisionLax,7:0.000} {s.RecallLax,7:0.000} {s.F1Lax,7:0.000}"));
        }

        if (byType)
        {
            w.WriteLine("gold bead type (hi-en): exact matches / gold beads");
            foreach (var (type, (found, count)) in run.ByType.OrderByDescending(kv => kv.Value.Gold).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteLine(string.Create(inv, $"  {type,-5} {found,5} / {count,-5} = {(count == 0 ? 0 : (double)found / count):0.000}"));
            }
        }
    }

    private static void WriteJson(EvaluationRun run, TextWriter w)
    {
        object Scores(DocumentCounts c)
        {
            var s = c.Scores;
            return new Dictionary<string, double>
            {
                ["precision_strict"] = s.PrecisionStrict,
                ["recall_strict"] = s.RecallStrict,
                ["f1_strict"] = s.F1Strict,
                ["precision_lax"] = s.PrecisionLax,
                ["recall_lax"] = s.RecallLax,
                ["f1_lax"] = s.F1Lax,
            };
        }

        var doc = new Dictionary<string, object>
        {
            ["documents"] = run.Documents.Count,
            ["missing"] = run.Missing,
            ["total"] = EvaluationRun.Treatments.ToDictionary(Name, t => Scores(run.Total[t])),
            ["per_doc"] = run.Documents.ToDictionary(d => d.Name, d => EvaluationRun.Treatments.ToDictionary(Name, t => Scores(d.Counts[t]))),
            ["by_type"] = run.ByType.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Found, kv.Value.Gold }),
        };
        w.WriteLine(JsonSerializer.Serialize(doc, EvalJson.Default.DictionaryStringObject));
    }

    private static void WritePairTable(PairEvaluationRun run, TextWriter w, bool perDoc)
    {
        var inv = CultureInfo.InvariantCulture;
        if (perDoc)
        {
            foreach (var d in run.Documents)
            {
                var c = d.Counts;
                w.WriteLine(string.Create(inv, $"{d.Name,-40} gold {c.Gold,4} hyp {c.Hypothesis,4}  strict F1 {c.F1Strict:0.000}  lax F1 {c.F1Lax:0.000}"));
            }
        }

        var t = run.Total;
        w.WriteLine(string.Create(inv,
            $"documents: {run.Documents.Count}  gold pairs {t.Gold}  hyp pairs {t.Hypothesis}  (hyp lines with an empty side skipped: {t.SkippedEmpty})"));
        w.WriteLine("pairs      |       P       R      F1");
        w.WriteLine(string.Create(inv, $"{"strict",-10} | {t.PrecisionStrict,7:0.000} {t.RecallStrict,7:0.000} {t.F1Strict,7:0.000}"));
        w.WriteLine(string.Create(inv, $"{"lax",-10} | {t.PrecisionLax,7:0.000} {t.RecallLax,7:0.000} {t.F1Lax,7:0.000}"));
    }

    private static void WritePairJson(PairEvaluationRun run, TextWriter w)
    {
        static object Scores(PairCounts c) => new Dictionary<string, object>
        {
            ["strict"] = new Dictionary<string, double> { ["precision"] = c.PrecisionStrict, ["recall"] = c.RecallStrict, ["f1"] = c.F1Strict },
            ["lax"] = new Dictionary<string, double> { ["precision"] = c.PrecisionLax, ["recall"] = c.RecallLax, ["f1"] = c.F1Lax },
            ["counts"] = new Dictionary<string, int>
            {
                ["gold"] = c.Gold,
                ["hyp"] = c.Hypothesis,
                ["strict_tp"] = c.StrictMatched,
                ["lax_tp_p"] = c.LaxMatched,
                ["lax_tp_r"] = c.LaxCovered,
                ["skipped_empty"] = c.SkippedEmpty,
            },
        };

        var doc = new Dictionary<string, object>
        {
            ["documents"] = run.Documents.Count,
            ["missing"] = run.Missing,
            ["total"] = Scores(run.Total),
            ["per_doc"] = run.Documents.ToDictionary(d => d.Name, d => Scores(d.Counts)),
        };
        w.WriteLine(JsonSerializer.Serialize(doc, EvalJson.Default.DictionaryStringObject));
    }
}

/// <summary>
/// The JSON of <c>eval --json</c>, serialised by generated code (no reflection: the tool also
/// publishes as a native executable, where reflection-based serialisation is off). Every type
/// that stands as a value of <c>object</c> there is listed.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, object>>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(Dictionary<string, int[]>))]
[JsonSerializable(typeof(int))]
internal sealed partial class EvalJson : JsonSerializerContext;
