using System.Runtime.InteropServices;
using static LeakSpec.Regression.LibSvmNative;

namespace LeakSpec.Regression;

/// <summary>A libsvm model used through svm_predict (linear, polynomial, RBF or user-precomputed kernels).</summary>
internal sealed unsafe class LibSvmRegressor(SvmModelHandle handle, SvrKernel kernel, int width) : IRegressor
{
    public int SupportVectorCount => GetNrSv(handle.Model);

    public double[] Predict(IReadOnlyList<double[]> x)
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        SvrInput.ValidateRows(x, width, "x");
        var result = new double[x.Count];
        var row = (SvmNode*)NativeMemory.Alloc((nuint)(width + 2), (nuint)sizeof(SvmNode));
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var span = new Span<SvmNode>(row, width + 2);
            for (var i = 0; i < x.Count; i++)
            {
                if (kernel == SvrKernel.Precomputed)
                {
                    // libsvm looks a test row up by position: node j holds K(test, training item j).
                    span[0] = new SvmNode { Index = 0, Value = 0 };
                    NativeProblem.FillDense(span[1..], x[i]);
                }
                else
                {
                    NativeProblem.FillDense(span, x[i]);
                }

                result[i] = LibSvmNative.Predict(handle.Model, row);
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }

            NativeMemory.Free(row);
        }

        return result;
    }

    public void Dispose() => handle.Dispose();
}
