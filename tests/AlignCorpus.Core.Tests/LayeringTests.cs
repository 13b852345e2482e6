using System.Text.RegularExpressions;

namespace AlignCorpus.Core.Tests;

/// <summary>The stage folders of AlignCorpus.Core depend one way, in the order docs/ARCHITECTURE.md gives.</summary>
public sealed partial class LayeringTests
{
    /// <summary>Lowest first: a folder may use the folders before it, never those after it.</summary>
    private static readonly string[] Order = ["Files", "Loading", "Analysis", "Anchors", "Alignment", "Sentences", "Writing", "Evaluation", "Corpus"];

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it()
    {
        string core = Path.Combine(RepoPaths.Root, "src", "AlignCorpus.Core");
        var folders = Directory.GetDirectories(core).Select(Path.GetFileName).Where(d => d is not ("bin" or "obj" or "Resources")).ToList();
        folders.Should().BeEquivalentTo(Order, "every stage folder has its place in the order");

        var wrong = new List<string>();
        foreach (var folder in Order)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(core, folder), "*.cs"))
            {
                foreach (Match m in Used().Matches(File.ReadAllText(file)))
                {
                    string used = m.Groups[1].Value;
                    if (Array.IndexOf(Order, used) > Array.IndexOf(Order, folder))
                    {
                        wrong.Add($"{folder}/{Path.GetFileName(file)} uses {used}");
                    }
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    /// <summary>A using directive, a qualified name or a cref naming another stage.</summary>
    [GeneratedRegex(@"(?:using AlignCorpus\.Core\.|AlignCorpus\.Core\.|cref=""|\b)(Files|Loading|Analysis|Anchors|Alignment|Sentences|Writing|Evaluation|Corpus)\.[A-Z]\w*")]
    private static partial Regex Used();
}
