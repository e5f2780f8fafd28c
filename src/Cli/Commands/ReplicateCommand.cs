using System.CommandLine;
using LeakSpec.Experiments;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec replicate`: clean and leaky variants of the paper's cases, with results.json, report.md and plots.</summary>
internal static class ReplicateCommand
{
    public static Command Create()
    {
        var caseOption = new Option<string>("--case")
        {
            Description = "Which case to run: 1, 2, 3, 4, deeprn or all.",
            DefaultValueFactory = _ => ReplicationSetup.AllCases,
        };
        caseOption.AcceptOnlyFromAmong([.. ReplicationSetup.CaseIds, ReplicationSetup.AllCases]);
        var dataOption = new Option<string>("--data")
        {
            Description = "'synthetic' (generated into <out>/data) or a folder holding a dataset root or several (tid2013/, kadid10k/, ...).",
            DefaultValueFactory = _ => ReplicationContext.SyntheticData,
        };
        var deviceOption = new Option<string>("--device")
        {
            Description = "auto (CUDA when usable), cpu or cuda.",
            DefaultValueFactory = _ => "auto",
        };
        deviceOption.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        var profileOption = new Option<string?>("--profile")
        {
            Description = "demo (the embedded ResNet18 on the CPU, the demo's budgets; any data) or paper (the paper's backbones, weights under LEAKSPEC_WEIGHTS). Default: demo for --data synthetic, paper for real data.",
        };
        profileOption.AcceptOnlyFromAmong([.. ReplicationSetup.ProfileNames]);
        var outOption = new Option<string>("--out") { Description = "Output folder; rerun with the same options to resume.", Required = true };
        var splitsOption = new Option<string>("--splits")
        {
            Description = "Splits per variant: a number (drawn from the seeds) or 'authors' (the paper's authors' five splits of KADID-10k and KoNViD-1k).",
            DefaultValueFactory = _ => "5",
        };
        var seedOption = new Option<int>("--seed") { Description = "Base seed of splits and training.", DefaultValueFactory = _ => 1 };
        var planOption = new Option<bool>("--plan") { Description = "Print the estimated hours, disk and memory per case (a short calibration on this machine) and run nothing." };

        var command = new Command("replicate", "Run the clean and leaky variants of the paper's cases and write results.json, report.md and plots/.")
        {
            caseOption, dataOption, profileOption, deviceOption, outOption, splitsOption, seedOption, planOption,
        };
        command.SetAction((parseResult, ct) => Task.Run(() => Run(
            parseResult.GetValue(caseOption)!,
            parseResult.GetValue(dataOption)!,
            parseResult.GetValue(profileOption),
            parseResult.GetValue(deviceOption)!,
            parseResult.GetValue(outOption)!,
            parseResult.GetValue(splitsOption)!,
            parseResult.GetValue(seedOption),
            parseResult.GetValue(planOption),
            ct)));
        return command;
    }

    private static int Run(string cases, string data, string? profileName, string device, string outDir, string splitsValue, int seed, bool plan, CancellationToken ct)
    {
        void Progress(string line) => Console.Out.WriteLine(line);
        try
        {
            var requested = ReplicationSetup.ParseCases(cases);
            var (splits, authors) = ReplicationSetup.ParseSplits(splitsValue, seed);
            var ctx = ReplicationSetup.CreateContext(outDir, data, ReplicationSetup.ResolveDevice(device, CudaAvailable), Progress) with { AuthorsSplits = authors };
            // A plan calibrates the paper's architectures with random weights: it needs no weight files.
            var profile = ReplicationSetup.SelectProfile(profileName, ctx.IsSynthetic, plan ? () => FullTierEnvironment.WeightsRoot() ?? "(not needed for --plan)" : FullTierEnvironment.WeightsRoot);
            Progress($"profile · {profile.Name}{(profileName is null ? " (default for this data)" : string.Empty)}");
            if (plan)
            {
                var calibration = new Experiments.Planning.Calibration(new Runtime.DeviceChoice(ctx.Device, "from replicate --plan"));
                var plans = ReplicationSetup.Plan(ctx, profile, requested, splits, seed, calibration);
                Console.Out.WriteLine(Experiments.Planning.PlanReport.ToMarkdown(plans, $"{Environment.ProcessorCount} cores, {ctx.Device}, profile {profile.Name}, {splits} splits"));
                return 0;
            }

            var results = ReplicationSetup.Replicate(ctx, profile, requested, splits, seed, ct);
            Reporting.ReportWriter.Publish(results, ctx);
            Progress($"done: {results.Variants.Count} variants × {splits} splits on {results.Device}; report: {Path.Combine(ctx.OutputDir, "report.md")}");
            return 0;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled: finished splits are stored; rerun the same command to resume.");
            return 130;
        }
        catch (Exception e) when (e is ReplicationException or ResultsFormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// CUDA is usable only with the CUDA TorchSharp backend on a GPU box. A CPU build is recognised by the absence of
    /// libtorch_cuda.so beside the program, without loading TorchSharp: a failed native load would print TorchSharp's
    /// long trace and copy libtorch into the program folder.
    /// </summary>
    private static bool CudaAvailable()
    {
        var dir = AppContext.BaseDirectory;
        var cudaBuild = File.Exists(Path.Combine(dir, "libtorch_cuda.so"))
            || File.Exists(Path.Combine(dir, "runtimes", "linux-x64", "native", "libtorch_cuda.so"));
        if (!cudaBuild)
        {
            return false;
        }

        try
        {
            return TorchSharp.torch.cuda.is_available();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or NotSupportedException)
        {
            Console.Error.WriteLine($"CUDA check failed ({e.GetType().Name}: {e.Message}); using the CPU.");
            return false;
        }
    }
}
