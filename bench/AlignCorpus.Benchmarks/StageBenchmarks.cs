using AlignCorpus.Core.Alignment;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Anchors;
using AlignCorpus.Core.Loading;
using AlignCorpus.Core.Sentences;
using AlignCorpus.Core.Writing;
using BenchmarkDotNet.Attributes;

namespace AlignCorpus.Benchmarks;

/// <summary>
/// The stages of aligning one article pair, each on its own, over every pair of an input set:
/// "seed" (the seed pair), "samples" (the five pairs of samples/) and "dev" (the 30 pairs of
/// ../shared/data/dev, when it is there). The dictionary is FreeDict where installed (as `align`
/// uses it), else none. Each stage starts from the previous stage's results, computed once in
/// the setup; the analyser keeps its per-word cache between operations, as in a batch.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private (string Hindi, string English)[] _paths = [];
    private (Article Hindi, Article English)[] _articles = [];
    private (UnitFeatures[] Hindi, UnitFeatures[] English)[] _features = [];
    private AnchorLinks[] _links = [];
    private CostModel[] _models = [];
    private AlignmentResult[] _results = [];
    private Lexicon? _lexicon;
    private Aligner _aligner = null!;
    private readonly CountingStream _sink = new();
    private StreamWriter _tsv = null!;
    private SentenceAligner _sentenceAligner = null!;

    /// <summary>The input set.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "seed";

    public static IEnumerable<string> Inputs() => Data.Sets();

    [GlobalSetup]
    public void Setup()
    {
        _paths = Data.Pairs(Input);
        _lexicon = Lexicon.LoadInstalled();
        _aligner = new Aligner(AlignerOptions.Default, _lexicon);
        _sentenceAligner = new SentenceAligner(_aligner);
        _articles = [.. _paths.Select(p => PairLoader.LoadPair(p.Hindi, p.English, UnitMode.Lines))];
        var extractor = _aligner.Extractor;
        _features = [.. _articles.Select(a => (extractor.Analyze(a.Hindi, Language.Hindi), extractor.Analyze(a.English, Language.English)))];
        _links = [.. _features.Select(f => AnchorLinks.Build(f.Hindi, f.English, _aligner.Lexicon))];
        _models = [.. _features.Select((f, i) => new CostModel(_aligner.Options, f.Hindi, f.English, _links[i]))];
        _results = [.. _articles.Select(a => _sentenceAligner.Align(a.Hindi, a.English).Paragraphs)];
        _tsv = new StreamWriter(_sink, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    [GlobalCleanup]
    public void Cleanup() => _tsv.Dispose();

    /// <summary>Reading, decoding, splitting and checking the scripts of both files.</summary>
    [Benchmark]
    public int LoadPair()
    {
        int units = 0;
        foreach (var (hi, en) in _paths)
        {
            var (h, e) = PairLoader.LoadPair(hi, en, UnitMode.Lines);
            units += h.Count + e.Count;
        }

        return units;
    }

    /// <summary>FeatureExtractor.Analyze of both articles (anchors and lengths of every paragraph).</summary>
    [Benchmark]
    public int Features()
    {
        int n = 0;
        foreach (var (hi, en) in _articles)
        {
            n += _aligner.Extractor.Analyze(hi, Language.Hindi).Length + _aligner.Extractor.Analyze(en, Language.English).Length;
        }

        return n;
    }

    /// <summary>AnchorLinks.Build: which anchors of the two sides match (dictionary, names, numbers).</summary>
    [Benchmark]
    public int Anchors()
    {
        int n = 0;
        foreach (var (hi, en) in _features)
        {
            n += AnchorLinks.Build(hi, en, _aligner.Lexicon).GetHashCode() & 1;
        }

        return n;
    }

    /// <summary>Aligner.Align on a cost model built in the setup: the paragraph-by-paragraph dynamic programme.</summary>
    [Benchmark]
    public int ParagraphDp()
    {
        int beads = 0;
        for (int i = 0; i < _models.Length; i++)
        {
            beads += _aligner.Align(_models[i], _features[i].Hindi.Length, _features[i].English.Length).Count;
        }

        return beads;
    }

    /// <summary>SentenceAligner.Align: the default method (sentences across the article, grouped into paragraph beads), from loaded articles.</summary>
    [Benchmark]
    public int SentencesAcrossArticle()
    {
        int beads = 0;
        foreach (var (hi, en) in _articles)
        {
            beads += _sentenceAligner.Align(hi, en).Paragraphs.Beads.Count;
        }

        return beads;
    }

    /// <summary>Writing the paragraph pairs as TSV (UTF-8, through a 64 KB writer made once, to a stream that only counts bytes).</summary>
    [Benchmark]
    public long WriteTsv()
    {
        foreach (var result in _results)
        {
            TsvWriter.Write(result, _tsv, new WriterOptions());
        }

        _tsv.Flush();
        return _sink.Length;
    }

    /// <summary>A write-only stream that only counts.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
