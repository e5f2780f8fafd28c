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
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), (int Width, int Height)> ProbeCache = new();

    /// <summary>The pre-extracted frame folder of a KoNViD item when the dataset has one, else its video file.</summary>
    public static string SourceFor(Dataset dataset, DatasetItem item)
    {
        var folder = Path.Combine(dataset.Root, FramesFolder, item.Id);
        return Directory.Exists(folder) ? folder : item.Path;
    }

    public IEnumerable<RgbImage> Frames(string videoPathOrFrameFolder, FrameOptions o)
    {
        o.Validate();
        return Directory.Exists(videoPathOrFrameFolder) ? FolderFrames(videoPathOrFrameFolder, o) : VideoFrames(videoPathOrFrameFolder, o);
    }

    private IEnumerable<RgbImage> FolderFrames(string folder, FrameOptions o)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Where((_, i) => i % o.Stride == 0);
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

    private IEnumerable<RgbImage> VideoFrames(string video, FrameOptions o)
    {
        var info = new FileInfo(video);
        if (!info.Exists || info.Length == 0)
        {
            throw new MediaReadException(video, info.Exists ? "video file is empty (0 bytes)" : "video file (or frame folder) not found");
        }

        var (width, height) = o.Resize
            ?? ProbeCache.GetOrAdd((Path.GetFullPath(video), info.Length, info.LastWriteTimeUtc), _ => Probe(video));
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
        args.AddRange(["-fps_mode", "passthrough"]);
        if (o.MaxFrames is { } max)
        {
            args.AddRange(["-frames:v", max.ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["-f", "rawvideo", "-pix_fmt", "rgb24", "-"]);
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

    private (int Width, int Height) Probe(string video)
    {
        using var process = Start(ffprobe, ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0:s=x", video], video);
        var output = process.StandardOutput.ReadToEnd().Trim();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var parts = output.Split('\n')[0].Split('x');
        if (process.ExitCode != 0 || parts.Length != 2
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var w) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var h))
        {
            throw new MediaReadException(video, $"ffprobe found no video stream with a width and height (exit code {process.ExitCode}): {error.Trim()}");
        }

        return (w, h);
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

    private static string Tail(StringBuilder stderr)
    {
        lock (stderr)
        {
            return stderr.ToString().Trim();
        }
    }
}
