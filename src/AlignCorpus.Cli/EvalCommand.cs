using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AlignCorpus.Core.Evaluation;

namespace AlignCorpus.Cli;

/// <summary>aligncorpus eval GOLD HYP: strict and lax precision, recall and F1 of bead files.</summary>
public static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold bead file, or a directory of them." };
        var hyp = new Argument<string>("HYP") { Description = "Hypothesis bead file, or a directory with files of the same names." };
        var json = new Option<bool>("--json") { Description = "Print all numbers as JSON instead of a table." };
        var perDoc = new Option<bool>("--per-doc") { Description = "Also print the scores of each document." };
        var byType = new Option<bool>("--by-type") { Description = "Also print, per gold bead type, how many gold beads are reproduced exactly." };
        var command = new Command("eval", "Score alignments against gold alignments (strict/lax precision, recall, F1; micro-averaged).")
        {
            gold, hyp, json, perDoc, byType,
        };
        command.SetAction(parse => Guard.Run(stderr, () =>
        {
            var run = EvaluationRun.Run(parse.GetValue(gold)!, parse.GetValue(hyp)!);
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

            return ExitCodes.Success;
        }));
        return command;
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
        w.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
    }
}
