using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Writing;

/// <summary>
/// Writes pairs in the Moses two-file format that fairseq, Marian, OpenNMT and sacrebleu read: line
/// k of the Hindi file and line k of the English file are one pair, so both files always have the
/// same number of lines. Only pairs are written (a unit with an empty other side has no place in
/// this format); a text never contains a line break (units are folded on loading, and folded again here).
/// </summary>
public sealed class MosesWriter(TextWriter hindi, TextWriter english, TextForm form)
{
    /// <summary>How many pairs were written.</summary>
    public long Pairs { get; private set; }

    public void Write(IEnumerable<PairRow> rows)
    {
        foreach (var row in rows)
        {
            if (!row.Bead.IsPair)
            {
                continue;
            }

            hindi.Write(Line(row.Source.HindiText(row.Bead, form)));
            hindi.Write('\n');
            english.Write(Line(row.Source.EnglishText(row.Bead, form)));
            english.Write('\n');
            Pairs++;
        }
    }

    /// <summary>A text on one line: CR and LF (and the separators Unicode counts as line breaks) become spaces.</summary>
    public static string Line(string text) =>
        text.AsSpan().IndexOfAny("\r\n\u0085\u2028\u2029") < 0
            ? text
            : text.Replace('\r', ' ').Replace('\n', ' ').Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
}
