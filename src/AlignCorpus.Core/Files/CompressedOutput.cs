using System.ComponentModel;
using System.Diagnostics;
using System.IO.Compression;
using SharpCompress.Compressors.BZip2;
using SharpCompress.Compressors.ZStandard;

namespace AlignCorpus.Core.Files;

/// <summary>
/// A compressing stream in front of an output file: gzip by the base library (no name, time 0 in
/// its header), zstd and bzip2 by SharpCompress, xz by the system's <c>xz</c> program (no managed
/// xz writer is at hand; see <see cref="XzProcess"/>). Flushing passes nothing on (so the bytes do
/// not depend on when a writer flushes); <see cref="Finish"/> ends the compressed stream, trailer
/// included, before the file is flushed to disk and renamed. The same text gives the same bytes.
/// </summary>
public sealed class CompressedOutput : WriteOnlyStream
{
    /// <summary>The zstd level: zstd's own default.</summary>
    public const int ZstdLevel = 3;

    private readonly Stream _codec;
    private bool _finished;

    /// <summary>Compresses into <paramref name="file"/> (left open); an <see cref="IOException"/> when the codec cannot start (xz missing).</summary>
    public CompressedOutput(Stream file, Compression compression)
    {
        Compression = compression;
        _codec = compression switch
        {
            Compression.Gzip => new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true),
            Compression.Zstd => Zstd(file),
            Compression.Bzip2 => BZip2Stream.Create(file, SharpCompress.Compressors.CompressionMode.Compress, decompressConcatenated: false, leaveOpen: true, tolerateTruncatedStream: false),
            Compression.Xz => new XzProcess(file),
            _ => throw new ArgumentOutOfRangeException(nameof(compression), "no compression to write"),
        };
    }

    public Compression Compression { get; }

    public override bool CanWrite => !_finished;

    /// <summary>Ends the compressed stream (trailer written, for xz the program finished); once.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _codec.Dispose();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_finished, this);
        _codec.Write(buffer);
    }

    public override void Flush()
    {
        // Nothing: a flush of the codec would cut its blocks where a writer happened to flush.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_finished)
        {
            // Abandoned (no commit): stop the codec; the file is deleted by its owner.
            _finished = true;
            if (_codec is XzProcess xz)
            {
                xz.Abandon();
            }
            else
            {
                try
                {
                    _codec.Dispose();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
                {
                }
            }
        }

        base.Dispose(disposing);
    }

    private static CompressionStream Zstd(Stream file)
    {
        var zstd = new CompressionStream(file, ZstdLevel, bufferSize: 0, leaveOpen: true);

        // The frame carries a checksum of the content, as the zstd program writes by default.
        zstd.SetParameter(SharpCompress.Compressors.ZStandard.Unsafe.ZSTD_cParameter.ZSTD_c_checksumFlag, 1);
        return zstd;
    }

    /// <summary>
    /// xz through the system's <c>xz</c> program (xz-utils, on every Debian and Ubuntu system):
    /// <c>xz -c -6 -T1</c> (one thread: the same bytes every time), with XZ_OPT and XZ_DEFAULTS
    /// cleared; our bytes go to its standard input, its standard output into the file. Disposing
    /// ends its input and waits for it; a failure (xz missing, a full disk) is an <see cref="IOException"/>.
    /// </summary>
    private sealed class XzProcess : WriteOnlyStream
    {
        private readonly Process _process;
        private readonly Task _copy;
        private readonly Task<string> _errors;
        private Exception? _copyFailure;

        public XzProcess(Stream file)
        {
            var start = new ProcessStartInfo("xz")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-c", "-6", "-T1", "-q" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment.Remove("XZ_OPT");
            start.Environment.Remove("XZ_DEFAULTS");
            try
            {
                _process = Process.Start(start) ?? throw new IOException("xz did not start");
            }
            catch (Win32Exception e)
            {
                throw new IOException("writing .xz needs the xz program (Debian/Ubuntu: apt-get install xz-utils), which was not found: " + e.Message, e);
            }

            _errors = _process.StandardError.ReadToEndAsync();
            _copy = Task.Run(() =>
            {
                var output = _process.StandardOutput.BaseStream;
                try
                {
                    output.CopyTo(file, 1 << 16);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Keep draining so that xz never blocks on a full pipe; the failure is reported at the end.
                    _copyFailure = e;
                    output.CopyTo(Null);
                }
            });
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                _process.StandardInput.BaseStream.Write(buffer);
            }
            catch (IOException e)
            {
                throw Failed("stopped reading", e);
            }
        }

        public override void Flush()
        {
        }

        /// <summary>Stops xz without waiting for a result.</summary>
        public void Abandon()
        {
            try
            {
                _process.Kill();
                _copy.Wait();
            }
            catch (Exception e) when (e is InvalidOperationException or AggregateException or Win32Exception)
            {
            }
            finally
            {
                _process.Dispose();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                try
                {
                    _process.StandardInput.Close();
                }
                catch (IOException e)
                {
                    throw Failed("stopped reading", e);
                }

                _copy.Wait();
                _process.WaitForExit();
                int code = _process.ExitCode;
                string errors = _errors.Result.Trim();
                _process.Dispose();
                if (_copyFailure is not null)
                {
                    throw new IOException(_copyFailure.Message, _copyFailure);
                }

                if (code != 0)
                {
                    throw Failed($"exited with {code}" + (errors.Length > 0 ? ": " + errors : string.Empty), null);
                }
            }

            base.Dispose(disposing);
        }

        private IOException Failed(string what, Exception? inner) =>
            new($"the xz program {what}" + (_copyFailure is null ? string.Empty : ": " + _copyFailure.Message), inner);
    }
}
