using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>The four image loaders read the fixture layouts (fixtures/datasets/make_fixtures.py writes the values asserted here).</summary>
[Trait("Category", "Fast")]
public sealed class ImageDatasetLoaderTests
{
    private static readonly LoadOptions Subset = new(AllowSubset: true);

    [Fact]
    public void Tid2013_reads_items_in_metadata_order_with_case_insensitive_groups_and_files()
    {
        // Given the TID2013 fixture, whose metadata writes i01_01_2.bmp while the file on disk is I01_01_2.bmp
        var root = RepoPaths.Fixture("datasets", "tid2013");

        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.Tid2013, root, Subset);

        // Then ids keep the metadata's case, groups are the upper-cased reference and paths find the files on disk
        ds.Items.Select(i => i.Id).Should().Equal("I01_01_1.bmp", "i01_01_2.bmp", "I02_03_4.bmp", "i02_05_5.bmp", "i25_24_1.bmp");
        ds.Items.Select(i => i.Score).Should().Equal(5.51429, 5.56757, 3.125, 0.24242, 8.9);
        ds.Items.Select(i => i.Group).Should().Equal("I01", "I01", "I02", "I02", "I25");
        ds.Items[1].Path.Should().Be(Path.Combine(root, "distorted_images", "I01_01_2.bmp"));
        ds.Items[3].Path.Should().Be(Path.Combine(root, "distorted_images", "i02_05_5.bmp"));
        ds.Items.Should().OnlyContain(i => File.Exists(i.Path) && Path.IsPathRooted(i.Path) && i.OfficialSplit == null);
        ds.Items[0].NormalizedScore.Should().BeApproximately(5.51429 / 9, 1e-12);
        ds.Kind.Should().Be(DatasetKind.Tid2013);
    }

    [Fact]
    public void Kadid10k_groups_unsorted_rows_by_reference_stem()
    {
        // Given the KADID fixture, whose dmos.csv is not sorted by reference
        var root = RepoPaths.Fixture("datasets", "kadid10k");

        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.Kadid10k, root, Subset);

        // Then order, scores, groups and normalised scores follow the file
        ds.Items.Select(i => i.Id).Should().Equal("I03_01_01.png", "I01_01_01.png", "I03_19_05.png", "I02_07_03.png", "I01_25_05.png", "I02_11_02.png");
        ds.Items.Select(i => i.Score).Should().Equal(4.57, 4.20, 1.23, 2.85, 1.00, 3.96);
        ds.Items.Select(i => i.Group).Should().Equal("I03", "I01", "I03", "I02", "I01", "I02");
        ds.Items[0].NormalizedScore.Should().BeApproximately((4.57 - 1) / 4, 1e-12);
        ds.Items[4].NormalizedScore.Should().Be(0);
        ds.Items[2].Path.Should().Be(Path.Combine(root, "images", "I03_19_05.png"));
    }

    [Fact]
    public void Koniq10k_reads_mos_official_split_and_vote_distribution()
    {
        // Given the KonIQ fixture (CRLF, one quoted name, both image folders)
        var root = RepoPaths.Fixture("datasets", "koniq10k");

        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.Koniq10k, root, Subset);

        // Then the 0–100 MOS, the set column and c1..c5 come through, and 1024x768 is preferred
        ds.Items.Select(i => i.Id).Should().Equal("10004473376.jpg", "10007357496.jpg", "10028150443.jpg", "10039616665.jpg");
        ds.Items.Select(i => i.Score).Should().Equal(60.1523, 51.2345, 32.0001, 80.5);
        ds.Items.Select(i => i.OfficialSplit).Should().Equal("training", "training", "validation", "test");
        ds.Items.Select(i => i.Group).Should().Equal(ds.Items.Select(i => i.Id));
        ds.Items[2].Distribution.Should().Equal(12, 50, 35, 7, 0);
        ds.Items[3].NormalizedScore.Should().BeApproximately(0.805, 1e-12);
        ds.Items[0].Path.Should().Be(Path.Combine(root, "1024x768", "10004473376.jpg"));
    }

    [Fact]
    public void Koniq10k_image_folder_option_selects_512x384()
    {
        // Given the KonIQ fixture and the option naming the small images
        var options = Subset with { KoniqImageFolder = "512x384" };

        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.Koniq10k, RepoPaths.Fixture("datasets", "koniq10k"), options);

        // Then the paths point at that folder, whose images are 8x6
        ds.Items.Should().OnlyContain(i => i.Path.Contains(Path.DirectorySeparatorChar + "512x384" + Path.DirectorySeparatorChar));
        ImageIo.Read(ds.Items[0].Path).Width.Should().Be(8);
    }

    [Fact]
    public void LiveC_reads_mat_metadata_and_excludes_the_seven_training_images()
    {
        // Given the LIVE fixture (names compressed, MOS uncompressed, both written by scipy.io.savemat)
        var root = RepoPaths.Fixture("datasets", "livec");

        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.LiveC, root, Subset);

        // Then t1..t7 are gone and the rest keep their MOS
        ds.Items.Select(i => i.Id).Should().Equal("3.bmp", "100.bmp", "1002.bmp");
        ds.Items.Select(i => i.Score).Should().Equal(63.9634, 25.3425, 78.0);
        ds.Items.Select(i => i.Group).Should().Equal("3.bmp", "100.bmp", "1002.bmp");
        ds.Items[2].NormalizedScore.Should().BeApproximately(0.78, 1e-12);
        ds.Items[1].Path.Should().Be(Path.Combine(root, "Images", "100.bmp"));
    }

    [Theory]
    [InlineData("tid2013", DatasetKind.Tid2013)]
    [InlineData("kadid10k", DatasetKind.Kadid10k)]
    [InlineData("koniq10k", DatasetKind.Koniq10k)]
    [InlineData("livec", DatasetKind.LiveC)]
    [InlineData("konvid1k", DatasetKind.Konvid1k)]
    public void Detect_recognises_each_layout(string fixture, DatasetKind expected)
    {
        // Given a fixture folder, When its layout is detected, Then it is the right kind
        DatasetLoader.Detect(RepoPaths.Fixture("datasets", fixture)).Should().Be(expected);
    }

    [Fact]
    public void Fingerprint_is_stable_across_loads_and_options_that_do_not_change_items()
    {
        // Given the same dataset loaded with and without file verification
        var root = RepoPaths.Fixture("datasets", "kadid10k");
        var a = DatasetLoader.Load(DatasetKind.Kadid10k, root, Subset);
        var b = DatasetLoader.Load(DatasetKind.Kadid10k, root, Subset with { VerifyFiles = false });

        // Then ids, paths and fingerprints agree
        b.Fingerprint.Should().Be(a.Fingerprint);
        b.Items.Select(i => i.Path).Should().Equal(a.Items.Select(i => i.Path));
    }
}
