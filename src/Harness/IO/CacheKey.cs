using System.Globalization;

namespace LeakSpec.IO;

/// <summary>
/// The one key type of the harness's caches — the feature files on disk (<c>Features.FeatureCache</c>), the frozen
/// trunk's rows (<c>TrunkFeatureMemo</c>), the decoded datasets (<c>SharedMedia</c>) and Case III's shared
/// fine-tunings: named parts in a fixed order, equal when their canonical text is, which the disk cache also stores
/// and hashes into a file name. A value is written with the invariant culture (records as their generated text).
/// </summary>
public readonly record struct CacheKey
{
    public CacheKey(params (string Name, object? Value)[] parts) =>
        Text = string.Join("\n", parts.Select(p => $"{p.Name}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));

    /// <summary>"name=value" per part, one per line.</summary>
    public string Text { get; }

    public override string ToString() => Text;
}
