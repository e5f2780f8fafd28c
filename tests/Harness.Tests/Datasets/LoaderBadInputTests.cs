using LeakSpec.Datasets;
using LeakSpec.Datasets.Mat;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>Each kind of bad input gives a harness exception naming the file, the line (or variable) and the expectation.</summary>
[Trait("Category", "Fast")]
public sealed class LoaderBadInputTests
{
    private static readonly LoadOptions Subset = new(AllowSubset: true);

    [Fact]
    public void Missing_root_and_missing_metadata_name_what_the_layout_needs()
    {
        // Given a root that does not exist and an empty root
        using var tmp = new TempDataset();
        var missing = () => DatasetLoader.Load(DatasetKind.Kadid10k, Path.Combine(tmp.Root, "nope"), Subset);
        var empty = () => DatasetLoader.Load(DatasetKind.Koniq10k, tmp.Root, Subset);

        // Then the errors say the root is missing / which file the layout needs
        missing.Should().Throw<DatasetLayoutException>().Where(e => e.Message.Contains("root not found"));
        empty.Should().Throw<DatasetLayoutException>()
            .Where(e => e.FilePath == tmp.PathOf("koniq10k_distributions_sets.csv") && e.Message.Contains("needs 'koniq10k_distributions_sets.csv'"));
    }

    [Fact]
    public void Detect_without_a_layout_lists_what_each_needs()
    {
        // Given an empty folder, When detected, Then the error lists the marker files
        using var tmp = new TempDataset();
        var act = () => DatasetLoader.Detect(tmp.Root);
        act.Should().Throw<DatasetLayoutException>().Where(e => e.Message.Contains("dmos.csv") && e.Message.Contains("KoNViD_1k_mos.csv"));
    }

    [Fact]
    public void Wrong_csv_header_shows_expected_and_found()
    {
        // Given a dmos.csv with a renamed column
        using var tmp = new TempDataset("kadid10k");
        tmp.Write("dmos.csv", "dist_img,ref_img,mos,var\nI01_01_01.png,I01.png,4.2,0.5\n");

        // When loaded, Then the message shows both headers and line 1
        var act = () => DatasetLoader.Load(DatasetKind.Kadid10k, tmp.Root, Subset);
        act.Should().Throw<DatasetFormatException>().Where(e =>
            e.Line == 1 && e.FilePath == tmp.PathOf("dmos.csv")
            && e.Message.Contains("'dist_img,ref_img,dmos,var'") && e.Message.Contains("'dist_img,ref_img,mos,var'"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("7.5")]
    public void Bad_score_names_the_line(string score)
    {
        // Given a KADID row whose score is not a number on the 1–5 scale (CRLF line ends)
        using var tmp = new TempDataset("kadid10k");
        tmp.Write("dmos.csv", $"dist_img,ref_img,dmos,var\r\nI01_01_01.png,I01.png,4.2,0.5\r\nI03_01_01.png,I03.png,{score},0.5\r\n");

        // Then the error is on line 3 and says what was expected
        var act = () => DatasetLoader.Load(DatasetKind.Kadid10k, tmp.Root, Subset);
        act.Should().Throw<DatasetFormatException>().Where(e => e.Line == 3 && e.Message.Contains("dmos") && e.Message.Contains(":3:"));
    }

    [Fact]
    public void Bad_tid_score_and_name_name_the_line()
    {
        // Given TID metadata with a NaN MOS on line 2, and another with a malformed name
        using var tmp = new TempDataset("tid2013");
        tmp.Write("mos_with_names.txt", "5.1 I01_01_1.bmp\nNaN I01_01_2.bmp\n");
        var nan = () => DatasetLoader.Load(DatasetKind.Tid2013, tmp.Root, Subset);
        nan.Should().Throw<DatasetFormatException>().Where(e => e.Line == 2 && e.Message.Contains("finite number"));

        tmp.Write("mos_with_names.txt", "5.1 I01_01_1.bmp\n4.0 picture.bmp\n");
        var name = () => DatasetLoader.Load(DatasetKind.Tid2013, tmp.Root, Subset);
        name.Should().Throw<DatasetFormatException>().Where(e => e.Line == 2 && e.Message.Contains("iRR_DD_L"));
    }

    [Fact]
    public void Duplicate_id_names_both_lines()
    {
        // Given TID metadata listing one image twice, in different case
        using var tmp = new TempDataset("tid2013");
        tmp.Write("mos_with_names.txt", "5.1 I01_01_1.bmp\n4.0 I02_03_4.bmp\n5.2 i01_01_1.bmp\n");
        tmp.Write("mos_std.txt", "0.1\n0.1\n0.1\n");

        // Then the duplicate is reported on line 3 with the first on line 1
        var act = () => DatasetLoader.Load(DatasetKind.Tid2013, tmp.Root, Subset);
        act.Should().Throw<DatasetIntegrityException>().Where(e => e.Line == 3 && e.Message.Contains("duplicate") && e.Message.Contains("line 1"));
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../x.png")]
    public void Id_outside_the_root_is_refused(string id)
    {
        // Given a KADID row naming a path that leaves the root (files unverified, so only the path check can stop it)
        using var tmp = new TempDataset("kadid10k");
        tmp.Write("dmos.csv", $"dist_img,ref_img,dmos,var\nI01_01_01.png,I01.png,4.2,0.5\n{id},I01.png,3,0.5\n");

        // Then it is refused on its line
        var act = () => DatasetLoader.Load(DatasetKind.Kadid10k, tmp.Root, Subset with { VerifyFiles = false });
        act.Should().Throw<DatasetIntegrityException>().Where(e => e.Line == 3 && e.Message.Contains(id));
    }

    [Fact]
    public void Missing_image_names_the_metadata_line()
    {
        // Given a KonIQ fixture whose second image was deleted from both folders
        using var tmp = new TempDataset("koniq10k");
        File.Delete(tmp.PathOf("1024x768/10007357496.jpg"));

        // Then loading fails on line 3 (header, then the first row) naming the image
        var act = () => DatasetLoader.Load(DatasetKind.Koniq10k, tmp.Root, Subset);
        act.Should().Throw<DatasetIntegrityException>().Where(e => e.Line == 3 && e.Message.Contains("10007357496.jpg") && e.Message.Contains("missing"));

        // And without verification the load succeeds with the expected path
        DatasetLoader.Load(DatasetKind.Koniq10k, tmp.Root, Subset with { VerifyFiles = false }).Items.Should().HaveCount(4);
    }

    [Fact]
    public void Zero_byte_or_oversized_image_is_refused_at_load()
    {
        // Given a LIVE fixture with one empty image, and the intact fixture with a 10-pixel cap
        using var tmp = new TempDataset("livec");
        File.WriteAllBytes(tmp.PathOf("Images/100.bmp"), []);
        var empty = () => DatasetLoader.Load(DatasetKind.LiveC, tmp.Root, Subset);
        var big = () => DatasetLoader.Load(DatasetKind.LiveC, RepoPaths.Fixture("datasets", "livec"), Subset with { MaxImagePixels = 10 });

        // Then each names the image
        empty.Should().Throw<MediaReadException>().Where(e => e.FilePath!.EndsWith("100.bmp") && e.Message.Contains("0 bytes"));
        big.Should().Throw<MediaReadException>().Where(e => e.FilePath!.EndsWith("3.bmp") && e.Message.Contains("MaxImagePixels"));
    }

    [Fact]
    public void Count_differing_from_the_catalog_needs_allow_subset()
    {
        // Given the 6-row KADID fixture loaded as if it were the full release
        var act = () => DatasetLoader.Load(DatasetKind.Kadid10k, RepoPaths.Fixture("datasets", "kadid10k"));

        // Then the count error names both numbers and the option
        act.Should().Throw<DatasetIntegrityException>().Where(e => e.Message.Contains("6 items") && e.Message.Contains("10125") && e.Message.Contains("AllowSubset"));
    }

    [Fact]
    public void Truncated_or_v73_mat_fails_the_live_load()
    {
        // Given LIVE copies with a truncated MOS file and with a v7.3 names file
        using var cut = new TempDataset("livec");
        File.Copy(RepoPaths.Fixture("datasets", "mat", "truncated_mos.mat"), cut.PathOf("Data/AllMOS_release.mat"), overwrite: true);
        using var v73 = new TempDataset("livec");
        File.Copy(RepoPaths.Fixture("datasets", "mat", "v73_fake.mat"), v73.PathOf("Data/AllImages_release.mat"), overwrite: true);

        // Then each error names the file (and the variable where known)
        ((Action)(() => DatasetLoader.Load(DatasetKind.LiveC, cut.Root, Subset))).Should().Throw<MatFormatException>()
            .Where(e => e.FilePath == cut.PathOf("Data/AllMOS_release.mat") && e.Variable == "AllMOS_release");
        ((Action)(() => DatasetLoader.Load(DatasetKind.LiveC, v73.Root, Subset))).Should().Throw<MatFormatException>()
            .Where(e => e.FilePath == v73.PathOf("Data/AllImages_release.mat") && e.Message.Contains("v7.3"));
    }

    [Fact]
    public void Konvid_cross_check_and_missing_video_are_reported()
    {
        // Given KoNViD copies: one whose attributes lack a video, one whose video file is gone
        using var attrs = new TempDataset("konvid1k");
        attrs.Write("KoNViD_1k_attributes.csv", "flickr_id,file_name\n3015194393,3015194393_original_centercrop_960x540_8s.mp4\n");
        using var gone = new TempDataset("konvid1k");
        File.Delete(gone.PathOf("KoNViD_1k_videos/6947112934.mp4"));

        // Then the first names the mos line of the unmatched id, the second the line of the missing video
        ((Action)(() => DatasetLoader.Load(DatasetKind.Konvid1k, attrs.Root, Subset))).Should().Throw<DatasetIntegrityException>()
            .Where(e => e.Line == 3 && e.Message.Contains("6947112934") && e.Message.Contains("KoNViD_1k_attributes.csv"));
        ((Action)(() => DatasetLoader.Load(DatasetKind.Konvid1k, gone.Root, Subset))).Should().Throw<DatasetIntegrityException>()
            .Where(e => e.Line == 3 && e.Message.Contains("6947112934.mp4"));
    }

    [Fact]
    public void Koniq_scores_file_must_list_the_same_images()
    {
        // Given a KonIQ copy whose 1–5 scores file misses the last image and has a stranger
        using var tmp = new TempDataset("koniq10k");
        var lines = File.ReadAllLines(tmp.PathOf("koniq10k_scores_and_distributions.csv"));
        lines[4] = "99999.jpg" + lines[4][lines[4].IndexOf(',')..];
        File.WriteAllLines(tmp.PathOf("koniq10k_scores_and_distributions.csv"), lines);

        // Then the stranger is reported on its line
        var act = () => DatasetLoader.Load(DatasetKind.Koniq10k, tmp.Root, Subset);
        act.Should().Throw<DatasetIntegrityException>().Where(e => e.Line == 5 && e.Message.Contains("99999.jpg"));
    }

    [Fact]
    public void Koniq_unknown_set_and_unclosed_quote_name_the_line()
    {
        // Given a set value outside training/validation/test, and a quoted field never closed
        using var tmp = new TempDataset("koniq10k");
        const string header = "image_name,c1,c2,c3,c4,c5,c_total,MOS,SD,set\n";
        tmp.Write("koniq10k_distributions_sets.csv", header + "10004473376.jpg,0,4,40,61,3,108,60.1,11.2,train\n");
        ((Action)(() => DatasetLoader.Load(DatasetKind.Koniq10k, tmp.Root, Subset with { VerifyFiles = false }))).Should()
            .Throw<DatasetFormatException>().Where(e => e.Line == 2 && e.Message.Contains("training, validation or test"));

        tmp.Write("koniq10k_distributions_sets.csv", header + "\"10004473376.jpg,0,4,40,61,3,108,60.1,11.2,test\n");
        ((Action)(() => DatasetLoader.Load(DatasetKind.Koniq10k, tmp.Root, Subset with { VerifyFiles = false }))).Should()
            .Throw<DatasetFormatException>().Where(e => e.Line == 2 && e.Message.Contains("quoted"));
    }
}
