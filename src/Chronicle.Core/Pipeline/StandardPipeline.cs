using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Language;
using Chronicle.Places;
using Chronicle.Quantities;
using Chronicle.Quotes;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>The one place where Chronicle's stages are put in order.</summary>
public static class StandardPipeline
{
    public static DocumentPipeline Create(ChronicleResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new PipelineBuilder()
            .Use(new SentenceSplitter())
            .Use(new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer))
            .Use(new PlaceResolver(resources.Gazetteer))
            .Use(new TimeTagger(resources.TimeZones))
            .Use(new QuantityTagger())
            .Use(new QuoteFinder())
            .Use(new EventCoder(resources.Triggers, resources.English))
            .Build();
    }
}
