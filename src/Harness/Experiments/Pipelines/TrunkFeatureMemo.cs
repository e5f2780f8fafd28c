using System.Collections.Concurrent;
using LeakSpec.IO;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// Pooled features of a frozen pretrained trunk, kept in memory for a whole replication: they depend on the item and
/// the view, never on the split or the variant, so every fine-tuning over the trunk reads the same rows. (The disk
/// <see cref="Features.FeatureCache"/> keeps them across runs; this saves re-reading and re-hashing per run.)
/// </summary>
public sealed class TrunkFeatureMemo
{
    private readonly ConcurrentDictionary<CacheKey, ConcurrentDictionary<string, double[]>> tables = new();

    /// <summary>The rows computed so far for one (dataset, backbone, view) key, by item or frame id.</summary>
    public ConcurrentDictionary<string, double[]> For(CacheKey key) => tables.GetOrAdd(key, _ => new ConcurrentDictionary<string, double[]>(StringComparer.Ordinal));
}
