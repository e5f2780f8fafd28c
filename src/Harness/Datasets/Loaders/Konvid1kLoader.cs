namespace LeakSpec.Datasets.Loaders;

/// <summary>
/// KoNViD-1k: KoNViD_1k_mos.csv (flickr_id, mos; more columns allowed), optional KoNViD_1k_attributes.csv
/// (file_name, cross-checked), videos in KoNViD_1k_videos/ or the root, named &lt;flickr_id&gt;.mp4.
/// </summary>
internal static class Konvid1kLoader
{
    public const string MosFile = "KoNViD_1k_mos.csv";
    public const string AttributesFile = "KoNViD_1k_attributes.csv";
    public const string VideoFolder = "KoNViD_1k_videos";

    public static Dataset Load(LoadContext ctx)
    {
        var file = ctx.RequireFile(MosFile);
        var csv = CsvTable.Read(file);
        var col = csv.RequireColumns(["flickr_id", "mos"], exact: false);
        var fileNames = ReadAttributes(ctx);
        foreach (var row in csv.Rows)
        {
            var id = csv.Field(row, col[0]).Trim();
            var score = ctx.ParseScore(csv.Field(row, col[1]), file, row.Line, "mos");
            string? attributeName = null;
            if (fileNames is not null && !fileNames.TryGetValue(id, out attributeName))
            {
                throw new DatasetIntegrityException(file, row.Line, $"flickr_id '{id}' has no row in {AttributesFile}; expected both files to list the same videos");
            }

            var path = VideoPath(ctx, id, attributeName, file, row.Line);
            ctx.Add(ctx.Item(id, path, score, id), file, row.Line);
        }

        var ids = ctx.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        if (fileNames is not null && fileNames.Keys.FirstOrDefault(k => !ids.Contains(k)) is { } extra)
        {
            throw new DatasetIntegrityException(Path.Combine(ctx.Root, AttributesFile), null, $"lists video '{extra}', which {MosFile} does not; expected both files to list the same videos");
        }

        return ctx.Finish(file);
    }

    // flickr_id -> file_name from the attributes file; the id is the file name's part before the first '_'.
    private static Dictionary<string, string>? ReadAttributes(LoadContext ctx)
    {
        if (ctx.OptionalFile(AttributesFile) is not { } file)
        {
            return null;
        }

        var csv = CsvTable.Read(file);
        var col = csv.RequireColumns(["file_name"], exact: false)[0];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in csv.Rows)
        {
            var name = csv.Field(row, col).Trim();
            var id = name.Split('_')[0];
            if (id.Length == 0 || !name.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase))
            {
                throw new DatasetFormatException(file, row.Line, $"file_name: expected '<flickr_id>_….mp4' (e.g. 6947112934_original_centercrop_960x540_8s.mp4), found '{name}'");
            }

            if (!map.TryAdd(id, name))
            {
                throw new DatasetIntegrityException(file, row.Line, $"duplicate video '{id}'; expected each video once");
            }
        }

        return map;
    }

    private static string VideoPath(LoadContext ctx, string id, string? attributeName, string file, int line)
    {
        var candidates = new List<string>
        {
            ctx.SafePath(Path.Combine(ctx.Root, VideoFolder), id + ".mp4", file, line),
            ctx.SafePath(ctx.Root, id + ".mp4", file, line),
        };
        if (attributeName is not null)
        {
            candidates.Add(ctx.SafePath(Path.Combine(ctx.Root, VideoFolder), attributeName, file, line));
        }

        if (!ctx.Options.VerifyFiles)
        {
            return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
        }

        var found = candidates.FirstOrDefault(File.Exists)
            ?? throw new DatasetIntegrityException(file, line, $"the video of '{id}' is missing; expected one of {string.Join(", ", candidates)}");
        if (new FileInfo(found).Length == 0)
        {
            throw new MediaReadException(found, "video file is empty (0 bytes)");
        }

        return found;
    }
}
