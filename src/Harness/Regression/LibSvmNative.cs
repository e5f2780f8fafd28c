using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeakSpec.Regression;

/// <summary>
/// libsvm 3.24's C API (Debian <c>libsvm3</c>, <c>libsvm.so.3</c>); struct layouts copied from its svm.h.
/// Only fields before <c>probA</c> of svm_model are read, and support-vector indices come through
/// <c>svm_get_sv_indices</c>, so the later 3.25 layout change (prob_density_marks) would not misread.
/// </summary>
internal static unsafe partial class LibSvmNative
{
    public const string Library = Runtime.ExternalTools.LibSvmName;
    public const int EpsilonSvr = 3;

    private static readonly Lazy<int> LoadedVersion = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads libsvm once, checks it and silences its console output (a process-wide setting).</summary>
    public static int EnsureLoaded() => LoadedVersion.Value;

    [LibraryImport(Library, EntryPoint = "svm_train")]
    public static partial SvmModel* Train(SvmProblem* problem, SvmParameter* parameter);

    [LibraryImport(Library, EntryPoint = "svm_predict")]
    public static partial double Predict(SvmModel* model, SvmNode* x);

    [LibraryImport(Library, EntryPoint = "svm_get_nr_sv")]
    public static partial int GetNrSv(SvmModel* model);

    [LibraryImport(Library, EntryPoint = "svm_get_sv_indices")]
    public static partial void GetSvIndices(SvmModel* model, int* indices);

    [LibraryImport(Library, EntryPoint = "svm_free_and_destroy_model")]
    public static partial void FreeAndDestroyModel(SvmModel** model);

    [LibraryImport(Library, EntryPoint = "svm_check_parameter")]
    public static partial byte* CheckParameter(SvmProblem* problem, SvmParameter* parameter);

    [LibraryImport(Library, EntryPoint = "svm_set_print_string_function")]
    private static partial void SetPrintStringFunction(delegate* unmanaged[Cdecl]<byte*, void> print);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Silent(byte* message)
    {
        // libsvm prints optimisation progress to stdout; the harness keeps stdout for its own results.
    }

    private static int Load()
    {
        var libsvm = Runtime.ExternalTools.LibSvm();
        if (!libsvm.Found)
        {
            throw new SvrException(
                $"libsvm is not usable here ({libsvm.Location}). LeakSpec's SVR needs libsvm 3.24 from Debian's 'libsvm3' package: " +
                $"install it with '{libsvm.HowToGet}' (and 'libsvm-tools' for the reference svm-train).");
        }

        SetPrintStringFunction(&Silent);
        return int.Parse(libsvm.Version!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SvmNode
    {
        public int Index;
        public double Value;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SvmProblem
    {
        public int L;
        public double* Y;
        public SvmNode** X;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SvmParameter
    {
        public int SvmType;
        public int KernelType;
        public int Degree;
        public double Gamma;
        public double Coef0;
        public double CacheSize;
        public double Eps;
        public double C;
        public int NrWeight;
        public int* WeightLabel;
        public double* Weight;
        public double Nu;
        public double P;
        public int Shrinking;
        public int Probability;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SvmModel
    {
        public SvmParameter Param;
        public int NrClass;
        public int L;
        public SvmNode** SV;
        public double** SvCoef;
        public double* Rho;
    }
}
