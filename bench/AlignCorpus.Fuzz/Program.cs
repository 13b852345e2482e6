using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;
using SharpFuzz;

// Fuzz target: the input's bytes are split at the first 0xFF 0xFF into a Hindi and an English
// "file"; both go through the loader, and when both load, through the sentence splitter, the
// paragraph aligner, the sentence aligner (sentences across the article, then inside paragraph
// pairs) and the writers at both levels. An InputException is the expected answer to bad input;
// any other exception is a finding, and so is a broken invariant (thrown as FuzzFinding): the
// splitter's pieces must be trimmed, in order, inside the text and cover every non-space
// character; sentence beads must cover every sentence of both sides once, in order.
// Run by bench/fuzz.sh (AFL++ through SharpFuzz); not part of the test suite.
// Instrumented code may run only inside the callback (the coverage map is set up by Run).
Aligner? aligner = null;
SentenceAligner? sentences = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    aligner ??= new Aligner();
    sentences ??= new SentenceAligner(aligner);
    using var ms = new MemoryStream();
    stream.CopyTo(ms);
    var bytes = ms.ToArray();
    int cut = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xFF]);
    var hiBytes = cut < 0 ? bytes : bytes[..cut];
    var enBytes = cut < 0 ? bytes : bytes[(cut + 2)..];
    Article hi, en;
    try
    {
        hi = ArticleLoader.Parse(hiBytes, "hi", UnitMode.Lines);
        en = ArticleLoader.Parse(enBytes, "en", UnitMode.Blocks);
    }
    catch (InputException)
    {
        return;
    }

    foreach (var u in hi.Units.Concat(en.Units))
    {
        CheckSplit(u.Original);
    }

    var result = aligner.Align(hi, en, explain: true);
    var w = new StringWriter();
    BeadWriter.Write(result.Beads, w);
    TsvWriter.Write(result, w, new WriterOptions { IncludeUnaligned = true });
    TmxWriter.Write(result, w, new WriterOptions { IncludeUnaligned = true });

    var s = sentences.Align(hi, en, explain: true);
    CheckCover(s.Sentences);
    CheckCover(s.Paragraphs);
    foreach (var units in new[] { OutputUnits.Sentences, OutputUnits.Both })
    {
        var options = new WriterOptions { IncludeUnaligned = true, Units = units };
        BeadWriter.Write(PairRow.BeadsOf(s.Paragraphs, s, units), w);
        TsvWriter.Write(PairRow.Of(s.Paragraphs, s, units), w, options);
        TmxWriter.Write(PairRow.Of(s.Paragraphs, s, units), w, options);
    }
});

static void CheckSplit(string text)
{
    int at = 0;
    foreach (var r in SentenceSplitter.Split(text))
    {
        var (start, length) = r.GetOffsetAndLength(text.Length);
        if (start < at || length == 0 || char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[start + length - 1]))
        {
            throw new FuzzFinding($"splitter: piece {start}+{length} out of order, empty or untrimmed");
        }

        Blank(text, at, start);
        at = start + length;
    }

    Blank(text, at, text.Length);
}

static void Blank(string text, int from, int to)
{
    for (int k = from; k < to; k++)
    {
        if (!char.IsWhiteSpace(text[k]))
        {
            throw new FuzzFinding($"splitter: character {k} of '{text}' in no piece");
        }
    }
}

static void CheckCover(AlignmentResult r)
{
    int h = 0, e = 0;
    foreach (var b in r.Beads)
    {
        if (b.HindiStart != h || b.EnglishStart != e || b.HindiCount + b.EnglishCount == 0)
        {
            throw new FuzzFinding($"beads: [{b.HindiStart}+{b.HindiCount}]:[{b.EnglishStart}+{b.EnglishCount}] where {h}:{e} was next");
        }

        h += b.HindiCount;
        e += b.EnglishCount;
    }

    if (h != r.Hindi.Count || e != r.English.Count)
    {
        throw new FuzzFinding($"beads cover {h}:{e} of {r.Hindi.Count}:{r.English.Count} units");
    }
}

/// <summary>A broken invariant: a finding, as a crash is.</summary>
internal sealed class FuzzFinding(string message) : Exception(message);
