using System.Globalization;
using System.Text;

namespace LeakSpec.Experiments.Planning;

/// <summary>The plan as the CLI prints it: one row per case, then each network step's share.</summary>
public static class PlanReport
{
    public static string ToMarkdown(IReadOnlyList<CasePlan> plans, string machine)
    {
        var sb = new StringBuilder();
        string F(double v, string format = "0.0") => v.ToString(format, CultureInfo.InvariantCulture);
        static double Gb(double bytes) => bytes / 1e9;
        sb.AppendLine(CultureInfo.InvariantCulture, $"Estimate for {machine}: upper bounds (epoch and step caps; early stopping only shortens a run), from a calibration on this machine.");
        sb.AppendLine();
        sb.AppendLine("| case | steps | train samples | forward samples | device h | host h | estimate h (earliest stops – caps) | disk GB | host memory GB |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var p in plans)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {p.Case} | {p.Rows.Count} | {p.Rows.Sum(r => r.TrainSamples):N0} | {p.Rows.Sum(r => r.EvalSamples):N0} | {F(p.DeviceHours)} | {F(p.Rows.Sum(r => r.HostSeconds) / 3600)} | {F(p.FewestHours)} – {F(p.Hours)} | {F(Gb(p.DiskBytes))} | {F(Gb(p.MemoryBytes))} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| **all** | {plans.Sum(p => p.Rows.Count)} | {plans.Sum(p => p.Rows.Sum(r => r.TrainSamples)):N0} | {plans.Sum(p => p.Rows.Sum(r => r.EvalSamples)):N0} | {F(plans.Sum(p => p.DeviceHours))} | " +
            $"{F(plans.Sum(p => p.Rows.Sum(r => r.HostSeconds)) / 3600)} | **{F(plans.Sum(p => p.FewestHours))} – {F(plans.Sum(p => p.Hours))}** | {F(Gb(plans.Sum(p => p.DiskBytes)))} | {F(Gb(plans.Max(p => p.MemoryBytes)))} |");
        sb.AppendLine();
        sb.AppendLine("| case | variant | step | network | splits | device h | host h |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in plans.SelectMany(p => p.Rows))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Case} | {r.Variant} | {r.Step} | {r.Backbone} | {r.Splits} | {F(r.DeviceSeconds / 3600, "0.00")} | {F(r.HostSeconds / 3600, "0.00")} |");
        }

        return sb.ToString();
    }
}
