using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using AlignCorpus.Core.Files;

namespace AlignCorpus.Core.Loading;

/// <summary>
/// Reads an article file: strict UTF-8 (a BOM is accepted), any line ends (LF, CRLF, CR),
/// Unicode NFC, white space folded to single spaces, one unit per non-empty line or per block.
/// Anything unusable is an <see cref="InputException"/> naming the file and line.
/// </summary>
public static class ArticleLoader
{
    /// <summary>
    /// Loads the file at <paramref name="path"/> (decompressed when compressed), refusing one larger
    /// than <paramref name="maxBytes"/>; "-" reads <paramref name="standardInput"/> when given.
    /// <paramref name="stat"/>: the path's <see cref="FileNode"/> when just taken (saves a stat).
    /// </summary>
    public static Article Load(string path, UnitMode mode = UnitMode.Lines, long maxBytes = InputFile.DefaultMaxBytes, Stream? standardInput = null, FileNode? stat = null)
    {
        string source = path == InputFile.StandardInput && standardInput is not null ? InputFile.StandardInputName : path;

        // The bytes are only parsed into strings here: a regular file is read into a pooled array.
        byte[] bytes = InputFile.ReadPooled(path, maxBytes, NulCheck(source), standardInput, stat, out int length, out bool rented);
        try
        {
            return Parse(bytes.AsSpan(0, length), source, mode);
        }
        finally
        {
            if (rented)
            {
                InputFile.Return(bytes);
            }
        }
    }

    /// <summary>Reads a file's bytes (at most <paramref name="maxBytes"/>), turning I/O failures into <see cref="InputException"/>s.</summary>
    /// <remarks>
    /// A NUL byte ends the reading at once (text has none): <c>/dev/zero</c> or a binary file is
    /// refused after its first block, not after the size limit.
    /// </remarks>
    public static byte[] ReadAllBytes(string path, long maxBytes = InputFile.DefaultMaxBytes, Stream? standardInput = null, FileNode? stat = null) =>
        InputFile.ReadAllBytes(path, maxBytes, NulCheck(path == InputFile.StandardInput && standardInput is not null ? InputFile.StandardInputName : path), standardInput, stat);

    /// <summary>The inspection that stops reading at a NUL byte, naming <paramref name="source"/>.</summary>
    private static InputFile.Inspector NulCheck(string source) => (read, start) =>
    {
        if (read.Length >= 4096 && !HasUtf16Bom(read) && read[start..].Contains((byte)0))
        {
            ThrowIfNul(read, source);
        }
    };

    /// <summary>Parses the bytes of an article; <paramref name="source"/> names it in errors.</summary>
    public static Article Parse(ReadOnlySpan<byte> bytes, string source, UnitMode mode = UnitMode.Lines)
    {
        // The text is cut into units where it was decoded: only the units are made strings.
        var text = Checked(bytes, source);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        List<Unit> units;
        try
        {
            units = Split(buffer.AsSpan(0, Transcode(text, source, buffer)), mode);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        if (units.Count == 0)
        {
            throw new InputException(InputErrorKind.Empty, source, null,
                bytes.Length == 0 ? "is empty" : "has no text (only white space)");
        }

        // Each unit's counts are kept for the batch's script filter, which counts the text as the
        // file has it: the same string as the NFC text unless normalising changed it.
        var profile = default(ScriptProfile);
        var originals = new ScriptProfile[units.Count];
        for (int i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var counts = ScriptProfile.Of(u.Text);
            profile += counts;
            originals[i] = ReferenceEquals(u.Original, u.Text) ? counts : ScriptProfile.Of(u.Original);
        }

        return new Article(source, units, profile) { OriginalScripts = originals };
    }

    /// <summary>Strict UTF-8 to string, with the file and line of the first problem on failure.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        bytes = Checked(bytes, source);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            return new string(buffer, 0, Transcode(bytes, source, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The bytes of a text without its UTF-8 byte-order mark, after the checks that come before
    /// decoding: a UTF-16 byte-order mark, a NUL byte.
    /// </summary>
    private static ReadOnlySpan<byte> Checked(ReadOnlySpan<byte> bytes, string source)
    {
        if (HasUtf16Bom(bytes))
        {
            throw new InputException(InputErrorKind.InvalidEncoding, source, 1,
                "is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        ThrowIfNul(bytes, source);
        return bytes;
    }

    /// <summary>Strict UTF-8 into <paramref name="buffer"/> (one char a byte is room enough); returns the chars written.</summary>
    private static int Transcode(ReadOnlySpan<byte> bytes, string source, Span<char> buffer)
    {
        var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new InputException(InputErrorKind.InvalidEncoding, source, LineAt(bytes, read),
                $"invalid UTF-8 at byte {read} (0x{bytes[read]:X2}); the file must be UTF-8 text");
        }

        return written;
    }

    /// <summary>Cuts decoded text into units; white space is folded and the text NFC-normalised.</summary>
    public static List<Unit> Split(string text, UnitMode mode) => Split(text.AsSpan(), mode);

    /// <summary>Cuts decoded text into units (<see cref="Split(string, UnitMode)"/>), from a span.</summary>
    private static List<Unit> Split(ReadOnlySpan<char> text, UnitMode mode)
    {
        var units = new List<Unit>();
        var block = new StringBuilder();
        int blockLine = 0;
        int lineNo = 0;
        int pos = 0;
        while (pos <= text.Length)
        {
            int end = text[pos..].IndexOfAny('\n', '\r');
            int lineEnd = end < 0 ? text.Length : pos + end;
            lineNo++;
            string line = Fold(text.Slice(pos, lineEnd - pos));
            if (mode == UnitMode.Lines)
            {
                if (line.Length > 0)
                {
                    units.Add(MakeUnit(units.Count, line, lineNo));
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
                units.Add(MakeUnit(units.Count, block.ToString(), blockLine));
                block.Clear();
            }

            if (end < 0)
            {
                break;
            }

            // CRLF is one line end; a lone CR or LF is one too.
            pos = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            if (pos == text.Length)
            {
                break;
            }
        }

        if (block.Length > 0)
        {
            units.Add(MakeUnit(units.Count, block.ToString(), blockLine));
        }

        return units;
    }

    /// <summary>A unit of folded text: analysed in NFC, written as the file has it.</summary>
    public static Unit MakeUnit(int index, string folded, int line)
    {
        string nfc = Nfc(folded);
        return new Unit(index, nfc, line) { Original = folded };
    }

    /// <summary>
    /// One line made ready for output: a byte-order mark inside the text removed; tabs, other
    /// control characters and runs of white space folded into one space; trimmed. Not normalised.
    /// </summary>
    public static string Fold(ReadOnlySpan<char> line) => Fold(line, pythonSplit: false);

    /// <summary>
    /// White space folded to single spaces and trimmed. <paramref name="pythonSplit"/> false: the
    /// loader's rule (white space and every control character separate words; a byte-order mark
    /// is dropped). True: Python's <c>" ".join(s.split())</c>, which the reference scorers use
    /// (Unicode white space and U+001C to U+001F separate words; other characters are kept).
    /// </summary>
    public static string Fold(ReadOnlySpan<char> line, bool pythonSplit)
    {
        // Most lines are folded already: they are the string as it stands.
        if (!pythonSplit && IsFolded(line))
        {
            return new string(line);
        }

        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (c == '\uFEFF' && !pythonSplit)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || (pythonSplit ? c is >= '\u001C' and <= '\u001F' : char.IsControl(c)))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The characters <see cref="Fold(ReadOnlySpan{char}, bool)"/> drops or turns into a space, but
    /// the space itself: every one for which <see cref="char.IsWhiteSpace(char)"/> or
    /// <see cref="char.IsControl(char)"/> is true (U+0000 to U+001F, U+007F to U+009F, and the white
    /// space U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000),
    /// and the byte-order mark U+FEFF.
    /// </summary>
    internal static readonly SearchValues<char> FoldBreaks = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>
    /// Whether <see cref="Fold(ReadOnlySpan{char}, bool)"/> would give <paramref name="line"/> back
    /// unchanged: no character it drops or turns into a space but single spaces between words.
    /// </summary>
    internal static bool IsFolded(ReadOnlySpan<char> line) =>
        line.IsEmpty || (line[0] != ' ' && line[^1] != ' ' && !HasFoldBreak(line) && !line.Contains("  ", StringComparison.Ordinal));

    /// <summary>
    /// Whether <paramref name="line"/> holds a character of <see cref="FoldBreaks"/>. The same answer
    /// as <c>line.ContainsAny(FoldBreaks)</c>, in range scans the runtime vectorises: a set that
    /// mixes ASCII with characters above U+00FF is searched by a probabilistic map, which on
    /// Devanagari text cost 5 % of a batch's instructions.
    /// </summary>
    internal static bool HasFoldBreak(ReadOnlySpan<char> line)
    {
        // C0 controls, then DEL, the C1 controls and U+00A0: two contiguous ranges.
        if (line.IndexOfAnyInRange('\u0000', '\u001F') >= 0 || line.IndexOfAnyInRange('\u007F', '\u00A0') >= 0)
        {
            return true;
        }

        // From U+1680 up the breaks are few and scattered among common punctuation (dashes,
        // quotation marks): each character there is looked at, the text between skipped.
        int i;
        while ((i = line.IndexOfAnyInRange('\u1680', '\uFFFF')) >= 0)
        {
            if (line[i] is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF')
            {
                return true;
            }

            line = line[(i + 1)..];
        }

        return false;
    }

    /// <summary>
    /// NFC of a text. The noncharacters U+FFFE and U+FFFF are valid UTF-8 but the normaliser
    /// refuses them: the pieces between them are normalised and the noncharacters kept, for the
    /// writers to drop (TMX) and count.
    /// </summary>
    public static string Nfc(string s)
    {
        // A text known NFC holds neither noncharacter (they are not plain): no search for them.
        if (IsKnownNfc(s))
        {
            return s;
        }

        if (s.AsSpan().IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }

        var sb = new StringBuilder(s.Length);
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] is '\uFFFE' or '\uFFFF')
            {
                sb.Append(s[start..i].Normalize(NormalizationForm.FormC));
                if (i < s.Length)
                {
                    sb.Append(s[i]);
                }

                start = i + 1;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when <paramref name="s"/> is surely in NFC, told without the normaliser (on Linux a call
    /// into ICU for every line that is not ASCII: every Hindi line); false when it cannot be told
    /// so, and the normaliser decides. Surely NFC: every character is plain (see
    /// <see cref="IsPlain"/>), a Vedic tone mark (U+0951 to U+0954) or the nukta (U+093C) not after
    /// a letter it composes with, and no two marks next to each other are out of canonical order.
    /// </summary>
    internal static bool IsKnownNfc(ReadOnlySpan<char> s)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(s);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // A vector of plain characters needs no more look, but for its first character after a
            // vector that was not plain (a virama, plain, after a tone mark is out of order); one
            // that is not plain is checked character by character (a Hindi line has a nukta every
            // few words), and the scan goes on after it.
            int width = Vector<ushort>.Count;
            bool afterMarks = false;
            for (; i <= chars.Length - width; i += width)
            {
                if (Vector.EqualsAll(PlainLanes(new Vector<ushort>(chars[i..])), Vector<ushort>.AllBitsSet))
                {
                    if (afterMarks && !IsKnownNfcIn(s, i, i + 1))
                    {
                        return false;
                    }

                    afterMarks = false;
                }
                else if (IsKnownNfcIn(s, i, i + width))
                {
                    afterMarks = true;
                }
                else
                {
                    return false;
                }
            }
        }

        return IsKnownNfcIn(s, i, s.Length);
    }

    /// <summary>
    /// A character that is NFC wherever it stands after plain characters: it has no canonical
    /// decomposition that NFC keeps apart (U+0958 to U+095F, nukta letters, are composition
    /// exclusions; U+2000 and U+2001 map to U+2002 and U+2003), composes with nothing before it,
    /// and its combining class is 0 but for the virama U+094D (9), which is in order after any
    /// plain character. Tested against the normaliser over every pair and triple of Devanagari
    /// characters and over random texts.
    /// </summary>
    private static bool IsPlain(char c) =>
        c < '\u0080'

        // Devanagari but the nukta, the Vedic tone marks (classes 220 and 230) and the nukta letters.
        || (c is >= '\u0900' and <= '\u097F' && c != '\u093C' && c is not (>= '\u0951' and <= '\u0954') && c is not (>= '\u0958' and <= '\u095F'))

        // Latin-1 signs and punctuation: the no-break space, currency, quotes, the soft hyphen.
        || c is >= '\u00A0' and <= '\u00BF'

        // Spaces of fixed width, zero-width joiners, dashes, quotes, bullets, the ellipsis.
        || c is >= '\u2002' and <= '\u2027'

        // Currency signs: the rupee sign U+20B9 among them.
        || c is >= '\u20A0' and <= '\u20BF';

    /// <summary><see cref="IsPlain"/> for each lane of <paramref name="v"/>: all ones where plain.</summary>
    /// <remarks>Inlined into <see cref="IsKnownNfc"/>'s loop: a call for each vector passes its argument and result through memory.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> PlainLanes(Vector<ushort> v)
    {
        // Unsigned compares: a value below a range's start wraps to a large one.
        var devanagari = Vector.LessThan(v - new Vector<ushort>(0x0900), new Vector<ushort>(0x80))
            & ~Vector.Equals(v, new Vector<ushort>(0x093C))
            & ~Vector.LessThan(v - new Vector<ushort>(0x0951), new Vector<ushort>(4))
            & ~Vector.LessThan(v - new Vector<ushort>(0x0958), new Vector<ushort>(8));
        return Vector.LessThan(v, new Vector<ushort>(0x80))
            | devanagari
            | Vector.LessThan(v - new Vector<ushort>(0x00A0), new Vector<ushort>(0x20))
            | Vector.LessThan(v - new Vector<ushort>(0x2002), new Vector<ushort>(0x26))
            | Vector.LessThan(v - new Vector<ushort>(0x20A0), new Vector<ushort>(0x20));
    }

    /// <summary>
    /// <see cref="IsKnownNfc"/> one character at a time over [<paramref name="start"/>,
    /// <paramref name="end"/>), the characters before it having passed: what a character may
    /// follow depends only on the one before it.
    /// </summary>
    private static bool IsKnownNfcIn(ReadOnlySpan<char> s, int start, int end)
    {
        char previous = start > 0 ? s[start - 1] : ' ';
        int previousClass = CombiningClass(previous);
        foreach (char c in s[start..end])
        {
            int combining = CombiningClass(c);

            // Outside the set: the normaliser decides.
            if (combining < 0)
            {
                return false;
            }

            // Marks out of canonical order: a class followed by a lower non-zero one.
            if (combining > 0 && previousClass > combining)
            {
                return false;
            }

            // NA, RA and LLA with a nukta compose (U+0929, U+0931, U+0934).
            if (c == '\u093C' && previous is '\u0928' or '\u0930' or '\u0933')
            {
                return false;
            }

            previous = c;
            previousClass = combining;
        }

        return true;
    }

    /// <summary>The canonical combining class of a character <see cref="IsKnownNfc"/> knows; -1 for one it does not (the normaliser decides).</summary>
    private static int CombiningClass(char c) => c switch
    {
        '\u093C' => 7,
        '\u094D' => 9,
        '\u0952' => 220,
        '\u0951' or '\u0953' or '\u0954' => 230,
        _ when IsPlain(c) => 0,
        _ => -1,
    };

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>Text holds no NUL byte: one means UTF-16 without a byte-order mark, or a binary file.</summary>
    private static void ThrowIfNul(ReadOnlySpan<byte> bytes, string source)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul < 0)
        {
            return;
        }

        int line = LineAt(bytes, nul);
        if (LooksLikeUtf16(bytes, out bool littleEndian))
        {
            string from = littleEndian ? "UTF-16LE" : "UTF-16BE";
            throw new InputException(InputErrorKind.InvalidEncoding, source, line,
                $"looks like UTF-16 without a byte-order mark ({from}: NUL bytes at one position of every byte pair); convert it to UTF-8, e.g. iconv -f {from} -t UTF-8");
        }

        throw new InputException(InputErrorKind.Binary, source, line,
            "contains a NUL byte: this is a binary file, not UTF-8 text");
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        int lf = before.Count((byte)'\n');
        return lf > 0 ? lf + 1 : before.Count((byte)'\r') + 1;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool littleEndian)
    {
        littleEndian = true;
        int n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4)
        {
            return false;
        }

        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }

        // UTF-16 text puts a NUL in the high byte of every ASCII character (spaces, digits, line
        // ends), so NULs sit at one parity only; even mostly-Devanagari text has some. A binary
        // file has NULs at both parities.
        int half = n / 2, most = Math.Max(evenNul, oddNul), least = Math.Min(evenNul, oddNul);
        littleEndian = oddNul >= evenNul;
        return most * 20 >= half && least * 20 <= most;
    }
}
