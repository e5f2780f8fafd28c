using System.Security.Cryptography;
using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>
/// The authors' splits (data/authors-splits/): the shipped copy is the one embedded, has the paper's shape, and as
/// split policy "authors" gives manifests whose stages are exactly the authors' sets, with the leaks applied to them.
/// </summary>
[Trait("Category", "Fast")]
public sealed class AuthorsSplitsTests
{
    private static readonly AuthorsSplits Authors = AuthorsSplits.Embedded;

    private static string ShippedFile => Path.Combine(RepoPaths.Root, "data", "authors-splits", "authors-splits.json");

    [Fact]
    public void The_embedded_copy_is_the_shipped_file_whose_hash_its_README_records()
    {
        // Given the shipped file and its README
        var bytes = File.ReadAllBytes(ShippedFile);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "authors-splits", "README.md"));

        // When parsed as shipped and compared with the embedded copy
        var shipped = AuthorsSplits.Parse(System.Text.Encoding.UTF8.GetString(bytes), ShippedFile);

        // Then the README names its SHA-256 and both copies hold the same splits
        readme.Should().Contain(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        foreach (var seed in PaperSeeds.Five)
        {
            shipped.KadidReferences(seed).Test.Should().Equal(Authors.KadidReferences(seed).Test);
            shipped.KonvidVideos(seed).Test.Should().Equal(Authors.KonvidVideos(seed).Test);
        }
    }

    [Fact]
    public void The_authors_splits_have_the_papers_seeds_and_sizes_and_no_overlap()
    {
        // Given the embedded splits, when each seed's sets are compared
        Authors.Seeds(DatasetKind.Kadid10k).Should().Equal(PaperSeeds.Five.Order());
        Authors.Seeds(DatasetKind.Konvid1k).Should().Equal(PaperSeeds.Five.Order());
        var allRefs = Enumerable.Range(1, 81).Select(r => $"I{r:D2}.png");
        foreach (var seed in PaperSeeds.Five)
        {
            // Then KADID-10k: 65 train and 16 test references, disjoint, together the 81 of the release
            var (train, test) = Authors.KadidReferences(seed);
            (train.Count, test.Count).Should().Be((65, 16));
            train.Intersect(test).Should().BeEmpty();
            train.Concat(test).Should().BeEquivalentTo(allRefs);

            // And KoNViD-1k: 720 / 240 / 240 distinct videos, 1,200 in all
            var (tr, va, te) = Authors.KonvidVideos(seed);
            (tr.Count, va.Count, te.Count).Should().Be((720, 240, 240));
            tr.Concat(va).Concat(te).Distinct().Should().HaveCount(1200);
        }

        // And the seeds differ in their test sets
        PaperSeeds.Five.Select(s => string.Join(",", Authors.KadidReferences(s).Test)).Distinct().Should().HaveCount(5);
    }

    [Theory]
    [InlineData(42)]
    [InlineData(9000)]
    public void A_KADID_manifest_from_the_authors_split_tests_on_their_16_references_and_trains_the_regressor_on_their_65(int seed)
    {
        // Given KADID-10k's item list
        var dataset = NameDerivedDatasets.Kadid10k();

        // When the authors' split of this seed is built
        var m = ManifestBuilder.Build(dataset, SplitPolicy.Authors, Leak.None, seed);

        // Then the test stage is the authors' test references, train ∪ val their train references, val 16 of them
        var (train, test) = Authors.KadidReferences(seed);
        string Ref(string id) => id[..3] + ".png";
        m.Policy.Should().Be("name-derived:authors");
        m.Stage(Stages.RegressorTest).Select(Ref).Distinct().Should().BeEquivalentTo(test);
        m.Stage(Stages.RegressorTrain).Concat(m.Stage(Stages.RegressorVal)).Select(Ref).Distinct().Should().BeEquivalentTo(train);
        m.Stage(Stages.RegressorVal).Select(Ref).Distinct().Should().HaveCount(16);
        m.Stage(Stages.RegressorTest).Should().HaveCount(16 * 125);
        m.Stage(Stages.FinetuneTrain).Should().Equal(m.Stage(Stages.RegressorTrain));
        m.Stage(Stages.FinetuneVal).Should().Equal(m.Stage(Stages.RegressorVal));
        new LeakAuditor().Audit([m]).IsClean.Should().BeTrue();
    }

    [Fact]
    public void KoNViD_manifests_from_the_authors_split_keep_their_videos_and_derive_the_leaky_variants_from_them()
    {
        // Given a dataset of exactly the authors' 1,200 videos, of 10 frames each
        var (train, val, test) = Authors.KonvidVideos(42);
        var dataset = VideosDataset(train.Concat(val).Concat(test));
        var options = new ManifestOptions(FrameCount: _ => 10);

        // When the clean, frame-split (Case II) and tainted-test (Case III) manifests of seed 42 are built
        var clean = ManifestBuilder.Build(dataset, SplitPolicy.Authors, Leak.None, 42, options);
        var frames = ManifestBuilder.Build(dataset, SplitPolicy.Authors, Leak.CaseII, 42, options);
        var tainted = ManifestBuilder.Build(dataset, SplitPolicy.Authors, Leak.CaseIII, 42, options);

        // Then the clean regressor stages are the authors' sets and fine-tuning frames come from their train / val videos
        clean.Stage(Stages.RegressorTrain).Should().BeEquivalentTo(train);
        clean.Stage(Stages.RegressorVal).Should().BeEquivalentTo(val);
        clean.Stage(Stages.RegressorTest).Should().BeEquivalentTo(test);
        clean.Stage(Stages.FinetuneTrain).Select(FrameIds.VideoOf).Distinct().Should().BeEquivalentTo(train);
        new LeakAuditor().Audit([clean]).IsClean.Should().BeTrue();

        // And the frame split pools the frames of their 960 train + val videos, the test set untouched (as their files record)
        frames.Policy.Should().Be("authors+leak:CaseII");
        frames.Stage(Stages.FinetuneTrain).Concat(frames.Stage(Stages.FinetuneVal)).Select(FrameIds.VideoOf).Distinct()
            .Should().BeEquivalentTo(train.Concat(val));
        frames.Stage(Stages.RegressorTest).Should().BeEquivalentTo(test);
        new LeakAuditor().Audit([frames]).IsClean.Should().BeFalse();

        // And the tainted test keeps their test set as heldout.test and evaluates on a redraw from all videos
        tainted.Stage(Stages.HeldOutTest).Should().BeEquivalentTo(test);
        tainted.Stage(Stages.RegressorTest).Should().HaveCount(240).And.NotBeEquivalentTo(test);
        tainted.Stage(Stages.FinetuneTrain).Should().Equal(clean.Stage(Stages.FinetuneTrain));
    }

    [Fact]
    public void A_dataset_lacking_an_item_of_the_authors_split_fails_naming_the_item()
    {
        // Given KADID-10k without reference I02, and the two-video KoNViD-1k fixture
        var kadid = NameDerivedDatasets.Kadid10k();
        var withoutI02 = new Dataset(DatasetKind.Kadid10k, "/data/kadid-partial", [.. kadid.Items.Where(i => i.Group != "I02")]);
        var konvid = DatasetLoader.Load(DatasetKind.Konvid1k, RepoPaths.Fixture("datasets", "konvid1k"), new LoadOptions(AllowSubset: true, VerifyFiles: false));
        var firstTrain = Authors.KonvidVideos(42).Train[0];

        // When the authors' splits are built on them
        var kadidAct = () => ManifestBuilder.Build(withoutI02, SplitPolicy.Authors, Leak.None, 42);
        var konvidAct = () => ManifestBuilder.Build(konvid, SplitPolicy.Authors, Leak.None, 42);

        // Then each fails, naming the missing reference or video, the field and the dataset
        var seed42Refs = Authors.KadidReferences(42);
        var i02Field = seed42Refs.Test.Contains("I02.png") ? "test_refs" : "train_refs";
        kadidAct.Should().Throw<ManifestException>().WithMessage($"*kadid10k_by_reference.42.{i02Field}*reference I02.png*not in the dataset at /data/kadid-partial*");
        konvidAct.Should().Throw<ManifestException>().WithMessage($"*konvid1k_by_video.42.train[0]*video {firstTrain} *not in the dataset*");
    }

    [Fact]
    public void An_item_the_authors_split_does_not_place_fails_naming_it()
    {
        // Given the authors' 1,200 videos plus one more
        var (train, val, test) = Authors.KonvidVideos(69);
        var dataset = VideosDataset(train.Concat(val).Concat(test).Append("99999999999"));

        // When the authors' split is built, then the extra video is named
        var act = () => ManifestBuilder.Build(dataset, SplitPolicy.Authors, Leak.None, 69, new ManifestOptions(FrameCount: _ => 4));
        act.Should().Throw<ManifestException>().WithMessage("*video 99999999999*does not place*");
    }

    [Fact]
    public void What_the_authors_files_do_not_record_is_refused_with_the_reason()
    {
        var kadid = NameDerivedDatasets.Kadid10k();

        // When the leaky KADID split, another seed or another dataset is asked of the authors' policy
        var leaky = () => ManifestBuilder.Build(kadid, SplitPolicy.Authors, Leak.CaseIV, 42);
        var otherSeed = () => ManifestBuilder.Build(kadid, SplitPolicy.Authors, Leak.None, 43);
        var tid = () => ManifestBuilder.Build(NameDerivedDatasets.Tid2013(), SplitPolicy.Authors, Leak.None, 42);

        // Then each says why
        leaky.Should().Throw<ArgumentException>().WithMessage("*do not record*randperm(10125)*by-reference*");
        otherSeed.Should().Throw<ArgumentException>().WithMessage("*seed 43*42, 69, 322, 1337, 9000*");
        tid.Should().Throw<ArgumentException>().WithMessage("*KADID-10k and KoNViD-1k only*TID2013*");
        ManifestBuilder.ParsePolicy("authors").Should().Be(SplitPolicy.Authors);
    }

    [Fact]
    public void Split_with_policy_authors_writes_the_five_authors_manifests()
    {
        using var dir = new Experiments.TestFolder();

        // When `leakspec split --kind kadid10k --names --policy authors` runs
        var err = new StringWriter();
        var code = SplitRunner.Split(new SplitRequest(DatasetKind.Kadid10k, null, SplitPolicy.Authors, Leak.None, 5, null, dir.Path, NameDerived: true), new StringWriter(), err);

        // Then five manifests hold the authors' test references of the five seeds
        code.Should().Be(0, err.ToString());
        var written = Enumerable.Range(1, 5).Select(i => ManifestStore.Read(Path.Combine(dir.Path, $"split-{i}.json"))).ToList();
        written.Select(m => m.Seed).Should().Equal(PaperSeeds.Five);
        written.Select(m => m.Stage(Stages.RegressorTest).Select(id => id[..3] + ".png").Distinct().Order().ToList())
            .Should().Equal(PaperSeeds.Five.Select(s => Authors.KadidReferences(s).Test.Order().ToList()), (a, b) => a.SequenceEqual(b));
    }

    private static Dataset VideosDataset(IEnumerable<string> ids) =>
        new(DatasetKind.Konvid1k, "/data/konvid", [.. ids.Select((id, v) => new DatasetItem(id, "/data/" + id + ".mp4", 1 + (v % 40 / 10.0), 0.1, id))]);
}
