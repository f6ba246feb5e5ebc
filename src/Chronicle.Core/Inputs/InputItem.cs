namespace Chronicle.Inputs;

/// <summary>What the collector found for one input: either something to read or a problem, never both.</summary>
public sealed class InputItem
{
    private InputItem(RawInput? input, InputProblem? problem)
    {
        Input = input;
        Problem = problem;
    }

    public RawInput? Input { get; }

    public InputProblem? Problem { get; }

    public static InputItem Of(RawInput input) => new(input ?? throw new ArgumentNullException(nameof(input)), null);

    public static InputItem Of(InputProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));

    public override string ToString() => Input?.Source ?? Problem!.ToString();
}
