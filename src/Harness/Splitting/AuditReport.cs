using System.Text;

namespace LeakSpec.Splitting;

/// <summary>The auditor's findings over one or more manifests.</summary>
public sealed record AuditReport(IReadOnlyList<string> Sources, IReadOnlyList<Violation> Violations)
{
    public bool IsClean => Violations.Count == 0;

    /// <summary>The cases found (flags), for assertions such as "this manifest shows exactly Case III".</summary>
    public Leak Cases => Violations.Aggregate(Leak.None, (acc, v) => acc | v.Case);

    public string ToText()
    {
        var sb = new StringBuilder();
        foreach (var source in Sources)
        {
            var found = Violations.Where(v => v.Source == source).ToList();
            sb.Append(source).Append(": ").Append(found.Count == 0 ? "clean" : $"{found.Count} violation(s)").Append('\n');
            foreach (var v in found)
            {
                sb.Append("  LEAK ").Append(v).Append('\n');
            }
        }

        sb.Append(IsClean
            ? $"Clean: no leakage found in {Sources.Count} manifest(s).\n"
            : $"LEAKAGE: {Violations.Count} violation(s) in {Violations.Select(v => v.Source).Distinct().Count()} of {Sources.Count} manifest(s).\n");
        return sb.ToString();
    }
}
