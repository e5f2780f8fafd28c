using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Datasets;

[Trait("Category", "Fast")]
public sealed class LayoutEdgeTests
{
    private static readonly LoadOptions Subset = new(AllowSubset: true);

    [Fact]
    public void Detect_refuses_a_folder_with_two_layouts()
    {
        // Given a KADID copy that also holds a TID metadata file
        using var tmp = new TempDataset("kadid10k");
        tmp.Write("mos_with_names.txt", "5.1 I01_01_1.bmp\n");

        // Then detection names both markers
        var act = () => DatasetLoader.Detect(tmp.Root);
        act.Should().Throw<DatasetLayoutException>().Where(e => e.Message.Contains("dmos.csv") && e.Message.Contains("mos_with_names.txt"));
    }

    [Fact]
    public void Misaligned_mos_std_is_reported()
    {
        // Given a TID copy whose mos_std.txt has one value fewer than mos_with_names.txt
        using var tmp = new TempDataset("tid2013");
        tmp.Write("mos_std.txt", "0.1\n0.2\n0.3\n0.4\n");

        // Then the error names mos_std.txt and both counts
        var act = () => DatasetLoader.Load(DatasetKind.Tid2013, tmp.Root, Subset);
        act.Should().Throw<DatasetFormatException>().Where(e => e.FilePath == tmp.PathOf("mos_std.txt") && e.Message.Contains("4 values") && e.Message.Contains("(5)"));
    }

    [Fact]
    public void Konvid_video_named_as_in_the_attributes_file_is_found()
    {
        // Given a KoNViD copy whose first video carries the attributes' file_name instead of <flickr_id>.mp4
        using var tmp = new TempDataset("konvid1k");
        File.Move(tmp.PathOf("KoNViD_1k_videos/3015194393.mp4"), tmp.PathOf("KoNViD_1k_videos/3015194393_original_centercrop_960x540_8s.mp4"));

        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.Konvid1k, tmp.Root, Subset);

        // Then that name resolves
        ds.Items[0].Path.Should().Be(tmp.PathOf("KoNViD_1k_videos/3015194393_original_centercrop_960x540_8s.mp4"));
    }

    [Fact]
    public void Live_training_names_must_come_first()
    {
        // Given a LIVE layout whose first name is not t1.bmp
        using var tmp = new TempDataset("livec");
        string[] names = ["3.bmp", "t2.bmp", "t3.bmp", "t4.bmp", "t5.bmp", "t6.bmp", "t7.bmp", "t1.bmp", "100.bmp", "1002.bmp"];
        LeakSpec.IO.AtomicFile.WriteAllBytes(tmp.PathOf("Data/AllImages_release.mat"), LeakSpec.Synthetic.MatV5Writer.CellRowOfStrings("AllImages_release", names));

        // Then the error names the variable, the element and the expected name
        var act = () => DatasetLoader.Load(DatasetKind.LiveC, tmp.Root, Subset);
        act.Should().Throw<LeakSpec.Datasets.Mat.MatFormatException>()
            .Where(e => e.Variable == "AllImages_release" && e.Message.Contains("element 1") && e.Message.Contains("'t1.bmp'"));
    }

    [Fact]
    public void Locator_finds_a_root_only_where_the_layout_is()
    {
        // Given the per-kind variable pointing at the KADID fixture, the shared variable at the fixtures folder, and
        // the per-kind variable at an empty folder
        var variable = DatasetLocator.VariableFor(DatasetKind.Kadid10k);
        using var empty = new TempDataset();
        var kadid = RepoPaths.Fixture("datasets", "kadid10k");
        Func<string, string?> env(string name, string value) => v => v == name ? value : null;

        // When each is searched
        var byKind = DatasetLocator.Find(DatasetKind.Kadid10k, env(variable, kadid));
        var byFolder = DatasetLocator.Find(DatasetKind.Kadid10k, env(DatasetLocator.DataVariable, RepoPaths.Fixture("datasets")));
        var none = DatasetLocator.Find(DatasetKind.Kadid10k, env(variable, empty.Root));

        // Then only real layouts are reported, and the hint names the variable and the marker file
        byKind.Should().Be(kadid);
        byFolder.Should().Be(kadid);
        none.Should().BeNull();
        DatasetLocator.HowToProvide(DatasetKind.Kadid10k).Should().Contain(variable).And.Contain("dmos.csv");
    }
}
