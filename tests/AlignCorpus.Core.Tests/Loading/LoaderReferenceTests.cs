using System.Text;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Core.Tests.Loading;

/// <summary>
/// The loader against the loader as it was written before its fast paths (fold, NFC, script
/// counts, decoding): every unit's text, original, index and line, and the article's script
/// counts, must be the same for real files and for the forms they come in (CRLF, CR, tabs,
/// no-break spaces, byte-order marks, nukta letters composed and not).
/// </summary>
public sealed class LoaderReferenceTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static (List<Unit> Units, ScriptProfile Script) Reference(byte[] bytes, UnitMode mode)
    {
        var body = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;
        string text = Strict.GetString(body);
        var units = new List<Unit>();
        var block = new StringBuilder();
        int blockLine = 0, lineNo = 0, pos = 0;
        while (pos <= text.Length)
        {
            int end = text.AsSpan(pos).IndexOfAny('\n', '\r');
            int lineEnd = end < 0 ? text.Length : pos + end;
            lineNo++;
            string line = FoldTests.Reference(text.AsSpan(pos, lineEnd - pos), pythonSplit: false);
            if (mode == UnitMode.Lines)
            {
                if (line.Length > 0)
                {
                    units.Add(Make(units.Count, line, lineNo));
                }
            }
            else if (line.Length > 0)
            {
                if (block.Length == 0)
                {
                    blockLine = lineNo;
                }
                else
                {
                    block.Append(' ');
                }

                block.Append(line);
            }
            else if (block.Length > 0)
            {
                units.Add(Make(units.Count, block.ToString(), blockLine));
                block.Clear();
            }

            if (end < 0)
            {
                break;
            }

            pos = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            if (pos == text.Length)
            {
                break;
            }
        }

        if (block.Length > 0)
        {
            units.Add(Make(units.Count, block.ToString(), blockLine));
        }

        int deva = 0, latin = 0, other = 0;
        foreach (char c in string.Concat(units.Select(u => u.Text)))
        {
            if (c >= '\u0900' && c <= '\u097F')
            {
                deva += c is '\u0964' or '\u0965' ? 0 : 1;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u024F'))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return (units, new ScriptProfile(deva, latin, other));
    }

    private static Unit Make(int index, string folded, int line) => new(index, Nfc(folded), line) { Original = folded };

    private static string Nfc(string s) => string.Join("\uFFFF", s.Split('\uFFFF').Select(p =>
        string.Join("\uFFFE", p.Split('\uFFFE').Select(q => q.Normalize(NormalizationForm.FormC)))));

    /// <summary>The forms a file's text comes in, each a test of one fast path's edge.</summary>
    private static IEnumerable<(string Form, string Text)> Forms(string text)
    {
        yield return ("as is", text);
        yield return ("CRLF", text.Replace("\n", "\r\n", StringComparison.Ordinal));
        yield return ("CR", text.Replace('\n', '\r'));
        yield return ("BOM", "\uFEFF" + text.Replace("। ", "।\uFEFF ", StringComparison.Ordinal).Replace(". ", ".\uFEFF", StringComparison.Ordinal));
        yield return ("tabs", text.Replace(" ", "\t", StringComparison.Ordinal));
        yield return ("NBSP", text.Replace(" ", "\u00A0", StringComparison.Ordinal));
        yield return ("double spaces and ends", text.Replace(" ", "  ", StringComparison.Ordinal).Replace("\n", " \n ", StringComparison.Ordinal));
        yield return ("controls", text.Replace(",", ",\u0001", StringComparison.Ordinal).Replace("\n", "\u0085\n\u000B", StringComparison.Ordinal));

        // Nukta letters decomposed (their NFC: U+0958 to U+095F are composition exclusions) and
        // composed (not NFC: the loader decomposes them).
        var decomposed = new StringBuilder();
        var composed = new StringBuilder();
        foreach (char c in text)
        {
            decomposed.Append(c is >= '\u0958' and <= '\u095F' or '\u0929' or '\u0931' or '\u0934' ? c.ToString().Normalize(NormalizationForm.FormD) : c.ToString());
            composed.Append(c switch
            {
                'क' => "\u0958",
                'ड' => "\u095C",
                'न' => "\u0928\u093C",
                'र' => "\u0931",
                _ => c.ToString(),
            });
        }

        yield return ("nukta decomposed", decomposed.ToString());
        yield return ("nukta composed", composed.ToString());

        // Vedic accents and viramas next to each other, in and out of canonical order.
        yield return ("marks", text.Replace("्", "्\u0951\u0952", StringComparison.Ordinal).Replace("ा", "ा\u0952\u0951\u094D", StringComparison.Ordinal));

        // Compatibility and noncharacter forms: e + combining acute, U+2000 (NFC: U+2002), U+FFFE.
        yield return ("others", text.Replace("e ", "e\u0301 ", StringComparison.Ordinal).Replace("ं", "ं\u2000\uFFFE", StringComparison.Ordinal));
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Concat(Directory.GetFiles(RepoPaths.Samples, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Files_load_as_the_reference_loads_them_in_every_form(string file)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        foreach (var (form, variant) in Forms(text))
        {
            var bytes = Encoding.UTF8.GetBytes(variant);
            foreach (var mode in new[] { UnitMode.Lines, UnitMode.Blocks })
            {
                var article = ArticleLoader.Parse(bytes, "t.txt", mode);
                var (units, script) = Reference(bytes, mode);
                article.Units.Should().Equal(units, "{0}, {1}", form, mode);
                article.Script.Should().Be(script, "{0}, {1}", form, mode);
            }
        }
    }

    [SkippableFact]
    public void Dev_set_files_load_as_the_reference_loads_them()
    {
        string data = Requires.Shared("data");
        foreach (var file in Directory.GetFiles(data, "*.txt", SearchOption.AllDirectories).Where(f => !f.Contains("gold", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var mode in new[] { UnitMode.Lines, UnitMode.Blocks })
            {
                var article = ArticleLoader.Parse(bytes, file, mode);
                var (units, script) = Reference(bytes, mode);
                article.Units.Should().Equal(units, "{0}, {1}", file, mode);
                article.Script.Should().Be(script);
            }
        }
    }
}
