namespace LeakSpec.Models;

/// <summary>
/// Where the embedded ResNet18's ONNX files are: copied to the build output by the NuGet package's build props, or
/// still in the NuGet cache (for hosts that reference the harness without that copy step).
/// </summary>
public sealed record EmbeddedModelFiles(string ResNet18Onnx, string PreprocessOnnx)
{
    public const string PackageId = "microsoft.ml.dnnimagefeaturizer.resnet18";
    public const string PackageVersion = "0.23.1";
    private const string ModelRelative = "DnnImageModels/ResNet18Onnx/ResNet18.onnx";
    private const string PreprocessRelative = "DnnImageModels/ResNetPrepOnnx/ResNetPreprocess.onnx";

    /// <summary>The output-folder copy, else the NuGet cache; throws <see cref="WeightsNotFoundException"/> naming both.</summary>
    public static EmbeddedModelFiles Locate()
    {
        var roots = CandidateRoots();
        foreach (var root in roots)
        {
            var files = new EmbeddedModelFiles(Path.Combine(root, ModelRelative), Path.Combine(root, PreprocessRelative));
            if (File.Exists(files.ResNet18Onnx) && File.Exists(files.PreprocessOnnx))
            {
                return files;
            }
        }

        throw new WeightsNotFoundException(
            $"The embedded ResNet18 ONNX files were not found. Looked for {ModelRelative} and {PreprocessRelative} under: " +
            $"{string.Join(" and ", roots)}. They come with the NuGet package {PackageId} {PackageVersion}: run `dotnet restore` " +
            "and `dotnet build` (its build props copy them to the output folder).",
            Path.Combine(roots[0], ModelRelative));
    }

    /// <summary>The output folder first, then the NuGet global packages folder (NUGET_PACKAGES or ~/.nuget/packages).</summary>
    public static IReadOnlyList<string> CandidateRoots()
    {
        var nugetRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(nugetRoot))
        {
            nugetRoot = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        return [AppContext.BaseDirectory, Path.Combine(nugetRoot, PackageId, PackageVersion, "tools")];
    }
}
