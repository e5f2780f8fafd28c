using System.Collections.Concurrent;
using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.IO;

namespace LeakSpec.Experiments;

/// <summary>
/// The decoded datasets of one replication, shared by its case runners: Cases II and III read the same KoNViD-1k
/// frames, and decoding 300 videos once instead of twice is a minute and a half of the demo.
/// </summary>
public sealed class SharedMedia
{
    private readonly ConcurrentDictionary<CacheKey, Lazy<MediaStore>> stores = new();

    /// <summary>The store of <paramref name="kind"/> at <paramref name="root"/> read with <paramref name="frames"/>, made once by <paramref name="create"/>.</summary>
    public MediaStore GetOrAdd(DatasetKind kind, string root, FrameOptions? frames, Func<MediaStore> create) =>
        stores.GetOrAdd(new CacheKey(("dataset", kind), ("root", Path.GetFullPath(root)), ("frames", frames)), _ => new Lazy<MediaStore>(create)).Value;
}
