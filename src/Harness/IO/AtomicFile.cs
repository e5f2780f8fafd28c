using System.Text;

namespace LeakSpec.IO;

/// <summary>
/// Writes files so that a reader sees either the old content or the whole new content, never a torn file:
/// write beside the target, flush to disk, then rename over it.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content) => WriteAllBytes(path, content, flushToDisk: true);

    /// <param name="flushToDisk">
    /// False skips the fsync before the rename (≈ 7 ms per file here): the rename still hides a half-written file from
    /// readers of a running system, but after a power cut the file may be empty or short. Only for content that can be
    /// recomputed and whose reader checks it (the feature cache).
    /// </param>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content, bool flushToDisk)
    {
        var bytes = content.ToArray();
        Write(path, s => s.Write(bytes), flushToDisk);
    }

    /// <summary>Streams the content through <paramref name="write"/> (files too large to hold in memory), then renames it into place.</summary>
    public static void Write(string path, Action<Stream> write, bool flushToDisk)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(fs);
                fs.Flush(flushToDisk);
            }

            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }

    /// <summary>Writes UTF-8 without a byte-order mark, so canonical text files hash the same everywhere.</summary>
    public static void WriteAllText(string path, string content) =>
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));
}
