using LeakSpec.Experiments;

namespace LeakSpec.Spec.Shared;

/// <summary>A case runner restricted to some of its variants, so a test trains only what its claim needs.</summary>
public sealed class VariantFilter(ICaseRunner inner, IReadOnlyList<string> variants) : ICaseRunner
{
    public string CaseId => inner.CaseId;

    public IReadOnlyList<string> Variants { get; } = [.. inner.Variants.Where(variants.Contains)];

    public string ConfigurationJson => inner.ConfigurationJson;

    public VariantInfo Describe(string variant) => inner.Describe(variant);

    public int SplitsFor(int requested) => inner.SplitsFor(requested);

    public SplitResult RunSplit(string variant, int split, int seed, ReplicationContext ctx, CancellationToken ct) =>
        inner.RunSplit(variant, split, seed, ctx, ct);
}
