namespace LeakSpec.Runtime;

/// <summary>A native library or program LeakSpec uses, as found (or not) on this machine.</summary>
/// <param name="Name">What it is ("libsvm", "ffmpeg").</param>
/// <param name="Found">Whether it can be used.</param>
/// <param name="Location">Where it was found, or where it was looked for.</param>
/// <param name="Version">Its version where it reports one.</param>
/// <param name="HowToGet">The command that installs it.</param>
public sealed record ExternalTool(string Name, bool Found, string Location, string? Version, string HowToGet);
