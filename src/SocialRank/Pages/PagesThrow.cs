using System.Globalization;

namespace SocialRank.Pages;

/// <summary>Builds the exceptions of the page model, so that messages stay fixed and specific.</summary>
internal static class PagesThrow
{
    /// <summary>A span of field values whose length is not the number of fields.</summary>
    internal static ArgumentException ValuesPerField(string name, int length, int fields)
        => new(string.Create(CultureInfo.InvariantCulture, $"{name} must have one value per page field ({fields}) but has {length}."), name);
}
