using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>Claim G.1 end to end: the manifests each case's pipeline uses, clean and leaky, through the auditor.</summary>
[Trait("Category", "Fast")]
public sealed class ManifestBuilderAuditTests
{
    /// <summary>8 frames per video instead of 48 keeps the five-seed runs fast; the paper's sizes are checked separately.</summary>
    private static readonly ManifestOptions FewFrames = new(FrameCount: _ => 40);

    public static TheoryData<string, SplitPolicy> CleanRuns => new()
    {
        { "kadid", SplitPolicy.ByReference },
        { "tid", SplitPolicy.ByReference },
        { "konvid", SplitPolicy.ByVideo },
        { "koniq", SplitPolicy.Official },
        { "koniq", SplitPolicy.Random },
        { "livec", SplitPolicy.Random },
    };

    public static TheoryData<string, SplitPolicy, Leak, string, string> LeakyRuns => new()
    {
        { "livec", SplitPolicy.Random, Leak.CaseI, Stages.FinetuneTrain, Stages.RegressorTest },
        { "tid", SplitPolicy.ByReference, Leak.CaseI, Stages.FinetuneTrain, Stages.RegressorTest },
        { "koniq", SplitPolicy.Official, Leak.CaseI, Stages.FinetuneTrain, Stages.RegressorTest },
        { "konvid", SplitPolicy.ByFrame, Leak.CaseII, Stages.FinetuneTrain, Stages.FinetuneVal },
        { "konvid", SplitPolicy.ByVideo, Leak.CaseIII, Stages.FinetuneTrain, Stages.RegressorTest },
        { "kadid", SplitPolicy.ByReference, Leak.CaseIV, Stages.RegressorTrain, Stages.RegressorTest },
        { "tid", SplitPolicy.ByReference, Leak.CaseIV, Stages.FinetuneTrain, Stages.FinetuneVal },
    };

    [Theory]
    [MemberData(nameof(CleanRuns))]
    [Trait("Claim", "G.1")]
    public void G1_clean_manifests_of_the_five_paper_splits_audit_clean(string dataset, SplitPolicy policy)
    {
        // Given a dataset
        var ds = Load(dataset);

        // When the five fixed clean splits are built and audited
        var manifests = ManifestBuilder.BuildFive(ds, policy, Leak.None, FewFrames);
        var report = new LeakAuditor().Audit(manifests);

        // Then no violation is found, and the regressor's test set shares no item or group with fine-tuning
        report.IsClean.Should().BeTrue(report.ToText());
        foreach (var m in manifests)
        {
            var g = GroupFunctions.For(m.Kind);
            var finetuneGroups = Stages.Finetune.SelectMany(f => m.Stage(f)).Select(g).ToHashSet();
            m.Stage(Stages.RegressorTest).Should().NotBeEmpty().And.OnlyContain(id => !finetuneGroups.Contains(g(id)));
        }
    }

    [Theory]
    [MemberData(nameof(LeakyRuns))]
    [Trait("Claim", "G.1")]
    public void G1_each_leaky_manifest_violates_exactly_the_property_its_case_names(string dataset, SplitPolicy policy, Leak leak, string stageA, string stageB)
    {
        // Given a dataset
        var ds = Load(dataset);

        // When the five fixed splits are built with one leak and audited
        var manifests = ManifestBuilder.BuildFive(ds, policy, leak, FewFrames);
        var report = new LeakAuditor().Audit(manifests);

        // Then every manifest shows that case, and only that case, at the stages the case names
        foreach (var m in manifests)
        {
            var one = new LeakAuditor().Audit([m]);
            one.Cases.Should().Be(leak, one.ToText());
            one.Violations.Should().Contain(v => v.Case == leak && v.StageA == stageA && v.StageB == stageB && v.ItemCount > 0 && v.GroupCount > 0, one.ToText());
        }

        report.IsClean.Should().BeFalse();
    }

    [Fact]
    [Trait("Claim", "G.1")]
    public void G1_leaky_finetuning_and_a_tainted_test_together_show_both_cases()
    {
        // Given KoNViD-1k
        // When a split combines the frame-level fine-tuning split with a tainted test (Table 2 row 12)
        var m = ManifestBuilder.Build(SplitTestData.Konvid(), SplitPolicy.ByVideo, Leak.CaseII | Leak.CaseIII, 42);

        // Then the auditor reports both, and the put-away set is recorded and clean
        var report = new LeakAuditor().Audit([m]);
        report.Cases.Should().Be(Leak.CaseII | Leak.CaseIII);
        report.Violations.Should().NotContain(v => v.StageB == Stages.HeldOutTest);
        m.Stage(Stages.HeldOutTest).Should().HaveCount(240);
        m.Policy.Should().Be("by-video+leak:CaseII+leak:CaseIII");
    }

    [Fact]
    public void KoNViD_stages_have_the_papers_sizes_and_clean_and_leaky_runs_share_the_put_away_set()
    {
        // Given KoNViD-1k's 1,200 videos of 240 frames
        var ds = SplitTestData.Konvid();

        // When the clean and the frame-split manifests of one seed are built
        var clean = ManifestBuilder.Build(ds, SplitPolicy.ByVideo, Leak.None, 69);
        var leaky = ManifestBuilder.Build(ds, SplitPolicy.ByFrame, Leak.None, 69);

        // Then 720/240/240 videos, 48 frames per fine-tuning video, the same test videos and the same frame pool
        clean.Stage(Stages.RegressorTrain).Should().HaveCount(720);
        clean.Stage(Stages.RegressorVal).Should().HaveCount(240);
        clean.Stage(Stages.RegressorTest).Should().HaveCount(240);
        clean.Stage(Stages.FinetuneTrain).Should().HaveCount(720 * 48).And.OnlyContain(id => id.Contains('#'));
        clean.Stage(Stages.FinetuneVal).Should().HaveCount(240 * 48);
        leaky.Stage(Stages.RegressorTest).Should().Equal(clean.Stage(Stages.RegressorTest));
        leaky.Stage(Stages.FinetuneTrain).Concat(leaky.Stage(Stages.FinetuneVal)).Order(StringComparer.Ordinal)
            .Should().Equal(clean.Stage(Stages.FinetuneTrain).Concat(clean.Stage(Stages.FinetuneVal)).Order(StringComparer.Ordinal));
        leaky.Stage(Stages.FinetuneTrain).Should().HaveCount(30720);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_manifests_and_another_seed_a_different_split()
    {
        // Given KADID-10k's names
        var ds = NameDerivedDatasets.Kadid10k();

        // When one split is built twice with seed 42 and once with 69
        var a = ManifestBuilder.Build(ds, SplitPolicy.ByReference, Leak.None, 42).ToCanonicalJson();
        var b = ManifestBuilder.Build(ds, SplitPolicy.ByReference, Leak.None, 42).ToCanonicalJson();
        var c = ManifestBuilder.Build(ds, SplitPolicy.ByReference, Leak.None, 69).ToCanonicalJson();

        // Then the first two are byte-identical and the third differs
        a.Should().Be(b);
        c.Should().NotBe(a);
    }

    [Fact]
    public void Policies_that_do_not_fit_the_dataset_are_rejected_with_a_reason()
    {
        // Given image and video datasets
        // When asked for splits that make no sense for them
        var official = () => ManifestBuilder.Build(NameDerivedDatasets.Kadid10k(), SplitPolicy.Official, Leak.None, 1);
        var frames = () => ManifestBuilder.Build(SplitTestData.LiveC(), SplitPolicy.Random, Leak.CaseII, 1);
        var reference = () => ManifestBuilder.Build(SplitTestData.Konvid(20), SplitPolicy.ByVideo, Leak.CaseIV, 1);

        // Then each says why
        official.Should().Throw<ArgumentException>().WithMessage("*no official split*");
        frames.Should().Throw<ArgumentException>().WithMessage("*frames*");
        reference.Should().Throw<ArgumentException>().WithMessage("*reference*");
    }

    internal static Dataset Load(string name) => name switch
    {
        "kadid" => NameDerivedDatasets.Kadid10k(),
        "tid" => NameDerivedDatasets.Tid2013(),
        "konvid" => SplitTestData.Konvid(),
        "koniq" => SplitTestData.Koniq(),
        "livec" => SplitTestData.LiveC(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
