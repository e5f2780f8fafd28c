using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Features;

/// <summary>
/// Extracted features on disk: one append-only pack file per (weights hash, fine-tuning run id, settings), holding
/// every item's row — a few large files, where one file per frame made millions for Case III at real scale. The pack
/// starts with its full key text, compared on open, so a colliding pack is never read; each record carries a SHA-256,
/// and a record that fails it (cut short by a crash: packs are not fsynced) is a miss, recomputed and appended again.
/// Packs are shared by every instance in the process (<see cref="Pack"/>), so runs of one replication see each
/// other's rows.
/// </summary>
public sealed class FeatureCache(string root)
{
    internal const string Extension = ".pack";
    private static readonly ConcurrentDictionary<string, Pack> Packs = new(StringComparer.Ordinal);

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The key of one item's features under one network state and one extraction setting.</summary>
    public static FeatureKey Key(string weightsHash, string runId, string itemId, string settings) =>
        new(new CacheKey(("weights", weightsHash), ("run", runId), ("settings", settings)), itemId);

    public bool TryGet(FeatureKey key, out double[] features) => PackOf(key.Group).TryGet(key.Item, out features);

    public void Put(FeatureKey key, double[] features) => PutMany(key.Group, [(key.Item, features)]);

    /// <summary>Appends the rows of several items of one pack in one write.</summary>
    public void PutMany(CacheKey group, IReadOnlyList<(string Item, double[] Features)> rows) => PackOf(group).Append(rows);

    /// <summary>Bytes and files under the cache folder (packs, and one-file-per-item entries of earlier versions).</summary>
    public (long Bytes, int Files) Size()
    {
        if (!Directory.Exists(Root))
        {
            return (0, 0);
        }

        var files = new DirectoryInfo(Root).EnumerateFiles("*", SearchOption.AllDirectories).ToArray();
        return (files.Sum(f => f.Length), files.Length);
    }

    /// <summary>Deletes every feature file under the folder (recomputable by definition); returns the bytes freed.</summary>
    public long Clear()
    {
        var (bytes, _) = Size();
        foreach (var key in Packs.Keys.Where(k => k.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            Packs.TryRemove(key, out _);
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return bytes;
    }

    private Pack PackOf(CacheKey group)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group.Text)));
        var path = Path.Combine(Root, hash[..2], hash + Extension);
        return Packs.GetOrAdd(path, p => new Pack(p, group.Text));
    }
}

/// <summary>One item's row in a <see cref="FeatureCache"/>: the pack it belongs to and the item id within it.</summary>
public readonly record struct FeatureKey(CacheKey Group, string Item)
{
    public override string ToString() => Group.Text + "\nitem=" + Item;
}
