namespace Synthesis.Chemistry.Structures;

/// <summary>
/// A crystal lattice as its three cell vectors a, b, c in Å (Cartesian, the rows of <see cref="Matrix"/>), the way
/// pymatgen's Structure.as_dict() writes "lattice.matrix".
/// </summary>
public sealed class Lattice
{
    private readonly double[,] _matrix;

    private Lattice(double[,] matrix) => _matrix = matrix;

    /// <summary>Row i is cell vector i (a, b, c) in Å; a copy.</summary>
    public double[,] Matrix => (double[,])_matrix.Clone();

    /// <summary>Cell volume |a · (b × c)| in Å³.</summary>
    public double Volume => Math.Abs(Determinant(_matrix));

    /// <summary>
    /// A lattice from its vectors; refused (with <paramref name="error"/>) when a value is not finite or the cell is
    /// flat (volume under 1e-3 Å³ per cell).
    /// </summary>
    public static Lattice FromVectors(double[,] rows, Func<string, Exception> error)
    {
        if (rows.GetLength(0) != 3 || rows.GetLength(1) != 3) throw error("the lattice is not 3 × 3");
        foreach (var value in rows)
            if (!double.IsFinite(value) || Math.Abs(value) > 1e4) throw error("a lattice value is not a finite length under 10,000 Å");
        if (Math.Abs(Determinant(rows)) < 1e-3) throw error("the cell has no volume (its vectors are coplanar)");
        return new Lattice((double[,])rows.Clone());
    }

    /// <summary>
    /// A lattice from cell lengths (Å) and angles α = ∠(b, c), β = ∠(a, c), γ = ∠(a, b) in degrees, in the usual
    /// orientation: a along x, b in the xy plane, c completing a right-handed cell.
    /// </summary>
    public static Lattice FromParameters(double a, double b, double c, double alpha, double beta, double gamma, Func<string, Exception> error)
    {
        foreach (var length in (double[])[a, b, c])
            if (!(length > 0)) throw error("a cell length is not positive");
        foreach (var angle in (double[])[alpha, beta, gamma])
            if (!(angle > 0 && angle < 180)) throw error("a cell angle is not between 0° and 180°");
        double Cos(double degrees) => Math.Cos(degrees * Math.PI / 180);
        var (ca, cb, cg, sg) = (Cos(alpha), Cos(beta), Cos(gamma), Math.Sin(gamma * Math.PI / 180));
        var cx = c * cb;
        var cy = c * (ca - cb * cg) / sg;
        var cz2 = c * c - cx * cx - cy * cy;
        if (!(cz2 > 0)) throw error("the cell angles do not make a cell");
        return FromVectors(new[,] { { a, 0, 0 }, { b * cg, b * sg, 0 }, { cx, cy, Math.Sqrt(cz2) } }, error);
    }

    private static double Determinant(double[,] m) =>
        m[0, 0] * (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1])
        - m[0, 1] * (m[1, 0] * m[2, 2] - m[1, 2] * m[2, 0])
        + m[0, 2] * (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]);
}
