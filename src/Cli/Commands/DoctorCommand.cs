using System.CommandLine;
using LeakSpec.Datasets;
using LeakSpec.Runtime;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec doctor`: what this machine can run, and so which Full tests would run or skip.</summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var command = new Command("doctor", "What this machine can run: TorchSharp, CUDA, libsvm, ffmpeg, dataset roots and weights; exit 0 when the Fast tier can run.");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    internal static int Run(TextWriter o)
    {
        var fastTierOk = true;
        o.WriteLine("LeakSpec doctor");
        try
        {
            var t = TorchRuntime.EnsureLoaded();
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

        o.WriteLine("Full tier (real datasets, the paper's backbones; set in runsettings/full.runsettings or the environment):");
        var weights = FullTierEnvironment.WeightsRoot();
        foreach (var need in FullTierRequirement.All)
        {
            var missing = new List<string>();
            foreach (var kind in need.Datasets)
            {
                var root = FullTierEnvironment.DatasetRoot(kind);
                var variable = FullTierEnvironment.DatasetVariable(kind);
                if (root is null)
                {
                    missing.Add($"{variable} is unset ({DatasetCatalog.Get(kind).DisplayName})");
                }
                else if (!Directory.Exists(root))
                {
                    missing.Add($"{variable}={root} does not exist");
                }
            }

            var weightFile = weights is null ? null : Path.Combine(weights, need.WeightsFile);
            if (weightFile is null)
            {
                missing.Add($"{FullTierEnvironment.WeightsVariable} is unset (needs {need.WeightsFile})");
            }
            else if (!File.Exists(weightFile))
            {
                missing.Add($"{weightFile} not found");
            }

            o.WriteLine(missing.Count == 0
                ? $"  [run]  {need.Tests}"
                : $"  [skip] {need.Tests}: {string.Join("; ", missing)}");
        }

        o.WriteLine(fastTierOk ? "Fast tier: can run." : "Fast tier: cannot run until the failures above are fixed.");
        return fastTierOk ? 0 : 1;
    }
}
