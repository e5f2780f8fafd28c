using System.Diagnostics;
using System.Globalization;
using LeakSpec.Datasets;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>The written files follow each dataset's real layout (parsed here independently of the loaders).</summary>
[Trait("Category", "Fast")]
[Collection(TinyDatasetsCollection.Name)]
public sealed class LayoutTests(TinyDatasetsFixture data)
{
    [Fact]
    public void Tid2013_lists_mos_and_name_per_line_with_aligned_std_and_mixed_case_files()
    {
        // Given the tiny TID2013-like dataset
        var result = data.Results[DatasetKind.Tid2013];
        var lines = File.ReadAllLines(Path.Combine(result.Root, "mos_with_names.txt"));
        var std = File.ReadAllLines(Path.Combine(result.Root, "mos_std.txt"));

        // Then each line is "<mos> <name>", aligned with the truth, the std file and a file on disk
        lines.Should().HaveCount(8 * 4 * 5).And.HaveSameCount(std);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ');
            parts.Should().HaveCount(2);
            parts[1].Should().MatchRegex("^[Ii][0-9]{2}_[0-9]{2}_[1-5]\\.bmp$").And.Be(result.Items[i].Id);
            double.Parse(parts[0], CultureInfo.InvariantCulture).Should().Be(result.Items[i].Score);
            File.Exists(Path.Combine(result.Root, "distorted_images", parts[1])).Should().BeTrue();
            double.Parse(std[i], CultureInfo.InvariantCulture).Should().BePositive();
        }

        // And the release's mixed case appears, with one group per reference
        lines.Should().Contain(l => l.Contains(" I", StringComparison.Ordinal)).And.Contain(l => l.Contains(" i", StringComparison.Ordinal));
        result.Items.Select(i => i.Group).Distinct().Should().HaveCount(8);
        Directory.GetFiles(Path.Combine(result.Root, "reference_images")).Select(Path.GetFileName)
            .Should().Contain(["I01.BMP", "i08.bmp"]).And.HaveCount(8);
    }

    [Fact]
    public void Kadid10k_has_the_dmos_header_and_every_image_in_images()
    {
        // Given the tiny KADID-10k-like dataset
        var result = data.Results[DatasetKind.Kadid10k];
        var lines = File.ReadAllLines(Path.Combine(result.Root, "dmos.csv"));

        // Then the header and the rows follow the release
        lines[0].Should().Be("dist_img,ref_img,dmos,var");
        lines.Should().HaveCount(1 + (10 * 4 * 5));
        foreach (var (line, item) in lines.Skip(1).Zip(result.Items))
        {
            var f = line.Split(',');
            f[0].Should().MatchRegex("^I[0-9]{2}_[0-9]{2}_0[1-5]\\.png$").And.Be(item.Id);
            f[1].Should().Be(f[0][..3] + ".png");
            double.Parse(f[2], CultureInfo.InvariantCulture).Should().Be(item.Score).And.BeInRange(1, 5);
            File.Exists(Path.Combine(result.Root, "images", f[0])).Should().BeTrue();
            File.Exists(Path.Combine(result.Root, "images", f[1])).Should().BeTrue();
        }
    }

    [Fact]
    public void Koniq10k_votes_add_up_to_the_mos_on_both_scales_and_sets_follow_the_official_proportions()
    {
        // Given the tiny KonIQ-10k-like dataset
        var result = data.Results[DatasetKind.Koniq10k];
        var sets = File.ReadAllLines(Path.Combine(result.Root, "koniq10k_distributions_sets.csv"));
        var scores = File.ReadAllLines(Path.Combine(result.Root, "koniq10k_scores_and_distributions.csv"));

        // Then both files have the release's headers and list the same images
        sets[0].Should().Be("image_name,c1,c2,c3,c4,c5,c_total,MOS,SD,set");
        scores[0].Should().Be("image_name,c1,c2,c3,c4,c5,c_total,MOS,SD,MOS_zscore");
        sets.Should().HaveCount(151).And.HaveSameCount(scores);
        for (var i = 1; i < sets.Length; i++)
        {
            var s = sets[i].Split(',');
            var z = scores[i].Split(',');
            s[0].Should().MatchRegex("^[0-9]{10}\\.jpg$").And.Be(z[0]);
            var votes = s[1..6].Select(int.Parse).ToArray();
            int.Parse(s[6], CultureInfo.InvariantCulture).Should().Be(votes.Sum()).And.BeInRange(25, 30);
            var mean = votes.Select((c, k) => c * (k + 1.0)).Sum() / votes.Sum();
            double.Parse(z[7], CultureInfo.InvariantCulture).Should().BeApproximately(mean, 1e-8);
            double.Parse(s[7], CultureInfo.InvariantCulture).Should().BeApproximately((mean - 1) * 25, 1e-6).And.Be(result.Items[i - 1].Score);
            File.Exists(Path.Combine(result.Root, "512x384", s[0])).Should().BeTrue();
        }

        // And the sets are 70/10/20 as in the release (7,058/1,000/2,015)
        var counts = sets.Skip(1).GroupBy(l => l.Split(',')[9]).ToDictionary(g => g.Key, g => g.Count());
        counts.Should().Equal(new Dictionary<string, int> { ["training"] = 105, ["validation"] = 15, ["test"] = 30 });
    }

    [Fact]
    public void LiveC_mat_files_hold_the_names_and_scores_with_the_seven_training_images_first()
    {
        // Given the tiny LIVE-in-the-Wild-like dataset
        var result = data.Results[DatasetKind.LiveC];
        string[] training = ["t1.bmp", "t2.bmp", "t3.bmp", "t4.bmp", "t5.bmp", "t6.bmp", "t7.bmp"];
        var names = training.Concat(result.Items.Select(i => i.Id)).ToArray();

        // Then the names file is exactly the cell array of those names (the writer itself is pinned to scipy elsewhere)
        File.ReadAllBytes(Path.Combine(result.Root, "Data", "AllImages_release.mat"))
            .Should().Equal(MatV5Writer.CellRowOfStrings("AllImages_release", names));

        // And the scores sit at the end of the MOS file, as doubles, after the 7 training images' scores
        var mos = File.ReadAllBytes(Path.Combine(result.Root, "Data", "AllMOS_release.mat"));
        var tail = mos[^(8 * result.Items.Count)..];
        var values = Enumerable.Range(0, result.Items.Count).Select(k => BitConverter.ToDouble(tail, 8 * k));
        values.Should().Equal(result.Items.Select(i => i.Score));
        File.Exists(Path.Combine(result.Root, "Data", "AllStdDev_release.mat")).Should().BeTrue();

        // And the images are where the release keeps them, some as .JPG
        training.Should().OnlyContain(t => File.Exists(Path.Combine(result.Root, "Images", "trainingImages", t)));
        result.Items.Should().OnlyContain(i => File.Exists(Path.Combine(result.Root, "Images", i.Id)));
        result.Items.Should().Contain(i => i.Id.EndsWith(".JPG", StringComparison.Ordinal));
    }

    [Fact]
    public void Konvid1k_videos_are_h264_mp4_with_the_planned_frames()
    {
        // Given the tiny KoNViD-1k-like dataset
        var result = data.Results[DatasetKind.Konvid1k];
        var mos = File.ReadAllLines(Path.Combine(result.Root, "KoNViD_1k_mos.csv"));
        var attributes = File.ReadAllLines(Path.Combine(result.Root, "KoNViD_1k_attributes.csv"));

        // Then the metadata lists every video once, with the release's file names
        mos[0].Should().Be("flickr_id,mos");
        attributes[0].Should().StartWith("flickr_id,file_name");
        mos.Skip(1).Select(l => l.Split(',')[0]).Should().Equal(result.Items.Select(i => i.Id)).And.OnlyHaveUniqueItems();
        attributes.Skip(1).Should().OnlyContain(l => l.Split(',')[1] == l.Split(',')[0] + "_original_centercrop_960x540_8s.mp4");
        result.Items.Should().OnlyContain(i => i.Id.Length == 10 && File.Exists(Path.Combine(result.Root, "KoNViD_1k_videos", i.Id + ".mp4")));

        // And ffprobe sees H.264, 48×32, 16 frames
        var video = Path.Combine(result.Root, "KoNViD_1k_videos", result.Items[0].Id + ".mp4");
        Probe(video).Should().Be("h264,48,32,16");
    }

    private static string Probe(string path)
    {
        var psi = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0", path })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return output;
    }
}
