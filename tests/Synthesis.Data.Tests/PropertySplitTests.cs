using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Properties;

namespace Synthesis.Data.Tests;

public sealed class PropertySplitTests
{
    private static PropertyRecord Row(string formula, double value = 1) => new(formula, formula, Composition.Parse(formula), value);

    [Fact]
    public void No_composition_is_on_both_sides_and_the_split_is_the_same_every_time()
    {
        // 190 distinct binary compositions AB, each also written as A2B2 (the same composition, a second row).
        var elements = Synthesis.Chemistry.Elements.PeriodicTable.Symbols.Skip(1).Take(20).ToArray();
        var pairs = elements.SelectMany((a, i) => elements.Skip(i + 1).Select(b => (a, b))).ToArray();
        var rows = pairs.Select(p => Row($"{p.a}{p.b}")).Concat(pairs.Select(p => Row($"{p.a}2{p.b}2", 2))).ToArray();
        var split = PropertySplit.Of(rows);
        var keys = (IEnumerable<PropertyRecord> side) => side.Select(r => CompositionKey.Of(r.Composition)).ToHashSet();
        Assert.Empty(keys(split.Test).Intersect(keys(split.Train)));
        Assert.Empty(keys(split.Test).Intersect(keys(split.Validation)));
        Assert.Empty(keys(split.Validation).Intersect(keys(split.Train)));
        Assert.Equal(rows.Length, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.Equal(38, keys(split.Test).Count); // 20 % of 190 distinct compositions
        Assert.Equal(76, split.Test.Count);       // with both rows of each
        Assert.Equal(split.Test.Select(r => r.Id), PropertySplit.Of(rows).Test.Select(r => r.Id));
    }

    [Fact]
    public void The_row_split_draws_rows_not_compositions_and_is_the_same_every_time()
    {
        // 100 compositions, each written twice (AB and A2B2): 200 rows.
        var elements = Synthesis.Chemistry.Elements.PeriodicTable.Symbols.Skip(1).Take(15).ToArray();
        var pairs = elements.SelectMany((a, i) => elements.Skip(i + 1).Select(b => (a, b))).Take(100).ToArray();
        var rows = pairs.Select(p => Row($"{p.a}{p.b}")).Concat(pairs.Select(p => Row($"{p.a}2{p.b}2", 2))).ToArray();

        var split = PropertySplit.Of(rows, kind: PropertySplitKind.Rows);

        Assert.Equal((144, 16, 40), (split.Train.Count, split.Validation.Count, split.Test.Count)); // 20 % of 200 rows; 10 % of the other 160
        Assert.Equal(rows.Select(r => r.Id).Order(), split.Train.Concat(split.Validation).Concat(split.Test).Select(r => r.Id).Order());
        Assert.Equal(split.Test.Select(r => r.Id), PropertySplit.Of(rows, kind: PropertySplitKind.Rows).Test.Select(r => r.Id));
        Assert.Equal(split.Validation.Select(r => r.Id), PropertySplit.Of(rows, kind: PropertySplitKind.Rows).Validation.Select(r => r.Id));
        Assert.NotEqual(split.Test.Select(r => r.Id), PropertySplit.Of(rows, seed: 7, kind: PropertySplitKind.Rows).Test.Select(r => r.Id));
        var trainKeys = split.Train.Select(r => CompositionKey.Of(r.Composition)).ToHashSet();
        Assert.Contains(split.Test, r => trainKeys.Contains(CompositionKey.Of(r.Composition))); // twins straddle the split (P(none) ≈ 0.8^40)
    }

    [Theory]
    [InlineData("rows", PropertySplitKind.Rows)]
    [InlineData(" Compositions", PropertySplitKind.Compositions)]
    public void Split_kinds_are_read_in_any_case(string text, PropertySplitKind kind) => Assert.Equal(kind, PropertySplitKinds.Parse(text));

    [Fact]
    public void An_unknown_split_kind_names_the_choices()
    {
        var error = Assert.Throws<FormatException>(() => PropertySplitKinds.Parse("paper"));
        Assert.Equal("split must be one of compositions, rows; got 'paper'", error.Message);
    }

    [Fact]
    public void The_experimental_row_split_holds_out_779_of_3895_rows_and_the_same_ones_every_time()
    {
        var path = RepositoryFiles.Path("datasets", "properties", "expt-non-metals.csv");
        var (first, second) = (PropertyData.Load(path, "Eg", kind: PropertySplitKind.Rows), PropertyData.Load(path, "Eg", kind: PropertySplitKind.Rows));
        Assert.Equal((2804, 312, 779), (first.Split.Train.Count, first.Split.Validation.Count, first.Split.Test.Count));
        Assert.Equal(first.Split.Test.Select(r => r.Id), second.Split.Test.Select(r => r.Id));
        Assert.Contains("(rows split)", first.Describe());
    }

    [Fact]
    public void Pretraining_rows_lose_every_composition_of_the_experimental_set_whatever_its_scale_or_order()
    {
        var kept = PropertySplit.Without([Row("Fe2O3"), Row("O3Al2"), Row("ZnO"), Row("GaN")], [Row("FeO1.5"), Row("Al2O3"), Row("Zn2O")]);
        Assert.Equal(["ZnO", "GaN"], kept.Select(r => r.Formula)); // Zn2O is another compound than ZnO
    }

    [Fact]
    public void The_materials_project_pretraining_set_has_no_experimental_composition()
    {
        var data = PropertyData.Load(RepositoryFiles.Path("datasets", "properties", "expt-non-metals.csv"), "Eg",
            RepositoryFiles.Path("datasets", "properties", "mp-non-metals.csv"), "band_gap");
        var experimental = data.Split.TrainAndValidation.Concat(data.Split.Test).Select(r => CompositionKey.Of(r.Composition)).ToHashSet();
        var pretraining = data.Pretraining!.Split;
        Assert.DoesNotContain(pretraining.Train.Concat(pretraining.Validation), r => experimental.Contains(CompositionKey.Of(r.Composition)));
        Assert.Empty(pretraining.Test);
        Assert.InRange(data.Pretraining.Removed, 1, 5000); // the sets overlap: removal is not vacuous
        Assert.Equal(3895, data.Split.Train.Count + data.Split.Validation.Count + data.Split.Test.Count);
    }
}
