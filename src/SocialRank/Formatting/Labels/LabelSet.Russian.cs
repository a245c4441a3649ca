using System.Globalization;

namespace SocialRank.Formatting;

/// <summary>The Russian labels.</summary>
public sealed partial class LabelSet
{
    /// <summary>Gets the Russian labels (numbers with a decimal comma and thin groups: <c>1 234,5</c>).</summary>
    public static LabelSet Russian { get; } = new()
    {
        Language = "ru",
        Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0", NegativeSign = "-" }),
        Place = "Место",
        Page = "Страница",
        Value = "Значение",
        Total = "Сумма мест",
        Zone = "Зона",
        DecidedBy = "Что решило",
        Missing = "н/д",
        SharedPlace = "общее место",
        InputOrder = "порядок ввода",
        Excluded = "Исключены",
        Indicators = "Показатели",
        Method = "Методика",
        Zones = "Зоны",
        ChartTitle = "Сумма штрафных баллов (меньше — лучше)",
        TiesTemplate = "Равные значения: {0} по показателям, {1} по сумме; при равной сумме: {2}.",
        NoTieBreakers = "ничего (равные суммы делят место)",
        TieBreakerTemplate = "«{0}»",
        TieBreakerSeparator = ", затем ",
        TiesMin = "наименьшее из мест (min)",
        TiesMax = "наибольшее из мест (max)",
        TiesAverage = "среднее мест (average)",
        TiesDense = "плотные места (dense)",
        TiesOrdinal = "по порядку ввода (ordinal)",
        IndicatorTemplate = "«{0}»: {1}, {2}, вес {3}, {4}.",
        HigherIsBetter = "больше — лучше",
        LowerIsBetter = "меньше — лучше",
        Exact = "точное сравнение",
        OneDecimalTemplate = "знаков после запятой: {0}, {1}",
        DecimalsTemplate = "знаков после запятой: {0}, {1}",
        HalfAwayFromZero = "половина — от нуля",
        HalfToEven = "половина — к чётному",
        MissingRankLast = "нет данных — последнее место",
        MissingExcludes = "нет данных — страница исключается",
        MissingFails = "нет данных — ошибка",
        InteractionsTemplate = "Взаимодействия: {0}.",
        Likes = "лайки",
        Comments = "комментарии",
        Shares = "репосты",
        Saves = "сохранения",
        NoInteractions = "никакие",
        CsvFinalPlace = "итоговое место",
        CsvId = "ид",
        CsvName = "название",
        CsvValueTemplate = "{0}: значение",
        CsvPlaceTemplate = "{0}: место",
        CsvPenaltyTemplate = "{0}: штраф с весом",
        CsvTotal = "сумма мест",
        CsvZoneTemplate = "{0}: зона",
        CsvDecidedBy = "что решило",
        CsvExcludedBecause = "причина исключения",
    };
}
