namespace Synthesis.Client;

/// <summary>
/// A property predicted from a composition or a crystal structure: the value in <see cref="Unit"/>, the data's noise
/// the model expects there (aleatoric) and the ensemble's spread (epistemic), both standard deviations. From a
/// structure, <see cref="ProtostructureLabel"/> is the label the server read or derived and <see cref="Formula"/> its
/// prototype composition.
/// </summary>
public sealed record PropertyPrediction(string Formula, string ModelName, string Target, string Unit, double Value,
    double AleatoricUncertainty, double EpistemicUncertainty, string ProtostructureLabel);

/// <summary>What a property model reads: a composition (PredictCompositionAsync) or a crystal structure (PredictStructureAsync).</summary>
public enum PropertyInput
{
    Unspecified,
    Composition,
    Structure,
}

/// <summary>A property model of the server: what it reads and predicts, what it learnt from, and its test MAE (null when not measured).</summary>
public sealed record PropertyModel(string Name, PropertyInput Input, string Target, string Unit, string TrainingData, int Members, double? TestMae);
