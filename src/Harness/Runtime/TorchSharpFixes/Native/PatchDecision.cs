namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>What <see cref="LibStdCxxVersionPatch"/> decided to do with one library file.</summary>
public enum PatchDecision
{
    /// <summary>The system libstdc++ defines the version (or the library does not need it): the file is left untouched.</summary>
    NotNeeded,

    /// <summary>The file was patched before (by an earlier run): nothing is written.</summary>
    AlreadyPatched,

    /// <summary>The file needs the version and the system lacks it: the file is patched.</summary>
    Patch,
}
