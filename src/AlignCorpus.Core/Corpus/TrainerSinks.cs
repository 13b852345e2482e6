using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Corpus;

/// <summary>One JSONL corpus: every kept pair an object naming its document (<see cref="JsonlWriter"/>).</summary>
public sealed class CorpusJsonlSink(TextWriter writer, WriterOptions options) : IBatchSink
{
    private readonly JsonlWriter _jsonl = new(writer, options.Text);

    public void Write(DocumentOutcome outcome) => _jsonl.Write(outcome.Rows(options.Units, options.IncludeUnaligned), outcome.Id);
}

/// <summary>One Moses corpus: the kept pairs of every document, line by line in two files (<see cref="MosesWriter"/>).</summary>
public sealed class CorpusMosesSink(TextWriter hindi, TextWriter english, WriterOptions options) : IBatchSink
{
    private readonly MosesWriter _moses = new(hindi, english, options.Text);

    public void Write(DocumentOutcome outcome) => _moses.Write(outcome.Rows(options.Units, includeUnaligned: false));
}
