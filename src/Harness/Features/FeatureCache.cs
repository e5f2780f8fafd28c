using System.Security.Cryptography;
using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Features;

/// <summary>
/// Extracted features on disk, one file per (weights hash, fine-tuning run id, item id, settings). The full key text
/// is stored in the file and compared on read, so a stale or colliding entry is never returned. Files are renamed into
/// place without an fsync each (a demo writes tens of thousands): a SHA-256 of the content closes every file, and a
/// file that fails it (cut short by a crash) is a miss, recomputed and overwritten — it only ever held recomputable
/// values.
/// </summary>
public sealed class FeatureCache(string root)
{
    private static readonly byte[] Magic = "LSFC2\n"u8.ToArray();

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The key of one item's features under one network state and one extraction setting.</summary>
    public static CacheKey Key(string weightsHash, string runId, string itemId, string settings) =>
        new(("weights", weightsHash), ("run", runId), ("item", itemId), ("settings", settings));

    public bool TryGet(CacheKey key, out double[] features)
    {
        var keyText = key.Text;
        features = [];
        var path = PathOf(keyText);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }

        const int hashLength = 32;
        if (bytes.Length < Magic.Length + hashLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic) ||
            !SHA256.HashData(bytes.AsSpan(0, bytes.Length - hashLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - hashLength)))
        {
            return false;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, bytes.Length - Magic.Length - hashLength));
        if (reader.ReadString() != keyText)
        {
            return false;
        }

        var n = reader.ReadInt32();
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = reader.ReadDouble();
        }

        features = values;
        return true;
    }

    public void Put(CacheKey key, double[] features)
    {
        var keyText = key.Text;
        using var ms = new MemoryStream();
        using (var writer = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(keyText);
            writer.Write(features.Length);
            foreach (var v in features)
            {
                writer.Write(v);
            }
        }

        ms.Write(SHA256.HashData(ms.GetBuffer().AsSpan(0, (int)ms.Length)));
        AtomicFile.WriteAllBytes(PathOf(keyText), ms.ToArray(), flushToDisk: false);
    }

    private string PathOf(string keyText)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keyText)));
        return Path.Combine(Root, hash[..2], hash + ".bin");
    }
}
