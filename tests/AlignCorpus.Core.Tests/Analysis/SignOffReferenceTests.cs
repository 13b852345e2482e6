using System.Globalization;
using AlignCorpus.Core.Analysis;
using AlignCorpus.Core.Tests.Loading;
using CsCheck;

namespace AlignCorpus.Core.Tests.Analysis;

/// <summary>
/// <see cref="LineShape.IsSignOff"/> against the test as it was written before it looked at the
/// first code alone first: the same answer for every character alone and around codes, for
/// random lines of codes, slashes, marks, spaces and notes, and for every corpus line.
/// </summary>
public sealed class SignOffReferenceTests
{
    /// <summary>Pieces of sign-off lines and of near misses.</summary>
    private static readonly string[] Pieces =
    [
        "AB", "CD", "RJ", "A", "ABCD", "ABCDE", "Ab", "एबी", "सीडी", "पीके", "एसआर", "क", "कखगघ", "कखगघङ", "एएमएसआर", "१२", "।", "॰",
        "/", "/", "/", " ", " ", "\u00A0", "\t", ".", "-", "–", ",", "(", ")", "(Release ID: 1234)", "(note)", "12", "The", "a", "।।",
    ];

    /// <summary>Lines of pieces joined as they come.</summary>
    private static readonly Gen<string> Line = Gen.Frequency(
        (4, Gen.Int[0, Pieces.Length - 1].Select(k => Pieces[k]).Array[0, 12].Select(p => string.Concat(p))),
        (1, LoadingTexts.Text));

    /// <summary>Contexts for one character: alone, before, inside and after codes of both scripts, before and after slashes and notes.</summary>
    private static readonly string[] Contexts =
    [
        "{0}", "{0}AB/CD", "AB{0}/CD", "AB/{0}CD", "AB/CD{0}", "A{0}/B", "{0}/AB", "AB/{0}", "एबी{0}/सीडी", "{0}एबी/सीडी", "एबी/सीडी{0}",
        "AB.{0}/CD", "AB{0}./CD", "AB {0}/CD", "AB{0} /CD", "AB/CD (x{0})", "AB/CD{0}(x)", "क{0}", "{0}क/ख", "AB,{0} /CD", "एबी-{0}/सीडी",
    ];

    [Fact]
    public void Every_character_alone_and_around_codes_is_told_as_the_reference_tells_it()
    {
        CharacterContexts.Failing(Contexts, text => LineShape.IsSignOff(text) == Reference(text)).Should().BeEmpty();
    }

    [Fact]
    public void Random_lines_are_told_as_the_reference_tells_them()
    {
        Line.Sample(text => LineShape.IsSignOff(text) == Reference(text), iter: 100_000);
    }

    [Fact]
    public void Corpus_lines_are_told_as_the_reference_tells_them()
    {
        int lines = 0;
        foreach (string line in LoadingTexts.CorpusLines())
        {
            LineShape.IsSignOff(line).Should().Be(Reference(line), line);
            lines++;
        }

        lines.Should().BeGreaterThan(1000);
    }

    /// <summary>IsSignOff as it was before the look at the first code (commit 5f22fcc), verbatim.</summary>
    private static bool Reference(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length > 0 && line[^1] == ')')
        {
            int open = line.LastIndexOf('(');
            if (open <= 0 || line.Length - open > 32)
            {
                return false;
            }

            line = line[..open].TrimEnd();
        }

        line = line.TrimEnd(".-–, ");
        int codes = 0;
        foreach (var range in line.Split('/'))
        {
            var code = line[range].Trim().TrimEnd(".-–,");
            if (!IsCode(code))
            {
                return false;
            }

            codes++;
        }

        return codes >= 2;
    }

    private static bool IsCode(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return false;
        }

        if (char.IsAsciiLetterUpper(code[0]))
        {
            foreach (char c in code)
            {
                if (!char.IsAsciiLetterUpper(c))
                {
                    return false;
                }
            }

            return code.Length <= 4;
        }

        foreach (char c in code)
        {
            if (c is < '\u0900' or > '\u097F' || Tokenizer.IsDigit(c) || c is '\u0964' or '\u0965')
            {
                return false;
            }
        }

        string word = code.ToString();
        return code.Length <= 4 || Acronym.FromDevanagari(word) is not null || Acronym.IsLetterName(word);
    }
}
