namespace Synthesis.Models.Properties;

/// <summary>
/// A predicted property with its two uncertainties, in the target's unit: the aleatoric σ the members predict for
/// the data's own noise (root mean square over members), and the epistemic σ of the members' means (their standard
/// deviation; 0 for a single member). Total σ = √(aleatoric² + epistemic²).
/// </summary>
public sealed record PropertyPrediction(double Value, double Aleatoric, double Epistemic)
{
    public double Total => Math.Sqrt(Aleatoric * Aleatoric + Epistemic * Epistemic);
}
