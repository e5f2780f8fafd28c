using LeakSpec.Datasets;
using LeakSpec.Runtime;

namespace LeakSpec.Experiments;

/// <summary>What a Full test (or `doctor`) does on this machine.</summary>
public enum FullTierVerdict
{
    /// <summary>Data and weights are here and the device is acceptable: train.</summary>
    Run,

    /// <summary>Data or weights are missing: skip, saying what and how to obtain it (never pass).</summary>
    Skip,

    /// <summary>Data and weights are here but CUDA is not: fail, since a CPU run of the Full tier takes days and says nothing.</summary>
    Fail,
}

/// <param name="Verdict">Run, skip or fail.</param>
/// <param name="Message">Why (for a skip or failure: every missing thing, or the CUDA problem and the ways out).</param>
/// <param name="Roots">Each dataset's root (complete when the verdict is not Skip).</param>
/// <param name="WeightsPath">The weight file (null when none is needed or it is missing).</param>
/// <param name="Device">"cuda" or "cpu" for Run; null otherwise.</param>
public sealed record FullTierDecision(
    FullTierVerdict Verdict, string Message, IReadOnlyDictionary<DatasetKind, string> Roots, string? WeightsPath, string? Device);

/// <summary>
/// The Full tier's decision as a pure function of the environment, the file system, CUDA's availability and the
/// build's TorchSharp backend, so that every branch is unit-tested on a machine without a GPU or datasets.
/// </summary>
public static class FullTierGate
{
    /// <summary>Set to 1 to let a Full test run on the CPU (days instead of hours; for debugging).</summary>
    public const string AllowCpuVariable = "LEAKSPEC_ALLOW_CPU";

    /// <summary>Read by scripts/setup.sh (and so ./leakspec, ./test-fast): the TorchSharp backend to build with.</summary>
    public const string BackendVariable = "LEAKSPEC_TORCH_BACKEND";

    /// <param name="datasets">The real datasets the test needs.</param>
    /// <param name="weights">The weight file name and how to obtain it; null when the test needs none.</param>
    /// <param name="env">The environment (variable → value).</param>
    /// <param name="exists">Whether a file or folder exists.</param>
    /// <param name="cudaAvailable">Whether libtorch sees a CUDA device.</param>
    /// <param name="torchBackend">The build's TorchSharp backend (<see cref="BuildInfo.TorchBackend"/>).</param>
    public static FullTierDecision Decide(
        IReadOnlyList<DatasetKind> datasets,
        (string FileName, string HowToObtain)? weights,
        Func<string, string?> env,
        Func<string, bool> exists,
        bool cudaAvailable,
        string torchBackend)
    {
        var roots = new Dictionary<DatasetKind, string>();
        var problems = new List<string>();
        foreach (var kind in datasets)
        {
            var (root, problem) = FullTierEnvironment.ResolveDataset(kind, env, exists);
            if (root is not null)
            {
                roots[kind] = root;
            }
            else
            {
                problems.Add(problem!);
            }
        }

        string? weightsPath = null;
        if (weights is { } w)
        {
            var (path, problem) = FullTierEnvironment.ResolveWeights(w.FileName, w.HowToObtain, env, exists);
            weightsPath = path;
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            return new(FullTierVerdict.Skip, string.Join(" | ", problems), roots, weightsPath, null);
        }

        if (cudaAvailable)
        {
            return new(FullTierVerdict.Run, "data and weights present; CUDA available", roots, weightsPath, "cuda");
        }

        if (env(AllowCpuVariable)?.Trim() == "1")
        {
            return new(FullTierVerdict.Run, $"data and weights present; no CUDA, running on the CPU because {AllowCpuVariable}=1", roots, weightsPath, "cpu");
        }

        var why = torchBackend == "cuda"
            ? "this build has the CUDA TorchSharp backend but libtorch sees no CUDA device (driver, CUDA_VISIBLE_DEVICES?)"
            : $"this build has the '{torchBackend}' TorchSharp backend; rebuild with -p:LeakSpecTorchBackend=cuda (or export {BackendVariable}=cuda for ./leakspec and ./test-fast)";
        return new(
            FullTierVerdict.Fail,
            $"The Full tier needs CUDA: the data and weights are present, but {why}. Set {AllowCpuVariable}=1 to run it on the CPU anyway (days).",
            roots,
            weightsPath,
            null);
    }
}
