using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Datasets;

/// <summary>
/// Decoded 8-bit RGB pixels on disk, one file per video (its frames, all one size) or per image, memory-mapped for
/// reading: a real dataset is decoded once into it and every split, variant and epoch after that reads single frames
/// without running ffmpeg again. The key (dataset fingerprint, item, frame selection, preprocessing) is stored in the
/// file and compared on open; a file of the wrong length (cut short by a crash) is decoded again. Everything here is
/// recomputable, so files are renamed into place without an fsync.
/// </summary>
public sealed class PixelStore(string root) : IDisposable
{
    private static readonly byte[] Magic = "LSPX1\n"u8.ToArray();
    private readonly ConcurrentDictionary<string, Lazy<PixelFile>> open = new(StringComparer.Ordinal);

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The stored frames of <paramref name="key"/>; on a miss <paramref name="decode"/> runs once (per process) and its frames are written first.</summary>
    public PixelFile GetOrWrite(CacheKey key, Func<IEnumerable<RgbImage>> decode) =>
        open.GetOrAdd(key.Text, text => new Lazy<PixelFile>(() => TryOpen(PathOf(text), text) ?? Write(PathOf(text), text, decode()))).Value;

    /// <summary>Bytes the store holds on disk.</summary>
    public long SizeBytes() =>
        Directory.Exists(Root) ? new DirectoryInfo(Root).EnumerateFiles("*.px", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    public void Dispose()
    {
        foreach (var f in open.Values.Where(l => l.IsValueCreated))
        {
            f.Value.Dispose();
        }

        open.Clear();
    }

    private string PathOf(string keyText)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keyText)));
        return Path.Combine(Root, hash[..2], hash + ".px");
    }

    private static PixelFile? TryOpen(string path, string keyText)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        using (var reader = new BinaryReader(fs, Encoding.UTF8))
        {
            try
            {
                if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadString() != keyText)
                {
                    return null;
                }

                int width = reader.ReadInt32(), height = reader.ReadInt32(), count = reader.ReadInt32();
                var offset = fs.Position;
                if (fs.Length != offset + ((long)width * height * 3 * count))
                {
                    return null;
                }

                return new PixelFile(path, width, height, count, offset);
            }
            catch (EndOfStreamException)
            {
                return null;
            }
        }
    }

    private static PixelFile Write(string path, string keyText, IEnumerable<RgbImage> frames)
    {
        AtomicFile.Write(
            path,
            stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(keyText);
                var sizeAt = stream.Position;
                writer.Write(0);
                writer.Write(0);
                writer.Write(0);
                int width = 0, height = 0, count = 0;
                foreach (var f in frames)
                {
                    if (count == 0)
                    {
                        (width, height) = (f.Width, f.Height);
                    }
                    else if (f.Width != width || f.Height != height)
                    {
                        throw new MediaReadException(path, $"frame {count} is {f.Width}x{f.Height} but frame 0 is {width}x{height}; a stored video holds frames of one size");
                    }

                    writer.Write(f.Pixels);
                    count++;
                }

                writer.Flush();
                stream.Position = sizeAt;
                writer.Write(width);
                writer.Write(height);
                writer.Write(count);
                writer.Flush();
            },
            flushToDisk: false);
        return TryOpen(path, keyText) ?? throw new IOException($"{path}: the pixel file just written does not read back");
    }
}
