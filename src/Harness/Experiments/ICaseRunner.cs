namespace LeakSpec.Experiments;

/// <summary>
/// One case's pipelines as the <see cref="Replicator"/> drives them: every variant runs the same code and differs only
/// in its leak setting. Implementations must be deterministic given (variant, split, seed).
/// </summary>
public interface ICaseRunner
{
    /// <summary>"1", "2", "3", "4" or "deeprn" (<see cref="PaperCase.Id"/>).</summary>
    string CaseId { get; }

    /// <summary>Variant names in the order they should run (and appear in the report), e.g. ["clean", "leaky"].</summary>
    IReadOnlyList<string> Variants { get; }

    /// <summary>The case's configuration record as JSON: every setting that changes results (it keys the run store).</summary>
    string ConfigurationJson { get; }

    /// <summary>The claims, data and backbone behind a variant.</summary>
    VariantInfo Describe(string variant);

    /// <summary>
    /// How many of <paramref name="requested"/> splits this case trains: all of them unless its configuration says
    /// the paper trained fewer (DeepRN: once, <see cref="Pipelines.DeepRnConfig.Trainings"/>).
    /// </summary>
    int SplitsFor(int requested) => requested;

    /// <summary>Trains and evaluates one split; reports progress ("epoch 4 · loss 0.81") through <see cref="ReplicationContext.Progress"/>.</summary>
    SplitResult RunSplit(string variant, int split, int seed, ReplicationContext ctx, CancellationToken ct);
}
