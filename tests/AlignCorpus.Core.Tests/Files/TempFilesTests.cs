using AlignCorpus.Core.Files;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Files;

public sealed class TempFilesTests
{
    [Fact]
    public void Remove_all_deletes_the_live_temporary_files_and_refuses_later_commits()
    {
        string dir = TempFolders.Create("aligncorpus-temp-");
        string a = Path.Combine(dir, ".a.tmp"), b = Path.Combine(dir, ".b.tmp"), done = Path.Combine(dir, ".done.tmp");
        var registry = new TempFiles();
        foreach (var p in new[] { a, b, done })
        {
            File.WriteAllText(p, "x");
            registry.Register(p);
        }

        registry.Commit(done, () => File.Move(done, Path.Combine(dir, "done")));
        registry.RemoveAll().Should().Be(2);

        Directory.GetFiles(dir).Select(Path.GetFileName).Should().Equal("done");
        var late = () => registry.Commit(a, () => File.WriteAllText(Path.Combine(dir, "late"), "x"));
        late.Should().Throw<OperationCanceledException>();
        File.Exists(Path.Combine(dir, "late")).Should().BeFalse();
    }

    [Fact]
    public void An_atomic_writer_registers_its_temporary_file_until_it_commits_or_is_disposed()
    {
        string dir = TempFolders.Create("aligncorpus-temp-");
        using (var w = new AtomicFileWriter(Path.Combine(dir, "out.txt")))
        {
            w.Writer.Write("x");
        }

        Directory.GetFileSystemEntries(dir).Should().BeEmpty("disposed without a commit");
        using (var w = new AtomicFileWriter(Path.Combine(dir, "out.txt")))
        {
            w.Writer.Write("x");
            w.Commit();
        }

        Directory.GetFiles(dir).Select(Path.GetFileName).Should().Equal("out.txt");
    }
}
