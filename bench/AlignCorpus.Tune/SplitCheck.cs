using AlignCorpus.Core.Sentences;

/// <summary>
/// How well the sentence splitter cuts the dev paragraphs at the gold segment boundaries: for each
/// gold pair side, is its text one split sentence (right), a run of several (cut too often), or
/// not a run at all (cut too rarely)? Prints the failures.
/// </summary>
internal static class SplitCheck
{
    public static void Run(string data, bool verbose)
    {
        int right = 0, over = 0, under = 0;
        foreach (var goldPath in Directory.GetFiles(Path.Combine(data, "sentences"), "*.tsv").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(goldPath);
            foreach (var (dir, col) in new[] { ("hi", 0), ("en", 1) })
            {
                var sentences = new List<string>();
                foreach (var line in File.ReadLines(Path.Combine(data, dir, name + ".txt")))
                {
                    string folded = Norm(line);
                    if (folded.Length > 0)
                    {
                        sentences.AddRange(SentenceSplitter.SplitToStrings(folded).Select(Norm));
                    }
                }

                var index = new Dictionary<string, int>();
                for (int i = 0; i < sentences.Count; i++)
                {
                    index.TryAdd(sentences[i], i);
                }

                foreach (var g in File.ReadLines(goldPath).Select(l => Norm(l.Split('\t')[col])))
                {
                    if (index.ContainsKey(g))
                    {
                        right++;
                    }
                    else if (IsRun(sentences, g))
                    {
                        over++;
                        if (verbose)
                        {
                            Console.WriteLine($"OVER  {name} {dir}: {g}");
                        }
                    }
                    else
                    {
                        under++;
                        if (verbose)
                        {
                            Console.WriteLine($"UNDER {name} {dir}: {g}");
                        }
                    }
                }
            }
        }

        Console.WriteLine($"gold sides: right {right}, cut too often {over}, not a run (cut too rarely) {under}");
    }

    private static bool IsRun(List<string> sentences, string g)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            string acc = sentences[i];
            for (int j = i + 1; j < sentences.Count && acc.Length < g.Length; j++)
            {
                acc += " " + sentences[j];
                if (acc == g)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Norm(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
