using System.Collections.Concurrent;
using LeakSpec.Datasets;
using LeakSpec.Metrics;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// Case III (Table 2): CNN-SVR and CNN-LSTM with fine-tuning clean or leaky (Case II) and the regressor's test set
/// independent or tainted (drawn anew from all videos), plus no fine-tuning and the end-to-end network.
/// </summary>
public sealed class Case3Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string NoFineTune = "no-ft";
    public const string LeakyTainted = "leaky+tainted";
    public const string CleanTainted = "clean+tainted";
    public const string LeakyIndependent = "leaky+independent";
    public const string Clean = "clean";
    public const string EndToEnd = "end-to-end";

    // CNN-LSTM reuses the features of the CNN-SVR run of the same split, so both regressors see the same fine-tuning.
    private readonly ConcurrentDictionary<(string, int), (PipelineOutcome Svr, MetricSet Lstm)> runs = new();

    public override string CaseId => "3";

    public override IReadOnlyList<string> Variants { get; } =
    [
        "cnn-svr." + NoFineTune, "cnn-svr." + LeakyTainted, "cnn-svr." + CleanTainted, "cnn-svr." + LeakyIndependent, "cnn-svr." + Clean,
        "cnn-lstm." + NoFineTune, "cnn-lstm." + LeakyTainted, "cnn-lstm." + CleanTainted, "cnn-lstm." + LeakyIndependent, "cnn-lstm." + Clean,
        EndToEnd,
    ];

    protected override object Configuration => new { Profile.CnnSvr, Profile.EndToEnd, Profile.Frames };

    public override VariantInfo Describe(string variant) =>
        variant == EndToEnd
            ? Info(Claim(variant), DatasetKind.Konvid1k, Profile.EndToEnd.Backbone, Profile.EndToEnd.FrozenTrunk)
            : Info(Claim(variant), DatasetKind.Konvid1k, Profile.CnnSvr.Backbone, Setup(variant) == NoFineTune ? null : Profile.CnnSvr.FrozenTrunk);

    public override (DatasetKind Kind, SplitManifest Manifest) Manifest(string variant, int splitSeed)
    {
        var store = Media(DatasetKind.Konvid1k);
        var leak = Setup(variant) switch
        {
            LeakyTainted => Leak.CaseII | Leak.CaseIII,
            CleanTainted => Leak.CaseIII,
            LeakyIndependent => Leak.CaseII,
            NoFineTune or Clean or EndToEnd => Leak.None,
            _ => throw UnknownVariant(variant),
        };
        var policy = CleanPolicy(DatasetKind.Konvid1k, leak.HasFlag(Leak.CaseII) ? SplitPolicy.ByFrame : SplitPolicy.ByVideo);
        return (DatasetKind.Konvid1k, Build(store.Dataset, policy, leak, splitSeed, VideoOptions(store)));
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run)
    {
        if (variant == EndToEnd)
        {
            return EndToEndPipeline.Run(Profile.EndToEnd, run);
        }

        var setup = Setup(variant);
        var (svr, lstm) = runs.GetOrAdd((setup, run.Seed), _ =>
        {
            // A leaky (frame-level) fine-tuning validates at its own frequency, as main_ft.m's 'faulty' runs.
            var frameSplit = setup is LeakyTainted or LeakyIndependent;
            var config = (frameSplit ? Profile.CnnSvr.ForFrameSplit() : Profile.CnnSvr) with { FineTune = setup != NoFineTune };
            var (s, l) = CnnSvrPipeline.RunRegressors(config, run, lstm: true);
            return (s, l!);
        });
        return variant.StartsWith("cnn-lstm.", StringComparison.Ordinal) ? svr with { Test = lstm } : svr;
    }

    private static string Setup(string variant) => variant[(variant.IndexOf('.') + 1)..];

    private static string Claim(string variant) => variant switch
    {
        "cnn-svr." + NoFineTune => "C3.1",
        "cnn-svr." + LeakyTainted => "C3.2",
        "cnn-svr." + CleanTainted => "C3.3",
        "cnn-svr." + LeakyIndependent => "C3.4",
        "cnn-svr." + Clean => "C3.5",
        "cnn-lstm." + NoFineTune => "C3.6",
        "cnn-lstm." + LeakyTainted => "C3.7",
        "cnn-lstm." + CleanTainted => "C3.8",
        "cnn-lstm." + LeakyIndependent => "C3.9",
        "cnn-lstm." + Clean => "C3.10",
        EndToEnd => "C3.11",
        _ => throw new ArgumentException($"Case 3 has no variant '{variant}'.", nameof(variant)),
    };
}
