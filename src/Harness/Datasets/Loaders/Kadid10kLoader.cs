namespace LeakSpec.Datasets.Loaders;

/// <summary>KADID-10k: dmos.csv with the header dist_img,ref_img,dmos,var; images/.</summary>
internal static class Kadid10kLoader
{
    public const string MetadataFile = "dmos.csv";
    public const string ImageFolder = "images";
    private static readonly string[] Header = ["dist_img", "ref_img", "dmos", "var"];

    public static Dataset Load(LoadContext ctx)
    {
        var file = ctx.RequireFile(MetadataFile);
        var csv = CsvTable.Read(file);
        csv.RequireColumns(Header, exact: true);
        foreach (var row in csv.Rows)
        {
            var dist = csv.Field(row, 0).Trim();
            var reference = csv.Field(row, 1).Trim();
            var score = ctx.ParseScore(csv.Field(row, 2), file, row.Line, "dmos");
            var variance = LoadContext.ParseNumber(csv.Field(row, 3), file, row.Line, "var");
            if (variance < 0)
            {
                throw new DatasetFormatException(file, row.Line, $"var: expected a number >= 0, found {csv.Field(row, 3)}");
            }

            if (reference.Length == 0)
            {
                throw new DatasetFormatException(file, row.Line, "ref_img: expected a reference image name, found an empty field");
            }

            var path = ctx.Resolve(ImageFolder, dist, file, row.Line);
            ctx.VerifyImage(path);
            var group = Path.GetFileNameWithoutExtension(reference).ToUpperInvariant();
            ctx.Add(ctx.Item(dist, path, score, group), file, row.Line);
        }

        return ctx.Finish(file);
    }
}
