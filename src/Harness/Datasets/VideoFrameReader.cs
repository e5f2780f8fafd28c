using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LeakSpec.Datasets;

/// <summary>
/// Streams a video's frames as RGB images through ffmpeg (one frame in memory at a time), or reads a folder of
/// pre-extracted frames (&lt;root&gt;/frames/&lt;flickr_id&gt;/*.png|*.jpg, in name order).
/// </summary>
public sealed class VideoFrameReader(string ffmpeg = "ffmpeg", string ffprobe = "ffprobe", long maxPixels = ImageIo.DefaultMaxPixels)
{
    public const string FramesFolder = "frames";

    // Training reads each video every epoch: probe its size once per file version, not once per read.
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), VideoProbe> ProbeCache = new();

    // FFmpeg 5.1 renamed -vsync to -fps_mode (and 7 deprecates -vsync); Ubuntu 22.04 ships 4.4, which knows only -vsync.
    private readonly Lazy<string> passthroughOption = new(() => PassthroughOptionFor(VersionLine(ffmpeg)));

    private readonly ConcurrentDictionary<string, int> decodes = new(StringComparer.Ordinal);

    /// <summary>How many times each video file has been decoded by this reader (full path → count); the data-path bench reads it.</summary>
    public IReadOnlyDictionary<string, int> Decodes => decodes;

    /// <summary>The pre-extracted frame folder of a KoNViD item when the dataset has one, else its video file.</summary>
    public static string SourceFor(Dataset dataset, DatasetItem item)
    {
        var folder = Path.Combine(dataset.Root, FramesFolder, item.Id);
        return Directory.Exists(folder) ? folder : item.Path;
    }

    /// <summary>
    /// How many frames <see cref="Frames"/> yields with <paramref name="o"/>, without decoding: the container's frame
    /// count (stream metadata, else a packet count), or the frame files of a folder.
    /// </summary>
    public int FrameCount(string videoPathOrFrameFolder, FrameOptions o)
    {
        o.Validate();
        var total = Directory.Exists(videoPathOrFrameFolder)
            ? FrameFiles(videoPathOrFrameFolder).Count()
            : ProbeOf(videoPathOrFrameFolder).Frames;
        var strided = (total + o.Stride - 1) / o.Stride;
        return o.MaxFrames is { } max ? Math.Min(max, strided) : strided;
    }

    /// <summary>The decoded size of a video's (or a frame folder's first) frames, probed without decoding the video.</summary>
    public (int Width, int Height) FrameSize(string videoPathOrFrameFolder)
    {
        if (!Directory.Exists(videoPathOrFrameFolder))
        {
            var probe = ProbeOf(videoPathOrFrameFolder);
            return (probe.Width, probe.Height);
        }

        var first = FrameFiles(videoPathOrFrameFolder).FirstOrDefault()
            ?? throw new MediaReadException(videoPathOrFrameFolder, "frame folder holds no .png or .jpg frames");
        return ImageIo.Identify(first, maxPixels);
    }

    /// <summary>The option that keeps select from duplicating frames, for the FFmpeg whose <c>-version</c> first line is given.</summary>
    internal static string PassthroughOptionFor(string? versionLine)
    {
        var m = System.Text.RegularExpressions.Regex.Match(versionLine ?? string.Empty, @"version\s+n?(\d+)\.(\d+)");
        return m.Success && (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) is var (major, minor)
            && (major < 5 || (major == 5 && minor < 1))
            ? "-vsync"
            : "-fps_mode";
    }

    public IEnumerable<RgbImage> Frames(string videoPathOrFrameFolder, FrameOptions o)
    {
        o.Validate();
        return Directory.Exists(videoPathOrFrameFolder) ? FolderFrames(videoPathOrFrameFolder, o) : VideoFrames(videoPathOrFrameFolder, o);
    }

    private IEnumerable<RgbImage> FolderFrames(string folder, FrameOptions o)
    {
        var files = FrameFiles(folder).Where((_, i) => i % o.Stride == 0);
        if (o.MaxFrames is { } max)
        {
            files = files.Take(max);
        }

        var any = false;
        foreach (var file in files)
        {
            any = true;
            yield return ImageIo.Read(file, maxPixels, o.Resize);
        }

        if (!any && o.MaxFrames != 0)
        {
            throw new MediaReadException(folder, "frame folder holds no .png or .jpg frames");
        }
    }

    private static IEnumerable<string> FrameFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);

    private VideoProbe ProbeOf(string video)
    {
        var info = new FileInfo(video);
        if (!info.Exists || info.Length == 0)
        {
            throw new MediaReadException(video, info.Exists ? "video file is empty (0 bytes)" : "video file (or frame folder) not found");
        }

        return ProbeCache.GetOrAdd((Path.GetFullPath(video), info.Length, info.LastWriteTimeUtc), _ => Probe(video));
    }

    private IEnumerable<RgbImage> VideoFrames(string video, FrameOptions o)
    {
        var probe = ProbeOf(video);
        var (width, height) = o.Resize ?? (probe.Width, probe.Height);
        if ((long)width * height > maxPixels)
        {
            throw new MediaReadException(video, $"frames are {width}x{height}, more than the allowed {maxPixels} pixels");
        }

        if (o.MaxFrames == 0)
        {
            yield break;
        }

        var args = new List<string> { "-v", "error", "-nostdin", "-i", video };
        var filters = new List<string>();
        if (o.Stride > 1)
        {
            filters.Add($"select=not(mod(n\\,{o.Stride}))");
        }

        if (o.Resize is { } r)
        {
            filters.Add($"scale={r.Width}:{r.Height}:flags=bicubic");
        }

        if (filters.Count > 0)
        {
            args.AddRange(["-vf", string.Join(',', filters)]);
        }

        // passthrough keeps select from duplicating frames to fill the dropped timestamps.
        args.AddRange([passthroughOption.Value, "passthrough"]);
        if (o.MaxFrames is { } max)
        {
            args.AddRange(["-frames:v", max.ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["-f", "rawvideo", "-pix_fmt", "rgb24", "-"]);
        decodes.AddOrUpdate(Path.GetFullPath(video), 1, (_, n) => n + 1);
        using var process = Start(ffmpeg, args, video);
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                if (e.Data is not null && stderr.Length < 4000)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.BaseStream;
        var frameBytes = checked(width * height * 3);
        var frames = 0;
        try
        {
            while (true)
            {
                var buffer = new byte[frameBytes];
                var read = stdout.ReadAtLeast(buffer, frameBytes, throwOnEndOfStream: false);
                if (read == 0)
                {
                    break;
                }

                if (read < frameBytes)
                {
                    throw new MediaReadException(video, $"ffmpeg ended in the middle of frame {frames + 1} ({read} of {frameBytes} bytes)");
                }

                frames++;
                yield return new RgbImage(width, height, buffer);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new MediaReadException(video, $"ffmpeg failed (exit code {process.ExitCode}): {Tail(stderr)}");
            }

            if (frames == 0)
            {
                throw new MediaReadException(video, $"ffmpeg decoded no frames: {Tail(stderr)}");
            }
        }
        finally
        {
            // The caller may stop early: do not leave ffmpeg blocked on a full pipe.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    private VideoProbe Probe(string video)
    {
        var (w, h, frames) = ProbeStream(video, countPackets: false);
        // Some containers carry no frame count (nb_frames=N/A): count the packets, which reads the file but decodes nothing.
        return new VideoProbe(w, h, frames ?? ProbeStream(video, countPackets: true).Frames
            ?? throw new MediaReadException(video, "ffprobe reports neither a frame count nor a packet count for the video stream"));
    }

    private (int Width, int Height, int? Frames) ProbeStream(string video, bool countPackets)
    {
        var count = countPackets ? "nb_read_packets" : "nb_frames";
        List<string> args = ["-v", "error", "-select_streams", "v:0", .. countPackets ? new[] { "-count_packets" } : [], "-show_entries", $"stream=width,height,{count}", "-of", "csv=p=0:s=x", video];
        using var process = Start(ffprobe, args, video);
        var output = process.StandardOutput.ReadToEnd().Trim();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var parts = output.Split('\n')[0].Split('x');
        if (process.ExitCode != 0 || parts.Length != 3
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var w) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var h))
        {
            throw new MediaReadException(video, $"ffprobe found no video stream with a width and height (exit code {process.ExitCode}): {error.Trim()}");
        }

        return (w, h, int.TryParse(parts[2], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null);
    }

    private static string? VersionLine(string tool)
    {
        try
        {
            using var process = Start(tool, ["-version"], tool);
            var first = process.StandardOutput.ReadLine();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return first;
        }
        catch (MediaReadException)
        {
            return null;
        }
    }

    private static Process Start(string tool, IEnumerable<string> args, string video)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            return Process.Start(info) ?? throw new MediaReadException(video, $"could not start {tool}");
        }
        catch (Win32Exception e)
        {
            throw new MediaReadException(video, $"cannot run '{tool}' to decode the video ({e.Message}); install ffmpeg (Debian: apt-get install ffmpeg) or pre-extract frames into <root>/frames/<flickr_id>/", e);
        }
    }

    private readonly record struct VideoProbe(int Width, int Height, int Frames);

    private static string Tail(StringBuilder stderr)
    {
        lock (stderr)
        {
            return stderr.ToString().Trim();
        }
    }
}
