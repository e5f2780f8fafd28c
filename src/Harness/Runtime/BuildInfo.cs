using System.Reflection;

namespace LeakSpec.Runtime;

/// <summary>
/// Which harness produced a result: version, git commit and TorchSharp backend, embedded at build time
/// (src/Harness/LeakSpec.Harness.csproj, target LeakSpecBuildIdentity). The run store keys results by <see cref="Id"/>,
/// so results of another build are recomputed, never reused.
/// </summary>
public static class BuildInfo
{
    private static readonly Assembly Harness = typeof(BuildInfo).Assembly;

    /// <summary>The assembly's informational version, e.g. "1.0.0+807dd91…" (the SDK appends the commit in a git checkout).</summary>
    public static string Version { get; } =
        Harness.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>`git rev-parse HEAD` at build time, or "unknown" outside a git checkout.</summary>
    public static string Commit { get; } = Metadata("LeakSpecCommit") ?? "unknown";

    /// <summary>Whether tracked files differed from the commit when the harness was built.</summary>
    public static bool Dirty { get; } = Metadata("LeakSpecTreeDirty") == "true";

    /// <summary>"cpu" (TorchSharp-cpu) or "cuda" (TorchSharp-cuda-linux): the backend this build restored.</summary>
    public static string TorchBackend { get; } = Metadata("LeakSpecTorchBackend") is { Length: > 0 } b ? b : "unknown";

    /// <summary>
    /// The build's identity in run keys: version (without the SDK's commit suffix) and commit; for a tree with
    /// uncommitted changes, or outside git, also the harness assembly's module version id, which the deterministic
    /// compiler derives from the compiled code, so an edited pipeline is a new build even before it is committed.
    /// </summary>
    public static string Id { get; } = Compose(Version, Commit, Dirty, Harness.ManifestModule.ModuleVersionId);

    internal static string Compose(string version, string commit, bool dirty, Guid moduleVersionId) =>
        $"{version.Split('+')[0]}@{commit}" + (dirty ? "+dirty." + Code(moduleVersionId) : commit == "unknown" ? "+code." + Code(moduleVersionId) : string.Empty);

    // Outside git, or with uncommitted changes, the commit does not identify the code; the compiled module does.
    private static string Code(Guid moduleVersionId) => moduleVersionId.ToString("N")[..12];

    private static string? Metadata(string key) =>
        Harness.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
