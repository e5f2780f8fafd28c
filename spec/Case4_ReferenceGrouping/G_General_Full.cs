using System.Diagnostics;
using LeakSpec.Datasets;
using LeakSpec.Regression;
using LeakSpec.Spec.Shared;
using LeakSpec.Splitting;

namespace LeakSpec.Spec.Case4_ReferenceGrouping;

/// <summary>The general claims on the real datasets (G.1, G.2) and at the paper's scale (G.3); skipped without the data.</summary>
[Trait("Category", "Full")]
public sealed class G_General_Full
{
    public static TheoryData<DatasetKind> Kinds => new(Enum.GetValues<DatasetKind>());

    /// <summary>
    /// "Therefore, in our reimplementation we split the data prior to fine-tuning and kept the splits fixed throughout the
    /// whole learning process." — the five clean splits of each real dataset audit clean; each leak is named.
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    [Trait("Claim", "G.1")]
    public void G1_CleanSplitsOfTheRealDataset_ShareNothingWithFineTuning_AndLeaksAreNamed(DatasetKind kind) =>
        CleanSplitsShareNothing_AndLeaksAreNamed(kind, FullTier.RequireDataset(kind));

    /// <summary>"All variants of a pristine image have to be grouped into the same set not to run the risk of data leakage." (also videos and their frames)</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    [Trait("Claim", "G.2")]
    public void G2_GroupedSplitOfTheRealDataset_KeepsEveryGroupOnOneSide(DatasetKind kind) =>
        GroupedSplitKeepsEveryGroupOnOneSide(kind, FullTier.RequireDataset(kind));

    /// <summary>
    /// "First, a support vector machine (SVM) is not an inherently scalable machine learning approach." — fit time grows
    /// super-linearly with the items (×4 items costs more than ×4 time), at the size of KonIQ-10k's official training set
    /// and the width of Inception-V3's features. Needs the real KonIQ-10k only for its training-set size, so that the
    /// Full tier without data reports only skips.
    /// </summary>
    [Fact]
    [Trait("Claim", "G.3")]
    public void G3_SvrFitTime_GrowsSuperLinearlyWithItems()
    {
        var n = OfficialTrainingCount(FullTier.RequireDataset(DatasetKind.Koniq10k));
        SvrFitSeconds(500);
        (SvrFitSeconds(n) / SvrFitSeconds(n / 4)).Should().BeGreaterThan(4);
    }

    /// <summary>G.1 on the dataset at <paramref name="root"/> (also G_General_Rehearsal's).</summary>
    internal static void CleanSplitsShareNothing_AndLeaksAreNamed(DatasetKind kind, string root)
    {
        var dataset = DatasetLoader.Load(kind, root);
        var policy = Policy(kind);
        var auditor = new LeakAuditor();

        auditor.Audit(ManifestBuilder.BuildFive(dataset, policy, Leak.None)).IsClean.Should().BeTrue();
        auditor.Audit([ManifestBuilder.Build(dataset, policy, Leak.CaseI, PaperSeeds.Five[0])]).Cases.Should().NotBe(Leak.None);
    }

    /// <summary>G.2 on the dataset at <paramref name="root"/> (also G_General_Rehearsal's).</summary>
    internal static void GroupedSplitKeepsEveryGroupOnOneSide(DatasetKind kind, string root)
    {
        var dataset = DatasetLoader.Load(kind, root);
        var group = dataset.Items.ToDictionary(i => i.Id, i => i.Group);

        foreach (var manifest in ManifestBuilder.BuildFive(dataset, Policy(kind), Leak.None))
        {
            var sides = new[] { Stages.RegressorTrain, Stages.RegressorVal, Stages.RegressorTest }
                .Select(s => manifest.Stage(s).Select(id => group[id]).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToArray();
            sides[0].Intersect(sides[1]).Concat(sides[0].Intersect(sides[2])).Concat(sides[1].Intersect(sides[2])).Should().BeEmpty();
        }
    }

    /// <summary>KonIQ-10k's official training items at <paramref name="root"/> (the size G.3 fits at), without reading the images.</summary>
    internal static int OfficialTrainingCount(string root) =>
        DatasetLoader.Load(DatasetKind.Koniq10k, root, new LoadOptions(VerifyFiles: false)).Items.Count(i => i.OfficialSplit == "training");

    /// <summary>Seconds to fit MATLAB's default SVR on <paramref name="n"/> seeded rows of Inception-V3's width (2,048).</summary>
    internal static double SvrFitSeconds(int n)
    {
        var rng = new Random(n);
        var x = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, 2048).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        var y = x.Select(r => r.Take(16).Sum() + rng.NextDouble()).ToArray();
        var clock = Stopwatch.StartNew();
        using var model = Svr.FitMatlabDefaults(x, y, new MatlabSvrOptions(Seed: 1));
        return clock.Elapsed.TotalSeconds;
    }

    private static SplitPolicy Policy(DatasetKind kind) => DatasetCatalog.Get(kind).GroupKey switch
    {
        GroupKey.Reference => SplitPolicy.ByReference,
        GroupKey.Video => SplitPolicy.ByVideo,
        _ => SplitPolicy.Random,
    };
}
