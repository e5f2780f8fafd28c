using System.Text.RegularExpressions;
using LeakSpec.Datasets;

namespace LeakSpec.Splitting.Formats;

/// <summary>
/// Turns the names split files write (<c>kadid10k/I01_01_01.png</c>, <c>Images/100.bmp</c>, <c>123.mp4</c>) into the
/// dataset's item ids, and — when the items are known — rejects a name that is none of them: a conversion slip that
/// silently dropped an item could hide a leak.
/// </summary>
public sealed partial class ItemNames
{
    /// <summary>Columns (CSV/TSV) and record fields (JSON) that hold the item's name, in order of preference.</summary>
    public static IReadOnlyList<string> NameFields { get; } =
        ["dist_img", "dist_name", "image_name", "img_name", "image", "img", "name", "filename", "file", "path", "flickr_id", "video_name", "video", "id"];

    private readonly DatasetKind kind;
    private readonly Func<string, string> key;
    private readonly Dictionary<string, string>? known;

    /// <param name="kind">The dataset the names belong to.</param>
    /// <param name="items">The dataset's item ids, or null when they are not known (names are then only normalised).</param>
    /// <param name="itemsFrom">Where the items came from, for messages (a root, "the naming scheme", a meta file).</param>
    public ItemNames(DatasetKind kind, IEnumerable<string>? items, string itemsFrom)
    {
        this.kind = kind;
        key = GroupFunctions.ItemKey(kind);
        ItemsFrom = itemsFrom;
        if (items is not null)
        {
            known = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in items)
            {
                known.TryAdd(key(id), id);
            }
        }
    }

    public string ItemsFrom { get; }

    /// <summary>Whether names are checked against a list of items (else only normalised).</summary>
    public bool ChecksItems => known is not null;

    /// <summary>
    /// The name without its folder prefix. KoNViD-1k frame ids written with a slash (<c>&lt;flickr_id&gt;/&lt;frame&gt;</c>)
    /// keep their video part; everything else keeps its last path segment.
    /// </summary>
    public static string StripPrefix(string name)
    {
        var n = name.Trim().Replace('\\', '/');
        if (VideoLike().IsMatch(n))
        {
            return n;
        }

        var parts = n.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && VideoLike().IsMatch(parts[^2] + "/" + parts[^1]))
        {
            return parts[^2] + "/" + parts[^1];
        }

        return parts.Length == 0 ? n : parts[^1];
    }

    /// <summary>The item id a name stands for; an error naming the file and field when it is no item of the dataset.</summary>
    public string Resolve(string name, string file, string field)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ManifestException(file, field, "empty name; expected an item of the dataset (e.g. a file name).");
        }

        var stripped = StripPrefix(trimmed);
        if (known is null)
        {
            return stripped;
        }

        foreach (var candidate in new[] { trimmed, stripped })
        {
            // Frame ids name an item through their video; the dataset's own spelling of the item is returned.
            var frame = kind == DatasetKind.Konvid1k && FrameIds.IsFrame(candidate) ? candidate[FrameIds.VideoOf(candidate).Length..] : string.Empty;
            var item = candidate[..^frame.Length];
            var bare = item.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase) && kind == DatasetKind.Konvid1k ? item[..^4] : item;
            if (known.TryGetValue(key(item), out var id) || known.TryGetValue(key(bare), out id))
            {
                return id + frame;
            }
        }

        throw new ManifestException(file, field, $"'{trimmed}' is not an item of the dataset ({ItemsFrom}; {known.Count} items, e.g. {string.Join(", ", known.Values.Take(3))}).");
    }

    [GeneratedRegex(@"^\d+(?:\.mp4)?(?:[#/]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VideoLike();
}
