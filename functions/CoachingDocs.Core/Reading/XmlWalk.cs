using System.Xml.Linq;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// The reader's one way down an XML tree: pre-order over child elements with an explicit stack of where to resume,
/// never recursion, so a hostile part nesting 100,000 elements is walked in linear time and constant call depth.
/// </summary>
internal static class XmlWalk
{
    /// <summary>
    /// Visits the elements under <paramref name="container"/> in document order. <paramref name="step"/> handles one
    /// element and returns the element whose children are to be visited next (itself, a chosen branch, a content
    /// control's content) or null to skip what is inside it.
    /// </summary>
    public static void Elements<TState>(XElement container, TState state, Func<XElement, TState, XElement?> step)
    {
        Stack<XNode?>? resume = null;
        var node = container.FirstNode;
        while (true)
        {
            if (node is null)
            {
                if (resume is null || resume.Count == 0) return;
                node = resume.Pop();
                continue;
            }
            var next = node.NextNode;
            if (node is XElement child && step(child, state)?.FirstNode is { } first)
            {
                (resume ??= new Stack<XNode?>()).Push(next);
                node = first;
                continue;
            }
            node = next;
        }
    }
}
