using System.Collections.Concurrent;
using System.Diagnostics;
using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Tests;

/// <summary>
/// What a test needs beyond the .NET SDK and the checkout: the shared material in ../shared beside
/// the checkout, Debian packages (xmllint, translate-toolkit, FreeDict), python3, root. Call it at the
/// start of a [SkippableFact] or [SkippableTheory]: a missing need skips the test with a reason
/// saying what it needs, so a fresh clone with only the SDK passes. With ALIGNCORPUS_REQUIRE_ALL=1
/// (set by .ci/run, which installs everything) a missing need fails the test with the same reason.
/// </summary>
public static class Requires
{
    public const string RequireAllVariable = "ALIGNCORPUS_REQUIRE_ALL";

    private static readonly ConcurrentDictionary<string, string?> Probes = new();

    /// <summary>Whether a missing need fails instead of skipping (ALIGNCORPUS_REQUIRE_ALL=1).</summary>
    public static bool All => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>The checkout (the folder with AlignCorpus.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>A file or folder in ../shared beside the checkout, e.g. <c>Shared("data/dev")</c>.</summary>
    public static string Shared(string relative)
    {
        string path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", relative));
        That(File.Exists(path) || Directory.Exists(path), $"needs ../shared/{relative} beside the checkout ({path})");
        return path;
    }

    /// <summary>A program on PATH, e.g. <c>Tool("xmllint", "Debian libxml2-utils")</c>.</summary>
    public static void Tool(string name, string package) =>
        That(OnPath(name) is not null, $"needs {name} on PATH ({package})");

    /// <summary>The FreeDict English-Hindi dictionary that the command line uses by default.</summary>
    public static string FreeDict()
    {
        That(File.Exists(Lexicon.FreeDictIndex), $"needs FreeDict English-Hindi at {Lexicon.FreeDictIndex} (Debian dict-freedict-eng-hin)");
        return Lexicon.FreeDictIndex;
    }

    /// <summary>
    /// A Python 3 interpreter (<paramref name="interpreter"/>, python3 on PATH by default) that can
    /// import <paramref name="module"/> if one is given; returns the interpreter to run.
    /// </summary>
    public static string Python(string? module = null, string interpreter = "python3", string? package = null)
    {
        string key = interpreter + "\n" + module;
        string? problem = Probes.GetOrAdd(key, _ => ProbePython(interpreter, module));
        string what = module is null ? $"needs {interpreter}" : $"needs {interpreter} with the Python module {module}";
        That(problem is null, package is null ? $"{what} ({problem})" : $"{what} ({package}; {problem})");
        return interpreter;
    }

    /// <summary>Running as root on Linux or macOS, for <paramref name="why"/>.</summary>
    public static void Root(string why) =>
        That(!OperatingSystem.IsWindows() && Environment.UserName == "root", $"needs root {why}");

    /// <summary>Skips (or with ALIGNCORPUS_REQUIRE_ALL=1 fails) with <paramref name="need"/> unless <paramref name="condition"/> holds.</summary>
    public static void That(bool condition, string need)
    {
        if (condition)
        {
            return;
        }

        if (All)
        {
            throw new RequirementMissingException($"{need} ({RequireAllVariable}=1: every requirement must be met)");
        }

        throw new SkipException(need);
    }

    private static string? OnPath(string name)
    {
        if (name.Contains('/'))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Null if the interpreter runs and imports the module, else what went wrong.</summary>
    private static string? ProbePython(string interpreter, string? module)
    {
        if (OnPath(interpreter) is null)
        {
            return "not found";
        }

        try
        {
            var psi = new ProcessStartInfo(interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(module is null ? "import sys; sys.exit(0 if sys.version_info[0] == 3 else 1)" : "import " + module);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            string stderr = p.StandardError.ReadToEnd();
            if (!p.WaitForExit(60_000))
            {
                p.Kill(entireProcessTree: true);
                return "it did not answer within 60 s";
            }

            _ = stdout.Result;
            string last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
            return p.ExitCode == 0 ? null : $"exit {p.ExitCode}{(last.Length > 0 ? ": " + last : "")}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "cannot start it: " + new System.ComponentModel.Win32Exception(e.NativeErrorCode).Message;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AlignCorpus.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AlignCorpus.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A test's need is missing where every need must be met (ALIGNCORPUS_REQUIRE_ALL=1).</summary>
public sealed class RequirementMissingException(string message) : Exception(message);
