using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Synthetic;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// One rehearsal's folder: synthetic datasets in the real layouts (<see cref="SyntheticSize.Rehearsal"/>) under data/,
/// random paper-backbone weights under weights/, the run's results under results/, and the environment a Full run
/// reads, pointing at them. The process's own environment is never read or changed: LEAKSPEC_TID2013 and the like on a
/// GPU box cannot leak into a rehearsal.
/// </summary>
public sealed class RehearsalWorkspace : IDisposable
{
    /// <summary>The seed of the synthetic data and of the random weights.</summary>
    public const int Seed = 1;

    private readonly TempFolder folder = new("leakspec-rehearsal-");
    private readonly Dictionary<string, string> variables;
    private readonly List<DatasetKind> written = [];

    public RehearsalWorkspace()
    {
        Directory.CreateDirectory(Results);
        variables = new(StringComparer.Ordinal)
        {
            [FullTierEnvironment.DataVariable] = Data,
            [FullTierEnvironment.WeightsVariable] = Weights,
            [FullTierEnvironment.ResultsVariable] = Results,
            [FullTierGate.AllowCpuVariable] = "1",
        };
    }

    public string Data => Path.Combine(folder.Path, "data");

    public string Weights => Path.Combine(folder.Path, "weights");

    public string Results => Path.Combine(folder.Path, "results");

    /// <summary>What the Full tier's gate reads: LEAKSPEC_DATA, LEAKSPEC_WEIGHTS, LEAKSPEC_RESULTS, LEAKSPEC_ALLOW_CPU=1.</summary>
    public string? Environment(string variable) => variables.GetValueOrDefault(variable);

    /// <summary>Writes the synthetic dataset of <paramref name="kind"/> under data/ (once) and returns its root.</summary>
    public string WriteDataset(DatasetKind kind)
    {
        var root = Path.Combine(Data, DatasetRoots.FolderName(kind));
        if (!Directory.Exists(root))
        {
            SyntheticGenerator.Write(kind, SyntheticSize.Rehearsal, Seed, root);
            written.Add(kind);
        }

        return root;
    }

    /// <summary>
    /// Writes the random weights of <paramref name="file"/> under weights/ (once) and returns the path; their batch-norm
    /// statistics come from the first items (first frames) of the datasets written so far.
    /// </summary>
    public string WriteWeights(WeightFile file)
    {
        var path = Path.Combine(Weights, file.FileName);
        return File.Exists(path) ? path : RehearsalWeights.Write(file, Weights, Seed, CalibrationImages());
    }

    private List<Datasets.RgbImage> CalibrationImages()
    {
        var images = new List<Datasets.RgbImage>();
        foreach (var kind in written)
        {
            var media = new Experiments.Pipelines.MediaStore(DatasetLoader.Load(kind, Path.Combine(Data, DatasetRoots.FolderName(kind))));
            images.AddRange(media.Dataset.Items.Take(4).Select(i => media.Dataset.Kind == DatasetKind.Konvid1k ? media.Frames(i.Id)[0] : media.Image(i.Id)));
        }

        return images;
    }

    public void Dispose() => folder.Dispose();
}
