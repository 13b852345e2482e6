using System.Diagnostics;
using AlignCorpus.Core.Files;
using AlignCorpus.Core.Loading;

namespace AlignCorpus.Cli.Tests;

/// <summary>
/// Compressed input and output end to end (issue 13): every codec with every format of align and
/// batch, read back by the system's own programs and compared byte for byte with the plain output;
/// compressed articles, manifests and dictionaries; bad compressed input; an article on standard input.
/// </summary>
public sealed class CompressionCommandTests
{
    public static TheoryData<string> Codecs => ["gz", "zst", "xz", "bz2"];

    public static TheoryData<string, string> CodecsAndFormats
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var codec in new[] { "gz", "zst", "xz", "bz2" })
            {
                foreach (var format in new[] { "beads", "tsv", "tmx", "jsonl" })
                {
                    data.Add(codec, format);
                }
            }

            return data;
        }
    }

    /// <summary>
    /// A compressed file's content as the system's program gives it (gzip -dc, zstd -dc, xz -dc,
    /// bzip2 -dc); where the program is missing, the tool's own reader (with a note in the output).
    /// </summary>
    internal static byte[] Decompress(string path)
    {
        string program = CompressionFormat.FromName(path) switch
        {
            Compression.Gzip => "gzip",
            Compression.Zstd => "zstd",
            Compression.Xz => "xz",
            Compression.Bzip2 => "bzip2",
            _ => throw new ArgumentException("not a compressed name: " + path, nameof(path)),
        };
        try
        {
            using var p = Process.Start(new ProcessStartInfo(program, ["-dc", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var memory = new MemoryStream();
            var errors = p.StandardError.ReadToEndAsync();
            p.StandardOutput.BaseStream.CopyTo(memory);
            p.WaitForExit();
            p.ExitCode.Should().Be(0, $"{program} -dc {path}: {errors.Result}");
            return memory.ToArray();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"{program} is not installed (.ci/run installs it): {path} read back by the tool's own reader");
            return InputFile.ReadAllBytes(path);
        }
    }

    private static string Ext(string codec) => "." + codec;

    [Theory]
    [MemberData(nameof(CodecsAndFormats))]
    public void Align_writes_every_format_compressed_as_the_plain_bytes(string codec, string format)
    {
        string dir = CliRunner.TempDir();
        string plain = Path.Combine(dir, "plain"), packed = Path.Combine(dir, "out." + format + Ext(codec));
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", format, "--units", "both", "-o", plain).ExitCode.Should().Be(0);
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", format, "--units", "both", "-o", packed);
        run.ExitCode.Should().Be(0, run.Stderr);
        Decompress(packed).Should().Equal(File.ReadAllBytes(plain));
        Directory.GetFiles(dir).Should().HaveCount(2, "no temporary file is left");
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Moses_files_are_compressed_by_name_or_by_compress(string codec)
    {
        string dir = CliRunner.TempDir();
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "-o", Path.Combine(dir, "plain")).ExitCode.Should().Be(0);
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "-o", Path.Combine(dir, "named" + Ext(codec))).ExitCode.Should().Be(0);
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "-o", Path.Combine(dir, "asked"), "--compress", codec).ExitCode.Should().Be(0);
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses",
            "--moses-hi", Path.Combine(dir, "one.hi" + Ext(codec)), "--moses-en", Path.Combine(dir, "one.en" + Ext(codec))).ExitCode.Should().Be(0);
        foreach (var side in new[] { "hi", "en" })
        {
            byte[] expected = File.ReadAllBytes(Path.Combine(dir, "plain." + side));
            foreach (var name in new[] { "named", "asked", "one" })
            {
                Decompress(Path.Combine(dir, $"{name}.{side}{Ext(codec)}")).Should().Equal(expected, name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Batch_writes_corpus_rejected_summary_and_pairs_compressed(string codec)
    {
        var (hi, en, root) = BatchCommandTests.SampleFolders();
        foreach (var format in new[] { "tsv", "tmx", "jsonl" })
        {
            string plain = Path.Combine(root, "plain." + format), packed = Path.Combine(root, "corpus." + format + Ext(codec));
            string[] common = ["batch", "--hi-dir", hi, "--en-dir", en, "-f", format, "-q", "--min-score", "0.9", "--threads", "2"];
            CliRunner.Run([.. common, "-o", plain, "--rejected", plain + ".rejected"]).ExitCode.Should().Be(0);
            var run = CliRunner.Run([.. common, "-o", packed, "--rejected", packed + ".rejected" + Ext(codec), "--summary", packed + ".json" + Ext(codec)]);
            run.ExitCode.Should().Be(0, run.Stderr);
            Decompress(packed).Should().Equal(File.ReadAllBytes(plain), format);
            Decompress(packed + ".rejected" + Ext(codec)).Should().Equal(File.ReadAllBytes(plain + ".rejected"));
            System.Text.Json.JsonDocument.Parse(Decompress(packed + ".json" + Ext(codec))).RootElement.GetProperty("documents_aligned").GetInt32().Should().Be(6);
        }

        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", "moses", "-q", "-o", Path.Combine(root, "train")).ExitCode.Should().Be(0);
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", "moses", "-q", "-o", Path.Combine(root, "train"), "--compress", codec).ExitCode.Should().Be(0);
        Decompress(Path.Combine(root, "train.hi" + Ext(codec))).Should().Equal(File.ReadAllBytes(Path.Combine(root, "train.hi")));
        Decompress(Path.Combine(root, "train.en" + Ext(codec))).Should().Equal(File.ReadAllBytes(Path.Combine(root, "train.en")));

        string pairsOut = Path.Combine(root, "pairs.tsv" + Ext(codec));
        CliRunner.Run("batch", "--pair", "auto", hi, en, "-q", "--pairs", pairsOut, "-o", Path.Combine(root, "auto.tsv")).ExitCode.Should().Be(0);
        System.Text.Encoding.UTF8.GetString(Decompress(pairsOut)).Should().StartWith("hi\ten");
    }

    [Fact]
    public void Compressed_output_is_the_same_for_any_thread_count()
    {
        var (hi, en, root) = BatchCommandTests.SampleFolders();
        foreach (var codec in new[] { "gz", "zst", "xz", "bz2" })
        {
            string one = Path.Combine(root, "one.tsv" + Ext(codec)), two = Path.Combine(root, "two.tsv" + Ext(codec));
            CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--threads", "1", "-o", one).ExitCode.Should().Be(0);
            CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-q", "--threads", "3", "-o", two).ExitCode.Should().Be(0);
            File.ReadAllBytes(one).Should().Equal(File.ReadAllBytes(two), codec);
        }
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Per_document_compress_writes_compressed_files_that_skip_existing_sees(string codec)
    {
        var (hi, en, root) = BatchCommandTests.SampleFolders();
        string plain = Path.Combine(root, "plain"), packed = Path.Combine(root, "packed");
        foreach (var format in new[] { "beads", "tsv", "tmx", "jsonl", "moses" })
        {
            CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", format, "-q", "--per-document", plain + format).ExitCode.Should().Be(0);
            var run = CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", format, "-q", "--per-document", packed + format, "--compress", codec);
            run.ExitCode.Should().Be(0, run.Stderr);
            var plainFiles = Directory.GetFiles(plain + format).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var packedFiles = Directory.GetFiles(packed + format).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            packedFiles.Should().Equal(plainFiles.Select(f => f + Ext(codec)), "every file named for its compression, no probe or temporary file left");
            foreach (var f in plainFiles)
            {
                Decompress(Path.Combine(packed + format, f + Ext(codec))).Should().Equal(File.ReadAllBytes(Path.Combine(plain + format, f!)), f);
            }
        }

        packed += "tsv";
        plain += "beads";

        // --skip-existing sees the compressed names; eval finds them beside plain gold names.
        string summary = Path.Combine(root, "s.json");
        CliRunner.Run("batch", "--hi-dir", hi, "--en-dir", en, "-f", "tsv", "-q", "--per-document", packed, "--compress", codec, "--skip-existing", "--summary", summary).ExitCode.Should().Be(0);
        File.ReadAllText(summary).Should().Contain("\"documents_skipped\": 6");
        var eval = CliRunner.Run("eval", plain, packed[..^3] + "beads");
        eval.ExitCode.Should().Be(0, eval.Stderr);
        eval.Stdout.Should().Contain("1.000");
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Compressed_articles_manifests_and_dictionaries_give_the_plain_results(string codec)
    {
        var (hi, en, root) = BatchCommandTests.SampleFolders();
        string packedHi = Directory.CreateDirectory(Path.Combine(root, "zhi")).FullName, packedEn = Directory.CreateDirectory(Path.Combine(root, "zen")).FullName;
        var manifest = new List<string> { "id\thi\ten" };
        foreach (var f in Directory.GetFiles(hi))
        {
            string name = Path.GetFileName(f);
            Compress(f, Path.Combine(packedHi, name + Ext(codec)), codec);
            Compress(Path.Combine(en, name), Path.Combine(packedEn, name + Ext(codec)), codec);
            manifest.Add($"{Path.GetFileNameWithoutExtension(name)}\tzhi/{name}{Ext(codec)}\tzen/{name}{Ext(codec)}");
        }

        string plainManifest = Path.Combine(root, "manifest.tsv");
        File.WriteAllLines(plainManifest, manifest);
        Compress(plainManifest, plainManifest + Ext(codec), codec);

        string lexicon = Path.Combine(root, "lexicon.tsv");
        File.WriteAllText(lexicon, "सरकार\tgovernment\nकिसान\tfarmer\nसुरक्षा\tsecurity\n");
        Compress(lexicon, lexicon + Ext(codec), codec);

        var plainRun = CliRunner.Run("batch", "--manifest", plainManifest, "-q", "--dictionary", lexicon);
        var packedRun = CliRunner.Run("batch", "--manifest", plainManifest + Ext(codec), "-q", "--dictionary", lexicon + Ext(codec));
        plainRun.ExitCode.Should().Be(0, plainRun.Stderr);
        packedRun.ExitCode.Should().Be(0, packedRun.Stderr);
        packedRun.Stdout.Should().Be(plainRun.Stdout).And.NotBeEmpty();

        var plainAlign = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv");
        var packedAlign = CliRunner.Run("align", Path.Combine(packedHi, "seed.txt" + Ext(codec)), Path.Combine(packedEn, "seed.txt" + Ext(codec)), "-f", "tsv");
        packedAlign.Stdout.Should().Be(plainAlign.Stdout);
    }

    private static void Compress(string from, string to, string codec)
    {
        string program = codec switch { "gz" => "gzip", "zst" => "zstd", "bz2" => "bzip2", _ => "xz" };
        try
        {
            var (code, _, err) = CliRunner.Exec("bash", "-c", $"{program} -c \"$0\" > \"$1\"", from, to);
            code.Should().Be(0, err);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            File.WriteAllBytes(to, File.ReadAllBytes(from));
        }

        if (CompressionFormat.FromMagic(File.ReadAllBytes(to)) == Compression.None)
        {
            // The program is missing (bash said so): the tool's own writer stands in.
            Core.Files.AtomicFile.WriteText(to, w => w.Write(File.ReadAllText(from)));
        }
    }

    [Theory]
    [InlineData("plain.gz", "the name says gzip, but the content is not gzip-compressed")]
    [InlineData("cut.zst", "is not valid zstd data (truncated or corrupt)")]
    [InlineData("damaged.gz", "is not valid gzip data (truncated or corrupt)")]
    [InlineData("cut.xz", "is not valid xz data (truncated or corrupt)")]
    public void Bad_compressed_input_is_exit_2_naming_the_file_and_a_failed_document_in_batch(string name, string message)
    {
        string dir = CliRunner.TempDir();
        byte[] seed = File.ReadAllBytes(CliRunner.SeedHindi);
        string path = Path.Combine(dir, name);
        switch (name)
        {
            case "plain.gz":
                File.WriteAllBytes(path, seed);
                break;
            case "damaged.gz":
                Compress(CliRunner.SeedHindi, path, "gz");
                byte[] bytes = File.ReadAllBytes(path);
                for (int i = 100; i < 140; i++)
                {
                    bytes[i] ^= 0x5A;
                }

                File.WriteAllBytes(path, bytes);
                break;
            default:
                Compress(CliRunner.SeedHindi, path, Path.GetExtension(name)[1..]);
                File.WriteAllBytes(path, File.ReadAllBytes(path)[..^30]);
                break;
        }

        var run = CliRunner.Run("align", path, CliRunner.SeedEnglish, "-o", Path.Combine(dir, "out.tsv.gz"));
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(path + ": " + message);
        File.Exists(Path.Combine(dir, "out.tsv.gz")).Should().BeFalse();

        File.Copy(CliRunner.SeedEnglish, Path.Combine(dir, "en.txt"));
        File.Copy(CliRunner.SeedHindi, Path.Combine(dir, "hi.txt"));
        string manifest = Path.Combine(dir, "manifest.tsv");
        File.WriteAllText(manifest, $"id\thi\ten\na\t{name}\ten.txt\nb\thi.txt\ten.txt\n");
        var batch = CliRunner.Run("batch", "--manifest", manifest, "-o", Path.Combine(dir, "corpus.tsv.zst"));
        batch.ExitCode.Should().Be(3, "the document fails, the batch goes on");
        batch.Stderr.Should().Contain(message).And.Contain(name);

        Decompress(Path.Combine(dir, "corpus.tsv.zst")).Should().NotBeEmpty();
    }

    [Fact]
    public void A_compression_bomb_stops_at_max_input_bytes()
    {
        string dir = CliRunner.TempDir();
        string bomb = Path.Combine(dir, "bomb.txt.zst");
        var (code, _, err) = CliRunner.Exec("bash", "-c", "yes 'नमस्ते दुनिया' | head -c 50000000 | zstd -q -c > \"$0\" || yes 'नमस्ते दुनिया' | head -c 50000000 | xz -c > \"$0\"", bomb);
        code.Should().Be(0, err);
        new FileInfo(bomb).Length.Should().BeLessThan(1 << 20);
        var run = CliRunner.Run("align", bomb, CliRunner.SeedEnglish, "--max-input-bytes", "4M");
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(bomb + " (decompressed): has more than the input limit of 4 MiB");
    }

    [Fact]
    public void Compress_is_a_usage_error_where_the_name_decides()
    {
        string dir = CliRunner.TempDir();
        var run = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv", "-o", Path.Combine(dir, "x.tsv"), "--compress", "gz");
        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("x.tsv.gz");
        CliRunner.Run("batch", "--hi-dir", dir, "--en-dir", dir, "--compress", "zst").ExitCode.Should().Be(1);
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "moses", "-o", Path.Combine(dir, "m.gz"), "--compress", "xz").ExitCode.Should().Be(1);
        CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "--compress", "lz4").Stderr.Should().Contain("--compress: 'lz4' is not one of none, gz, zst, xz, bz2");
        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("en")]
    public void An_article_on_standard_input_compressed_or_not(string side)
    {
        string dir = CliRunner.TempDir();
        string plain = CliRunner.Run("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-f", "tsv").Stdout;
        string file = side == "hi" ? CliRunner.SeedHindi : CliRunner.SeedEnglish;
        string packed = Path.Combine(dir, "article.xz");
        Compress(file, packed, "xz");
        foreach (var input in new[] { file, packed })
        {
            string[] args = side == "hi" ? ["align", "-", CliRunner.SeedEnglish, "-f", "tsv"] : ["align", CliRunner.SeedHindi, "-", "-f", "tsv"];
            var (code, stdout, stderr) = Child(input, args);
            code.Should().Be(0, stderr);
            stdout.Should().Be(plain);
        }

        Child(CliRunner.SeedHindi, "align", "-", "-").Code.Should().Be(1);
        var bad = Child(CliRunner.SeedHindi, "align", CliRunner.SeedHindi, "-");
        bad.Code.Should().Be(2);
        bad.Stderr.Should().Contain("standard input");
    }

    [Fact]
    public void Xz_output_without_the_xz_program_is_exit_4_and_leaves_no_file()
    {
        string dir = CliRunner.TempDir();
        var psi = ChildStart("align", CliRunner.SeedHindi, CliRunner.SeedEnglish, "-o", Path.Combine(dir, "out.tsv.xz"));
        psi.Environment["PATH"] = dir;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        p.ExitCode.Should().Be(4, stderr);
        stderr.Should().Contain("xz program");
        Directory.GetFileSystemEntries(dir).Should().BeEmpty();
    }

    /// <summary>Runs the built tool with <paramref name="stdinFile"/> as its standard input.</summary>
    private static (int Code, string Stdout, string Stderr) Child(string stdinFile, params string[] args)
    {
        using var p = Process.Start(ChildStart(args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using (var input = File.OpenRead(stdinFile))
        {
            try
            {
                input.CopyTo(p.StandardInput.BaseStream);
                p.StandardInput.Close();
            }
            catch (IOException)
            {
                // The tool stopped reading (a usage error before any read).
            }
        }

        p.WaitForExit(60_000).Should().BeTrue("the tool ends");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static ProcessStartInfo ChildStart(params string[] args)
    {
        var psi = new ProcessStartInfo(ProcessSafetyTests.Host()) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(ProcessSafetyTests.Dll());
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["CI"] = "true";
        return psi;
    }
}
