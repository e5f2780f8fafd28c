namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>One section header of an <see cref="ElfImage"/>.</summary>
internal sealed record ElfSection(int Index, uint Type, int Offset, int Size, int Link, int EntrySize);
