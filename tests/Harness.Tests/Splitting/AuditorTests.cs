using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

[Trait("Category", "Fast")]
public sealed class AuditorTests
{
    [Fact]
    [Trait("Claim", "G.1")]
    public void G1_a_single_test_image_in_the_regressors_training_set_is_found_among_a_thousand()
    {
        // Given a clean LIVE-in-the-Wild split, and one test image copied into regressor.train
        var m = ManifestBuilder.Build(SplitTestData.LiveC(), SplitPolicy.Random, Leak.None, 1337);
        var leaked = m.Stage(Stages.RegressorTest)[117];
        var tampered = m with { Stages = With(m, Stages.RegressorTrain, leaked) };

        // When audited
        var report = new LeakAuditor().Audit([tampered]);

        // Then exactly that overlap is reported: one item, one group, named
        report.IsClean.Should().BeFalse();
        report.Violations.Should().ContainSingle();
        var v = report.Violations[0];
        v.Kind.Should().Be(ViolationKind.Overlap);
        (v.StageA, v.StageB, v.ItemCount, v.GroupCount).Should().Be((Stages.RegressorTrain, Stages.RegressorTest, 1, 1));
        v.FirstItems.Should().Equal(leaked);
        report.ToText().Should().Contain(leaked).And.Contain("regressor.train / regressor.test");
    }

    [Fact]
    [Trait("Claim", "G.1")]
    public void G1_a_single_frame_of_one_test_video_among_34560_fine_tuning_frames_is_a_tainted_test()
    {
        // Given a clean KoNViD-1k run, and one frame of one test video added to fine-tuning
        var m = ManifestBuilder.Build(SplitTestData.Konvid(), SplitPolicy.ByVideo, Leak.None, 9000);
        var video = m.Stage(Stages.RegressorTest)[3];
        var tampered = m with { Stages = With(m, Stages.FinetuneTrain, FrameIds.Of(video, 17)) };

        // When audited
        var report = new LeakAuditor().Audit([tampered]);

        // Then it is Case III for that video, and nothing else
        report.Violations.Should().ContainSingle();
        var v = report.Violations[0];
        (v.Case, v.StageA, v.StageB, v.ItemCount).Should().Be((Leak.CaseIII, Stages.FinetuneTrain, Stages.RegressorTest, 1));
        v.FirstGroups.Should().Equal(video);
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_TID2013_names_are_grouped_and_compared_case_insensitively()
    {
        // Given TID2013 names of reference 01 in both cases on both sides
        var m = SplitTestData.Manifest(
            DatasetKind.Tid2013,
            (Stages.RegressorTrain, ["I01_01_1.bmp", "i02_01_1.bmp"]),
            (Stages.RegressorTest, ["i01_05_3.bmp", "i01_01_1.BMP", "i03_01_1.bmp"]));

        // When audited
        var report = new LeakAuditor().Audit([m]);

        // Then one item overlaps (I01_01_1 written twice) and reference I01 straddles (Case IV) through i01_05_3
        report.Violations.Should().HaveCount(2);
        report.Violations.Should().ContainSingle(v => v.Kind == ViolationKind.Overlap).Which.FirstItems.Should().Equal("i01_01_1.BMP");
        var caseIv = report.Violations.Single(v => v.Kind == ViolationKind.CaseIV);
        caseIv.FirstGroups.Should().Equal("I01");
        caseIv.ItemCount.Should().Be(2);
        GroupFunctions.For(DatasetKind.Tid2013)("i25_24_5.bmp").Should().Be("I25");
        GroupFunctions.For(DatasetKind.Kadid10k)("I81_25_05.png").Should().Be("I81");
        GroupFunctions.For(DatasetKind.Konvid1k)("3339962845/0042").Should().Be("3339962845");
        GroupFunctions.For(DatasetKind.Koniq10k)("826373.jpg").Should().Be("826373.jpg");
    }

    [Fact]
    public void Frame_ids_round_trip_to_their_video_and_index()
    {
        // Given frame ids in both accepted forms and a whole-video id
        // When parsed
        var hash = FrameIds.TryParse(FrameIds.Of("3339962845", 42), out var v1, out var f1);
        var slash = FrameIds.TryParse("3339962845/0007", out var v2, out var f2);
        var whole = FrameIds.TryParse("3339962845", out var v3, out _);

        // Then video and index come back, and a whole video is not a frame
        (hash, v1, f1).Should().Be((true, "3339962845", 42));
        (slash, v2, f2).Should().Be((true, "3339962845", 7));
        (whole, v3).Should().Be((false, "3339962845"));
        FrameIds.Of("3339962845", 42).Should().Be("3339962845#0042");
    }

    [Fact]
    public void Duplicates_within_a_stage_are_reported()
    {
        // Given a stage listing one image twice
        var m = SplitTestData.Manifest(DatasetKind.LiveC, (Stages.RegressorTrain, ["a.bmp", "b.bmp", "a.bmp"]), (Stages.RegressorTest, ["c.bmp"]));

        // When audited
        var report = new LeakAuditor().Audit([m]);

        // Then the duplicate is named, and the run is not clean
        report.Violations.Should().ContainSingle().Which.Should().Match<Violation>(v =>
            v.Kind == ViolationKind.Duplicate && v.StageA == Stages.RegressorTrain && v.ItemCount == 1 && v.FirstItems[0] == "a.bmp");
        report.ToText().Should().Contain("LEAKAGE");
    }

    [Fact]
    public void A_report_names_the_case_the_stages_the_counts_and_the_first_few_items()
    {
        // Given a KADID-10k split made by image
        var m = ManifestBuilder.Build(NameDerivedDatasets.Kadid10k(), SplitPolicy.ByReference, Leak.CaseIV, 42);

        // When audited
        var report = new LeakAuditor(firstFew: 3).Audit([m], ["kadid-split-1.json"]);

        // Then the text names the file, the case, both stages, and at most three examples
        var text = report.ToText();
        text.Should().Contain("kadid-split-1.json").And.Contain("Case IV").And.Contain("regressor.train / regressor.test");
        report.Violations.Should().OnlyContain(v => v.FirstItems.Count <= 3 && v.FirstGroups.Count <= 3);
        var trainTest = report.Violations.Single(v => v.StageA == Stages.RegressorTrain && v.StageB == Stages.RegressorTest);
        trainTest.ItemCount.Should().Be(m.Stage(Stages.RegressorTest).Count, "with 81 references of 125 images, every test image has a sibling in train");
    }

    [Fact]
    public void An_id_that_does_not_follow_the_datasets_naming_is_an_error_naming_the_stage_and_index()
    {
        // Given a TID2013 manifest with a KADID-10k name
        var m = SplitTestData.Manifest(DatasetKind.Tid2013, (Stages.RegressorTrain, ["i01_01_1.bmp", "I01_01_01.png"]));

        // When audited
        var act = () => new LeakAuditor().Audit([m], ["x.json"]);

        // Then the error names the file, the field and the expected naming
        act.Should().Throw<ManifestException>().WithMessage("x.json: stages.regressor.train[0]*I01_01_01.png*iRR_DD_L.bmp*");
    }

    private static Dictionary<string, IReadOnlyList<string>> With(SplitManifest m, string stage, string extra)
    {
        var stages = m.Stages.ToDictionary(s => s.Key, s => s.Value);
        stages[stage] = [.. stages[stage], extra];
        return stages;
    }
}
