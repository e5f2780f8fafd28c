namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>How a shared library stands towards one symbol version it may require.</summary>
internal enum LibraryVersionState
{
    /// <summary>The library has no need of that version.</summary>
    DoesNotNeed,

    /// <summary>The library strictly needs that version: the dynamic loader refuses it where the version is missing.</summary>
    Needs,

    /// <summary>The need is weak and no symbol is bound to the version: it loads without it.</summary>
    Patched,
}
