using System.Security.Cryptography;
using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// The items every stage of one pipeline run may see, for one split of one dataset. Stage lists are kept sorted
/// (ordinal) and in canonical stage order; duplicates are kept so that the auditor can report them.
/// </summary>
/// <param name="Kind">Which dataset the ids belong to (selects the group function).</param>
/// <param name="Fingerprint">The dataset's <see cref="Dataset.Fingerprint"/>; empty when unknown (external split files).</param>
/// <param name="Policy">How the split was made, e.g. <c>by-reference</c> or <c>by-video+leak:CaseII</c>.</param>
/// <param name="Seed">The seed every random choice of this split derives from.</param>
/// <param name="GroupKey">What the dataset's groups are (reference image, video, item).</param>
/// <param name="Stages">Stage name (see <see cref="Splitting.Stages"/>) → item ids.</param>
public sealed record SplitManifest(
    DatasetKind Kind,
    string Fingerprint,
    string Policy,
    int Seed,
    GroupKey GroupKey,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Stages)
{
    /// <summary>The value of the <c>format</c> property: bumped only when the file layout changes.</summary>
    public const string Format = "leakspec-split-manifest/1";

    // Canonicalised on construction and on `with`, so every instance is sorted whichever way it was made.
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> stages = Canonicalize(Stages);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Stages
    {
        get => stages;
        init => stages = Canonicalize(value);
    }

    /// <summary>"sha256:" + hex of the canonical JSON without its <c>contentHash</c> line: equal hashes, equal splits.</summary>
    public string ContentHash => HashOf(ManifestJson.WriteBody(this));

    /// <summary>A stage's ids, or an empty list when the run has no such stage (e.g. no validation when leaky).</summary>
    public IReadOnlyList<string> Stage(string name) => Stages.TryGetValue(name, out var ids) ? ids : [];

    /// <summary>Sorted ids, fixed property order, two-space indent, LF, no timestamps, trailing newline, content hash last.</summary>
    public string ToCanonicalJson() => System.Text.Encoding.UTF8.GetString(ToCanonicalUtf8());

    /// <summary>The bytes of <see cref="ToCanonicalJson"/> (UTF-8 without BOM), as written to disk.</summary>
    public byte[] ToCanonicalUtf8() => ManifestJson.WriteWithHash(this);

    /// <summary>Reads canonical JSON; every problem is a <see cref="ManifestException"/> naming <paramref name="sourcePath"/> and the field.</summary>
    public static SplitManifest Parse(string json, string sourcePath) => ManifestJson.Parse(json, sourcePath);

    /// <summary>Value equality over the stage lists too (a record would compare the dictionaries by reference).</summary>
    public bool Equals(SplitManifest? other) =>
        other is not null && Kind == other.Kind && Fingerprint == other.Fingerprint && Policy == other.Policy &&
        Seed == other.Seed && GroupKey == other.GroupKey && stages.Count == other.stages.Count &&
        stages.All(s => other.stages.TryGetValue(s.Key, out var o) && s.Value.SequenceEqual(o, StringComparer.Ordinal));

    public override int GetHashCode() => HashCode.Combine(Kind, Fingerprint, Policy, Seed, GroupKey, stages.Count);

    internal static string HashOf(byte[] canonicalBody) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(canonicalBody));

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Canonicalize(IReadOnlyDictionary<string, IReadOnlyList<string>> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var unknown = stages.Keys.Where(k => !Splitting.Stages.Known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown stage name(s) {string.Join(", ", unknown.Select(u => "'" + u + "'"))}; expected one of {string.Join(", ", Splitting.Stages.Ordered)}.",
                nameof(Stages));
        }

        var sorted = new SortedDictionary<string, IReadOnlyList<string>>(Comparer<string>.Create((a, b) => Splitting.Stages.OrderOf(a).CompareTo(Splitting.Stages.OrderOf(b))));
        foreach (var (name, ids) in stages)
        {
            var copy = ids.ToArray();
            Array.Sort(copy, StringComparer.Ordinal);
            sorted[name] = copy;
        }

        return sorted;
    }
}
