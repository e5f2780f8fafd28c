using System.Globalization;

namespace LeakSpec.Datasets.Loaders;

/// <summary>What every loader shares: the root, the options, score parsing, safe and case-tolerant file lookup, checks.</summary>
internal sealed class LoadContext
{
    private readonly Dictionary<string, FolderIndex?> folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> seenIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DatasetItem> items = [];

    public LoadContext(DatasetKind kind, string root, LoadOptions? options)
    {
        Spec = DatasetCatalog.Get(kind);
        Options = options ?? new LoadOptions();
        if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root))
        {
            throw new DatasetLayoutException(
                $"dataset root not found; {Spec.DisplayName} expects a folder here. {Spec.HowToObtain}", string.IsNullOrWhiteSpace(root) ? "(no path given)" : root);
        }

        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        IsSynthetic = SyntheticMarker.IsSynthetic(Root);
    }

    /// <summary>The root holds a LeakSpec synthetic dataset (<see cref="SyntheticMarker"/>): smaller than the release by design.</summary>
    public bool IsSynthetic { get; }

    public DatasetSpec Spec { get; }

    public LoadOptions Options { get; }

    public string Root { get; }

    public IReadOnlyList<DatasetItem> Items => items;

    /// <summary>The absolute path of a metadata file the layout needs, or an error saying which and where.</summary>
    public string RequireFile(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (!File.Exists(path))
        {
            throw new DatasetLayoutException(
                $"the {Spec.DisplayName} layout needs '{relative}' in the dataset root, and it is missing. {Spec.HowToObtain}", path);
        }

        return path;
    }

    public string? OptionalFile(string relative)
    {
        var path = Path.Combine(Root, relative);
        return File.Exists(path) ? path : null;
    }

    public static double ParseNumber(string text, string file, int? line, string column, string? where = null)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new DatasetFormatException(file, line, $"{Where(where)}{column}: expected a finite number, found '{text}'");
        }

        return value;
    }

    /// <summary>Checks a score is finite and on the dataset's published scale.</summary>
    public double CheckScore(double value, string file, int? line, string column, string? where = null)
    {
        if (!double.IsFinite(value) || value < Spec.ScoreMin || value > Spec.ScoreMax)
        {
            throw new DatasetFormatException(
                file, line, $"{Where(where)}{column}: expected a number in [{Spec.ScoreMin}, {Spec.ScoreMax}] ({Spec.DisplayName}'s scale), found {value.ToString("R", CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    public double ParseScore(string text, string file, int? line, string column, string? where = null) =>
        CheckScore(ParseNumber(text, file, line, column, where), file, line, column, where);

    /// <summary>
    /// The absolute path of <paramref name="name"/> inside <paramref name="folder"/> (relative to the root): the exact
    /// name first, else a case-insensitive match (TID2013's metadata and files disagree in case). A name that would
    /// leave the root is refused; a missing file is an error when files are verified.
    /// </summary>
    public string Resolve(string folder, string name, string file, int? line, string? where = null)
    {
        var dir = Path.Combine(Root, folder);
        var exact = SafePath(dir, name, file, line, where);
        var plain = name.IndexOfAny(['/', '\\']) < 0;
        if (plain && IndexOf(dir) is { } index && index.TryFind(name, out var onDisk))
        {
            return Path.Combine(dir, onDisk);
        }

        if (!plain && File.Exists(exact))
        {
            return exact;
        }

        if (Options.VerifyFiles)
        {
            throw new DatasetIntegrityException(file, line, $"{Where(where)}the file '{name}' it lists is missing from {dir}");
        }

        return exact;
    }

    /// <summary>Combines and refuses names that are absolute or climb out of <paramref name="dir"/> (../, rooted).</summary>
    public string SafePath(string dir, string name, string file, int? line, string? where = null)
    {
        var segments = name.Split('/', '\\');
        if (name.Length == 0 || Path.IsPathRooted(name) || segments.Any(s => s is ".." or "") || name.Contains('\0'))
        {
            throw new DatasetIntegrityException(
                file, line, $"{Where(where)}'{name}': expected a file name inside the dataset root, found a path that is empty, absolute or leaves it");
        }

        var full = Path.GetFullPath(Path.Combine(dir, name));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new DatasetIntegrityException(file, line, $"{Where(where)}'{name}' resolves to {full}, outside the dataset root {Root}");
        }

        return full;
    }

    /// <summary>With VerifyFiles, checks an image's header (readable, not empty, within MaxImagePixels).</summary>
    public void VerifyImage(string path)
    {
        if (Options.VerifyFiles)
        {
            ImageIo.Identify(path, Options.MaxImagePixels);
        }
    }

    public void Add(DatasetItem item, string file, int? line, string? where = null)
    {
        if (seenIds.TryGetValue(item.Id, out var first))
        {
            var at = first is null ? string.Empty : $" (first on line {first})";
            throw new DatasetIntegrityException(file, line, $"{Where(where)}duplicate id '{item.Id}'{at}; expected each item once (ids compare case-insensitively)");
        }

        seenIds[item.Id] = line;
        items.Add(item);
    }

    public DatasetItem Item(string id, string path, double score, string group, string? split = null) =>
        new(id, path, score, Spec.Normalize(score), group, split);

    /// <summary>Checks the count against the catalog (unless a subset is allowed) and builds the dataset.</summary>
    public Dataset Finish(string metadataFile)
    {
        if (items.Count == 0)
        {
            throw new DatasetIntegrityException(metadataFile, null, "lists no items; expected at least one");
        }

        if (!Options.AllowSubset && !IsSynthetic && items.Count != Spec.ExpectedCount)
        {
            throw new DatasetIntegrityException(
                metadataFile, null,
                $"lists {items.Count} items, the {Spec.DisplayName} release has {Spec.ExpectedCount}; pass --allow-subset (in code: LoadOptions(AllowSubset: true)) to accept a subset");
        }

        return new Dataset(Spec.Kind, Root, items.ToArray());
    }

    private static string Where(string? where) => where is null ? string.Empty : where + ": ";

    private FolderIndex? IndexOf(string dir)
    {
        if (!folders.TryGetValue(dir, out var index))
        {
            index = Directory.Exists(dir) ? new FolderIndex(dir) : null;
            folders[dir] = index;
        }

        return index;
    }

    // One directory listing per folder, so that a 10k-item dataset costs no per-file system calls.
    private sealed class FolderIndex
    {
        private readonly HashSet<string> exact = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> folded = new(StringComparer.OrdinalIgnoreCase);

        public FolderIndex(string dir)
        {
            foreach (var path in Directory.EnumerateFiles(dir))
            {
                var name = Path.GetFileName(path);
                exact.Add(name);
                folded.TryAdd(name, name);
            }
        }

        public bool TryFind(string name, out string onDisk)
        {
            if (exact.Contains(name))
            {
                onDisk = name;
                return true;
            }

            return folded.TryGetValue(name, out onDisk!);
        }
    }
}
