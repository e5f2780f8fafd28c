using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>The options of `leakspec audit`.</summary>
/// <param name="Files">Split files (manifests, JSON lists, CSVs), or with <see cref="Meta"/> pyiqa pickles.</param>
/// <param name="Kind">The dataset kind (--kind); null: inferred from the names.</param>
/// <param name="Root">A dataset root (--root) to check every name against.</param>
/// <param name="AllowSubset">--allow-subset: accept a dataset under Root with fewer items than the release.</param>
/// <param name="FirstFew">--first: examples per finding.</param>
public sealed record AuditRequest(IReadOnlyList<string> Files, DatasetKind? Kind = null, string? Root = null, bool AllowSubset = false, int FirstFew = 5)
{
    /// <summary>--train/--val/--test: one file per set.</summary>
    public string? Train { get; init; }

    public string? Val { get; init; }

    public string? Test { get; init; }

    /// <summary>--meta: pyiqa's meta_info CSV the pickles' row indices point into.</summary>
    public string? Meta { get; init; }
}
