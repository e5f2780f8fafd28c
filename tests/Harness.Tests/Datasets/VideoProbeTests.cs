using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>
/// Frame counts without a decode (a manifest of 1,200 real videos must not decode them to count frames), and the
/// passthrough option of the FFmpeg at hand (Ubuntu 22.04's 4.4 has no -fps_mode).
/// </summary>
[Trait("Category", "Fast")]
public sealed class VideoProbeTests
{
    private static readonly string Root = RepoPaths.Fixture("datasets", "konvid1k");
    private static readonly string Video = Path.Combine(Root, "KoNViD_1k_videos", "3015194393.mp4");

    [Theory]
    [InlineData(1, null)]
    [InlineData(3, null)]
    [InlineData(1, 5)]
    [InlineData(3, 2)]
    [InlineData(2, 100)]
    public void FrameCount_equals_the_decoded_count_and_decodes_nothing(int stride, int? max)
    {
        // Given a fixture video and a frame selection
        var reader = new VideoFrameReader();
        var options = new FrameOptions(stride, max);

        // When the count is probed
        var count = reader.FrameCount(Video, options);

        // Then no decode ran, and the count is what a decode yields
        reader.Decodes.Should().BeEmpty();
        count.Should().Be(new VideoFrameReader().Frames(Video, options).Count());
    }

    [Fact]
    public void FrameCount_of_a_frame_folder_counts_its_frame_files()
    {
        var folder = Path.Combine(Root, "frames", "3015194393");
        var reader = new VideoFrameReader();

        reader.FrameCount(folder, new FrameOptions(Stride: 2)).Should().Be(reader.Frames(folder, new FrameOptions(Stride: 2)).Count());
    }

    [Fact]
    public void Every_decode_is_counted_per_video()
    {
        var reader = new VideoFrameReader();

        _ = reader.Frames(Video, new FrameOptions()).ToList();
        _ = reader.Frames(Video, new FrameOptions(Stride: 2)).ToList();

        reader.Decodes.Should().Equal(new Dictionary<string, int> { [Path.GetFullPath(Video)] = 2 });
    }

    [Theory]
    [InlineData("ffmpeg version 4.4.2-0ubuntu0.22.04.1 Copyright (c) 2000-2021 the FFmpeg developers", "-vsync")]
    [InlineData("ffmpeg version 5.0.3 Copyright (c) 2000-2022 the FFmpeg developers", "-vsync")]
    [InlineData("ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers", "-fps_mode")]
    [InlineData("ffmpeg version n7.1 Copyright (c) 2000-2024 the FFmpeg developers", "-fps_mode")]
    [InlineData("ffmpeg version N-113000-g1234567 Copyright (c) 2000-2024 the FFmpeg developers", "-fps_mode")]
    [InlineData(null, "-fps_mode")]
    public void Passthrough_option_follows_the_ffmpeg_version(string? versionLine, string expected) =>
        VideoFrameReader.PassthroughOptionFor(versionLine).Should().Be(expected);

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void An_ffmpeg_without_fps_mode_still_decodes_with_a_stride()
    {
        // Given an ffmpeg that reports version 4.4 and, as 4.4 does, rejects -fps_mode
        using var dir = new TempDataset();
        var fake = dir.PathOf("ffmpeg");
        File.WriteAllText(fake, """
            #!/bin/sh
            [ "$1" = "-version" ] && { echo "ffmpeg version 4.4.2-0ubuntu0.22.04.1 Copyright (c) 2000-2021 the FFmpeg developers"; exit 0; }
            for a in "$@"; do [ "$a" = "-fps_mode" ] && { echo "Unrecognized option 'fps_mode'." >&2; exit 8; }; done
            exec ffmpeg "$@"
            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // When every third frame is read through it
        var frames = new VideoFrameReader(ffmpeg: fake).Frames(Video, new FrameOptions(Stride: 3)).ToList();

        // Then the frames are those the system ffmpeg gives
        frames.Select(f => f.Pixels).Should().BeEquivalentTo(
            new VideoFrameReader().Frames(Video, new FrameOptions(Stride: 3)).Select(f => f.Pixels), o => o.WithStrictOrdering());
    }
}
