namespace SocialRank.Cli.Input;

/// <summary>Collects input problems so one run reports many of them, up to <see cref="Limit"/>.</summary>
internal sealed class ErrorList
{
    internal const int Limit = 20;
    private readonly List<string> _messages = [];
    private int _count;

    internal int Count => _count;

    internal void Add(string message)
    {
        _count++;
        if (_messages.Count < Limit)
        {
            _messages.Add(message);
        }
    }

    internal void ThrowIfAny()
    {
        if (_count == 0)
        {
            return;
        }

        var messages = new List<string>(_messages);
        if (_count > _messages.Count)
        {
            messages.Add(InputErrors.MoreErrors(_count - _messages.Count));
        }

        throw new InputException(messages);
    }
}
