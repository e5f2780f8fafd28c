using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>
/// Finds a dataset's root from the file its official layout puts there, so one `--data DIR` can hold one dataset
/// or several side by side (DIR/tid2013, DIR/kadid10k, …, the layout `--data synthetic` writes).
/// </summary>
public static class DatasetRoots
{
    /// <summary>The file (relative to the root) that identifies each dataset's official layout.</summary>
    public static string MarkerFile(DatasetKind kind) => DatasetLoader.MarkerFile(kind);

    /// <summary>The sub-folder name a multi-dataset folder uses, e.g. "tid2013".</summary>
    public static string FolderName(DatasetKind kind) => DatasetLocator.FolderName(kind);

    public static bool LooksLike(string root, DatasetKind kind) => File.Exists(Path.Combine(root, MarkerFile(kind)));

    /// <summary>The root holding <paramref name="kind"/>: <paramref name="dataRoot"/> itself or its sub-folder.</summary>
    /// <exception cref="ReplicationException">Neither holds the dataset's marker file.</exception>
    public static string Resolve(string dataRoot, DatasetKind kind)
    {
        var sub = Path.Combine(dataRoot, FolderName(kind));
        foreach (var candidate in new[] { dataRoot, sub })
        {
            if (LooksLike(candidate, kind))
            {
                return Path.GetFullPath(candidate);
            }
        }

        var spec = DatasetCatalog.Get(kind);
        throw new ReplicationException(
            $"{spec.DisplayName} not found: expected {MarkerFile(kind)} in {Path.GetFullPath(dataRoot)} or in {Path.GetFullPath(sub)}. {spec.HowToObtain}");
    }
}
