using System.Security.Cryptography;
using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Features;

/// <summary>
/// Extracted features on disk, one file per (weights hash, fine-tuning run id, item id, settings). The full key text
/// is stored in the file and compared on read, so a stale or colliding entry is never returned; writes are atomic.
/// </summary>
public sealed class FeatureCache(string root)
{
    private static readonly byte[] Magic = "LSFC1\n"u8.ToArray();

    public string Root { get; } = Path.GetFullPath(root);

    public static string KeyText(string weightsHash, string runId, string itemId, string settings) =>
        $"weights={weightsHash}\nrun={runId}\nitem={itemId}\nsettings={settings}";

    public bool TryGet(string keyText, out double[] features)
    {
        features = [];
        var path = PathOf(keyText);
        if (!File.Exists(path))
        {
            return false;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException($"Feature cache file {path}: bad header, expected {Encoding.ASCII.GetString(Magic).Trim()}. Delete it to recompute.");
        }

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

    public void Put(string keyText, double[] features)
    {
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

        AtomicFile.WriteAllBytes(PathOf(keyText), ms.ToArray());
    }

    private string PathOf(string keyText)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keyText)));
        return Path.Combine(Root, hash[..2], hash + ".bin");
    }
}
