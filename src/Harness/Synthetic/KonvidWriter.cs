using System.Text;
using LeakSpec.IO;

namespace LeakSpec.Synthetic;

/// <summary>
/// KoNViD-1k layout: `KoNViD_1k_mos.csv` (`flickr_id,mos`, MOS 1–5), `KoNViD_1k_attributes.csv` (`flickr_id,file_name,…`
/// with names like `&lt;id&gt;_original_centercrop_960x540_8s.mp4`) and H.264 videos `KoNViD_1k_videos/&lt;flickr_id&gt;.mp4`.
/// Each video has one distortion (blur, noise, compression or low light) at one level for all its frames.
/// </summary>
internal static class KonvidWriter
{
    public const string VideoFolder = "KoNViD_1k_videos";

    /// <summary>Raw clips larger than this are encoded as they are rendered (the full size's are 373 MB).</summary>
    private const long StreamingFromBytes = 64L << 20;

    public static IReadOnlyList<SyntheticTruth> Write(SynthContext ctx)
    {
        var (n, w, h, frames) = (ctx.Plan.Images, ctx.Plan.Width, ctx.Plan.Height, ctx.Plan.Frames);
        var ids = ctx.TenDigitIds(n);
        var truth = new SyntheticTruth[n];
        var sds = new double[n];
        var jobs = new VideoEncoder.Job[n];
        var videos = ctx.PathOf(VideoFolder);
        var rawDir = Path.Combine(videos, $".raw-{Environment.ProcessId}");
        Directory.CreateDirectory(rawDir);
        // Release-size clips (373 MB raw each) stream into one ffmpeg per clip instead of batching raw files on disk.
        var streaming = (long)w * h * 3 * frames > StreamingFromBytes;
        try
        {
            Parallel.For(0, n, SynthContext.Parallelism, i =>
            {
                var rng = ctx.Rng(Streams.Item, i);
                var type = DistortionCatalog.Video[rng.Next(DistortionCatalog.Video.Length)];
                var level = 1 + rng.Next(SizePlan.Levels);
                var style = ContentStyle.Draw(ctx.Rng(Streams.Style, i));
                var scene = new MovingScene(style, w, h, ctx.Rng(Streams.Layout, i));
                IEnumerable<byte[]> Frames() => Enumerable.Range(0, frames)
                    .Select(t => Distorter.Apply(scene.Frame(t), type, level, ctx.Rng(Streams.Frames, ((long)i * 100_000) + t)).ToRgb24());
                var crf = type == SyntheticDistortion.Compression ? Distorter.Crf[level - 1] : Distorter.CleanCrf;
                var output = Path.Combine(videos, $"{ids[i]}.mp4");
                if (streaming)
                {
                    VideoEncoder.EncodeStreaming(crf, output, w, h, Frames());
                }
                else
                {
                    var rgb = new byte[w * h * 3 * frames];
                    var t = 0;
                    foreach (var frame in Frames())
                    {
                        frame.CopyTo(rgb, w * h * 3 * t++);
                    }

                    var raw = Path.Combine(rawDir, $"{i}.rgb");
                    File.WriteAllBytes(raw, rgb);
                    jobs[i] = new VideoEncoder.Job(raw, crf, output);
                }

                var content = ctx.Model.DrawContentTerm(ctx.Rng(Streams.Content, i));
                var id = ids[i].ToString(System.Globalization.CultureInfo.InvariantCulture);

                // Video MOS rest on many crowd votes (5-point ACR); 50 per video keeps the mean's noise small.
                var (item, ratings) = ctx.Rate(i, id, id, type, level, content, RatingScale.Acr5, 50, m => SynthContext.F(m, "0.########"));
                truth[i] = item;
                sds[i] = ratings.Sd;
            });

            // Batches of at most 25 clips (bounded memory: one x264 encoder per clip is open at once), one ffmpeg per core.
            var perBatch = Math.Clamp((n + Environment.ProcessorCount - 1) / Environment.ProcessorCount, 1, 25);
            var batches = streaming ? [] : jobs.Chunk(perBatch).ToArray();
            Parallel.For(0, batches.Length, SynthContext.Parallelism, b => VideoEncoder.EncodeBatch(batches[b], w, h));
        }
        finally
        {
            Directory.Delete(rawDir, recursive: true);
        }

        var mos = new StringBuilder("flickr_id,mos\n");
        var attributes = new StringBuilder("flickr_id,file_name,MOS,SD,width,height,frame_count,fps\n");
        for (var i = 0; i < n; i++)
        {
            var score = SynthContext.F(truth[i].Score, "0.########");
            mos.Append(truth[i].Id).Append(',').Append(score).Append('\n');
            attributes.Append(truth[i].Id).Append(',').Append(truth[i].Id).Append("_original_centercrop_960x540_8s.mp4,")
                      .Append(score).Append(',').Append(SynthContext.F(sds[i], "0.########")).Append(',')
                      .Append($"{w},{h},{frames},{VideoEncoder.Fps}\n");
        }

        AtomicFile.WriteAllText(ctx.PathOf("KoNViD_1k_attributes.csv"), attributes.ToString());
        AtomicFile.WriteAllText(ctx.PathOf("KoNViD_1k_mos.csv"), mos.ToString());
        return truth;
    }
}
