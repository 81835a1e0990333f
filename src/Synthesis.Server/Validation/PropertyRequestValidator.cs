using Grpc.Core;
using Synthesis.Chemistry.Formulas;
using Synthesis.Chemistry.Structures;
using Synthesis.Server.Startup;
using Proto = Synthesis.Grpc.V1;
using static Synthesis.Chemistry.InputLimits;

namespace Synthesis.Server.Validation;

/// <summary>
/// PropertyPredictor requests → the model's input and a model name, or INVALID_ARGUMENT naming the field. A model
/// reads either compositions or structures: naming one of the other kind is an error on `model_name`.
/// </summary>
public sealed class PropertyRequestValidator(PropertyModels models)
{
    public (Composition Composition, string Model) Composition(Proto.PredictCompositionRequest request)
    {
        var name = Model(request.ModelName, PropertyInput.Composition, PropertyModels.DefaultCompositionModel, "PredictStructure");
        if (request.Formula.Length == 0) throw Invalid("formula is required");
        return (RequestValidator.Formula(request.Formula, "formula"), name);
    }

    /// <summary>
    /// The model name and the structure's text, checked for size only: reading it (CIF or JSON parsing, spglib) is
    /// model work, done by <see cref="ReadStructure"/> in the model executor.
    /// </summary>
    public string Structure(Proto.PredictStructureRequest request)
    {
        var name = Model(request.ModelName, PropertyInput.Structure, PropertyModels.DefaultStructureModel, "PredictComposition");
        foreach (var (field, text, limit) in new[]
                 {
                     (StructureInput.LabelField, request.Label, MaxProtostructureLabelLength),
                     (StructureInput.CifField, request.Cif, MaxStructureTextLength),
                     (StructureInput.PymatgenJsonField, request.PymatgenJson, MaxStructureTextLength),
                 })
            if (text.Length > limit) throw Invalid($"{field}: at most {limit:N0} characters, got {text.Length:N0} ('{Echo(text)}')");
        return name;
    }

    /// <summary>The structure's protostructure label and Wren nodes; a bad label, CIF or JSON is INVALID_ARGUMENT with a one-line reason naming the field.</summary>
    public static ProtostructureInput ReadStructure(Proto.PredictStructureRequest request)
    {
        try
        {
            return StructureInput.Read(request.Label, request.Cif, request.PymatgenJson);
        }
        catch (StructureInputException e)
        {
            throw Invalid(e.Message);
        }
    }

    private string Model(string requested, PropertyInput input, string defaultName, string otherCall)
    {
        var name = requested.Length == 0 ? defaultName : requested;
        var model = models.Find(name)
                    ?? throw Invalid($"model_name: unknown model '{Echo(name)}'; use one of: {Names(input)}");
        return model.Input == input ? name
            : throw Invalid($"model_name: '{name}' reads a {Noun(model.Input)} (call {otherCall}); {Noun(input)} models: {Names(input)}");
    }

    private string Names(PropertyInput input) =>
        models.Available.Where(m => m.Input == input).Select(m => m.Name).ToArray() is { Length: > 0 } names ? string.Join(", ", names) : "none on this server";

    private static string Noun(PropertyInput input) => input == PropertyInput.Composition ? "composition" : "structure";

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
