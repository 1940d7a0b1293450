using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Evaluates one rule kind (<see cref="RuleKinds"/>) generically from the catalogue's figure: one class per kind.</summary>
public interface IRuleCheck
{
    string Kind { get; }

    RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts);
}
