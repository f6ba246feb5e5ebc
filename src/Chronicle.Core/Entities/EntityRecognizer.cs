using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Pipeline;
using Chronicle.Places;

namespace Chronicle.Entities;

/// <summary>Finds people, organisations, places and nationalities, and merges each one's mentions into one entity.</summary>
public sealed class EntityRecognizer(EntityLexicon lexicon, EnglishLexicon english, ActorList actors, Gazetteer gazetteer) : IStage
{
    private readonly MentionFinder _finder = new(lexicon, english, actors, gazetteer);

    public string Name => "entities";

    public Layer Requires => Layer.Sentences | Layer.Tokens;

    public Layer Assigns => Layer.Entities;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = _finder.Find(document);
        return document.WithEntities(PronounLinker.Link(document, AliasResolver.Resolve(document, mentions)));
    }
}
