using Synthesis.Chemistry.Formulas;

namespace Synthesis.Data.Properties;

/// <summary>One measured or computed property of a composition: a row of datasets/properties/*.csv.</summary>
public sealed record PropertyRecord(string Id, string Formula, Composition Composition, double Value);
