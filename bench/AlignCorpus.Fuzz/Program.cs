using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Writing;
using SharpFuzz;

// Fuzz target: the input's bytes are split at the first 0xFF 0xFF into a Hindi and an English
// "file"; both go through the loader, and when both load, through the aligner and the writers.
// An InputException is the expected answer to bad input; any other exception is a finding.
// Run by bench/fuzz.sh (AFL++ through SharpFuzz); not part of the test suite.
// Instrumented code may run only inside the callback (the coverage map is set up by Run).
Aligner? aligner = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    aligner ??= new Aligner();
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

    var result = aligner.Align(hi, en, explain: true);
    var w = new StringWriter();
    BeadWriter.Write(result.Beads, w);
    TsvWriter.Write(result, w, new WriterOptions { IncludeUnaligned = true });
    TmxWriter.Write(result, w, new WriterOptions { IncludeUnaligned = true });
});
