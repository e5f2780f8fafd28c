using LeakSpec.Datasets.Loaders;

namespace LeakSpec.Datasets;

/// <summary>
/// Reads the five datasets in their official layouts (docs/datasets.md). Items come in metadata order with the id
/// as the metadata writes it; every problem is a <see cref="DatasetException"/> naming the file and line.
/// </summary>
public static class DatasetLoader
{
    // The file whose presence identifies each layout.
    private static readonly (DatasetKind Kind, string Marker)[] Markers =
    [
        (DatasetKind.Tid2013, Tid2013Loader.MosFile),
        (DatasetKind.Kadid10k, Kadid10kLoader.MetadataFile),
        (DatasetKind.Koniq10k, Koniq10kLoader.SetsFile),
        (DatasetKind.LiveC, LiveCLoader.NamesFile),
        (DatasetKind.Konvid1k, Konvid1kLoader.MosFile),
    ];

    public static Dataset Load(DatasetKind kind, string root, LoadOptions? options = null)
    {
        var ctx = new LoadContext(kind, root, options);
        return kind switch
        {
            DatasetKind.Tid2013 => Tid2013Loader.Load(ctx),
            DatasetKind.Kadid10k => Kadid10kLoader.Load(ctx),
            DatasetKind.Koniq10k => Koniq10kLoader.Load(ctx),
            DatasetKind.LiveC => LiveCLoader.Load(ctx),
            DatasetKind.Konvid1k => Konvid1kLoader.Load(ctx),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown dataset kind"),
        };
    }

    /// <summary>Which dataset the folder holds, judged by its metadata file; an error when none or several match.</summary>
    public static DatasetKind Detect(string root)
    {
        if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root))
        {
            throw new DatasetLayoutException("dataset root not found", string.IsNullOrWhiteSpace(root) ? "(no path given)" : root);
        }

        var found = Markers.Where(m => File.Exists(Path.Combine(root, m.Marker))).ToList();
        return found.Count switch
        {
            1 => found[0].Kind,
            0 => throw new DatasetLayoutException(
                "no known dataset layout here; expected one of: "
                + string.Join("; ", Markers.Select(m => $"{m.Marker} ({DatasetCatalog.Get(m.Kind).DisplayName})")),
                root),
            _ => throw new DatasetLayoutException(
                "several dataset layouts match (" + string.Join(", ", found.Select(m => m.Marker))
                + "); keep one dataset per folder or name the kind explicitly",
                root),
        };
    }

    /// <summary>The file each layout needs, for `doctor` and error messages.</summary>
    public static string MarkerFile(DatasetKind kind) => Markers.Single(m => m.Kind == kind).Marker;
}
