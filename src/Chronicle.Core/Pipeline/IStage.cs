using Chronicle.Documents;

namespace Chronicle.Pipeline;

/// <summary>One step of the pipeline: adds layers to a document; must be safe to call from several threads at once.</summary>
public interface IStage
{
    string Name { get; }

    /// <summary>Layers the stage reads; the pipeline checks they are made by an earlier stage.</summary>
    Layer Requires { get; }

    /// <summary>Layers the stage adds.</summary>
    Layer Assigns { get; }

    Document Annotate(Document document);
}
