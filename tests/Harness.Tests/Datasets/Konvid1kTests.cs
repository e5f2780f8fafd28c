using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>KoNViD-1k loading and frame streaming (ffmpeg on PATH, as the project's setup installs it).</summary>
[Trait("Category", "Fast")]
public sealed class Konvid1kTests
{
    private static readonly string Root = RepoPaths.Fixture("datasets", "konvid1k");
    private static readonly string Video = Path.Combine(Root, "KoNViD_1k_videos", "3015194393.mp4");

    // Decoded once: each ffmpeg start costs about a second on a loaded 2-core machine.
    private static readonly Lazy<List<RgbImage>> AllFrames = new(() => new VideoFrameReader().Frames(Video, new FrameOptions()).ToList());

    [Fact]
    public void Loader_finds_videos_in_the_release_folder_and_in_the_root()
    {
        // Given the fixture with two videos in KoNViD_1k_videos/ and one in the root
        // When it is loaded
        var ds = DatasetLoader.Load(DatasetKind.Konvid1k, Root, new LoadOptions(AllowSubset: true));

        // Then ids, scores and groups follow KoNViD_1k_mos.csv and both locations resolve
        ds.Items.Select(i => i.Id).Should().Equal("3015194393", "6947112934", "12345678901");
        ds.Items.Select(i => i.Score).Should().Equal(3.7285, 2.1, 4.42);
        ds.Items.Select(i => i.Group).Should().Equal("3015194393", "6947112934", "12345678901");
        ds.Items[0].Path.Should().Be(Path.Combine(Root, "KoNViD_1k_videos", "3015194393.mp4"));
        ds.Items[2].Path.Should().Be(Path.Combine(Root, "12345678901.mp4"));
        ds.Items[1].NormalizedScore.Should().BeApproximately((2.1 - 1) / 4, 1e-12);
    }

    [Fact]
    public void Video_yields_every_frame_at_native_size()
    {
        // Given a 1 s, 8 fps, 32x24 video
        // When all frames are read
        var frames = AllFrames.Value;

        // Then there are 8 frames of 32x24 RGB
        frames.Should().HaveCount(8);
        frames.Should().OnlyContain(f => f.Width == 32 && f.Height == 24 && f.Pixels.Length == 32 * 24 * 3);
    }

    [Theory]
    [InlineData(3, null, 3)]
    [InlineData(1, 5, 5)]
    [InlineData(3, 2, 2)]
    public void Video_stride_and_limit_select_frames(int stride, int? max, int expected)
    {
        // Given the reader with a stride and an optional limit
        // When frames are read
        var frames = new VideoFrameReader().Frames(Video, new FrameOptions(stride, max)).ToList();

        // Then the count is ceil(8 / stride) capped by the limit, and frame k equals native frame k*stride
        frames.Should().HaveCount(expected);
        var all = AllFrames.Value;
        for (var k = 0; k < frames.Count; k++)
        {
            frames[k].Pixels.Should().Equal(all[k * stride].Pixels);
        }
    }

    [Fact]
    public void Video_resize_scales_frames()
    {
        // Given a resize to 16x12 and a limit of three frames
        var video = Path.Combine(Root, "12345678901.mp4");

        // When frames are read
        var frames = new VideoFrameReader().Frames(video, new FrameOptions(1, 3, (16, 12))).ToList();

        // Then three 16x12 frames come back
        frames.Should().HaveCount(3);
        frames.Should().OnlyContain(f => f.Width == 16 && f.Height == 12 && f.Pixels.Length == 16 * 12 * 3);
    }

    [Fact]
    public void Frame_folder_matches_the_decoded_video()
    {
        // Given a dataset whose first video also has pre-extracted frames (ffmpeg PNGs of the same video)
        var ds = DatasetLoader.Load(DatasetKind.Konvid1k, Root, new LoadOptions(AllowSubset: true));
        var folder = VideoFrameReader.SourceFor(ds, ds.Items[0]);
        var reader = new VideoFrameReader();

        // When the folder is read with stride 2
        var fromFolder = reader.Frames(folder, new FrameOptions(Stride: 2)).ToList();
        var fromVideo = AllFrames.Value.Where((_, i) => i % 2 == 0).ToList();

        // Then the folder is used for that item only, and it gives the decoded video's even frames
        folder.Should().Be(Path.Combine(Root, "frames", "3015194393"));
        VideoFrameReader.SourceFor(ds, ds.Items[1]).Should().Be(ds.Items[1].Path);
        fromFolder.Should().HaveCount(4);
        for (var k = 0; k < 4; k++)
        {
            fromFolder[k].Pixels.Should().Equal(fromVideo[k].Pixels);
        }
    }

    [Fact]
    public void Frame_folder_honours_limit_and_resize()
    {
        // Given the frame folder, When read with a limit and a resize
        var frames = new VideoFrameReader().Frames(Path.Combine(Root, "frames", "3015194393"), new FrameOptions(1, 2, (8, 6))).ToList();

        // Then two 8x6 frames come back
        frames.Should().HaveCount(2);
        frames.Should().OnlyContain(f => f.Width == 8 && f.Height == 6);
    }

    [Fact]
    public void Missing_ffmpeg_is_a_clear_error()
    {
        // Given a reader pointed at an ffmpeg that does not exist
        var reader = new VideoFrameReader(ffmpeg: "/nonexistent/ffmpeg", ffprobe: "/nonexistent/ffprobe");
        var video = Path.Combine(Root, "KoNViD_1k_videos", "3015194393.mp4");

        // When frames are requested
        var act = () => reader.Frames(video, new FrameOptions()).ToList();

        // Then the error names the video and says how to get ffmpeg
        act.Should().Throw<MediaReadException>()
            .Where(e => e.FilePath == video && e.Message.Contains("install ffmpeg") && e.Message.Contains("/nonexistent/"));
    }

    [Fact]
    public void Taking_only_the_first_frame_returns_a_whole_frame()
    {
        // Given a video of 8 frames, When only the first is taken
        var first = new VideoFrameReader().Frames(Video, new FrameOptions()).First();

        // Then it is a whole frame equal to the first decoded frame (and disposal, which stops ffmpeg, did not hang)
        first.Pixels.Should().HaveCount(32 * 24 * 3);
        first.Pixels.Should().Equal(AllFrames.Value[0].Pixels);
    }
}
