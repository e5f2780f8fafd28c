namespace LeakSpec.Datasets.Mat;

/// <summary>MATLAB array classes (the mxCLASS values of the v5 MAT format).</summary>
public enum MatClass
{
    Unknown = 0,
    Cell = 1,
    Struct = 2,
    Object = 3,
    Char = 4,
    Sparse = 5,
    Double = 6,
    Single = 7,
    Int8 = 8,
    UInt8 = 9,
    Int16 = 10,
    UInt16 = 11,
    Int32 = 12,
    UInt32 = 13,
    Int64 = 14,
    UInt64 = 15,
}
