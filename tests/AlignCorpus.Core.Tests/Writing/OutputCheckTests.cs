using System.Runtime.CompilerServices;
using AlignCorpus.Core.Writing;

namespace AlignCorpus.Core.Tests.Writing;

/// <summary>
/// <see cref="OutputCheck.SealOutputs"/> and <see cref="OutputCheck.Complete"/>: a batch's input
/// paths are compared with its outputs without being kept, and nothing is kept while it runs.
/// </summary>
public sealed class OutputCheckTests : IDisposable
{
    private readonly string _dir = TempFolders.Create("aligncorpus-check-");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Complete_ForgetsTheRegisteredPaths()
    {
        string dir = _dir;
        var check = new OutputCheck();
        var paths = Register(check, dir, 50);
        check.AddOutput("--output", Path.Combine(dir, "out.tsv"));

        // Registered and not completed: the check holds every input's path.
        Collect();
        paths.Count(p => p.IsAlive).Should().Be(50);

        check.Complete();
        Collect();
        paths.Count(p => p.IsAlive).Should().Be(0, "a completed check keeps none of the paths registered with it");
        GC.KeepAlive(check);
    }

    [Fact]
    public void Complete_RefusesLaterRegistrations()
    {
        string dir = _dir;
        string input = Path.Combine(dir, "in.txt");
        File.WriteAllText(input, "input");
        var check = new OutputCheck();
        check.AddInput(input);
        var clash = () => check.AddOutput("--output", input);
        clash.Should().Throw<AlignCorpus.Core.Loading.InputException>().WithMessage("*also an input*");

        check.Complete();
        var lateInput = () => check.AddInput(input);
        var lateOutput = () => check.AddOutput("--output", Path.Combine(dir, "out.tsv"));
        lateInput.Should().Throw<InvalidOperationException>().WithMessage("*complete*");
        lateOutput.Should().Throw<InvalidOperationException>().WithMessage("*complete*");
    }

    [Fact]
    public void SealOutputs_ComparesLaterInputsWithoutKeepingThem()
    {
        string dir = _dir;
        string output = Path.Combine(dir, "out.tsv");
        File.WriteAllText(output, "an older corpus");
        var check = new OutputCheck();
        var before = Register(check, dir, 10, "early");
        check.AddOutput("--output", output);
        check.SealOutputs();
        var after = Register(check, dir, 50, "late");

        Collect();
        before.Count(p => p.IsAlive).Should().Be(0, "no output can come any more to be compared with the inputs kept so far");
        after.Count(p => p.IsAlive).Should().Be(0, "an input registered after the outputs are sealed is compared, not kept");
        var clash = () => check.AddInput(Path.Combine(dir, ".", "out.tsv"));
        clash.Should().Throw<AlignCorpus.Core.Loading.InputException>().WithMessage("*--output is also an input*");
        var lateOutput = () => check.AddOutput("--rejected", Path.Combine(dir, "rejected.tsv"));
        lateOutput.Should().Throw<InvalidOperationException>().WithMessage("*sealed*");
        GC.KeepAlive(check);
    }

    [Fact]
    public void InputsCanClash_OnlyWhenASealedOutputExists()
    {
        string dir = _dir;
        string input = Path.Combine(dir, "in.txt");
        File.WriteAllText(input, "input");
        string fresh = Path.Combine(dir, "new.tsv");

        var check = new OutputCheck();
        check.InputsCanClash.Should().BeTrue("an output registered later could be any input");
        check.AddOutput("--output", fresh);
        check.InputsCanClash.Should().BeTrue("the outputs are not sealed yet");
        check.SealOutputs();
        check.InputsCanClash.Should().BeFalse("no output exists yet, so no existing input can be one");
        check.AddInput(input);

        var existing = new OutputCheck();
        existing.AddOutput("--output", fresh);
        existing.AddOutput("--summary", input);
        existing.SealOutputs();
        existing.InputsCanClash.Should().BeTrue("--summary names a file that exists");
        var clash = () => existing.AddInput(input);
        clash.Should().Throw<AlignCorpus.Core.Loading.InputException>().WithMessage("*--summary is also an input*");
    }

    /// <summary>Registers <paramref name="n"/> new files by paths made here, and returns weak references to those paths.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> Register(OutputCheck check, string dir, int n, string name = "doc")
    {
        var paths = new List<WeakReference>();
        for (int i = 0; i < n; i++)
        {
            string path = Path.Combine(dir, $"{name}{i}.txt");
            File.WriteAllText(path, "text");
            check.AddInput(path);
            paths.Add(new WeakReference(path));
        }

        return paths;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
