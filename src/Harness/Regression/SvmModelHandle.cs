using System.Runtime.InteropServices;
using static LeakSpec.Regression.LibSvmNative;

namespace LeakSpec.Regression;

/// <summary>
/// Owns an svm_model and the svm_problem it points into; releases the model first (svm_free_and_destroy_model),
/// then the problem, exactly once, on Dispose or — if forgotten — on finalisation.
/// </summary>
internal sealed unsafe class SvmModelHandle : SafeHandle
{
    private NativeProblem? problem;

    /// <param name="problem">Freed with the model, or null where the caller reuses the problem and frees it after.</param>
    public SvmModelHandle(SvmModel* model, NativeProblem? problem)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle((IntPtr)model);
        this.problem = problem;
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public SvmModel* Model => !IsClosed ? (SvmModel*)handle : throw new ObjectDisposedException("SVR model");

    /// <summary>
    /// Trains ε-SVR on <paramref name="problem"/>. With <paramref name="ownsProblem"/> the handle takes ownership of
    /// it, even on failure; without, the caller must dispose this handle before the problem.
    /// </summary>
    public static SvmModelHandle Train(NativeProblem problem, SvmParameter parameter, bool ownsProblem = true)
    {
        EnsureLoaded();
        try
        {
            var error = CheckParameter(problem.Pointer, &parameter);
            if (error != null)
            {
                throw new SvrException("libsvm rejected the parameters: " + Marshal.PtrToStringUTF8((IntPtr)error));
            }

            var model = LibSvmNative.Train(problem.Pointer, &parameter);
            return new SvmModelHandle(model, ownsProblem ? problem : null);
        }
        catch
        {
            if (ownsProblem)
            {
                problem.Dispose();
            }

            throw;
        }
    }

    /// <summary>0-based training indices of the support vectors, their dual coefficients, and rho.</summary>
    public (int[] Indices, double[] Coefficients, double Rho) Expansion()
    {
        var m = Model;
        var n = GetNrSv(m);
        var indices = new int[n];
        fixed (int* p = indices)
        {
            GetSvIndices(m, p);
        }

        var coef = new double[n];
        for (var i = 0; i < n; i++)
        {
            indices[i]--;
            coef[i] = m->SvCoef[0][i];
        }

        return (indices, coef, m->Rho[0]);
    }

    protected override bool ReleaseHandle()
    {
        var m = (SvmModel*)handle;
        FreeAndDestroyModel(&m);
        problem?.Dispose();
        problem = null;
        return true;
    }
}
