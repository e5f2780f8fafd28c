using System.CommandLine;
using LeakSpec.Datasets;
using LeakSpec.Features;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec cache --out DIR [--clear]`: the size of a replicate folder's recomputable caches, and clearing them.</summary>
internal static class CacheCommand
{
    public static Command Create()
    {
        var outOption = new Option<string>("--out") { Description = "The replicate output folder (its features/ and pixels/).", Required = true };
        var clearOption = new Option<bool>("--clear") { Description = "Delete the feature packs and the pixel store (results, manifests and reports stay)." };
        var command = new Command("cache", "Size of a replicate folder's feature packs and pixel store; --clear deletes them (a rerun recomputes them).")
        {
            outOption, clearOption,
        };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(outOption)!);
            var features = new FeatureCache(Path.Combine(root, "features"));
            var pixels = new PixelStore(Path.Combine(root, "pixels"));
            var (featureBytes, featureFiles) = features.Size();
            var pixelBytes = pixels.SizeBytes();
            Console.Out.WriteLine($"features: {featureBytes / 1e9:F2} GB in {featureFiles} files ({features.Root})");
            Console.Out.WriteLine($"pixels:   {pixelBytes / 1e9:F2} GB ({pixels.Root})");
            if (parse.GetValue(clearOption))
            {
                features.Clear();
                if (Directory.Exists(pixels.Root))
                {
                    Directory.Delete(pixels.Root, recursive: true);
                }

                Console.Out.WriteLine($"cleared {(featureBytes + pixelBytes) / 1e9:F2} GB");
            }

            return 0;
        });
        return command;
    }
}
