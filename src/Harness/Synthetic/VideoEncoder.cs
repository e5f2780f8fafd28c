using System.Diagnostics;
using System.Globalization;

namespace LeakSpec.Synthetic;

/// <summary>
/// Encodes raw RGB frames to H.264 mp4 with ffmpeg: libx264 ultrafast, yuv420p, one thread per output, bit-exact
/// flags and no metadata, so the same frames give the same bytes with the same ffmpeg/x264 build.
/// Many videos go through one ffmpeg process (one raw input and one output each): starting ffmpeg costs about
/// 0.3 s of CPU, more than encoding a small clip, and each output is byte-identical to encoding it alone.
/// </summary>
internal static class VideoEncoder
{
    public const int Fps = 24;

    /// <summary>One clip: its raw rgb24 frames on disk, the CRF to encode at, and the mp4 to write.</summary>
    public sealed record Job(string RawPath, int Crf, string OutPath)
    {
        public string TempPath => Path.Combine(Path.GetDirectoryName(OutPath)!, "." + Path.GetFileName(OutPath) + ".tmp-" + Environment.ProcessId);
    }

    public static void EncodeBatch(IReadOnlyList<Job> jobs, int width, int height)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-nostdin", "-hide_banner", "-loglevel", "error", "-y" })
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var job in jobs)
        {
            foreach (var a in new[] { "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{width}x{height}", "-r", Fps.ToString(CultureInfo.InvariantCulture), "-i", job.RawPath })
            {
                psi.ArgumentList.Add(a);
            }
        }

        for (var i = 0; i < jobs.Count; i++)
        {
            string[] output =
            [
                "-map", $"{i}:v", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast",
                "-crf", jobs[i].Crf.ToString(CultureInfo.InvariantCulture), "-threads", "1",
                "-bitexact", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-map_metadata", "-1", "-f", "mp4", jobs[i].TempPath,
            ];
            foreach (var a in output)
            {
                psi.ArgumentList.Add(a);
            }
        }

        try
        {
            using var process = Start(psi);
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new SyntheticDataException($"ffmpeg failed ({process.ExitCode}) encoding {jobs[0].OutPath} and {jobs.Count - 1} more: {stderr.Result.Trim()}");
            }

            _ = stdout.Result;
            foreach (var job in jobs)
            {
                File.Move(job.TempPath, job.OutPath, overwrite: true);
            }
        }
        finally
        {
            foreach (var job in jobs.Where(j => File.Exists(j.TempPath)))
            {
                File.Delete(job.TempPath);
            }
        }
    }

    /// <summary>
    /// One clip piped into its own ffmpeg frame by frame: for release-size videos (240 frames of 960x540 are 373 MB
    /// raw), which must not sit on disk or in memory whole. Same encoder settings as <see cref="EncodeBatch"/>.
    /// </summary>
    public static void EncodeStreaming(int crf, string outPath, int width, int height, IEnumerable<byte[]> frames)
    {
        var temp = new Job(string.Empty, crf, outPath).TempPath;
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        string[] args =
        [
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{width}x{height}", "-r", Fps.ToString(CultureInfo.InvariantCulture), "-i", "-",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast", "-crf", crf.ToString(CultureInfo.InvariantCulture), "-threads", "1",
            "-bitexact", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-map_metadata", "-1", "-f", "mp4", temp,
        ];
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        try
        {
            using var process = Start(psi);
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                using var stdin = process.StandardInput.BaseStream;
                foreach (var frame in frames)
                {
                    stdin.Write(frame);
                }
            }
            catch (IOException)
            {
                // ffmpeg stopped reading: its exit code and stderr below say why.
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new SyntheticDataException($"ffmpeg failed ({process.ExitCode}) encoding {outPath}: {stderr.Result.Trim()}");
            }

            File.Move(temp, outPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static Process Start(ProcessStartInfo psi)
    {
        try
        {
            return Process.Start(psi) ?? throw new SyntheticDataException("ffmpeg did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SyntheticDataException($"ffmpeg not found on PATH ({e.Message}); install it (Debian: apt-get install ffmpeg) to write synthetic KoNViD-1k videos", e);
        }
    }
}
