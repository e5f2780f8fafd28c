using System.Collections.Concurrent;
using LeakSpec.Datasets;
using LeakSpec.IO;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// Decoded images and video frames of one dataset, each decoded once: kept in memory up to a budget (the synthetic
/// and fixture datasets fit whole), or, with a <see cref="PixelStore"/>, written to disk on first use and read from
/// its memory-mapped files after that (a real dataset: KoNViD-1k's frames are 175 GB at the CNN-SVR's 338-pixel
/// shorter side). Without either, items past the budget are decoded again on each use.
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
    /// <param name="disk">Where decoded pixels go when they do not fit in memory (null: decode again on each use).</param>
    /// <param name="storedShorterSide">
    /// Images and frames on disk are resized so their shorter side has this length, with the resize the input pipeline
    /// would apply (<see cref="ImageOps.ResizeShorterSide"/>), so what a model sees is unchanged, the store is smaller
    /// (KoNViD-1k's frames 2.6×, KonIQ-10k's images 4×) and no epoch resizes again. Null keeps the decoded size. Only
    /// the disk path resizes.
    /// </param>
    public MediaStore(
        Dataset dataset,
        FrameOptions? frames = null,
        (int Width, int Height)? imageResize = null,
        long cacheBudgetBytes = 4L << 30,
        PixelStore? disk = null,
        int? storedShorterSide = null)
    {
        Dataset = dataset;
        FrameOptions = frames ?? new FrameOptions();
        ImageResize = imageResize;
        CacheBudgetBytes = cacheBudgetBytes;
        Disk = disk;
        StoredShorterSide = storedShorterSide;
        byId = dataset.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The on-disk pixel store, when this dataset uses one.</summary>
    public PixelStore? Disk { get; }

    public int? StoredShorterSide { get; }

    /// <summary>ffmpeg decodes per video file so far (the data-path bench checks that each is 1).</summary>
    public IReadOnlyDictionary<string, int> Decodes => reader.Decodes;

    public Dataset Dataset { get; }

    public FrameOptions FrameOptions { get; }

    public (int Width, int Height)? ImageResize { get; }

    public long CacheBudgetBytes { get; }

    public DatasetItem Item(string id) =>
        byId.TryGetValue(id, out var item) ? item : throw new ManifestException(Dataset.Root, "stages", $"item '{id}' is not in this {Dataset.Kind} dataset");

    public RgbImage Image(string id)
    {
        if (images.TryGetValue(id, out var hit))
        {
            return hit;
        }

        var item = Item(id);
        RgbImage Read() => ImageIo.Read(item.Path, ImageIo.DefaultMaxPixels, ImageResize);
        var shrink = StoredShorterSide;
        return Disk is null
            ? Keep(images, id, Read())
            : Disk.GetOrWrite(KeyOf(item, "image", (ImageResize, shrink)), () => [shrink is { } s ? ImageOps.ResizeShorterSide(Read(), s) : Read()])[0];
    }

    /// <summary>The frames of one video as <see cref="FrameOptions"/> selects them, in order.</summary>
    public IReadOnlyList<RgbImage> Frames(string videoId)
    {
        if (videos.TryGetValue(videoId, out var hit))
        {
            return hit;
        }

        var item = Item(videoId);
        var source = VideoFrameReader.SourceFor(Dataset, item);
        if (Disk is not null)
        {
            var shrink = StoredShorterSide;
            return Disk.GetOrWrite(
                KeyOf(item, "video", (FrameOptions, shrink)),
                () => reader.Frames(source, FrameOptions).Select(f => shrink is { } s ? ImageOps.ResizeShorterSide(f, s) : f));
        }

        return Keep(videos, videoId, reader.Frames(source, FrameOptions).ToArray());
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
    /// than starting ffmpeg, so one at a time leaves the cores idle. In memory only while the frames fit the cache
    /// budget; with a disk store, every video (each one decoded once, into its file).
    /// </summary>
    public void PrefetchVideos(int parallelism = 4)
    {
        Parallel.ForEach(
            Dataset.Items.Where(i => !videos.ContainsKey(i.Id)),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            (item, state) =>
            {
                Frames(item.Id);
                if (Disk is null && Interlocked.Read(ref cachedBytes) >= CacheBudgetBytes)
                {
                    state.Stop();
                }
            });
    }

    /// <summary>How many frames each video yields (for frame subsampling in manifests): from the container, not a decode.</summary>
    public int FrameCount(DatasetItem video) =>
        videos.TryGetValue(video.Id, out var hit) ? hit.Count : reader.FrameCount(VideoFrameReader.SourceFor(Dataset, video), FrameOptions);

    /// <summary>
    /// Whether decoded pixels of the whole dataset would pass <paramref name="budgetBytes"/>, estimated from its first
    /// item (probed, not decoded) times the item count: the rule for giving a dataset a disk store.
    /// </summary>
    /// <param name="items">Items to reckon with (null: the dataset's own count; the data-path bench asks for a release's).</param>
    public static bool Exceeds(Dataset dataset, FrameOptions? frames, long budgetBytes, int? items = null)
    {
        if (dataset.Items.Count == 0)
        {
            return false;
        }

        var first = dataset.Items[0];
        long perItem;
        if (dataset.Kind == DatasetKind.Konvid1k)
        {
            var o = frames ?? new FrameOptions();
            var reader = new VideoFrameReader();
            var source = VideoFrameReader.SourceFor(dataset, first);
            var (w, h) = o.Resize ?? reader.FrameSize(source);
            perItem = (long)reader.FrameCount(source, o) * w * h * 3;
        }
        else
        {
            var (w, h) = ImageIo.Identify(first.Path);
            perItem = (long)w * h * 3;
        }

        return perItem * (items ?? dataset.Items.Count) > budgetBytes;
    }

    private CacheKey KeyOf(DatasetItem item, string kind, object? preprocessing)
    {
        var file = new FileInfo(item.Path);
        return new CacheKey(
            ("pixels", kind), ("dataset", Dataset.Fingerprint), ("item", item.Id),
            ("file", file.Exists ? $"{file.Length}@{file.LastWriteTimeUtc.Ticks}" : "folder"), ("preprocessing", preprocessing));
    }

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
