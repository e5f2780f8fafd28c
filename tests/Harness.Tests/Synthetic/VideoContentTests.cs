using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>Frames of one synthetic video look alike and unlike other videos: what lets a frame-level split leak.</summary>
[Trait("Category", "Fast")]
[Collection(TinyDatasetsCollection.Name)]
public sealed class VideoContentTests(TinyDatasetsFixture data)
{
    [Fact]
    public void Frames_of_a_video_stay_nearer_each_other_than_frames_of_other_videos()
    {
        // Given the frames of eight tiny KoNViD-1k-like videos, decoded by the harness's frame reader
        var result = data.Results[DatasetKind.Konvid1k];
        var reader = new VideoFrameReader();
        var videos = result.Items.Take(8)
            .Select(i => reader.Frames(Path.Combine(result.Root, "KoNViD_1k_videos", i.Id + ".mp4"), new FrameOptions()).ToList())
            .ToList();
        videos.Should().OnlyContain(frames => frames.Count == 16);

        for (var v = 0; v < videos.Count; v++)
        {
            var others = Enumerable.Range(0, videos.Count).Where(o => o != v).ToList();

            // When neighbouring frames are compared pixel by pixel
            var adjacent = Mse(videos[v][0].Pixels, videos[v][1].Pixels);

            // Then they are nearer each other than to any other video's first frame
            adjacent.Should().BeLessThan(others.Min(o => Mse(videos[v][0].Pixels, videos[o][0].Pixels)), $"video {result.Items[v].Id}");

            // And across the whole clip (pan, zoom, moving discs) the colour statistics stay the video's own
            var ownStats = Distance(Stats(videos[v][0]), Stats(videos[v][^1]));
            ownStats.Should().BeLessThan(others.Min(o => Distance(Stats(videos[v][0]), Stats(videos[o][0]))), $"video {result.Items[v].Id}");
        }
    }

    // Per-channel mean and standard deviation: the palette and contrast a network recognises a scene by.
    private static double[] Stats(RgbImage frame)
    {
        var stats = new double[6];
        var n = frame.Pixels.Length / 3;
        for (var c = 0; c < 3; c++)
        {
            var values = Enumerable.Range(0, n).Select(p => (double)frame.Pixels[(3 * p) + c]).ToArray();
            var mean = values.Average();
            stats[c] = mean;
            stats[3 + c] = Math.Sqrt(values.Average(x => (x - mean) * (x - mean)));
        }

        return stats;
    }

    private static double Distance(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Sum();

    private static double Mse(byte[] a, byte[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }

        return sum / a.Length;
    }
}
