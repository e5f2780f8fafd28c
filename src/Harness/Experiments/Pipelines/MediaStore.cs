using System.Collections.Concurrent;
using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// Decoded images and video frames of one dataset, read once and kept in memory up to a budget (the synthetic and
/// fixture datasets fit whole; past the budget items are decoded again on each use, as a real dataset streams).
/// </summary>
public sealed class MediaStore
{
    private readonly ConcurrentDictionary<string, RgbImage> images = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<RgbImage>> videos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DatasetItem> byId;
    private readonly VideoFrameReader reader = new();
    private long cachedBytes;

    /// <param name="dataset">The dataset whose items are read.</param>
    /// <param name="frames">How frames are taken from videos (stride, limit, resize).</param>
    /// <param name="imageResize">Resize every still image to this size on load (null: as stored).</param>
    /// <param name="cacheBudgetBytes">Decoded pixels kept in memory at most.</param>
    public MediaStore(Dataset dataset, FrameOptions? frames = null, (int Width, int Height)? imageResize = null, long cacheBudgetBytes = 4L << 30)
    {
        Dataset = dataset;
        FrameOptions = frames ?? new FrameOptions();
        ImageResize = imageResize;
        CacheBudgetBytes = cacheBudgetBytes;
        byId = dataset.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public Dataset Dataset { get; }

    public FrameOptions FrameOptions { get; }

    public (int Width, int Height)? ImageResize { get; }

    public long CacheBudgetBytes { get; }

    public DatasetItem Item(string id) =>
        byId.TryGetValue(id, out var item) ? item : throw new ManifestException(Dataset.Root, "stages", $"item '{id}' is not in this {Dataset.Kind} dataset");

    public RgbImage Image(string id) => images.TryGetValue(id, out var hit) ? hit : Keep(images, id, ImageIo.Read(Item(id).Path, ImageIo.DefaultMaxPixels, ImageResize));

    /// <summary>The frames of one video as <see cref="FrameOptions"/> selects them, in order.</summary>
    public IReadOnlyList<RgbImage> Frames(string videoId)
    {
        if (videos.TryGetValue(videoId, out var hit))
        {
            return hit;
        }

        var frames = reader.Frames(VideoFrameReader.SourceFor(Dataset, Item(videoId)), FrameOptions).ToArray();
        return Keep(videos, videoId, frames);
    }

    /// <summary>One frame named by a manifest frame id (<c>video#0042</c>): the 42nd frame <see cref="FrameOptions"/> yields.</summary>
    public RgbImage Frame(string frameId)
    {
        var video = FrameIds.VideoOf(frameId);
        var index = int.Parse(frameId.AsSpan(video.Length + 1), System.Globalization.CultureInfo.InvariantCulture);
        var frames = Frames(video);
        return index < frames.Count
            ? frames[index]
            : throw new ManifestException(Dataset.Root, "stages", $"frame {index} of video '{video}' does not exist: the video yields {frames.Count} frames with {FrameOptions}");
    }

    /// <summary>
    /// Decodes every video's frames ahead of use, several ffmpeg processes at a time: decoding a short clip costs less
    /// than starting ffmpeg, so one at a time leaves the cores idle. Only while the frames fit the cache budget.
    /// </summary>
    public void PrefetchVideos(int parallelism = 4)
    {
        Parallel.ForEach(
            Dataset.Items.Where(i => !videos.ContainsKey(i.Id)),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            (item, state) =>
            {
                Frames(item.Id);
                if (Interlocked.Read(ref cachedBytes) >= CacheBudgetBytes)
                {
                    state.Stop();
                }
            });
    }

    /// <summary>How many frames each video yields (for frame subsampling in manifests).</summary>
    public int FrameCount(DatasetItem video) => Frames(video.Id).Count;

    private T Keep<T>(ConcurrentDictionary<string, T> cache, string key, T value)
    {
        var bytes = value switch
        {
            RgbImage i => (long)i.Pixels.Length,
            IReadOnlyList<RgbImage> f => f.Sum(i => (long)i.Pixels.Length),
            _ => 0L,
        };
        if (Interlocked.Add(ref cachedBytes, bytes) <= CacheBudgetBytes)
        {
            cache.TryAdd(key, value);
        }
        else
        {
            Interlocked.Add(ref cachedBytes, -bytes);
        }

        return value;
    }
}
