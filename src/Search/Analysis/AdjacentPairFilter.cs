using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Plateforme.Search.Analysis;

/// <summary>Replaces a chain's words by the pairs of neighbouring words (<see cref="AdjacentPairs"/>).</summary>
public sealed class AdjacentPairFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private string? _previous;

    public AdjacentPairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var current = _term.ToString();
            var previous = _previous;
            _previous = current;
            if (previous is null) continue;

            // The stop filter adds the positions of the words it removed to the next word's increment: that is the gap.
            _term.SetEmpty().Append(AdjacentPairs.Term(previous, _increment.PositionIncrement, current));
            _increment.PositionIncrement = 1;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
    }
}
