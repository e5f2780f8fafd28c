using System.CommandLine;
using LeakSpec.Experiments;
using LeakSpec.Runtime;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec doctor`: what this machine can run, and so which Full tests would run or skip.</summary>
internal static class DoctorCommand
{
    private const string WeightsHint = "Write the weight files with scripts/make-weights.py (torchvision's and timm's ImageNet weights; see README, \"The Full tier on a GPU box\").";

    public static Command Create()
    {
        var command = new Command("doctor", "What this machine can run: TorchSharp, CUDA, libsvm, ffmpeg, dataset roots and weights; exit 0 when the Fast tier can run.");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    internal static int Run(TextWriter o)
    {
        var fastTierOk = true;
        var cuda = false;
        o.WriteLine("LeakSpec doctor");
        o.WriteLine($"  build {BuildInfo.Id}; TorchSharp backend: {BuildInfo.TorchBackend} "
            + (BuildInfo.TorchBackend == "cuda" ? "(TorchSharp-cuda-linux)" : $"(TorchSharp-cpu; for CUDA rebuild with -p:LeakSpecTorchBackend=cuda or export {FullTierGate.BackendVariable}=cuda)"));
        try
        {
            var t = TorchRuntime.EnsureLoaded();
            cuda = t.CudaAvailable;
            o.WriteLine($"  [ok]   TorchSharp {t.TorchSharpVersion} loaded ({t.NativeLibrary}); libtorch threads: {t.Threads}");
            o.WriteLine($"         native fix: {t.Patch}");
            o.WriteLine($"  [{(t.CudaAvailable ? "ok" : "--")}]   CUDA: {DeviceSelector.Select("auto").Reason}");
        }
        catch (NativeLibraryException e)
        {
            fastTierOk = false;
            o.WriteLine($"  [FAIL] TorchSharp: {e.Message}");
        }

        foreach (var tool in new[] { ExternalTools.LibSvm(), ExternalTools.Ffmpeg() })
        {
            fastTierOk &= tool.Found;
            o.WriteLine(tool.Found
                ? $"  [ok]   {tool.Name} {tool.Version} at {tool.Location}"
                : $"  [FAIL] {tool.Name} not found ({tool.Location}); install: {tool.HowToGet}");
        }

        o.WriteLine($"Full tier (real datasets, the paper's backbones; {FullTierEnvironment.DataVariable}, LEAKSPEC_<DATASET> and {FullTierEnvironment.WeightsVariable} from the environment):");
        foreach (var need in FullTierRequirement.All)
        {
            var d = FullTierGate.Decide(
                need.Datasets, (need.WeightsFile, WeightsHint), Environment.GetEnvironmentVariable, FullTierEnvironment.PathExists, cuda, BuildInfo.TorchBackend);
            o.WriteLine(d.Verdict switch
            {
                FullTierVerdict.Run => $"  [run]  {need.Tests} on {d.Device}",
                FullTierVerdict.Skip => $"  [skip] {need.Tests}: {d.Message}",
                _ => $"  [FAIL] {need.Tests}: {d.Message}",
            });
        }

        // The estimate calibrates the networks on this machine (minutes for the paper's on a CPU): a command of its own.
        o.WriteLine($"  [info] what a Full run costs here (hours, disk, memory): ./leakspec replicate --plan --data {Environment.GetEnvironmentVariable(FullTierEnvironment.DataVariable) ?? "DIR"} --out DIR (docs/datapath.md)");
        o.WriteLine(fastTierOk ? "Fast tier: can run." : "Fast tier: cannot run until the failures above are fixed.");
        return fastTierOk ? 0 : 1;
    }
}
